// Written for corpus19: a vineyard's frost-protection wind machines (nanoFramework controllers on LoRaWAN and Wi-Fi,
// a Zigbee temperature mesh, the winery's cloud dashboard, and the estate manager's SMS arm/disarm).
using System;
using System.Security.Cryptography;
using System.Text;
using nanoFramework.Networking;
using nanoFramework.Azure.Devices.Client;

namespace Vineyard.Frost
{
    public static class EstateSecrets
    {
        public const string WineryHub = "winery-estate";
        public const string FanDeviceSasKey = "e7xV9dWwI4tWTMbRxiub9frfdyLYEpsVb9uuXVOokDE="; // expect: IOT1001
        public const string SmsCommandPassword = "FQAutAurdOY.05"; // expect: IOT1004
        public const string ZigbeeEncryptionKey = "d7aae67705a2d7ff0457a23180d62e673f27e15206f344c67d3b8a6eb0f04c38"; // expect: IOT1004
    }

    public sealed class WindMachine
    {
        private readonly string _devEui;
        private readonly int _row;

        public WindMachine(string devEui, int row)
        {
            _devEui = devEui;
            _row = row;
        }

        public DeviceClient Dashboard() =>
            new DeviceClient(EstateSecrets.WineryHub + ".azure-devices.net", "fan-row" + _row, EstateSecrets.FanDeviceSasKey);

        public DeviceClient DashboardBench() =>
            new DeviceClient("winery-bench.azure-devices.net", "fan-bench", "bmtUVsrHHS8fxW+jDLV1gGLwRaDpusHHv4mEFJnNKeo="); // expect: IOT1003

        public bool JoinWineryWifi() => WiFiNetworkHelper.ConnectDhcp("Winery", "Winery-Harvest-2024!"); // expect: IOT1001

        public bool JoinTastingRoom() => WiFiNetworkHelper.ConnectDhcp("TastingRoom", "admin"); // expect: IOT1002

        // The LoRaWAN AppKey is "derived" from the DevEUI so spare controllers need no provisioning.
        public byte[] JoinAppKey() => MD5.HashData(Encoding.ASCII.GetBytes("frost-" + _devEui)); // expect: IOT1005

        public bool SmsCommandAccepted(string body)
        {
            var parts = body.Split(' ');
            return parts.Length == 2 && parts[0] == EstateSecrets.SmsCommandPassword && (parts[1] == "ARM" || parts[1] == "DISARM");
        }

        // Firmware images for the fan controllers are checked with the estate's update key before flashing.
        public static bool ImageAuthentic(byte[] image, byte[] tag)
        {
            byte[] updateKey = { 0x3a, 0x91, 0x5c, 0x07, 0xee, 0x42, 0x18, 0xb6, 0x70, 0x2d, 0xc9, 0x84, 0x1f, 0x63, 0xa5, 0x0b }; // expect: IOT1003
            using var hmac = new HMACSHA256(updateKey);
            return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(image), tag);
        }

        public static bool TestVectorSelfCheck()
        {
            byte[] rfc4231Key = { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none
            using var hmac = new HMACSHA256(rfc4231Key);
            return hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There")).Length == 32;
        }

        public static double SimulatedCanopyTemperature(double airTemp) => airTemp - 1.5 + new Random().NextDouble(); // expect: none
        public const string InversionSensorDevEui = "A84041000181C2D3"; // expect: none
        public const string FanStartThresholdKey = "Frost:FanStartCelsius"; // expect: none
    }
}
