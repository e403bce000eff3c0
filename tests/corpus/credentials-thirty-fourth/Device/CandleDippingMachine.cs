// Written for corpus34: a craft workshop's automatic candle-dipping carousel (Meadow F7 with an HMI over OPC UA)
// that dips wick frames through wax and dye vats and reports batches to the studio's MQTT broker.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet.Client.Options;
using Opc.Ua;

namespace Corpus34.CandleDipper
{
    static class WaxSecrets
    {
        public static readonly string WifiPassphrase = "H2.ztmpQau3NT9dU"; // expect: IOT1001
        public static string RecipeVaultPassword => "*Ys67GHOmvhu.P"; // expect: IOT1004
        public const string MockBrokerPassword = "mock-broker-pass"; // expect: none
    }

    public class DippingCarousel
    {
        const string BrokerPasswordSetting = "Dipper/Mqtt/Password"; // expect: none
        const int DipMotorPin = 12; // expect: none

        private readonly IWiFiNetworkAdapter _wifi;
        private readonly Random _rng = new Random();
        private int _batchNumber;

        public DippingCarousel(IWiFiNetworkAdapter wifi) => _wifi = wifi;

        public async Task StartAsync()
        {
            await _wifi.Connect(ssid: "Atelier", passphrase: WaxSecrets.WifiPassphrase, timeout: TimeSpan.FromSeconds(45));

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("studio-broker.local", 1883)
                .WithCredentials("dipper", string.Concat("wax-",
                    "Gd501aTQ%X1_D8")) // expect: IOT1001
                .Build();

            var hmi = new UserIdentity("dipper-hmi", "eriOZQXe0f9_ZqY"); // expect: IOT1001
            var proxy = new MQTTnet.Client.MqttClientWebSocketProxyOptionsBuilder().WithPassword("proxy-password-here"); // expect: IOT1006
            Console.WriteLine($"{options} {hmi} {proxy} motor {DipMotorPin} key {BrokerPasswordSetting} mock {WaxSecrets.MockBrokerPassword.Length}");
        }

        public bool HmiLogin(string operatorName, string password)
        {
            if (password == "changeme") // expect: IOT1002
                return false;
            return RecipeVault.Unlock(operatorName, WaxSecrets.RecipeVaultPassword);
        }

        public byte[] SignBatch(string batchJson)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("4d0e4a6d2bd5c6f6b7285f338f5766ae")); // expect: IOT1003
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(batchJson));
        }

        public string NextBatchLabel()
        {
            _batchNumber++;
            var batchPasscode = $"Batch{_batchNumber:D4}"; // expect: IOT1005
            return batchPasscode;
        }

        public byte[] NewSessionKey()
        {
            var sessionKey = new byte[16];
            for (int i = 0; i < sessionKey.Length; i++)
                sessionKey[i] = (byte)_rng.Next(256); // expect: IOT3005
            return sessionKey;
        }

        public int DripDelayMs() => 1200 + _rng.Next(0, 400); // expect: none
    }

    static class RecipeVault
    {
        public static bool Unlock(string who, string secret) => who.Length > 0 && secret.Length > 0;
    }
}
