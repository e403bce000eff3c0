// Cold-room alarm unit for a food wholesaler: GSM modem for SMS, e-mail and chat alerts, FTP log export.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Net.Mail;
using System.Threading.Tasks;
using Brightwater.Shared;

namespace Brightwater.ColdRoom
{
    public sealed class GsmModem
    {
        private const string PinQuery = "AT+CPIN?"; // expect: none
        private const string PinReady = "+CPIN: READY"; // expect: none
        private readonly SerialPort _port = new("/dev/ttyS1", 115200);

        public void Unlock()
        {
            _port.Open();
            _port.WriteLine(PinQuery);
            string status = _port.ReadExisting();
            if (status.Contains("SIM PUK")) // expect: none
            {
                _port.WriteLine("AT+CPIN=\"58213467\",\"7305\""); // expect: IOT1001 IOT1001
            }
            else if (!status.Contains(PinReady))
            {
                _port.WriteLine($"AT+CPIN=\"{FieldSecrets.SimPin}\"");
            }
        }

        public void ReplaceFactoryPin()
        {
            _port.WriteLine("AT+CPWD=\"SC\",\"0000\",\"8812\""); // expect: IOT1002 IOT1001
        }

        public void SendSms(string number, string text)
        {
            _port.WriteLine("AT+CMGF=1");
            _port.WriteLine($"AT+CMGS=\"{number}\"");
            _port.Write(text + "\x1A");
        }

        public const string OnCallNumber = "+4915112345678"; // expect: none
    }

    public sealed class MailAlerts
    {
        public void Send(string subject, string body)
        {
            using var smtp = new SmtpClient("smtp.coldchain.example", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("alarms@coldchain.example", "Frost-Bite!42"), // expect: IOT1001
            };
            smtp.Send("alarms@coldchain.example", "facilities@coldchain.example", subject, body);
        }
    }

    public sealed class ChatAlerts
    {
        private const string BotToken = "6101443832:AAtMs2tPBi1TjavlGvL8mI1ey1ctkA0uqzI"; // expect: IOT1003
        private readonly HttpClient _http = new();

        public Task TelegramAsync(long chatId, string text) =>
            _http.GetAsync($"https://api.telegram.org/bot{BotToken}/sendMessage?chat_id={chatId}&text={Uri.EscapeDataString(text)}");

        public Task SmsGatewayAsync(string to, string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://sms.gateway.example/2010-04-01/Accounts/AC7d1e9f20b3c4a5d6e7f80912a3b4c5d6/Messages.json"); // expect: none
            request.Headers.Add("Authorization", Environment.GetEnvironmentVariable("SMS_GATEWAY_AUTHORIZATION") ?? ""); // expect: none
            request.Content = new FormUrlEncodedContent(new[] { KeyValuePair.Create("To", to), KeyValuePair.Create("Body", text) });
            return _http.SendAsync(request);
        }
    }

    public sealed class LogExport
    {
        // The wholesaler's public FTP drop box takes anonymous uploads.
        public void Upload(string file)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://drop.coldchain.example/coldroom/" + System.IO.Path.GetFileName(file));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("anonymous", "coldroom@coldchain.example"); // expect: none
            using var stream = request.GetRequestStream();
            var bytes = System.IO.File.ReadAllBytes(file);
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
