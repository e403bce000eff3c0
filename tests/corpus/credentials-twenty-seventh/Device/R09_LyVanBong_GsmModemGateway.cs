// Real source: LyVanBong/GsmModemGateway ApiGsm/BackgroundTask/Worker.cs (9cfbd9a9), ApiGsm/Models/Otp.cs (64cfaa0d),
// ApiGsm/Utils/DatabaseOtp.cs (2229ff19), ToolGsm/ViewModels/MainWindowViewModel.cs (01167d77)
// SMS OTP gateway: an API issues one-time codes, a desktop tool drives a bank of GSM modems (XR21V1414 serial ports)
// that send them with AT+CMGS; a background worker answers a Telegram bot through the OpenAI chat API. Kept: the OTP
// model (the code drawn from Random.Shared, formatted into the SMS text), the store whose AddOtp returns the code, the
// Telegram bot client built from its token, the chat request with the API key in a Bearer header, the modem's AT
// sequence. Changed: the bot token and the API key (invented values of the same shapes). Trimmed: ASP.NET controller,
// the polling handlers, the WPF view model plumbing.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;
using Telegram.Bot;

namespace ApiGsm
{
    public class Otp
    {
        public Guid Id { get; set; } = Guid.NewGuid();
        public string SmsContents { get; set; }
        public int SmsOpt { get; set; } = Random.Shared.Next(100000, 999999); // expect: IOT3005
        public string NumberPhone { get; set; }
        public DateTime CreateOtp { get; set; } = DateTime.Now.AddMinutes(2);

        public Otp(string smsContents, string numberPhone)
        {
            SmsContents = string.Format(smsContents, SmsOpt);
            NumberPhone = numberPhone;
        }
    }

    public static class DatabaseOtp
    {
        private static List<Otp> _otps = new();

        public static int AddOtp(string numberPhone)
        {
            Otp otp = new Otp("Ma Otp cua ban la: {0}", numberPhone); // expect: none
            _otps.Add(otp);
            return otp.SmsOpt;
        }
    }

    public class Worker
    {
        public async Task ExecuteAsync()
        {
            var botClient = new TelegramBotClient("6711339679:AATF8vaUhH4cGBXVTMNGRhmzMX__IAf44v3"); // expect: IOT1003
            var me = await botClient.GetMeAsync();
            Console.WriteLine($"Start listening for @{me}");
        }

        private async Task<string> ChatGpt(string content)
        {
            try
            {
                var client = new HttpClient();
                var request = new HttpRequestMessage(HttpMethod.Post, "https://api.openai.com/v1/chat/completions");
                request.Headers.Add("Authorization", "Bearer sk-pkyiOcv3O3qa9EHtKdp2xa12vEoBCnMXbltb1fNGPkzzgzt4"); // expect: IOT1001
                var d = $@"{{""model"":""gpt-3.5-turbo"",""messages"":[{{""role"":""user"",""content"":""{content}""}}]}}";
                request.Content = new StringContent(d, null, "application/json");
                var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync();
            }
            catch (Exception)
            {
                return null;
            }
        }
    }
}

namespace ToolGsm
{
    public class GsmSender
    {
        private readonly string _urlOtp = "https://otp.example-gateway.vn/api/v1/otp/all";

        public async Task Sms(SerialPort sp, string numnerPhone, string content)
        {
            if (!sp.IsOpen)
            {
                sp.Open();
            }
            sp.Write("AT+CPIN?; \r"); // expect: none
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            sp.Write("AT+CSCS=\"GSM\"; \r");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            sp.Write("AT+CMGF=1; \r");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            sp.Write("AT+CSMP=17,173,0,0; \r");
            numnerPhone = "\"" + numnerPhone + "\"";
            sp.Write("AT+CMGS=" + numnerPhone + "\r");
            await Task.Delay(TimeSpan.FromMilliseconds(1000));
            sp.Write(content + "\u001a");
            Console.WriteLine("sent one code fetched from " + _urlOtp);
        }
    }
}
