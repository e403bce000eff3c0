// Written for corpus12: a smart-lock bridge for holiday rentals (nanoFramework): Wi-Fi, MQTT over MQTTnet to the
// cloud, guest codes, the bridge's own web UI, BLE pairing passkey, lock firmware AES key.
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using MQTTnet;
using MQTTnet.Server;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Rental.LockBridge
{
    public static class LockBridgeConfig
    {
        public static IEnumerable<(string Ssid, string Psk)> KnownNetworks()
        {
            yield return ("Rental-Guest", "Welcome2Casa!"); // expect: IOT1001
            yield return ("Owner-Office", "password"); // expect: IOT1002
        }

        public static readonly Dictionary<string, string> Defaults = new()
        {
            ["cloud.host"] = "locks.rentalcloud.example",
            ["cloud.user"] = "bridge-31",
            ["cloud.password"] = "Dead80lt-Bridge31", // expect: IOT1001
            ["cloud.passwordFile"] = "/flash/cloud.pw", // expect: none
            ["ui.password.minLength"] = "10", // expect: none
        };

        public const string AdminUser = "owner";
        public const string WebUiApiKey = "ApiKey:lk_Wq7TzR4nB8sJ2mX"; // expect: IOT1001
    }

    public class LockBridge
    {
        private static readonly byte[] FirmwareAesKey = { 0x5e, 0x91, 0x2c, 0x7a, 0xd4, 0x08, 0xbf, 0x63, 0x1e, 0xa7, 0x44, 0xc9, 0x30, 0x8d, 0xf2, 0x15 }; // expect: IOT1003

        public void Start()
        {
            foreach (var (ssid, psk) in LockBridgeConfig.KnownNetworks())
            {
                if (WifiNetworkHelper.ConnectDhcp(ssid, psk)) break;
            }

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(LockBridgeConfig.Defaults["cloud.host"], 8883)
                .WithCredentials(LockBridgeConfig.Defaults["cloud.user"], LockBridgeConfig.Defaults["cloud.password"])
                .Build();
        }

        [Authentication(LockBridgeConfig.WebUiApiKey)]
        public void UnlockFromUi() { }

        // Local broker the door sensors report to
        public static void ValidateSensor(ValidatingConnectionEventArgs e)
        {
            if (e.UserName == "doorsensor" && e.Password != "Mag-Contact-77") // expect: IOT1001
                e.ReasonCode = 134;
        }

        public static void ValidateLegacySensor(ValidatingConnectionEventArgs e)
        {
            if (e.UserName != "admin" || e.Password != "admin") // expect: IOT1002 IOT1002
                e.ReasonCode = 134;
        }

        // Guest code for a booking: month and day of the check-in
        public static string GuestCode(DateTime checkIn) => checkIn.ToString("MMdd"); // expect: IOT1005

        // Cleaner's code: random decimal PIN
        public static string CleanerPin() => new Random().Next(0, 1000000).ToString("D6"); // expect: IOT1005

        // BLE pairing passkey of the lock (Just Works disabled)
        public const uint StaticPasskey = 123456; // expect: IOT1002

        private const string DuressPin = "9110"; // expect: IOT1004
        public bool IsDuress(string entered) => entered == DuressPin;

        public static byte[] EncryptFirmwareChunk(byte[] chunk, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = FirmwareAesKey;
            aes.IV = iv;
            return aes.CreateEncryptor().TransformFinalBlock(chunk, 0, chunk.Length);
        }

        // Door fault codes reported by the lock, no secrets
        public const string LockErrorCode = "E-0417"; // expect: none
        public const string DoorStatusTopic = "locks/31/status"; // expect: none
    }
}
