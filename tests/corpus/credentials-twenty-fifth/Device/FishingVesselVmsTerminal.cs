// Written for corpus25: the vessel monitoring system (VMS) terminal of a coastal fishing vessel. It reports
// positions over an Iridium SBD modem, uploads the catch log to the fisheries authority's e-logbook API and FTP
// drop when the LTE modem has coverage, pairs with the skipper's tablet, and can only be opened for service with
// the authority's unseal code.
using System;
using System.IO;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Corpus25.Vms
{
    public sealed class VmsTerminal
    {
        private const string Mmsi = "257123450"; // expect: none
        private const string CallSign = "LK417";
        private const string FtpPassword = "PZFys6xr8k%U"; // expect: IOT1001
        private const string UnsealCode = "20374781"; // expect: IOT1004
        private const string ObserverTabletPasscode = "3391"; // expect: IOT1004
        // Published login of the roaming APN used in Norwegian ports.
        private const string ApnUser = "web";
        private const string ApnPassword = "web"; // expect: none
        private readonly SerialPort _iridium = new SerialPort("/dev/ttyS1", 19200);
        private readonly Random _rng = new Random();
        private readonly HttpClient _elogbook = new HttpClient { BaseAddress = new Uri("https://elogbook.fisheries-authority.no/api/") };

        public VmsTerminal()
        {
            _elogbook.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2ZXNzZWwtTEstNDE3IiwiYXVkIjoiZWxvZ2Jvb2siLCJpYXQiOjE3MTcyNDUwMDB9.OrwKsdg9ij-7mS6DK3cndaZ34XEUKtNYHmWiBlvF-to"); // expect: IOT1003
            _elogbook.DefaultRequestHeaders.Add("X-Elogbook-Key", Environment.GetEnvironmentVariable("ELOGBOOK_KEY") ?? "REPLACE-WITH-ELOGBOOK-KEY"); // expect: IOT1006
        }

        public void StartLte()
        {
            var cellular = YCellular.FirstCellular();
            cellular.set_pin("9307"); // expect: IOT1001
        }

        public void RecoverSim(string newPin)
        {
            YCellular.FirstCellular().sendPUK("36015482", newPin); // expect: IOT1001
        }

        public void SendPosition(double lat, double lon)
        {
            var msgNonce = (uint)_rng.Next(); // expect: IOT3005
            _iridium.WriteLine($"AT+SBDWT={Mmsi},{lat:F5},{lon:F5},{msgNonce}");
            _iridium.WriteLine("AT+SBDIX"); // expect: none
        }

        public void UploadCatchLog(string path)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://drop.fisheries-authority.no/vms/" + Path.GetFileName(path));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("vms-" + CallSign, FtpPassword);
            using var stream = request.GetRequestStream();
            File.OpenRead(path).CopyTo(stream);
        }

        public void FetchNoticesToMariners()
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://ftp.kartverket.no/pub/efs/latest.txt");
            request.Credentials = new NetworkCredential("anonymous", "vms-lk417@fiskebaat.no"); // expect: none
            using var response = request.GetResponse();
        }

        // Code the skipper's tablet shows to join the terminal's Bluetooth link, refreshed every day.
        public static string TabletPairingCode()
        {
            var pairingCode = $"{CallSign}-{DateTime.UtcNow:MMdd}"; // expect: IOT1005
            return pairingCode;
        }

        public bool Unseal(string enteredCode) => enteredCode.Trim() == UnsealCode;

        public string ApnSetup() => $"AT+CGDCONT=1,\"IP\",\"internet\";{ApnUser}/{ApnPassword}";

        public bool ObserverLogin(string typed) => string.Equals(typed, ObserverTabletPasscode, StringComparison.Ordinal);

        // Spare LTE modem: its SIM was ordered with the PIN set to the last digits of the modem's IMEI.
        public void StartSpareLte(string imei)
        {
            var cellular = YCellular.FirstCellular();
            cellular.set_pin(imei.Substring(imei.Length - 4)); // expect: IOT1005
            Console.WriteLine($"spare modem {imei} PIN ****"); // expect: none
        }

        public Task<HttpResponseMessage> PostCatchAsync(string json) =>
            _elogbook.PostAsync("v2/catch", new StringContent(json));
    }
}
