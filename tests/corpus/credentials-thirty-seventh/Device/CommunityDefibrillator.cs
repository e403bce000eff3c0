// Public-access defibrillator (AED) cabinet on a village hall wall: door switch, a heater that keeps the pads above 5 °C,
// a keypad lock released with the code the ambulance dispatcher reads out, an LTE modem that reports the cabinet's state
// to the community-defibrillator register, and a small maintenance web page for the guardian's quarterly check.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using nanoFramework.WebServer;

namespace VillageHall.AedCabinet
{
    internal static class CabinetSecrets
    {
        public const string SimPin = "9470"; // expect: IOT1001
        public const string RegisterApiKey = "d724201c4c593e6a9fbe4364074d1dae"; // expect: IOT1001
        public const string RegisterApiKeyVariable = "AED_REGISTER_API_KEY"; // expect: none
        public const string DoorReleaseCode = "208578"; // expect: IOT1004
        public const string SimPinSettingKey = "aed/modem/sim_pin"; // expect: none
        public const int HeaterRelayPin = 22; // expect: none
        public const int DoorSwitchPin = 23; // expect: none
    }

    public sealed class CabinetModem
    {
        private readonly SerialPort _port = new SerialPort("/dev/ttyUSB2", 115200);
        private readonly Random _jitter = new Random();

        public void BringUp()
        {
            _port.Open();
            _port.Write("AT+CPIN?\r"); // expect: none
            _port.Write($"AT+CPIN=\"{CabinetSecrets.SimPin}\"\r");
            System.Diagnostics.Debug.WriteLine("modem <- AT+CPIN=\"<PIN redacted>\""); // expect: none
            _port.Write("AT+CGDCONT=1,\"IP\",\"everywhere\"\r"); // expect: none
            _port.Write("AT+CGAUTH=1,1,\"aed-hall\",\"${APN_PASSWORD}\"\r"); // expect: IOT1006
            _port.Write("AT+CGACT=1,1\r");
        }

        // Spread the reports of the district's cabinets so they do not all hit the register on the hour.
        public int RetryDelayMs() => 2000 + _jitter.Next(0, 750); // expect: none
    }

    public sealed class RegisterReporter
    {
        private static readonly byte[] ReportSigningKey = Convert.FromBase64String("padBUg27n4PBBaVQJePGGg4sSHabCUcsedQ1w23Uf+I="); // expect: IOT1003
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public async Task ReportAsync(string serial, bool doorOpen, double padsTempC, DateTime padsExpiry)
        {
            string reportNonce = _rng.Next().ToString("x8"); // expect: IOT3005
            string body = "{\"serial\":\"" + serial + "\",\"door\":" + (doorOpen ? "true" : "false")
                + ",\"padsC\":" + padsTempC.ToString("F1") + ",\"padsExpiry\":\"" + padsExpiry.ToString("yyyy-MM-dd")
                + "\",\"nonce\":\"" + reportNonce + "\"}";

            using var hmac = new HMACSHA256(ReportSigningKey);
            string signature = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));

            string apiKey = Environment.GetEnvironmentVariable(CabinetSecrets.RegisterApiKeyVariable) ?? CabinetSecrets.RegisterApiKey;
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://register.defib-network.example/v2/cabinets/status");
            request.Headers.Add("X-Api-Key", apiKey);
            request.Headers.Add("X-Signature", signature);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }
    }

    public sealed class KeypadLock
    {
        private readonly string _serialNumber;

        public KeypadLock(string serialNumber) { _serialNumber = serialNumber; }

        public bool TryRelease(string entered)
        {
            if (entered == CabinetSecrets.DoorReleaseCode)
            {
                return true;
            }
            // The register was unreachable when the 999 call came in: the dispatcher reads the fallback from the label.
            return entered == FallbackDoorCode();
        }

        private string FallbackDoorCode() => _serialNumber.Substring(_serialNumber.Length - 6); // expect: IOT1005
    }

    [Authentication("Basic:guardian 1234")] // expect: IOT1002
    public sealed class GuardianCheckController
    {
        public string Status(bool doorClosed, double padsTempC, bool batteryOk)
        {
            string door = doorClosed ? "closed" : "OPEN";
            return "door=" + door + ";pads=" + padsTempC.ToString("F1") + "C;battery=" + (batteryOk ? "ok" : "replace");
        }
    }
}
