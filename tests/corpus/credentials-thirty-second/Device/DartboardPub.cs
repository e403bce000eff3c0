// Written for corpus32 (not from a public repository).
// Domain: a pub's electronic dartboards in a darts league: boards report throws over MQTT (M2Mqtt), a cellular
// backup modem sends match results, a Telegram bot posts scores, and phones pair with a board by a code.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus32.DartboardPub
{
    internal static class BackupModem
    {
        public static void Send(string command) { }
    }

    public sealed class DartboardHub
    {
        private static readonly Dictionary<string, string> LeagueSettings = new()
        {
            ["mqtt.user"] = "board-12",
            ["mqtt.password"] = "y1S#NUoXmSzw!J", // expect: IOT1001
        };

        private const string SimPin = "6485"; // expect: IOT1001
        private const string SimPinStatusQuery = "AT+CPIN?"; // expect: none
        private const string BotToken = "884853748:AAdiAJkmt97cuQDD5xATx3Iu1xg7JftnbKI"; // expect: IOT1003
        private const string LeagueTokenUrl = "https://league.example.org/oauth/token"; // expect: none
        private const string BullseyeLedPin = "GPIO17"; // expect: none
        private static readonly byte[] ScoreFrameObfuscationKey = { 0x46, 0xC4, 0xF9, 0x30, 0x95, 0x0E, 0x01, 0x6E, 0xBE, 0xF5, 0xF4, 0x0B, 0x12, 0x61, 0x67, 0xE7 }; // expect: IOT1004
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();

        public void Start()
        {
            WifiNetworkHelper.ConnectDhcp("PubDarts", "xxxxxxxx"); // expect: IOT1006
            var client = new MqttClient("mqtt.darts.lan");
            client.Connect("board-12", LeagueSettings["mqtt.user"], LeagueSettings["mqtt.password"]);
        }

        public void StartBackupLink()
        {
            BackupModem.Send(SimPinStatusQuery);
            BackupModem.Send($"AT+CPIN=\"{SimPin}\"");
            YCellular.FirstCellular().set_pin("1234"); // expect: IOT1002
        }

        public Task PostScoreAsync(long chatId, string text) =>
            _http.GetStringAsync($"https://api.telegram.org/bot{BotToken}/sendMessage?chat_id={chatId}&text={Uri.EscapeDataString(text)}");

        public byte[] ObfuscateFrame(byte[] frame)
        {
            var result = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                result[i] = (byte)(frame[i] ^ ScoreFrameObfuscationKey[i % ScoreFrameObfuscationKey.Length]);
            }
            return result;
        }

        public string PhonePairingCode(string boardSerial)
        {
            string pairingCode = (Math.Abs(boardSerial.GetHashCode()) % 1000000).ToString("D6"); // expect: IOT1005
            return pairingCode;
        }

        public string NewThrowToken()
        {
            string throwToken = new string(Enumerable.Range(0, 12).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return throwToken;
        }

        public double BotDartScatter() => Random.Shared.NextDouble() * 4.0; // expect: none
    }
}
