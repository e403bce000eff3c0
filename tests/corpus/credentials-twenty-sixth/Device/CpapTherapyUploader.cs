// Written for corpus26: the cellular uploader inside a bedside CPAP machine. It unlocks the SIM, attaches to the home-
// care provider's private APN, uploads nightly therapy summaries to the provider's FHIR endpoint and a sleep-lab
// database, and pairs with the patient's phone app.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Npgsql;

namespace CpapTherapy.Uploader
{
    public sealed class CellularLink
    {
        private const string SimPin = "2361"; // expect: IOT1001
        private const string SimPinEnvironmentVariable = "CPAP_SIM_PIN"; // expect: none
        private readonly SerialPort _modem = new SerialPort("/dev/ttyUSB2", 115200);

        public void BringUp()
        {
            _modem.Open();
            _modem.Write("AT+CPIN?\r"); // expect: none
            if (_modem.ReadLine().Contains("SIM PIN"))
            {
                var pin = Environment.GetEnvironmentVariable(SimPinEnvironmentVariable) ?? SimPin;
                _modem.Write($"AT+CPIN=\"{pin}\"\r");
            }
            _modem.Write("AT+CGDCONT=1,\"IP\",\"homecare.apn\"\r");
            _modem.Write("AT+CGAUTH=1,1,\"cpapfleet\",\"Qz4-Ember-Sleet9\"\r"); // expect: IOT1001
        }
    }

    public sealed class TherapyUploader
    {
        private const string FhirBase = "https://fhir.homecare.example/r4";
        private const string UploadBearer = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjcGFwLTAwNDIiLCJzY29wZSI6InRoZXJhcHkud3JpdGUifQ.3O6sAlfXIWeO--oOrjFvQzHHWZRPMHkAVGrQU_cJSs4"; // expect: IOT1003
        private const string PatientResourceId = "3d38e0e4-cbd1-f0c3-65d8-4a1d54a51113"; // expect: none
        private const string ClinicianUnlockCode = "7037"; // expect: IOT1004
        private const string ClinicianCodePrompt = "Enter the clinician code to unlock pressure settings."; // expect: none
        private const string FirmwarePasswordSha256 = "f88512e8dd3c5e1e205b635d33669605f88512e8dd3c5e1e205b635d33669605"; // expect: none

        private readonly Random _rng = new Random();

        public void UploadNight(string summaryJson)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", UploadBearer);
            var nonce = new byte[12];
            _rng.NextBytes(nonce); // expect: IOT3005
            http.DefaultRequestHeaders.Add("X-Upload-Nonce", Convert.ToBase64String(nonce));
            http.PostAsync(FhirBase + "/Observation/" + PatientResourceId, new StringContent(summaryJson));
        }

        public void UploadToSleepLab(string nightId)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("cpap-uploader:Moth-Quilt-4471")); // expect: IOT1001
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            http.GetAsync("https://sleeplab.example/api/nights/" + nightId);

            using var db = new NpgsqlConnection("Host=sleeplab-db;Username=cpap;Password=<sleep lab db password>;Database=nights"); // expect: IOT1006
            db.Open();
        }

        public X509Certificate2 LoadDeviceCertificate()
        {
            return new X509Certificate2("/etc/cpap/device.pfx", "password"); // expect: IOT1002
        }

        public string PhonePairingPin(string serialNumber)
        {
            var pairingPin = serialNumber[^6..]; // expect: IOT1005
            return pairingPin;
        }

        public bool UnlockClinicianMenu(string entered)
        {
            Console.WriteLine(ClinicianCodePrompt);
            return entered.Trim() == ClinicianUnlockCode;
        }

        public bool FirmwareHashMatches(string computedHex) => string.Equals(computedHex, FirmwarePasswordSha256, StringComparison.OrdinalIgnoreCase);
    }
}
