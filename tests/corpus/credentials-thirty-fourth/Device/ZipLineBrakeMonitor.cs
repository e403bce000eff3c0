// Written for corpus34: an adventure park's zip-line landing platform monitor (Meadow F7) that measures trolley
// speed at the magnetic brake, reports to the park's MQTT broker and lets dispatchers reset a tripped line.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet;

namespace Corpus34.ZipLine
{
    public class BrakeMonitor
    {
        const string WifiPassphraseEnv = "ZIP_WIFI_PASSPHRASE"; // expect: none
        const string LandingPassword = "RBND-EvkQE73lvh"; // expect: IOT1001
        const string DispatcherOverrideCode = "2807"; // expect: IOT1004
        const string PhotoUploadKeyId = "AKIAJQNBMIGCSJXFDGTE"; // expect: IOT1003
        const string BrakeTokenCharacteristic = "6E400002-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        const string ParkRootCa = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2x1c3RlclJvb3RDQTAeFw0yNDAxMDEwMDAwMDBa\n-----END CERTIFICATE-----"; // expect: none

        private readonly IWiFiNetworkAdapter _wifi;
        private readonly Random _rng = new();

        public BrakeMonitor(IWiFiNetworkAdapter wifi) => _wifi = wifi;

        public async Task ConnectAsync()
        {
            var passphrase = Environment.GetEnvironmentVariable(WifiPassphraseEnv) ?? "IxkXN!a4I3OYcz#y"; // expect: IOT1001
            await _wifi.Connect("ZipPark-Ops", passphrase, TimeSpan.FromSeconds(60));

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("broker.zippark.example", 8883)
                .WithCredentials("landing-east", "gpjehJUmC%E09kV"u8.ToArray()) // expect: IOT1001
                .Build();
            await new MqttClientFactory().CreateMqttClient().ConnectAsync(options);
        }

        public async Task PostRunAsync(HttpClient http, double speedKmh)
        {
            var login = string.Format("{0}:{1}", "platform-east", LandingPassword);
            http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(login)));
            await http.PostAsync("https://runs.zippark.example/api/runs", new StringContent(speedKmh.ToString("F1")));
            Console.WriteLine($"photos signed for {PhotoUploadKeyId[..4]}…, ca {ParkRootCa.Length} chars, ble {BrakeTokenCharacteristic}");
        }

        public X509Certificate2 LoadPlatformCertificate(byte[] pfx) =>
            new X509Certificate2(pfx, "${ZIP_PFX_PASSWORD}"); // expect: IOT1006

        public void ValidateCamera(MQTTnet.Server.ValidatingConnectionEventArgs e)
        {
            if (e.Password != "supervisor") // expect: IOT1002
                e.ReasonCode = 134;
        }

        public bool ResetTrippedLine(string entered) => entered is DispatcherOverrideCode;

        public string IssueWristband()
        {
            string wristbandPin = DateTime.UtcNow.ToString("HHmm"); // expect: IOT1005
            return wristbandPin;
        }

        public byte[] NewBrakeChallenge()
        {
            var challengeNonce = new byte[12];
            _rng.NextBytes(challengeNonce); // expect: IOT3005
            return challengeNonce;
        }

        public int SampleDelayMs() => 200 + _rng.Next(0, 50); // expect: none
    }
}
