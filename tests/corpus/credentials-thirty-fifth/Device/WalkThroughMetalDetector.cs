// Written for corpus35: a walk-through metal-detector arch at a concert venue's entrance lane (Meadow F7 controller):
// zone alarms go to the security desk over MQTT, alarm snapshots to an evidence bucket, and stewards log in at the arch.
using System;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet.Client;

namespace Corpus35.WalkThroughMetalDetector
{
    internal static partial class DetectorSecrets
    {
        public static readonly string BrokerPassword = "w8zBmd:$!@+UXsbo"; // expect: IOT1001
        public const string DocExampleAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
    }

    internal static partial class DetectorSecrets
    {
        public const string VenueSsid = "Arena-Staff-5G"; // expect: none
        public const string VenuePassphrase = "Wj-dj2d@236E.oJ"; // expect: IOT1001
        public const string EvidenceBucketAccessKeyId = "AKIAZ3MXT4K2Z67RNVPM"; // expect: IOT1003
        public const int AlarmRelayPin = 17; // expect: none
    }

    public sealed class ArchController
    {
        private static readonly byte[] AlarmFrameObfuscationKey = { 6, 148, 85, 229, 94, 9, 69, 231, 230, 211, 209, 188, 170, 140, 94, 197 }; // expect: IOT1004
        private readonly Random _rng = new Random();
        private readonly Random _sensitivityDrift = new Random();

        public async Task JoinVenueWifiAsync(IWiFiNetworkAdapter wifi)
        {
            await wifi.Connect(DetectorSecrets.VenueSsid, passphrase: DetectorSecrets.VenuePassphrase, timeout: TimeSpan.FromSeconds(45));
        }

        public MqttClientOptions BuildDeskOptions()
        {
            var proxy = new MqttClientWebSocketProxyOptionsBuilder()
                .WithPassword("<proxy-password>"); // expect: IOT1006

            return new MqttClientOptionsBuilder()
                .WithTcpServer("security-desk.arena.example", 8883)
                .WithClientId("arch-lane-07")
                .WithCredentials("arch-lane-07", DetectorSecrets.BrokerPassword)
                .WithTls()
                .Build();
        }

        public X509Certificate2 LoadEvidenceUploaderCertificate(byte[] pfxBytes)
        {
            var pfxPassword = "h-1U+*8fyZH-7l"; // expect: IOT1001
            return new X509Certificate2(pfxBytes, pfxPassword);
        }

        public HttpClient CreateLaneCameraClient()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("lane-tech", "admin") }; // expect: IOT1002
            var http = new HttpClient(handler);
            http.DefaultRequestHeaders.Add("X-Evidence-Key-Id", DetectorSecrets.EvidenceBucketAccessKeyId);
            return http;
        }

        public byte[] ObfuscateAlarmFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++) output[i] = (byte)(frame[i] ^ AlarmFrameObfuscationKey[i % AlarmFrameObfuscationKey.Length]);
            return output;
        }

        public string StewardHotspotKey()
        {
            PhysicalAddress mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress();
            string apKey = Convert.ToHexString(mac.GetAddressBytes())[^8..]; // expect: IOT1005
            return apKey;
        }

        public byte[] NewStewardChallenge()
        {
            var challengeNonce = new byte[16];
            _rng.NextBytes(challengeNonce); // expect: IOT3005
            return challengeNonce;
        }

        public double SensitivityDrift() => _sensitivityDrift.NextDouble() * 0.02; // expect: none
    }
}
