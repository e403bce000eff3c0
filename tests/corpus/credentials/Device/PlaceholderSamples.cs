// Starter templates shipped in a device SDK: placeholders a customer is meant to replace.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Devices.Client;
using nanoFramework.Networking;

namespace Corpus.StarterKit
{
    internal static class Config
    {
        public const string WifiSsid = "your_wifi_ssid"; // expect: none
        public const string WifiPassword = "your_wifi_password"; // expect: IOT1006
        public const string DeviceConnectionString = "<your device connection string>"; // expect: IOT1006
        public const string HUB_TOKEN = "HUB_TOKEN"; // expect: IOT1006
        public static readonly string MqttPassword = "REPLACE_ME"; // expect: IOT1006
        public static readonly string ApiKey = "API_KEY"; // expect: IOT1006
        public const string UnusedToken = "TOKEN"; // expect: none
        public const string UnusedSecret = "<replace-with-secret>"; // expect: none
    }

    internal static class StarterKit
    {
        public static void Wifi() => WifiNetworkHelper.ConnectDhcp(Config.WifiSsid, Config.WifiPassword);

        public static void WifiBrackets() => WifiNetworkHelper.ConnectDhcp("[wifi ssid]", "[wifi password]"); // expect: IOT1006

        public static DeviceClient Hub() => DeviceClient.CreateFromConnectionString(Config.DeviceConnectionString);

        public static DeviceClient HubTemplate()
        {
            return DeviceClient.CreateFromConnectionString("HostName=<hub>.azure-devices.net;DeviceId=<device>;SharedAccessKey=<replace-with-key>"); // expect: IOT1006
        }

        public static HttpClient Rest()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Config.HUB_TOKEN);
            http.DefaultRequestHeaders.Add("X-API-Key", Config.ApiKey);
            return http;
        }

        public static void Mqtt()
        {
            var client = new uPLibrary.Networking.M2Mqtt.MqttClient("broker.example.com");
            client.Connect("starter", "starter", Config.MqttPassword); // expect: none
        }

        public static void MqttXxx()
        {
            var client = new nanoFramework.M2Mqtt.MqttClient("broker.example.com");
            client.Connect("starter", "starter", "xxxxxxxx"); // expect: IOT1006
        }

        public static NetworkCredential Todo() => new NetworkCredential("svc", "TODO"); // expect: IOT1006

        public static X509Certificate2 Cert(byte[] pfx) => new X509Certificate2(pfx, "example-key"); // expect: IOT1006

        public static MQTTnet.MqttClientOptions EnvStyle()
        {
            return new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("broker.example.com")
                .WithCredentials("starter", "${MQTT_PASSWORD}") // expect: IOT1006
                .Build();
        }

        public static Amqp.Address WindowsStyle() => new Amqp.Address("bus.example.com", 5671, "starter", "%AMQP_PASSWORD%"); // expect: IOT1006

        public static void SecurityProvider()
        {
            var p = new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey("my-registration-id", "<your primary key>", "<your secondary key>"); // expect: IOT1006 IOT1006
            GC.KeepAlive(p);
        }

        public static void Describe()
        {
            Console.WriteLine($"{Config.UnusedToken} {Config.UnusedSecret}");
            Console.WriteLine("Replace your_wifi_password in Config.cs before deploying"); // expect: none
        }

        // A listed default beats a placeholder look.
        public static void DefaultLooksLikePlaceholder() => WifiNetworkHelper.ConnectDhcp("your_ssid", "password"); // expect: IOT1002

        public static void ChangeMe() => WifiNetworkHelper.ConnectDhcp("your_ssid", "changeme"); // expect: IOT1002
    }
}
