// Written for corpus30 (invented code): .NET nanoFramework (ESP32) controller of a pasta drying tunnel (pre-dryer and final dryer
// zones, humidity and temperature loops, fan banks), with a local setup page and telemetry to the plant's broker and IoT Hub.
using System;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus30.PastaDryer
{
    internal static class HubKeys
    {
        public const string Line2 = "57se7E68YiewC3Jy5iFGQvhv1sB7OJe9mEeSQI/tuqY="; // expect: IOT1001
    }

    public static class DryerNetwork
    {
        private const string Ssid = "pastificio-line2";
        public const string WifiPasswordFile = "I:\\config\\wifi-psk.txt"; // expect: none

        public static bool Join()
        {
            const string password = "Y@qKGoI4A92pY"; // expect: IOT1001
            var ip = IPConfigurationShim.Create("10.12.4.31", "255.255.255.0", "10.12.4.1");
            return WifiNetworkHelper.ConnectFixAddress(Ssid, password, ip);
        }

        public static WirelessAPConfiguration SetupAccessPoint()
            => new WirelessAPConfiguration { Ssid = "PASTA-SETUP", Password = "12345678" }; // expect: IOT1002
    }

    public sealed class DryerTelemetry
    {
        private static readonly string BrokerSecret = "hCLkkgXhGDBxhso3rvWAos"; // expect: IOT1001
        private static readonly byte[] TelemetrySigningKey = Convert.FromBase64String("tF/xHizdbnQOdtQ+bWlgZ0eLZofFHuOynrunzY+Q/9w="); // expect: IOT1003
        private MqttClient? _mqtt;
        private DeviceClient? _hub;

        public void Connect()
        {
            _mqtt = new MqttClient("mqtt.pastificio.local");
            _mqtt.Connect("dryer-line2", "dryer", BrokerSecret);
            _hub = new DeviceClient(iotHubName: "pastificio-hub.azure-devices.net", deviceId: "dryer-line2", sasKey: HubKeys.Line2);
        }

        public static byte[] Sign(byte[] payload)
        {
            using var hmac = new HMACSHA256(TelemetrySigningKey);
            return hmac.ComputeHash(payload);
        }

        public static X509Certificate2 ClientCertificate(byte[] pfx) => new X509Certificate2(pfx, "vJ4zw@FGh17D"); // expect: IOT1001
    }

    [Authentication("Basic:dryer-admin grG31rUhg#")] // expect: IOT1001
    public sealed class DryerSetupController
    {
        private const int SupervisorPasscode = 756463; // expect: IOT1004
        private const int FanBankPin = 26; // expect: none
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private readonly Random _rng = new();

        public static string SetupPage() =>
            "<form method='post'><label>SSID</label><input name='ssid'/>" +
            "<label>Password:</label><input type='password' name='password'/></form>"; // expect: none

        public static WebServer StartServer() => new WebServer(80) { ApiKey = "TODO" }; // expect: IOT1006

        public static bool SupervisorLogin(string entered) => int.TryParse(entered, out var code) && code == SupervisorPasscode;

        public static string SensorPairingPin() => DateTime.UtcNow.ToString("HHmmss"); // expect: IOT1005

        public string NewSetupCookie()
        {
            var cookie = new StringBuilder();
            for (int i = 0; i < 24; i++)
            {
                cookie.Append(Alphabet[_rng.Next(Alphabet.Length)]); // expect: IOT3005
            }
            return cookie.ToString();
        }

        public int FanStartStaggerMs() => 100 * _rng.Next(1, 8); // expect: none

        public int FanBank => FanBankPin;
    }
}
