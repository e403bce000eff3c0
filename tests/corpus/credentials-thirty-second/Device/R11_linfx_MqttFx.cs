// Real source: linfx/MqttFx samples/SimpleClient/Program.cs (79ad1bb3180af7cdbe4569ea554d5e2c0071de2e)
// Domain: MqttFx, a DotNetty-based MQTT 3.1.1 client library for .NET devices and gateways; its sample client connects
// to the public EMQX broker with a last-will message.
// Kept: the options lambda (host, port, will topic, will payload, retain) as written.
// Changed: namespace prefixed with Corpus32.R11; Main renamed Run; the generic host (HostBuilder, logging,
// RunConsoleAsync, the hosted Services class) replaced by the small stand-ins below.
// Added: MqttFxClientOptions and a ServiceCollection stand-in with AddMqttFxClient (the library's extension).
// No secret in the original (hard negatives only).
using System;
using System.Text;
using System.Threading.Tasks;

namespace Corpus32.R11.SimpleClient
{
    public class MqttFxClientOptions // added stand-in
    {
        public string Host { get; set; }
        public int Port { get; set; }
        public string WillTopic { get; set; }
        public byte[] WillPayload { get; set; }
        public bool WillRetain { get; set; }
    }

    public class ServiceCollectionStandIn // added stand-in
    {
        public MqttFxClientOptions Options { get; } = new MqttFxClientOptions();
        public ServiceCollectionStandIn AddMqttFxClient(Action<MqttFxClientOptions> configure) { configure(Options); return this; }
    }

    class Program
    {
        static Task Run(string[] args)
        {
            var services = new ServiceCollectionStandIn();
            services.AddMqttFxClient(options =>
            {
                options.Host = "broker.emqx.io"; // expect: none
                options.Port = 1883;
                options.WillTopic = "testtopic/c";
                options.WillPayload = Encoding.UTF8.GetBytes("offline"); // expect: none
                options.WillRetain = true;
            });
            return Task.CompletedTask;
        }
    }
}
