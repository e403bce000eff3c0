// Real source: aviartecnologica/AVG_Scale_Installer MqttClient.cs (397a829a286d086a4baa5616b4ee6af02580ea49)
// Domain: Android (Xamarin) installer app for poultry-house bird weighing scales that configures each scale over the
// farm's MQTT broker. Kept: the MQTTnet v3 managed client, the broker address from the app's data, the commented-out
// cloud dashboard host, the user and password held in locals (the password, the installer fleet's real broker
// password, REPLACED by a value generated with python `secrets` in the same shape; the user name kept), the TLS switch,
// the managed options with auto-reconnect. Trimmed: subscribe, Android logging. Changed: the publish builder became
// PublishStringAsync. Added: a `Data.MyAddress` stand-in read from the app's preferences file.
using System;
using System.IO;
using System.Threading.Tasks;
using MQTTnet.Client.Options;
using MQTTnet.Extensions.ManagedClient;

namespace AVG_Scale_Installer
{
    // added: stand-in for AVG_Scale_Installer.Tools Data.MyAddress.ToMqtt()
    public static class Data
    {
        public static string MqttAddress => File.Exists("broker.txt") ? File.ReadAllText("broker.txt").Trim() : "192.168.4.1";
    }

    public class MqttClient
    {
        public IManagedMqttClient Client;
        public const int PORT = 1884;

        public MqttClient()
        {
            Client = new MQTTnet.MqttFactory().CreateManagedMqttClient();
        }

        public async Task ConnectAsync()
        {
            string clientId = Guid.NewGuid().ToString();
            string mqttURI = Data.MqttAddress;
            //string mqttURI = "dashboards.aviagensau.com";
            string mqttUser = "aviartec";
            string mqttPassword = "EK6jGb%6pzhpTG"; // expect: IOT1001
            bool mqttSecure = false;

            var messageBuilder = new MqttClientOptionsBuilder()
                .WithClientId(clientId)
                .WithCredentials(mqttUser, mqttPassword)
                .WithTcpServer(mqttURI, PORT);

            var options = mqttSecure ?
                messageBuilder.WithTls().Build() : messageBuilder.Build();

            var managedOptions = new ManagedMqttClientOptionsBuilder()
                .WithAutoReconnectDelay(TimeSpan.FromSeconds(5))
                .WithClientOptions(options)
                .Build();

            await Client.StartAsync(managedOptions);
        }

        public async Task PublishAsync(string topic, string payload)
        {
            await Client.PublishStringAsync(topic, payload);
        }
    }
}
