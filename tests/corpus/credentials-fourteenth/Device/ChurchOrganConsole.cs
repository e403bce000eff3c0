// Written for corpus14: a church organ's MIDI console bridge (a Telegram bot for the organist, combination-memory
// firmware pulled from a private GitHub release, a console lock PIN and a tablet pairing code).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Telegram.Bot;

namespace ChurchOrgan
{
    sealed class OrganistBot
    {
        const string SampleBotToken = "YOUR_BOT_TOKEN"; // expect: IOT1006

        public TelegramBotClient Live() => new TelegramBotClient("1843772983:AAcHBgdrQcJRRUNWcjakxAABtRlfn6Xj_UV"); // expect: IOT1003
        public TelegramBotClient Sample() => new TelegramBotClient(SampleBotToken);
        public TelegramBotClient FromEnvironment() => new TelegramBotClient(Environment.GetEnvironmentVariable("ORGAN_BOT_TOKEN")); // expect: none
    }

    sealed class CombinationFirmware
    {
        readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://api.github.com/") };

        public void UseReleaseToken() =>
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_8DtqqcApVm2P04DNUXWPPbxuxC5iyW9RgGo4"); // expect: IOT1003

        public void UseDocsToken() =>
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_..."); // expect: IOT1006
    }

    sealed class ParishBus
    {
        static readonly byte[] StopRailObfuscationKey = { 0x4B, 0x19, 0xE2, 0x7D, 0xA0, 0x36, 0xC8, 0x5F, 0x91 }; // expect: IOT1004

        public Amqp.Address Bus() => new Amqp.Address("bus.parish.example", 5671, "organ", "lZBP-F6WJ7-44"); // expect: IOT1001

        public byte Scramble(byte b, int i) => (byte)(b ^ StopRailObfuscationKey[i % StopRailObfuscationKey.Length]);
    }

    sealed class ConsoleLock
    {
        static readonly Random Rng = new Random();

        public string NewLockPin()
        {
            var lockPin = Rng.Next(100000, 1000000).ToString(); // expect: IOT1005
            return lockPin;
        }

        public string TabletPairingCode()
        {
            var pairingCode = Rng.Next().ToString("X8"); // expect: IOT3005
            return pairingCode;
        }

        public int TremulantJitterMs() => Rng.Next(0, 40); // expect: none
    }

    static class MidiCommands
    {
        public static string Token => "reboot"; // expect: none
        public const string GeneralCancel = "F0 7D 01 00 F7"; // expect: none
        public const string BotTokenEnv = "ORGAN_BOT_TOKEN"; // expect: none
        public const string TokenUrl = "https://api.telegram.org/bot{0}/getMe"; // expect: none
    }
}
