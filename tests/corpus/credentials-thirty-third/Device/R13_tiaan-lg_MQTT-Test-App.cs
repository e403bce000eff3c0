// Real source: tiaan-lg/MQTT-Test-App Mqtt.cs (9730afa4)
// Domain: load tester for an MQTT broker serving device fleets: it connects many simulated device clients, subscribes
// them to per-device topics and publishes random 1 KB payloads to random devices, timing each step.
// Kept as written: the broker constants, including the login guest / guest the tester presents, Connect, Publish with
// System.Random filling the payload, and the random topic / publisher pickers. guest / guest is RabbitMQ's published
// default login (a universal default, not a private credential). Changed: the MQTTnet 3.0 options object initializer
// (ClientId, ProtocolVersion, TCP / TLS channel options, Credentials { Username, Password = UTF8 bytes }, CleanSession,
// KeepAlivePeriod, CommunicationTimeout) is rewritten as the v3 builder the shared stubs offer, with the same host, port,
// client id and credentials: .WithTcpServer(Host, Port).WithClientId(clientId).WithCredentials(UserName, Password)
// (changed); connected / disconnected handlers, GetClient and the timing buffer are trimmed. `using MQTTnet;` and
// `using MQTTnet.Client;` are replaced by two alias directives (changed) so the shared stubs' v4 / v5 builders do not
// make MqttClientOptionsBuilder ambiguous. The builder members the shared v3 stub lacks, the factory and the v3 client
// interface come from _Stubs.cs.
using MqttFactory = MQTTnet.MqttFactory;
using IMqttClient = MQTTnet.Client.IMqttClient;
using MQTTnet.Client.Options;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace MQTT
{
    public static class Mqtt
    {
        private const string Host = "127.0.0.1";
        private const int Port = 1883;

        private const string UserName = "guest";
        private const string Password = "guest"; // expect: IOT1002

        private static readonly Random Random = new Random();

        private static readonly MqttFactory Factory = new MqttFactory();
        public static readonly ConcurrentDictionary<string, IMqttClient> Clients = new ConcurrentDictionary<string, IMqttClient>();
        public static readonly ConcurrentDictionary<string, IMqttClient> Publishers = new ConcurrentDictionary<string, IMqttClient>();

        public static readonly List<int> ConnectionTimes = new List<int>();

        public static async Task Connect(string clientId, string[]? topics = null)
        {
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(Host, Port)
                .WithClientId(clientId)
                .WithCredentials(UserName, Password)
                .Build();

            var client = Factory.CreateMqttClient();
            try
            {
                var st = new Stopwatch();
                st.Start();
                await client.ConnectAsync(options);

                if (topics != null && topics.Length != 0)
                {
                    foreach (var topic in topics)
                    {
                        await client.SubscribeAsync(topic);
                    }
                }

                st.Stop();
                Console.WriteLine($"{DateTime.Now:g} - {clientId.PadRight(36)} Connected \t {st.ElapsedMilliseconds} ms");
                ConnectionTimes.Add((int) st.ElapsedMilliseconds);
                Clients.TryAdd(clientId, client);
            }
            catch (Exception exception)
            {
                Console.WriteLine(exception);
            }
        }

        public static async Task Publish(IMqttClient client, string topic)
        {
            var payload = new byte[1024];

            Random.NextBytes(payload); // expect: none

            var st = new Stopwatch();
            st.Start();
            await client.PublishAsync(topic, payload);
            st.Stop();

            Console.WriteLine($"{DateTime.Now:g} - \t Message to {topic} \t {st.ElapsedMilliseconds} ms");
        }


        public static string GetRandomTopic()
        {
            return $"d/{Clients.ElementAt(Random.Next(0, Clients.Count)).Key}";
        }

        public static KeyValuePair<string, IMqttClient> GetPublisher()
        {
            var publisher = Clients.ElementAt(Random.Next(0, Clients.Count));
            Publishers.TryAdd(publisher.Key,publisher.Value);
            return publisher;
        }
    }
}
