// Written for corpus19: a ski resort's snowmaking guns (nanoFramework on ESP32, Wi-Fi to the piste mesh, MQTT to the
// pump house, IoT Hub for the season report), with the lance operator's hand-held pairing.
using System;
using System.Security.Cryptography;
using System.Text;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;
using Microsoft.Azure.Devices.Client;

namespace Piste.Snowmaking
{
    internal static class PisteSecrets
    {
        public const string MeshSsid = "PISTE-MESH-N";
        public const string MeshPassword = "ulx#AK6y2OgaW5"; // expect: IOT1001
        public const string PumpHouseUser = "snowgun";
        public const string PumpHousePassword = "sZBNK_!Pi9ivvu"; // expect: IOT1001
        public const string GroomerRadioPassphrase = "orchard lantern copper meadow"; // expect: IOT1004
    }

    public sealed class SnowGun
    {
        private readonly string _serial;
        private readonly int _hydrant;

        public SnowGun(string serial, int hydrant)
        {
            _serial = serial;
            _hydrant = hydrant;
        }

        public bool JoinMesh()
        {
            return WifiNetworkHelper.ConnectDhcp(PisteSecrets.MeshSsid, PisteSecrets.MeshPassword, requiresDateTime: true);
        }

        public bool JoinSummerNetwork()
        {
            // Lift maintenance crews bring their own router in summer.
            return WifiNetworkHelper.ScanAndConnectDhcp("LiftCrew", "REPLACE-WITH-YOUR-WIFI-KEY"); // expect: IOT1006
        }

        public void ConnectPumpHouse()
        {
            var client = new MqttClient("pumphouse.piste.local");
            client.Connect("gun-" + _serial, PisteSecrets.PumpHouseUser, PisteSecrets.PumpHousePassword);
        }

        public DeviceClient SeasonReport()
        {
            return DeviceClient.CreateFromConnectionString(
                "HostName=piste-snow.azure-devices.net;DeviceId=gun-17;SharedAccessKey=qfohm43Wtgxu7feZbnVhAQ4gAcxtYLMM/f2zDUdoLF0="); // expect: IOT1003
        }

        // The lance operator's hand-held pairs with the gun's Bluetooth console using the hydrant number.
        public string ConsolePairingPin() => (_hydrant * 7 + 1000).ToString("D4"); // expect: IOT1005

        // Service menu unlock code printed in the manual as "last six of the serial".
        public string ServiceMenuCode() => _serial.Substring(_serial.Length - 6); // expect: IOT1005

        public string NewTelemetrySessionId()
        {
            var rng = new Random();
            return rng.Next().ToString("X8"); // expect: IOT3005
        }

        public TimeSpan NozzleCycleJitter() => TimeSpan.FromMilliseconds(new Random().Next(0, 750)); // expect: none

        public string NewCommandNonce()
        {
            var nonce = new byte[12];
            RandomNumberGenerator.Fill(nonce); // expect: none
            return Convert.ToBase64String(nonce);
        }

        // Frames from the weather mast are signed with the resort's mast key.
        public static bool MastFrameValid(byte[] frame, byte[] mac)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("2ec9f6e531d551f458aade6a4a856a29125801ea267239393dccb8cc0a1dbf0b")); // expect: IOT1003
            return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(frame), mac);
        }

        public const string WetBulbSensorModel = "SHT45-AD1B-R2"; // expect: none
        public const string NozzleValvePin = "GPIO25"; // expect: none
    }
}
