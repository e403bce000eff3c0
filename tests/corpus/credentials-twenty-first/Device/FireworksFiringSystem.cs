// Written for corpus21: a display company's fireworks firing system. The show controller encrypts cue frames to the
// field modules over a serial radio, downloads show files from the choreography cloud, reports to the licensing portal,
// mirrors cue state to MQTT and needs the safety officer's arm code before any cue fires.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using MQTTnet;

namespace ShowControl
{
    internal static class FiringSecrets
    {
        public const string SafetyOfficerArmCode = "31404527"; // expect: IOT1004
        public const string ChoreographyToken = "!WRH6I1gLTeOQa6D"; // expect: IOT1001
        public const string DefaultModulePin = "1234"; // expect: IOT1002
        public const string ArmCodePrompt = "Safety officer: enter arm code"; // expect: none
        public const string LicensingJwt = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic2hvd2NvbnRyb2wtMDciLCAiYXVkIjogInB5cm8tbGljZW5zaW5nIiwgImlhdCI6IDE3NjcyMjU2MDB9.hDj8i91tSOglYLBi2X_GLkIQgWj4_DcQS0LRf747oNA"; // expect: IOT1003
    }

    internal class CueRadio
    {
        private readonly Random _rng = new Random();
        private static readonly byte[] BenchVector = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none

        public byte[] EncryptCue(byte[] frame, bool benchSimulator)
        {
            using var aes = Aes.Create();
            aes.Key = benchSimulator
                ? BenchVector
                : new byte[] { 0xAE, 0x9E, 0x0F, 0x4A, 0xE4, 0xAD, 0x8E, 0xFE, 0x89, 0x3E, 0x98, 0x27, 0xE5, 0x33, 0xF6, 0xF2 }; // expect: IOT1003
            byte[] fireNonce = new byte[12];
            _rng.NextBytes(fireNonce); // expect: IOT3005
            aes.IV = new byte[16];
            Buffer.BlockCopy(fireNonce, 0, aes.IV, 0, 12);
            return aes.EncryptCbc(frame, aes.IV);
        }

        // modules print their pairing PIN from the serial stamped on the rail
        public static string ModulePairingPin(string moduleSerial)
        {
            string modulePairingPin = moduleSerial.Substring(moduleSerial.Length - 5); // expect: IOT1005
            return modulePairingPin;
        }

        public bool Armed(string keySwitchState, string enteredCode) =>
            keySwitchState == "ARMED" && enteredCode == FiringSecrets.SafetyOfficerArmCode; // expect: none

        public int CueJitterMs() => _rng.Next(0, 15); // expect: none
    }

    internal class ShowCloud
    {
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> DownloadShowAsync(string showId)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"https://choreo.pyro.example/shows/{showId}.fws");
            request.Headers.Add("X-Auth-Token", FiringSecrets.ChoreographyToken);
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public Task ReportFiredAsync(string showId)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FiringSecrets.LicensingJwt);
            return _http.PostAsync($"https://licensing.pyro.example/shows/{showId}/fired", new StringContent(""));
        }

        public MqttClientOptions MirrorOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("cue-mirror.local", 1883)
                .WithCredentials("show-control", "OogmmbgozL!mXd") // expect: IOT1001
                .Build();
    }
}
