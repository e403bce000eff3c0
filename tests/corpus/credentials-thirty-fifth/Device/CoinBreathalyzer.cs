// Written for corpus35: a bar's coin-operated breath-alcohol test kiosk (wall unit with a fuel-cell sensor, coin
// acceptor, keypad and an LTE modem) that reports test counts and service visits to the operator's back office.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Corpus35.CoinBreathalyzer
{
    internal static class KioskModemSettings
    {
        public const string SimPin = "9516"; // expect: IOT1001
        public const string ApnName = "iot.kioskfleet.example";
        public const string ApnUser = "kiosk-fleet"; // expect: none
        public const string ApnPassword = "U1lK$sG%9aYezq"; // expect: IOT1001
        public const string SimPinEnvVariable = "KIOSK_SIM_PIN"; // expect: none
    }

    public sealed class LteModem
    {
        private readonly Stream _port;
        public LteModem(Stream port) => _port = port;

        public string Send(string command)
        {
            var bytes = Encoding.ASCII.GetBytes(command + "\r");
            _port.Write(bytes, 0, bytes.Length);
            return ReadLine();
        }

        private string ReadLine()
        {
            var sb = new StringBuilder();
            int b;
            while ((b = _port.ReadByte()) >= 0 && b != '\n') sb.Append((char)b);
            return sb.ToString().Trim();
        }

        public void Attach()
        {
            var reply = Send("AT+CPIN?"); // expect: none
            if (!reply.Contains("READY")) // expect: none
            {
                Send($"AT+CPIN=\"{KioskModemSettings.SimPin}\"");
            }
            Send($"AT+CGDCONT=1,\"IP\",\"{KioskModemSettings.ApnName}\"");
            Send(string.Format("AT+CGAUTH=1,1,\"{0}\",\"{1}\"", KioskModemSettings.ApnUser, KioskModemSettings.ApnPassword));
        }

        public string ReadImei() => Send("AT+GSN");
    }

    public sealed class BackOfficeReporter
    {
        private const string ReportUser = "kiosk-0417";
        private const string ReportPassword = "SaRmy8v6H8.J$5es"; // expect: IOT1001
        private const string AlertBotToken = "2874106590:AAn_KTopeLf11_rM5QCJsnRbrHAq4uUzZnT"; // expect: IOT1003
        private const long AlertChatId = -1001824410517;

        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://backoffice.kioskfleet.example/") };

        public BackOfficeReporter()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ReportUser}:{ReportPassword}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public Task<HttpResponseMessage> PostDailyCountAsync(int tests, int coins) =>
            _http.PostAsync("api/v1/counts", new StringContent($"{{\"tests\":{tests},\"coins\":{coins}}}", Encoding.UTF8, "application/json"));

        public Task<string> AlertAsync(string text) =>
            _http.GetStringAsync($"https://api.telegram.org/bot{AlertBotToken}/sendMessage?chat_id={AlertChatId}&text={Uri.EscapeDataString(text)}");

        public HttpClient CreateLogUploader()
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("breath-logs", "CHANGE_ME_FTP_PASSWORD") // expect: IOT1006
            };
            return new HttpClient(handler);
        }
    }

    public sealed class ServiceMenu
    {
        private const string AttendantOverrideCode = "389783"; // expect: IOT1004
        private readonly Random _rng = new Random();
        private readonly Random _displayJitter = new Random();

        public bool CanResetCalibration(string enteredServicePin) =>
            string.Equals(enteredServicePin, "1234"); // expect: IOT1002

        public bool CanOpenCashBox(string typed) => typed.Trim() == AttendantOverrideCode;

        public string IssueRefundPin(LteModem modem)
        {
            string imei = modem.ReadImei();
            string refundPin = imei.Substring(imei.Length - 6); // expect: IOT1005
            return refundPin;
        }

        public string OpenServiceSession()
        {
            string sessionToken = _rng.Next().ToString("x8"); // expect: IOT3005
            return sessionToken;
        }

        public int NextBlowAnimationDelayMs() => _displayJitter.Next(200, 600); // expect: none
    }
}
