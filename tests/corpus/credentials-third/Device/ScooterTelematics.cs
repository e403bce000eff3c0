// Shared e-scooter telematics unit: LTE-M uplink, BLE unlock, geofencing, dealer service menu.
using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Glide.Telematics
{
    public sealed class ScooterTelematics
    {
        // GATT layout of the unlock service (public, published in the fleet app's SDK).
        public static readonly Guid UnlockService = new("6e400001-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
        public static readonly Guid UnlockCommandChar = new("6e400002-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
        public const string UnlockTokenCharUuid = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none

        // SHA-256 of firmware 2.4.1 as published in the release notes.
        public const string ExpectedFirmwareSha256 = "22eb289c319b4adbee374ec1791cd4309562b01327e6430417fc8617031f76d7"; // expect: none

        private static readonly Regex SerialFormat = new(@"^GL[0-9]{2}-[A-Z]{3}-[0-9]{6}$"); // expect: none

        private static readonly (string User, string Password)[] ServiceLogins =
        {
            ("service", "service"), // expect: IOT1002
            ("tech", "tech"), // expect: IOT1002
            ("dealer", "Vm!x0dealer2"), // expect: IOT1004
        };

        private readonly string _serial;
        private readonly string _imei;
        private readonly Random _rng = new();
        private readonly HttpClient _http = new();

        public ScooterTelematics(string serial, string imei)
        {
            if (!SerialFormat.IsMatch(serial)) throw new ArgumentException("bad serial", nameof(serial));
            _serial = serial;
            _imei = imei;
        }

        public MqttClientOptions FleetBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.glide-fleet.example", 8883)
                .WithClientId($"scoot-{_imei}") // expect: none
                .WithCredentials("scooter", FleetSecrets.BrokerPassword)
                .WithTls()
                .Build();

        // Printed on the handlebar QR sticker; riders type it if BLE fails.
        public string ManualUnlockCode()
        {
            var digits = new string(_serial.Where(char.IsDigit).ToArray());
            return digits.Substring(digits.Length - 4) + (digits.Sum(c => c - '0') % 10); // expect: IOT1005
        }

        public string NewRideToken()
        {
            var token = new StringBuilder();
            for (int i = 0; i < 16; i++)
            {
                token.Append("0123456789abcdef"[_rng.Next(16)]); // expect: IOT3005
            }
            return token.ToString();
        }

        public byte[] EncryptUnlockFrame(byte[] frame, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("E211B25E715E31C673718B4B7DBF5CB7"); // expect: IOT1003
            aes.IV = iv;
            return aes.EncryptCbc(frame, iv, PaddingMode.PKCS7);
        }

        public bool ServiceMenuLogin(string user, string password) =>
            ServiceLogins.Any(l => l.User == user && l.Password == password);

        public async Task<bool> InsideGeofenceAsync(double lat, double lon)
        {
            string url = string.Format(
                "https://zones.glide-fleet.example/v2/check?lat={0}&lon={1}&apikey={2}", // expect: none
                lat, lon, "gz_live_5Qm8cT2wVb7Lr0Hs"); // expect: IOT1001
            var body = await _http.GetStringAsync(url);
            return body.Contains("\"inside\":true");
        }

        public TimeSpan NextReportDelay(bool moving)
        {
            var baseDelay = moving ? 10 : 300;
            return TimeSpan.FromSeconds(baseDelay + _rng.Next(0, 5)); // expect: none
        }

        public string Describe(string mode) => mode switch
        {
            "eco" => "Eco (15 km/h)",
            "city" => "City (20 km/h)",
            "locked" => "Locked - unlock token required", // expect: none
            _ => "Unknown",
        };
    }
}
