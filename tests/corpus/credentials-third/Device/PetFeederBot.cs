// Smart pet feeder (Raspberry Pi Zero 2 W): Telegram control bot, portion motor, treat camera.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MQTTnet;
using Telegram.Bot;

namespace PawPantry.Feeder
{
    public sealed class PetFeederBot
    {
        private const string BotToken = "1177083691:AATNcIUL-5681csRFxeTPodP39qDnEw3-iB"; // expect: IOT1003
        private const string MaintenancePin = "4711"; // expect: IOT1004
        private const string VetPortalApiKey = "<vet-portal-api-key>"; // expect: none

        // Example token from the bot platform's documentation, only used to self-test the format check below.
        private const string DocumentationExampleToken = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"; // expect: none
        private static readonly Regex TokenShape = new(@"^\d{6,12}:[A-Za-z0-9_-]{30,40}$"); // expect: none

        private static readonly string[] OwnerChats = { "-1001987766554", "88120455" }; // expect: none
        private static readonly Regex ScheduleLine = new(@"^(?<h>\d{2}):(?<m>\d{2})\s+(?<grams>\d{1,3})g$");

        private readonly TelegramBotClient _bot;
        private readonly HttpClient _http = new();
        private readonly Random _random = new();
        private readonly Dictionary<string, DateTime> _shareCodes = new();

        public PetFeederBot()
        {
            if (!TokenShape.IsMatch(DocumentationExampleToken))
            {
                throw new InvalidOperationException("token regex self-test failed");
            }
            _bot = new TelegramBotClient(BotToken);
        }

        public string Handle(string chatId, string text)
        {
            if (Array.IndexOf(OwnerChats, chatId) < 0)
            {
                return "This feeder only answers its owners.";
            }

            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "/feed":
                    return Dispense(parts.Length > 1 ? int.Parse(parts[1]) : 20);
                case "/share":
                    return "Share code: " + NewShareCode();
                case "/pin": // expect: none
                    return parts.Length > 1 && UnlockMaintenance(parts[1])
                        ? "Maintenance mode on"
                        : "Send /pin followed by the maintenance PIN"; // expect: none
                default:
                    return "Commands: /feed [grams], /share, /pin <code>";
            }
        }

        private bool UnlockMaintenance(string pin)
        {
            if (pin == "0000") // expect: IOT1002
            {
                return true; // factory-fresh units accept the default until first setup
            }
            return string.Equals(pin, MaintenancePin, StringComparison.Ordinal);
        }

        private string NewShareCode()
        {
            string code = _random.Next(0x100000, 0xFFFFFF).ToString("X6"); // expect: IOT3005
            _shareCodes[code] = DateTime.UtcNow.AddHours(24);
            return code;
        }

        private string Dispense(int grams)
        {
            int jitterMs = _random.Next(0, 250); // expect: none
            System.Threading.Thread.Sleep(jitterMs);
            return $"Dispensed {grams} g";
        }

        public async Task<byte[]> TreatCamSnapshotAsync()
        {
            var url = "http://127.0.0.1:8081/snapshot.jpg?access_token=pp-cam-Zr81LqWm04TnX"; // expect: IOT1001
            return await _http.GetByteArrayAsync(url);
        }

        public MqttClientOptions HomeBrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.pawpantry.lan", 1883)
                .WithCredentials("feeder", Encoding.UTF8.GetBytes("Kibble-Bus-2210")) // expect: IOT1001
                .Build();

        public byte[] SignFeedLog(string csv)
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("kibble-log-signing-3f9a0c")); // expect: IOT1003
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(csv));
        }

        public void WriteWifiConfig(string ssid)
        {
            var conf = new StringBuilder()
                .AppendLine("ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev")
                .AppendLine("network={")
                .AppendLine($"    ssid=\"{ssid}\"")
                .AppendLine("    psk=\"Whiskers&Biscuits77\"") // expect: IOT1001
                .AppendLine("}")
                .ToString();
            File.WriteAllText("/etc/wpa_supplicant/wpa_supplicant.conf", conf);
        }

        public IEnumerable<(int Hour, int Minute, int Grams)> ParseSchedule(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                var m = ScheduleLine.Match(line.Trim());
                if (m.Success)
                {
                    yield return (int.Parse(m.Groups["h"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["grams"].Value));
                }
            }
        }

        public string VetPortalStatus() =>
            VetPortalApiKey.StartsWith("<") ? "vet portal not configured" : "vet portal linked"; // expect: none
    }
}
