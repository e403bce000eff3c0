// Written for corpus14: a cold-storage warehouse's freezer-probe gateway (MQTTnet client and a local broker's
// connection check, an options type filled by a factory, a MAC-derived probe access-point password).
using System;
using System.Net.NetworkInformation;
using MQTTnet.Client;
using MQTTnet.Server;

namespace ColdStorageWarehouse
{
    public sealed class BrokerOptions
    {
        public string Host { get; set; } = "mqtt.coldstore.example";
        public string User { get; set; }
        public string Password { get; set; }
        public string PasswordPolicy { get; set; } = "min 12 chars, rotated quarterly"; // expect: none
    }

    static class BrokerOptionsFactory
    {
        public static BrokerOptions ForDock(int dock) => new BrokerOptions { User = "dock" + dock, Password = "weai-flz4x-50" }; // expect: IOT1001
        public static BrokerOptions ForBench() => new BrokerOptions { User = "bench", Password = "changeme" }; // expect: IOT1002
    }

    sealed class FreezerPublisher
    {
        readonly BrokerOptions _options;
        public FreezerPublisher(BrokerOptions options) { _options = options; }

        public MqttClientOptions Build() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(_options.Host, 8883)
                .WithCredentials(_options.User, _options.Password)
                .WithClientId("freezer-gw-" + Environment.MachineName)
                .Build();
    }

    sealed class GatewayBroker
    {
        const string DefrostOverrideCode = "471902"; // expect: IOT1004
        static readonly string TelemetrySigningSecret = "qpCZ-dvrVN-59"; // expect: IOT1004
        public const string ProbeApiToken = "vkGM-kpPnN-52"; // expect: IOT1004

        public void OnValidating(ValidatingConnectionEventArgs e)
        {
            if (e.UserName == "forklift" && e.Password == "Xc2Q-DaHyU-39") // expect: IOT1001
            {
                e.ReasonCode = 0;
            }
            else if (e.Password == "guest") // expect: IOT1002
            {
                e.ReasonCode = 134;
            }
            if (e.ClientId == "probe-17") e.ReasonCode = 0; // expect: none
        }

        public bool DefrostOverride(string entered) => entered.Trim() == DefrostOverrideCode;

        public static string Sign(string payload) => payload + "|" + TelemetrySigningSecret.Length + "|" + ProbeApiToken.Length;
    }

    static class ProbeAccessPoint
    {
        public static string SetupPassword()
        {
            var nic = NetworkInterface.GetAllNetworkInterfaces()[0];
            var mac = nic.GetPhysicalAddress().GetAddressBytes();
            return "CS-" + BitConverter.ToString(mac, 3).Replace("-", ""); // expect: IOT1005
        }

        public static WirelessAPConfiguration Configure() =>
            new WirelessAPConfiguration { Ssid = "ColdStore-Probe", Password = SetupPassword() };
    }

    static class ProbeSession
    {
        static readonly Random Rng = new Random();

        public static string NewSessionId()
        {
            var sessionBytes = new byte[16];
            Rng.NextBytes(sessionBytes); // expect: IOT3005
            return Convert.ToHexString(sessionBytes);
        }

        public static int NewChallenge()
        {
            var challenge = Rng.Next(); // expect: IOT3005
            return challenge;
        }

        public static int RetryDelayMs() => Rng.Next(200, 800); // expect: none
    }

    static class NotSecrets
    {
        public const string BrokerPasswordKey = "Broker:Password"; // expect: none
        public const string BrokerPasswordEnv = "COLDSTORE_BROKER_PASSWORD"; // expect: none
        public const string TopicFilter = "coldstore/dock/+/temp"; // expect: none
        public const string PasswordPrompt = "Enter broker password:"; // expect: none
    }
}
