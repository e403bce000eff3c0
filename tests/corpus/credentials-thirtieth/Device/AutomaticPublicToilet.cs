// Written for corpus30 (invented code): controller of an automatic self-cleaning public toilet kiosk (coin and card payment, door
// lock, floor-wash and bowl-cleaning cycle), with an LTE modem to the operator's back office.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus30.PublicToilet
{
    internal static class ModemProfile
    {
        public const string SimPin = "2917"; // expect: IOT1001
        public const string ApnName = "iot.telco.example";
        public const string ApnUser = "internet"; // expect: none
        public const string ApnPassword = "internet"; // expect: none
    }

    public sealed class KioskModem
    {
        private readonly SerialPort _port = new("/dev/ttyUSB2", 115200);

        public void Send(string command)
        {
            _port.Write(command + "\r");
            Thread.Sleep(300);
        }

        public void BringUp(bool spareSim)
        {
            Send("AT+CPIN?"); // expect: none
            Send($"AT+CPIN=\"{(spareSim ? "0000" : ModemProfile.SimPin)}\""); // expect: IOT1002
            Send($"AT+CGDCONT=1,\"IP\",\"{ModemProfile.ApnName}\"");
            Send($"AT+CGAUTH=1,1,\"{ModemProfile.ApnUser}\",\"{ModemProfile.ApnPassword}\"");
        }

        public void BringUpRoamingApn()
            => Send("AT+CGAUTH=2,1,\"kiosk\",\"YOUR_APN_PASSWORD\""); // expect: IOT1006

        public void ReportSignal() => Send("AT+CSQ");
    }

    public sealed class PaymentGateway
    {
        private static readonly string FaultBotUrl = "https://api.telegram.org/bot1173375822:AAb0z7sXR2mbmG3UF5YHb6HknnIvIqSVf5d/sendMessage"; // expect: IOT1003

        private readonly Dictionary<string, string> _settings = new()
        {
            ["payment.merchantId"] = "PT-4471-0093",
            ["payment.apiToken"] = "pt_CXzOc7xc5ZahmzZFrFzRlSPts9OltJpeViH9aRsu", // expect: IOT1001
            ["payment.tokenHeader"] = "X-Auth-Token", // expect: none
        };

        public async Task<bool> AuthorizeAsync(HttpClient http, int cents)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"https://pay.example/v2/authorize?amount={cents}&merchant={_settings["payment.merchantId"]}");
            request.Headers.TryAddWithoutValidation(_settings["payment.tokenHeader"], _settings["payment.apiToken"]);
            var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }

        public Task ReportFaultAsync(HttpClient http, string text)
            => http.PostAsync(FaultBotUrl, new StringContent("chat_id=-1001&text=" + Uri.EscapeDataString(text)));
    }

    public sealed class LogUploader
    {
        private static readonly string FtpPassword = "JsB2uL-9zA_l"; // expect: IOT1001

        public void Upload(string path)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://logs.operator.example/kiosk-118/" + System.IO.Path.GetFileName(path));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("kiosk-118", FtpPassword);
        }
    }

    public sealed class DoorController
    {
        private const string DoorReleaseCode = "920494"; // expect: IOT1004
        private const string DoorFaultCode = "E-17"; // expect: none
        private const int FlushValvePin = 22;

        private static readonly (string Login, string Password)[] CleanerLogins =
        {
            ("cleaner-day", "LzPzTzU3o_"), // expect: IOT1004
        };

        private readonly Random _rng = new();

        public bool TryRelease(string typed) => string.Equals(typed, DoorReleaseCode, StringComparison.Ordinal);

        public bool CleanerLogin(string login, string password)
        {
            foreach (var (user, expected) in CleanerLogins)
            {
                if (user == login && expected == password) return true;
            }
            return false;
        }

        public static string MaintenancePin(string imei) => imei.Substring(imei.Length - 6); // expect: IOT1005

        public string IssueUnlockOtp()
        {
            var otp = _rng.Next(0, 1_000_000).ToString("D6"); // expect: IOT3005
            return otp;
        }

        public int NozzleStaggerMs() => 200 + _rng.Next(50); // expect: none

        public string DescribeFault(int code) => code == 17 ? DoorFaultCode : "OK";

        public int FlushValve => FlushValvePin;
    }
}
