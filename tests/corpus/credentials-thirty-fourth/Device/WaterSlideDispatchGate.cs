// Written for corpus34: a water park's slide dispatch gate (industrial PC at the top of the tower) that releases the
// next rider when the run-out lane is clear, logs runs to IoT Hub and AMQP, and uploads its logs over FTP.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Amqp;
using Microsoft.Azure.Devices.Client;
using nanoFramework.Networking;

namespace Corpus34.WaterSlide
{
    static class SlideHubKeys
    {
        public static readonly string Primary = "aYF9WYnT/9rqsx3yVNu9nfrM0SIwjojcTkIfFivGrfM="; // expect: IOT1001
        public static readonly string SampleHubKey = "sample-hub-key-not-used"; // expect: none
    }

    static class Vault
    {
        public static string FtpPassword => "zfP0SNVyf6tW%Lo"; // expect: IOT1001
    }

    public class DispatchGate
    {
        const string Hub = "waterpark-hub.azure-devices.net"; // expect: none
        const string LifeguardOverridePasscode = "9138"; // expect: IOT1004
        const string LifeguardPasswordSha256 = "9f2c6a1d0b7e4c3a8f5d2e1b6c9a0f3e7d4b8c2a5e1f0d9c3b6a7e2f1c0d8b4a"; // expect: none
        const int GateServoPin = 18; // expect: none
        const string GateKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEICjosf7QiUWUT6h4l9osAEuM95qxsIqELHSbLWBPnixloAoGCCqGSM49\nAwEHoUQDQgAEfNjD+opCZuUHANdIMnIaeoU7P5fmuz/05EgFvQ1V5s5FuPrGZKyv\n3tc2VV2+jNp9msYmrk0norPFJEY1O2IYig==\n-----END EC PRIVATE KEY-----"; // expect: IOT1003

        static readonly Dictionary<string, string> QueueSettings = new()
        {
            ["amqp.host"] = "bus.waterpark.example", // expect: none
            ["amqp.password"] = "105rXBHSFqfdZxl", // expect: IOT1001
        };

        private readonly Random _rng = new Random();

        public void Boot(string gateId, byte[] mac, string certPem)
        {
            WifiNetworkHelper.ConnectDhcp("SlideOps", "12345678"); // expect: IOT1002

            var hub = DeviceClient.CreateFromConnectionString(
                $"HostName={Hub};DeviceId={gateId};SharedAccessKey={SlideHubKeys.Primary}");

            var bus = new Address(QueueSettings["amqp.host"], 5671, "gate-" + gateId, QueueSettings["amqp.password"]);

            var ftp = new NetworkCredential { UserName = "slidelog", Password = Vault.FtpPassword };

            var identity = X509Certificate2.CreateFromPem(certPem, GateKeyPem);

            var hotspotKey = BitConverter.ToString(mac).Replace("-", "").Substring(4); // expect: IOT1005
            Console.WriteLine($"{hub} {bus} {ftp.UserName} {identity.Subject} servo {GateServoPin} ap {hotspotKey.Length}");
        }

        public bool Override(string typed) =>
            string.Equals(typed, LifeguardOverridePasscode, StringComparison.Ordinal) && LifeguardPasswordSha256.Length == 64;

        public void ReportToPark(HttpClient http, string run)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", "xxxxxxxx"); // expect: IOT1006
            http.PostAsync("https://ops.waterpark.example/runs", new StringContent(run));
        }

        public string NewBoardingToken()
        {
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            var sb = new StringBuilder();
            for (int i = 0; i < 10; i++)
                sb.Append(alphabet[_rng.Next(alphabet.Length)]); // expect: IOT3005
            var boardingToken = sb.ToString();
            return boardingToken;
        }

        public int NextDispatchDelayMs() => 4000 + _rng.Next(0, 1500);
    }
}
