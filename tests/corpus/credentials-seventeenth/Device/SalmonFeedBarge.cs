// Written for corpus17: a salmon farm's feed barge. The barge computer runs the feed blowers for twelve
// pens, signs each feeding report, keeps a satellite link as a fallback to the 4G mast on the shore and
// archives pen camera stills to the company's cloud bucket.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Amazon.Runtime;
using MQTTnet;
using nanoFramework.Networking;

namespace Corpus17.Written.SalmonFeedBarge
{
    public static class BargeIdentity
    {
        public const string BargeId = "barge07";
        public const string RockBlockImei = "300434063839690"; // expect: none
        public const int BargeNumber = 7;
    }

    public class ShoreLink
    {
        public MqttClientOptions BuildOptions()
        {
            return new MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://barge07:78tsw3QqOLz4@shore.laksefarm.example:8883") // expect: IOT1001
                .Build();
        }

        public X509Certificate2 LoadClientCertificate()
        {
            return new X509Certificate2("/etc/barge/barge07.pfx", "Jbs62fU_tv"); // expect: IOT1001
        }
    }

    public class FeedReportSigner
    {
        private static readonly HMACSHA256 Signer = new HMACSHA256(Convert.FromBase64String("Q1RT2QLvyAI7wT1jnVsSVrZtP11th9gO9vdHdJ6qvwQ=")); // expect: IOT1003

        // The pen controllers' frames are XOR-scrambled so a stray radio listener sees noise.
        private static readonly byte[] FeedFrameObfuscationKey = { 0x39, 0xA4, 0x0E, 0x7B, 0xC2, 0x55, 0x1D, 0x93, 0x6F, 0xE8 }; // expect: IOT1004

        public string Sign(string report) => Convert.ToBase64String(Signer.ComputeHash(Encoding.UTF8.GetBytes(report)));

        public byte[] Scramble(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
                output[i] = (byte)(frame[i] ^ FeedFrameObfuscationKey[i % FeedFrameObfuscationKey.Length]);
            return output;
        }
    }

    public class PenCameraArchive
    {
        public AWSCredentials Credentials() => new BasicAWSCredentials("AKIARBI6JP1MBN643URA", "fNLv9XmXQdeGkR0l2LNHTghvS4KqM0cpCayx3Eb3"); // expect: IOT1003 IOT1003

        // The SDK documentation's pair, used by the offline archive test.
        public AWSCredentials DocumentationCredentials() => new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"); // expect: none

        public void GrabStill(string penCameraHost)
        {
            using (var client = new WebClient())
            {
                client.Credentials = new NetworkCredential("admin", "12345"); // expect: IOT1002
                client.DownloadFile($"http://{penCameraHost}/ISAPI/Streaming/channels/101/picture", "/var/barge/stills/latest.jpg");
            }
        }
    }

    public class SatelliteFallback
    {
        private const string RockBlockUser = "ops@laksefarm.example";

        public void SendViaRockBlock(string hexPayload)
        {
            using (var http = new HttpClient())
            {
                http.PostAsync("https://rockblock.rock7.com/rockblock/MT?imei=" + BargeIdentity.RockBlockImei
                    + "&username=" + Uri.EscapeDataString(RockBlockUser)
                    + "&password=YgVMl6TT1cZ3" // expect: IOT1001
                    + "&data=" + hexPayload, null).Wait();
                Console.WriteLine("MT sent: imei=" + BargeIdentity.RockBlockImei + "&password=******"); // expect: none
            }
        }
    }

    public class CrewCabin
    {
        public void ConnectCrewWifi()
        {
            WifiNetworkHelper.ConnectDhcp("Barge07-Crew", "<crew-wifi-passphrase>"); // expect: IOT1006
        }

        // The barge's own hotspot for the feeding technicians' tablets.
        public string HotspotPassword()
        {
            string hotspotPassword = "Barge" + BargeIdentity.BargeNumber.ToString("D2") + "-feed"; // expect: IOT1005
            return hotspotPassword;
        }
    }

    public class FeedCommands
    {
        private readonly Random _rng = new Random();

        public byte[] NewCommandNonce()
        {
            byte[] commandNonce = new byte[12];
            _rng.NextBytes(commandNonce); // expect: IOT3005
            return commandNonce;
        }

        // Simulated pellet counts for the blower test bench.
        public int SimulatedPellets() => _rng.Next(800, 1200); // expect: none

        public const string ShoreRootCa = @"-----BEGIN CERTIFICATE-----
MIIBmTCCAT+gAwIBAgIUFoafD0qiCnHACGa5EfOFr31QMT0wCgYIKoZIzj0EAwIw
IjEgMB4GA1UEAwwXTGFrc2VmYXJtIFNob3JlIFJvb3QgQ0EwHhcNMjYxMjAyMDIz
NzIzWhcNMzYxMTI5MDIzNzIzWjAiMSAwHgYDVQQDDBdMYWtzZWZhcm0gU2hvcmUg
Um9vdCBDQTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABJN93SzPfaausTzfbYa5
/KyJD14yFengcsXQ9dSF3pGhvUFsHruog4WVqSSNlkKINy9PUikSrgKuGn4X2iA8
Q/SjUzBRMB0GA1UdDgQWBBRkwJjSjc80jfyywiMdDLXvzYwxtzAfBgNVHSMEGDAW
gBRkwJjSjc80jfyywiMdDLXvzYwxtzAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49
BAMCA0gAMEUCIQCGnK6iIgxVKIh1e19JiXV8qcxbi0FnRVwIBHI17x1CiwIgRn4N
G5KiDJVEteP7vBznN5btDBV74anciYsqV/qAYJM=
-----END CERTIFICATE-----"; // expect: none
    }
}
