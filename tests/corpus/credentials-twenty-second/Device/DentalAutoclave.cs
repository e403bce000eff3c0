// Dental clinic steriliser room: Class B autoclave cycle logger, label printer for pouch batches,
// cycle records to the practice database and to the manufacturer's service cloud.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using FluentFTP;
using MQTTnet.Client;
using Npgsql;

namespace Steriliser.Logger
{
    public static class ClinicDb
    {
        public const string CycleLog = "Server=pms-sql.clinic.local;Database=Sterilog;User Id=sterilog;Password=lnpi.5_kk6P899;Encrypt=True"; // expect: IOT1001
        public const string ImagingArchive = "Server=xray-pc;Database=Imaging;Trusted_Connection=True"; // expect: none
        public const string LegacyChart = "Host=10.1.1.20;Username=postgres;Password=postgres;Database=charts"; // expect: IOT1002
        public const string PasswordPolicy = "min8-upper-digit"; // expect: none
    }

    public class AutoclaveLogger
    {
        public const string Programme = "134C 3.5min Class B";
        public const string BowieDickResult = "PASS";
        private const string TechnicianServicePasscode = "302260"; // expect: IOT1004

        private readonly string _serial;
        private readonly Random _rng = new Random();

        public AutoclaveLogger(string serial) => _serial = serial;

        public void StoreCycle(int cycleNumber, double peakC, TimeSpan holdTime)
        {
            var salt = new byte[16];
            _rng.NextBytes(salt); // expect: IOT3005
            var record = $"{_serial}|{cycleNumber}|{peakC:F1}|{holdTime.TotalSeconds}|{Programme}|{Convert.ToHexString(salt)}";
            var signature = HMACSHA256.HashData("GfuyB40uJJsInLCaAKJgFFoKw1glPsRC"u8, Encoding.UTF8.GetBytes(record)); // expect: IOT1003
            Console.WriteLine($"{record}|{Convert.ToHexString(signature)}");
            using var db = new NpgsqlConnection(ClinicDb.LegacyChart);
            db.Open();
        }

        public bool OpenServiceMenu(string typed) => typed == TechnicianServicePasscode;

        public const string PasswordMinLength = "8"; // expect: none

        public MqttClientOptions CycleFeed(bool benchRig) => new MqttClientOptionsBuilder()
            .WithTcpServer("mqtt.clinic.local", 8883)
            .WithCredentials("autoclave-" + _serial, benchRig
                ? "3F0tsgnT2zzAL0ZE" // expect: IOT1001
                : "tqPRR4y4*JTS1") // expect: IOT1001
            .WithTls()
            .Build();

        public void PrintPouchLabels(string zplFile)
        {
            // The label printer takes ZPL uploads over FTP.
            using var ftp = new FtpClient("zebra-steri.clinic.local", "steri", "4K/GT1J2lG7+"); // expect: IOT1001
            ftp.Connect();
            ftp.UploadFile(zplFile, "/E:/pouch.zpl");
        }

        public ServiceCloudLink LinkServiceCloud() => new ServiceCloudLink(_serial, "AC-" + _serial.Substring(_serial.Length - 6)); // expect: IOT1005

        public void TextOnCallNurse(string message)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "<sms-gateway-token>"); // expect: IOT1006
            http.PostAsync("https://sms.gateway.example/v1/messages", new StringContent(message)).Wait();
        }
    }

    public class ServiceCloudLink
    {
        private readonly string _deviceId;
        private readonly string _password;

        public ServiceCloudLink(string deviceId, string password)
        {
            _deviceId = deviceId;
            _password = password;
        }

        public string LoginBody() => $"{{\"device\":\"{_deviceId}\",\"secret\":\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_password)))}\"}}";
    }
}
