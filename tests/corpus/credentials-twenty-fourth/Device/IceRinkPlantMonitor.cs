// Ice-rink refrigeration plant monitor in the compressor room: reads the plant PLC over OPC UA (suction pressure,
// brine temperatures, ammonia detector), stores trends in InfluxDB and events in PostgreSQL, drives the operator HMI
// panel by the Zamboni bay and raises alarms by SMS and e-mail.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Mail;
using System.Threading.Tasks;
using InfluxDB.Client;
using Npgsql;
using Opc.Ua;

namespace RinkPlant
{
    public sealed class PlantConnections
    {
        private const string OpcUaPassword = "PRnI#BYnWvRbddQr"; // expect: IOT1001
        private const string InfluxToken = "f9s6-d_4OL-tuN5k6zMgcKuRdCioJq0OgR5FZrdczUsAxMF2I8fTAGVk-9SNmH1-ksuHIgFqwXk7Vj2AZyrTXQ=="; // expect: IOT1001
        private const string DbPassword = "QR3cxk-dmUQF08Pl"; // expect: IOT1001
        private const string GrafanaReadOnly = "Host=db.rink.local;Username=grafana_ro;Database=plant;Integrated Security=true"; // expect: none
        public const string SuctionPressureNode = "ns=3;s=\"Compressor1\".\"SuctionPressure\""; // expect: none
        public const int PasswordRotationDays = 90; // expect: none
        public const string PasswordPolicy = "min12-upper-digit-symbol"; // expect: none

        public IUserIdentity PlcIdentity() => new UserIdentity("rinkops", OpcUaPassword);

        public InfluxDBClient Trends() => new InfluxDBClient("http://influx.rink.local:8086", InfluxToken);

        public NpgsqlConnection Events() =>
            new NpgsqlConnection($"Host=db.rink.local;Username=rink_logger;Password={DbPassword};Database=plant");

        public string DashboardConnection => GrafanaReadOnly;

        // Trend exports to the energy consultant are encrypted; the consultant's tool holds the same key.
        public byte[] EncryptExport(byte[] csv)
        {
            using var aes = System.Security.Cryptography.Aes.Create();
            aes.Key = new byte[] { 0x3F, 0x91, 0x0C, 0xD4, 0x7A, 0x26, 0xE8, 0x5B, 0x11, 0xC7, 0x92, 0x4E, 0xA0, 0x6D, 0x38, 0xF5 }; // expect: IOT1003
            aes.GenerateIV();
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(csv, 0, csv.Length);
        }
    }

    public sealed class OperatorHmi
    {
        private static readonly Dictionary<string, string> HmiFactoryLogins = new()
        {
            ["supervisor"] = "supervisor", // expect: IOT1002 IOT1002
            ["zamboni"] = "Ice-Resurface#58", // expect: IOT1004
        };

        private const string ChillerOverrideCode = "7419"; // expect: IOT1004

        private readonly Random _rng = new Random();
        private readonly int _rinkNumber;

        public OperatorHmi(int rinkNumber) { _rinkNumber = rinkNumber; }

        public bool Login(string user, string password) =>
            HmiFactoryLogins.TryGetValue(user, out var expected) && expected == password;

        public bool ForceChillerOn(string enteredCode) => enteredCode == ChillerOverrideCode;

        // The web HMI of each rink's panel gets a password the maintenance contractor can work out on site.
        public string PanelPassword()
        {
            string hmiPassword = "Rink" + _rinkNumber.ToString("D2") + "-ops"; // expect: IOT1005
            return hmiPassword;
        }

        // Zamboni garage roller door keypad, changed daily by this controller.
        public string TodaysGarageDoorCode()
        {
            string garageDoorCode = DateTime.Today.ToString("ddMM"); // expect: IOT1005
            return garageDoorCode;
        }

        public byte[] NewHmiSessionKey()
        {
            var hmiSessionKey = new byte[16];
            _rng.NextBytes(hmiSessionKey); // expect: IOT3005
            return hmiSessionKey;
        }
    }

    public sealed class AlarmNotifier
    {
        private const string SmsGatewayApiKey = "YOUR_SMS_API_KEY"; // expect: IOT1006
        private const string SmtpPassword = "smtp_pass"; // expect: IOT1006

        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> RaiseAsync(string text)
        {
            var alarmAckToken = _rng.Next(100000, 999999).ToString(); // expect: IOT3005
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://sms.rinkalerts.net/v2/send");
            request.Headers.Add("X-API-Key", SmsGatewayApiKey);
            request.Content = new StringContent($"{{\"to\":\"+4799887766\",\"text\":\"{text} ACK {alarmAckToken}\"}}");
            await _http.SendAsync(request);

            using var smtp = new SmtpClient("mail.rink.local", 587) { EnableSsl = true, Credentials = new NetworkCredential("plant-alarms@rink.local", SmtpPassword) };
            smtp.Send("plant-alarms@rink.local", "duty@rink.local", "Plant alarm", text);
            return alarmAckToken;
        }

        // Poll the ammonia detector a little off the minute so the three rinks do not hit the PLC together.
        public TimeSpan NextPollDelay() => TimeSpan.FromSeconds(60 + _rng.Next(-5, 6)); // expect: none
    }
}
