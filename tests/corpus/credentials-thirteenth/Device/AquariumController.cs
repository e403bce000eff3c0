// Written for corpus13: a reef-aquarium controller on an ESP32 running .NET nanoFramework
// (Wi-Fi, MQTT to the fish-room broker, a small web API for the dosing pumps, a BLE pairing code).
using System;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using uPLibrary.Networking.M2Mqtt;

namespace ReefController
{
    public static class ReefSecrets
    {
        public const string Ssid = "FishRoom";
        public const string WifiPassphrase = "orchard lantern copper meadow"; // expect: IOT1001
        public const string BrokerUser = "reef";
        public const string BrokerPass = "changeme"; // expect: IOT1002
        public const string DosingPumpSecret = "MjBK3LkRx5LZU6"; // expect: IOT1004
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string WifiPasswordKey = "wifi.password"; // expect: none
    }

    public class ReefApp
    {
        public static void Start()
        {
            WifiNetworkHelper.ConnectDhcp(ReefSecrets.Ssid, ReefSecrets.WifiPassphrase, requiresDateTime: true);
            var mqtt = new MqttClient("fishroom-broker.local");
            mqtt.Connect("reef-" + Guid.NewGuid(), ReefSecrets.BrokerUser, ReefSecrets.BrokerPass);

            var server = new WebServer(80) { ApiKey = "GzOFxahxKgfppP" }; // expect: IOT1001
            DosingPump.Calibrate(ReefSecrets.DosingPumpSecret);
        }

        public static string SoftApPassword(byte[] mac)
        {
            var apPassword = "reef" + BitConverter.ToString(mac).Replace("-", ""); // expect: IOT1005
            return apPassword;
        }

        public static string BlePairingCode()
        {
            var rng = new Random();
            string pairingCode = rng.Next(0, 0xFFFF).ToString("X4"); // expect: IOT3005
            return pairingCode;
        }

        public static int FeedJitterMs() => new Random().Next(0, 750); // expect: none
    }

    [Authentication("Basic:aquarist Kx7#reefTank29")] // expect: IOT1001
    public class DosingController
    {
        [Authentication("ApiKey:xxxxxxxx")] // expect: IOT1006
        public void Dose(int millilitres) { }
    }

    internal static class DosingPump
    {
        internal static void Calibrate(string secret) { }
        internal const string Prompt = "Password:"; // expect: none
        internal const string Masked = "********"; // expect: none
    }
}
