// Written for corpus25: a beehive scale on an ESP32 running .NET nanoFramework. It weighs the hive every 15 minutes,
// reports to Azure IoT Hub over the orchard shed's Wi-Fi (one device identity per hive), falls back to LoRaWAN through
// a Wio-E5 module when the Wi-Fi is out of reach, and serves a small status page for the beekeeper.
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus25.Apiary
{
    internal static class ApiarySecrets
    {
        public const string Ssid = "Orchard-Shed";
        public const string WifiPassword = "orchard lantern copper meadow"; // expect: IOT1001
        public const string IotHubName = "apiary-hub.azure-devices.net";
        public const string DevEui = "70B3D57ED005A1F2"; // expect: none
        public const string JoinEui = "0000000000000001";
        public const string AppKeyHex = "A4AE0BD0DD6C4110129FE0B78D0032E0"; // expect: IOT1004
        public const string WifiPasswordKey = "wifi.password"; // expect: none
        public const string BleBondPasscode = "482913"; // expect: IOT1004
        public static readonly Guid ScaleServiceUuid = new Guid("8d53dc1d-1db7-4cd3-868b-8a527460aa84"); // expect: none
    }

    internal static class HiveKeys
    {
        // Device keys of the hives registered on the hub; new hives are provisioned by the beekeeper's phone.
        public static string KeyFor(string hiveId) => hiveId switch
        {
            "hive-01" => "iumHK2fPmp+wyxYuE6bqli/MnxvPeDjuWeeLqt01gGM=", // expect: IOT1001
            "hive-02" => "Rga14BUPMM91DcR5M3A/Mc4nQ6xiMRm3Ufr6SGc40/c=", // expect: IOT1001
            _ => "<hive-device-key>", // expect: IOT1006
        };
    }

    public class HiveStatusController
    {
        [Route("status")]
        [Authentication("Basic:beekeeper Q7mpT2vX9rLk")] // expect: IOT1001
        public void Status(WebServerEventArgs e)
        {
            Debug.WriteLine("status page requested");
        }
    }

    public class HiveScale
    {
        private const string SelfTestPass = "PASS"; // expect: none
        private readonly Random _rng = new Random();
        private readonly SerialPort _lora = new SerialPort("COM2", 9600);
        private readonly string _hiveId;
        private readonly int _hiveNumber;

        public HiveScale(string hiveId, int hiveNumber)
        {
            _hiveId = hiveId;
            _hiveNumber = hiveNumber;
        }

        public bool ReportOverWifi(double kilograms)
        {
            if (!WifiNetworkHelper.ConnectDhcp(ApiarySecrets.Ssid, ApiarySecrets.WifiPassword, requiresDateTime: true))
                return false;

            var client = new DeviceClient(ApiarySecrets.IotHubName, _hiveId, sasKey: HiveKeys.KeyFor(_hiveId), azureCert: null);
            client.Open();
            return client.SendMessage($"{{\"hive\":\"{_hiveId}\",\"kg\":{kilograms:F2}}}");
        }

        private void SendAt(string command) => _lora.WriteLine(command);

        public void JoinLoRaWan()
        {
            _lora.Open();
            SendAt("AT+MODE=LWOTAA");
            SendAt($"AT+ID=DevEui,\"{ApiarySecrets.DevEui}\"");
            SendAt($"AT+ID=AppEui,\"{ApiarySecrets.JoinEui}\"");
            SendAt($"AT+KEY=APPKEY,\"{ApiarySecrets.AppKeyHex}\"");
            var devNonce = (ushort)_rng.Next(0, 65536); // expect: IOT3005
            SendAt($"AT+LW=DEVNONCE,{devNonce}");
            SendAt("AT+JOIN");
        }

        public void BackOffBeforeRetry()
        {
            Thread.Sleep(_rng.Next(500, 4000)); // expect: none
        }

        // PIN the beekeeper's app asks for when it connects to the scale over BLE.
        public string MaintenancePin()
        {
            var maintenancePin = (4100 + _hiveNumber).ToString("D4"); // expect: IOT1005
            return maintenancePin;
        }

        public string SelfTest(double tareKg) => Math.Abs(tareKg) < 0.05 ? SelfTestPass : "FAIL";

        public bool AppStillOnFactoryPasscode(string appPasscode) => appPasscode == "1234"; // expect: IOT1002

        public bool AcceptBond(string typedPasscode) => typedPasscode == ApiarySecrets.BleBondPasscode;

        // Weight reports to the honey cooperative are signed with the apiary's shared key.
        public byte[] SignForCooperative(byte[] report)
        {
            using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes("coop-apiary-17-Kw93mXq2Lp")); // expect: IOT1003
            return hmac.ComputeHash(report);
        }
    }
}
