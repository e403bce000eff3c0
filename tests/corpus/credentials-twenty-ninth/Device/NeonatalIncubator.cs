// Written for corpus29 (invented): bedside bridge for a neonatal intensive-care incubator (Windows 10 IoT Enterprise).
// Reads skin/air temperature, humidity and O2 from the incubator's service port, pushes vitals to the nurse station,
// signs alarm records, loads the PACS client certificate and pairs the nurse's pager over Bluetooth Classic.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;

namespace Nicu.IncubatorBridge
{
    public static class IncubatorBridge
    {
        private const string AlarmTokenCharacteristic = "2A3D"; // expect: none
        private const string HeaterRelayPin = "D11"; // expect: none
        private const string BearerTokenPath = "/etc/incubator/bearer.token"; // expect: none
        private const string NurseOverrideCode = "41561"; // expect: IOT1004
        private const string PasscodeAcceptedText = "Passcode accepted, alarm silenced for 120 seconds."; // expect: none
        private static readonly string PacsCertPassword = "aphgvf34!Gkwgwi"; // expect: IOT1001

        private static string WardApiKey(string ward) => ward switch
        {
            "NICU-A" => "Q8Z4kwXOdnh8BV76GdrzFDlIeJQ2aAsVZyzsiLyL", // expect: IOT1001
            "NICU-B" => "8VdPp0O2RdMIUzdoiHG4uj9Eovq46Si3LLr5fa8c", // expect: IOT1001
            _ => string.Empty,
        };

        private static Task<string> LoadStationTokenAsync() => Task.FromResult("cfnDSXmVrV9FxaISqOioh7Ehsr51ofr3IRxF2yaP"); // expect: IOT1001

        public static async Task PushVitalsAsync(HttpClient http, string ward, string json)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", WardApiKey(ward));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LoadStationTokenAsync());
            await http.PostAsync("https://nurse-station.nicu.example/api/vitals", new StringContent(json));
        }

        public static byte[] SignAlarm(byte[] payload)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("6fa0090654dcfabae7b8d3bc3003780eb84ef6bda6c3bc55d3aa1926472cb966")); // expect: IOT1003
            return hmac.ComputeHash(payload);
        }

        public static X509Certificate2 LoadPacsCertificate() =>
            new X509Certificate2("/etc/incubator/pacs-client.pfx", PacsCertPassword);

        public static NetworkCredential PacsLogin() =>
            new NetworkCredential(userName: "incubator-bridge", password: "YOUR_PACS_PASSWORD"); // expect: IOT1006

        public static bool PairPager(BluetoothAddress pager) =>
            BluetoothSecurity.PairRequest(pager, "1234"); // expect: IOT1002

        // The pairing code shown on the incubator's display for the bedside tablet.
        public static string PairingCode(string incubatorSerial) =>
            incubatorSerial.Substring(incubatorSerial.Length - 6); // expect: IOT1005

        public static string NewAlarmAckNonce() =>
            Random.Shared.NextInt64().ToString("x16"); // expect: IOT3005

        public static bool TryOverride(string typed) => typed.Trim() == NurseOverrideCode;

        public static string Accepted() => PasscodeAcceptedText;

        public static string TokenFile() => BearerTokenPath;

        public static string HeaterPin() => HeaterRelayPin;

        public static string AlarmCharacteristic() => AlarmTokenCharacteristic;

        public static double SimulatedSkinTemperature() => 36.5 + Random.Shared.NextDouble() * 0.4; // expect: none
    }
}
