// MQTT telemetry publishers on the gateway: Paho M2Mqtt (desktop and nanoFramework ports) and MQTTnet v5.
#nullable enable
using System;
using System.Text;
using Corpus.Gateway;

namespace Corpus.Gateway.Telemetry
{
    internal sealed class M2MqttPublisher
    {
        private const string ClientIdPrefix = "gh-"; // expect: none
        private const string TelemetryTopic = "greenhouse/zone1/telemetry"; // expect: none
        private static readonly string BrokerPassword = "Zn1-brk-Pw-6610"; // expect: IOT1001

        public void ConnectPrimary()
        {
            var client = new uPLibrary.Networking.M2Mqtt.MqttClient(Secrets.MqttHost);
            client.Connect(ClientIdPrefix + Environment.MachineName, Secrets.MqttUser, Secrets.MqttPassword);
        }

        public void ConnectZone()
        {
            var client = new uPLibrary.Networking.M2Mqtt.MqttClient(Secrets.MqttHost, 8883, true, null, null, 3);
            client.Connect("zone1", "zone1", BrokerPassword, cleanSession: true, keepAlivePeriod: 60); // expect: none
        }

        public void ConnectNano()
        {
            var client = new nanoFramework.M2Mqtt.MqttClient("192.168.10.2");
            client.Connect(clientId: "esp32-door", username: "door", password: "D00r-sens0r-77"); // expect: IOT1001
        }

        public void ConnectAnonymous()
        {
            // public test broker, anonymous session: only a client id
            var client = new uPLibrary.Networking.M2Mqtt.MqttClient("test.mosquitto.org");
            client.Connect("gh-demo-" + Guid.NewGuid().ToString("N")); // expect: none
        }

        public void ConnectDefaultBroker()
        {
            var client = new uPLibrary.Networking.M2Mqtt.MqttClient("10.0.0.5");
            client.Connect("gh-legacy", "admin", "admin"); // expect: IOT1002
        }

        public void ConnectWithConcatenatedPassword()
        {
            var client = new uPLibrary.Networking.M2Mqtt.MqttClient(Secrets.MqttHost);
            string password = "gh-" + "brk" + "-Q7v!x"; // expect: IOT1001
            client.Connect("gh-concat", Secrets.MqttUser, password);
        }
    }

    internal sealed class MqttNetPublisher
    {
        public MQTTnet.MqttClientOptions Build()
        {
            return new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer(Secrets.MqttHost, 8883)
                .WithCredentials(Secrets.MqttUser, Secrets.MqttPassword)
                .WithTlsOptions(o => o.UseTls())
                .Build();
        }

        public MQTTnet.MqttClientOptions BuildUtf8()
        {
            return new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("broker.farm.example", 8883) // expect: none
                .WithCredentials("irrigation", "Irr1g8-Valve#3"u8.ToArray()) // expect: IOT1001
                .Build();
        }

        public MQTTnet.MqttClientOptions BuildBytes()
        {
            byte[] pw = Encoding.UTF8.GetBytes("Fert-D0ser-k3y"); // expect: IOT1001
            return new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("broker.farm.example")
                .WithCredentials("doser", pw)
                .Build();
        }

        public MQTTnet.MqttClientCredentials Credentials()
        {
            return new MQTTnet.MqttClientCredentials("vent", new byte[] { 0x56, 0x33, 0x6E, 0x74, 0x21, 0x53, 0x68, 0x75, 0x74, 0x74, 0x33, 0x72 }); // expect: IOT1001
        }

        public MQTTnet.MqttClientWebSocketProxyOptionsBuilder Proxy()
        {
            return new MQTTnet.MqttClientWebSocketProxyOptionsBuilder().WithPassword("Pr0xy-farm-gw"); // expect: IOT1001
        }

        public MQTTnet.MqttClientOptions BuildFromEnvironment()
        {
            // credentials provisioned into the environment by the OS image: nothing hard-coded
            string user = Environment.GetEnvironmentVariable("MQTT_USER") ?? "gateway"; // expect: none
            string pass = Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? string.Empty; // expect: none
            return new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer(Secrets.MqttHost)
                .WithCredentials(user, pass)
                .Build();
        }
    }
}
