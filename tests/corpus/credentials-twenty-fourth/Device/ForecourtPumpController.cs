// Forecourt controller of an unattended fuel station: authorises dispensers after the outdoor payment terminal
// approves, polls the automatic tank gauge (ATG) over serial, updates the LED price sign, reports sales to the
// retailer's back end, issues car-wash codes on receipts and e-mails low-tank alerts.
using System;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Forecourt
{
    public sealed class TankGauge
    {
        // TLS-style serial protocol: every command frame starts with the gauge's 6-character serial password.
        private const string AtgSerialPassword = "3k9QaZ"; // expect: IOT1004
        private readonly SerialPort _port = new SerialPort("/dev/ttyS2", 9600);

        public string InventoryReport()
        {
            _port.Open();
            _port.Write("\u0001" + AtgSerialPassword + "I20100");
            return _port.ReadExisting();
        }
    }

    public sealed class DispenserController
    {
        private static readonly byte[] TxnSigningKey = "cA8X-nWtcvhMZZoN-M@YZydB4!"u8.ToArray(); // expect: IOT1003
        private const string TestCardPan = "4111111111111111"; // expect: none
        private const string SumpAlarmCode = "SUMP-HIGH"; // expect: none
        private const string TerminalPfxPassword = "0n!cZU5qYaeNIX"; // expect: IOT1001
        private const string SendGridApiKey = "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"; // expect: IOT1001

        private readonly Random _rng = new Random();
        private readonly HttpClient _backend = new HttpClient { BaseAddress = new Uri("https://fuel-api.northquay-retail.com/") };
        private readonly string _dispenserSerial;

        public DispenserController(string dispenserSerial)
        {
            _dispenserSerial = dispenserSerial;
            _backend.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAicHVtcC1jdGwtMDciLCAiYXVkIjogImZvcmVjb3VydC1hcGkiLCAiaWF0IjogMTcyMjM4NDAwMCwgInNjb3BlIjogImRpc3BlbnNlIn0.4OmHRMQWzTkAUK0jkpDzsWGEAMK39hx6A_uBGNsBTC0"); // expect: IOT1003
            _backend.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "%LOYALTY_API_KEY%"); // expect: IOT1006
        }

        public bool SelfTest()
        {
            // HMAC self-test with a counting key before the first transaction of the day.
            byte[] mac = HMACSHA256.HashData(Convert.FromHexString("000102030405060708090A0B0C0D0E0F"), Encoding.ASCII.GetBytes("forecourt")); // expect: none
            string selfTest = mac.Length == 32 ? "PASS" : "FAIL";
            return selfTest == "PASS"; // expect: none
        }

        // Client certificate for the outdoor payment terminal's TLS link, shipped as terminal.pfx on the controller.
        public X509Certificate2Collection TerminalCertificates()
        {
            var certificates = new X509Certificate2Collection();
            certificates.Import(System.IO.File.ReadAllBytes("/opt/forecourt/terminal.pfx"), TerminalPfxPassword, X509KeyStorageFlags.EphemeralKeySet);
            return certificates;
        }

        public bool SumpAlarm(string atgStatus) => atgStatus == SumpAlarmCode;

        public string SignTransaction(string receiptJson)
        {
            return Convert.ToHexString(HMACSHA256.HashData(TxnSigningKey, Encoding.UTF8.GetBytes(receiptJson)));
        }

        public string NewTerminalNonce()
        {
            string terminalNonce = _rng.NextInt64().ToString("X16"); // expect: IOT3005
            return terminalNonce;
        }

        // Attendant override on the dispenser keypad when the outdoor terminal is offline.
        public bool AttendantOverride(int enteredPin)
        {
            int attendantPin = Math.Abs(_dispenserSerial.GetHashCode() ^ DateTime.Today.DayOfYear) % 10000; // expect: IOT1005
            return enteredPin == attendantPin;
        }

        public string HashCustomerPin(string pin)
        {
            var hashSalt = new byte[8];
            _rng.NextBytes(hashSalt); // expect: IOT3005
            return Convert.ToBase64String(hashSalt) + ":" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(pin + Convert.ToBase64String(hashSalt))));
        }

        // Printed on the receipt when the customer buys a wash programme with the fuel.
        public string CarWashCode(long receiptNumber)
        {
            string washCode = (receiptNumber * 7919 % 1000000).ToString("D6"); // expect: IOT1005
            return washCode;
        }

        public async Task UpdatePriceSignAsync(string grade, decimal price)
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("admin", "12345") }; // expect: IOT1002
            using var sign = new HttpClient(handler);
            await sign.GetAsync($"http://10.0.8.40/cgi-bin/price.cgi?grade={grade}&price={price:F3}");
        }

        public async Task AlertLowTankAsync(int tank, double litres)
        {
            var client = new SendGridClient(SendGridApiKey);
            var msg = MailHelper.CreateSingleEmail(new EmailAddress("forecourt@northquay-retail.com"), new EmailAddress("ops@northquay-retail.com"),
                $"Tank {tank} low", $"{litres:F0} l left", null);
            await client.SendEmailAsync(msg);
        }

        public bool IsTestCard(string pan) => pan == TestCardPan;
    }
}
