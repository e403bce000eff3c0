// Large-volume infusion pump comms module: drug-library sync, EHR auto-documentation, alarm forwarding.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Medivance.InfusionPump
{
    public sealed class HospitalInfusionPump : IDisposable
    {
        private const string DrugLibraryTokenUrl = "https://druglib.medivance.example/oauth2/token"; // expect: none
        private const string EhrBase = "https://ehr-gateway.stmarys.example/fhir/";
        private const string ApiKeyHeaderName = "Api-Key"; // expect: none
        private const string ServicePasscode = "31415926"; // expect: IOT1004
        private const string PasscodeRejected = "Passcode incorrect. The pump stays in clinical mode."; // expect: none
        private const string PumpModelUuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"; // expect: none

        private readonly HttpClient _http = new();
        private readonly Random _rng = new();
        private bool _serviceMode;

        public async Task<string> FetchDrugLibraryTokenAsync()
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "pump-ward3", // expect: none
                ["client_secret"] = "dS8!kq2Lw9zPump-Ward3-Lib", // expect: IOT1001
                ["scope"] = "druglib.read",
            });
            var response = await _http.PostAsync(DrugLibraryTokenUrl, form);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task DocumentInfusionAsync(string patientId, double mlPerHour)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, EhrBase + "Observation")
            {
                Content = new StringContent($"{{\"subject\":\"{patientId}\",\"rate\":{mlPerHour}}}", Encoding.UTF8, "application/fhir+json"),
            };
            request.Headers.Add(ApiKeyHeaderName, "REPLACE_ME"); // expect: IOT1006
            await _http.SendAsync(request);
        }

        public byte[] SignAlarm(byte[] alarmFrame) =>
            HMACSHA256.HashData("pump-hmac-ward3-2f9c81d0a7e4b6"u8, alarmFrame); // expect: IOT1003

        public string OpenAlarmSession()
        {
            string alarmSessionId = _rng.Next().ToString("x8"); // expect: IOT3005
            return alarmSessionId;
        }

        public int IssueBiomedPin()
        {
            // Shown once on the pump screen when biomed engineering requests service access.
            int biomedPin = _rng.Next(1000, 9999); // expect: IOT1005
            return biomedPin;
        }

        public byte[] NewFrameNonce() => RandomNumberGenerator.GetBytes(12); // expect: none

        public bool EnterServiceMode(string clinicianPasscode)
        {
            _serviceMode = clinicianPasscode == ServicePasscode;
            if (!_serviceMode)
            {
                Console.WriteLine(PasscodeRejected);
            }
            return _serviceMode;
        }

        public int SimulateDropSensorNoise()
        {
            // Bench simulator: random drop-sensor noise, not a security value.
            return _rng.Next(-3, 4); // expect: none
        }

        public string Identify() => $"model {PumpModelUuid}, service mode {_serviceMode}";

        public void Dispose() => _http.Dispose();
    }
}
