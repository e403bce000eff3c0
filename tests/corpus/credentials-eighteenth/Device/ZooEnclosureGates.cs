// Written for corpus18: a zoo's big-cat house (keeper slide gates, heated rocks, night cameras) on a nanoFramework
// controller per enclosure, reporting to Azure IoT Hub.
using System;
using System.Device.Wifi;
using System.Net;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Zoo.BigCats
{
    public static class EnclosureConfig
    {
        public const string Ssid = "ZOO-KEEPERS"; // expect: none
        public const string WifiPassword = "Amur-Tiger-Moat-4412"; // expect: IOT1001
        public const string BackupSsid = "ZOO-VET-WING";
        public const string BackupWifiPassword = "<vet-wing-wifi-password>"; // expect: IOT1006
        public const string DpsIdScope = "0ne00A1B2C3"; // expect: none
        public const string DpsRegistrationId = "bigcat-house-gate-03";
        public const string KeeperOverrideCode = "730915"; // expect: IOT1004
        public const string SlideGateDoorFaultCode = "E-0419"; // expect: none
    }

    public class GateController
    {
        public static bool JoinNetwork()
        {
            if (WifiNetworkHelper.ConnectDhcp(EnclosureConfig.Ssid, EnclosureConfig.WifiPassword, requiresDateTime: true))
                return true;
            return WifiNetworkHelper.ScanAndConnectDhcp(EnclosureConfig.BackupSsid, EnclosureConfig.BackupWifiPassword);
        }

        public static SecurityProviderSymmetricKey Provisioning() =>
            new SecurityProviderSymmetricKey(EnclosureConfig.DpsRegistrationId,
                "kX3vR9tQ2mW7yZ5bN8cL1dF4gH6jK0pS3uV5xA7eC9I=", // expect: IOT1003
                "Pq8Lm2Nv5Bx7Cz1Dw4Ef6Gh9Jk3Mn0Qr5St8Uv1Wy4Z="); // expect: IOT1003

        public static bool KeeperOverride(string entered) => entered == EnclosureConfig.KeeperOverrideCode;

        // the gate's local hotspot for the keeper's handheld: password from the board's MAC
        public static Wireless80211Configuration HotspotConfig(byte[] mac)
        {
            var apPassword = "cat" + BitConverter.ToString(mac).Replace("-", "").Substring(6); // expect: IOT1005
            return new Wireless80211Configuration { Ssid = "GATE-" + mac[5].ToString("X2"), Password = apPassword };
        }

        public static int FeedingJitterSeconds() => new Random().Next(0, 90); // expect: none
    }

    // keeper's status page on the gate controller
    [Authentication("Basic:keeper Stripes&Rosettes-22")] // expect: IOT1001
    public class KeeperStatusController
    {
        public string Status() => "gate=closed;rock=28C";
    }

    [Authentication("Basic:admin admin")] // expect: IOT1002
    public class LegacyNightCamController
    {
        public string Snapshot() => "/cam/night.jpg";
    }

    public static class CameraLinks
    {
        public static WebServer Server()
        {
            var server = new WebServer(80);
            server.ApiKey = "zoo-night-cam-Q7w2Lx9Rv4"; // expect: IOT1001
            return server;
        }

        public const string ApiKeyHint = "ApiKey: see keeper handbook p. 12"; // expect: none
    }
}

namespace Zoo.BigCats.Visitors
{
    using System.Net.Http;
    using System.Net.Http.Headers;
    using System.Security.Cryptography;

    public static class VisitorScreens
    {
        private static readonly HttpClient Weather = new HttpClient();

        public static async System.Threading.Tasks.Task<string> EnclosureWeatherAsync() =>
            await Weather.GetStringAsync("https://api.openweathermap.org/data/2.5/weather?q=Whipsnade&appid=3f7c2a91e8d04b65a1c9e7f2d30b8a46"); // expect: IOT1001

        public static AuthenticationHeaderValue SignageAuth() => new AuthenticationHeaderValue("Bearer", "xoxb-5120378812-6641029387712-Qv8Lm2Rx7Wk4Zn9Tc3Hb1Yd6"); // expect: IOT1003

        // keeper radio's daily talkgroup key, made from the date so every handset agrees without a network
        public static string KeeperRadioKey() => DateTime.UtcNow.ToString("yyyyMMdd") + "-cats"; // expect: IOT1005

        public static byte[] FeedScheduleNonce()
        {
            var nonce = new byte[12];
            RandomNumberGenerator.Fill(nonce); // expect: none
            return nonce;
        }

        public static string VisitorQueueTicket() => "Q" + new Random().Next(100, 999); // expect: none
    }
}
