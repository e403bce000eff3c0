// Written for corpus33 (not from a repository). Domain: an office postage (franking) meter: it refills postal credit
// from the postal operator over AMQP and HTTPS with a client certificate, reports usage telemetry, downloads firmware
// releases and keeps its descending-register ledger. Every secret below is invented with python `secrets` in the
// published shape of its kind.
using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Amqp;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Client.Options;

namespace Franking
{
    internal static class FrankingSecrets
    {
        public const string AmqpPassword = "gTnd3mKuRi_yAwIJ"; // expect: IOT1001
        public const string RefillPasswordSetting = "postage.refill.password"; // expect: none
        public const string VaultUnlockPin = "7606"; // expect: IOT1004
        public const string RefillTokenScope = "postage.refill.write"; // expect: none
    }

    public class FrankingMeter
    {
        private const string DefaultConfigJson = "{\"refill\":{\"url\":\"https://refill.postal.example/v1\",\"password\":\"G%WhRf%*pBtqg3vY\"}}"; // expect: IOT1001
        private const string PasswordDisplay = "********"; // expect: none

        private readonly HttpClient _http = new HttpClient();

        public Address RefillQueue() => new Address("refill.postal.example", 5671, "meter-1184", FrankingSecrets.AmqpPassword);

        public X509Certificate2 MeterCertificate(byte[] pfx) => new X509Certificate2(pfx, "0dC3lb28IA0Eqt"); // expect: IOT1001

        public MqttClientOptionsBuilder Telemetry() => new MqttClientOptionsBuilder().WithTcpServer("postage-telemetry.local").WithCredentials("postage", "default"); // expect: IOT1002

        public void PrepareFirmwareDownload() => _http.DefaultRequestHeaders.Add("Authorization", "token ghp_rgHX5HCGIkh7A6sr0eTYD6qSMURTXbhwPR6O"); // expect: IOT1003

        public DeviceClient UsageHub() => DeviceClient.CreateFromConnectionString("HostName=postage-hub.azure-devices.net;DeviceId=meter-1184;SharedAccessKey=<meter-device-key>"); // expect: IOT1006

        public string LoadConfig(string path) => File.Exists(path) ? File.ReadAllText(path) : DefaultConfigJson;

        public bool VaultMenu(string typed)
        {
            switch (typed)
            {
                case FrankingSecrets.VaultUnlockPin:
                    return true;
                default:
                    return false;
            }
        }

        public static string RefillPasscode(string meterSerial) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(meterSerial)))[..8]; // expect: IOT1005

        public string NewRefillChallenge(Random rng)
        {
            var refillChallenge = rng.Next().ToString("X8"); // expect: IOT3005
            return refillChallenge;
        }

        public int WarmupJitterMs(Random rng) => 200 + rng.Next(100); // expect: none

        public string MaskedPassword() => PasswordDisplay;
    }
}
