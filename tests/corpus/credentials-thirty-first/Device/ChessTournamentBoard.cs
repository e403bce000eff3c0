// Written for corpus31 (not adapted from a repository).
// Domain: the electronic chessboards of an over-the-board chess tournament (a .NET nanoFramework ESP32 under each board): the
//   board joins the playing hall's Wi-Fi, relays every move to the broadcast relay over MQTT, posts signed clock events to the
//   live-games feed, reads the round's pairings, pairs the arbiter's handheld over BLE and guards the arbiter menu with a PIN.
// Shapes: constants of another class, a static readonly field, M2Mqtt named arguments, an async helper returning a token, HTTP
//   Basic built from a literal, a base64 HMAC key through a constant, a `??` fallback in an API-key header, passkey arithmetic on
//   the MAC, a NextBytes nonce; hard negatives (BLE UUID, dummy token, configuration key, prompt, jitter).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus31.ChessTournamentBoard
{
    internal static class HallSecrets
    {
        public const string HallSsid = "Open-2025-Playing-Hall-B";
        public const string HallWifiPassword = "ns8J#HCHYNggRcf2"; // expect: IOT1001
        public static readonly string RelayBrokerPassword = "c2WKRqt#_wOqtc"; // expect: IOT1001
        public const string ClockEventKeyB64 = "P7x2VQZm04GlxZLXrxQFpw=="; // expect: IOT1003
        public const string ArbiterMenuPin = "580163"; // expect: IOT1004
        public const string HandheldPasskeyCharacteristic = "6e400005-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        public const string DummyFeedToken = "dummy-feed-token-for-the-simulator"; // expect: none
        public const string ArbiterPinSetting = "Board:Arbiter:MenuPin"; // expect: none
    }

    public sealed class BoardUplink
    {
        private const string RelayHost = "relay.chess-live.example";
        private const string FeedUrl = "https://feed.chess-live.example/v1/clock-events";
        private static readonly Random Rng = new Random();
        private readonly HttpClient _http = new HttpClient();
        private readonly string _boardId;

        public BoardUplink(string boardId)
        {
            _boardId = boardId;
        }

        public bool JoinHall() =>
            WifiNetworkHelper.ScanAndConnectDhcp(HallSecrets.HallSsid, HallSecrets.HallWifiPassword, requiresDateTime: true);

        public MqttClient ConnectRelay()
        {
            var relay = new MqttClient(RelayHost);
            relay.Connect(clientId: "board-" + _boardId, username: "boards", password: HallSecrets.RelayBrokerPassword);
            return relay;
        }

        private static async Task<string> FeedTokenAsync()
        {
            await Task.Yield();
            return "aZJkZeoCSgDFoxkVotEUIAJXT1MegOxt"; // expect: IOT1001
        }

        public async Task PostClockEventAsync(string json)
        {
            var token = await FeedTokenAsync();
            var body = Encoding.UTF8.GetBytes(json);
            using var hmac = new HMACSHA256(Convert.FromBase64String(HallSecrets.ClockEventKeyB64));
            var signature = Convert.ToBase64String(hmac.ComputeHash(body));
            using var request = new HttpRequestMessage(HttpMethod.Post, FeedUrl) { Content = new ByteArrayContent(body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("X-Signature", signature);
            await _http.SendAsync(request);
        }

        public async Task<string> FetchPairingsAsync(int round)
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("arbiter:1234")); // expect: IOT1002
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            return await _http.GetStringAsync($"https://pairings.chess-live.example/rounds/{round}");
        }

        public async Task PushStandingsAsync(string standingsJson)
        {
            var standingsKey = Environment.GetEnvironmentVariable("STANDINGS_API_KEY") ?? "<standings-api-key>"; // expect: IOT1006
            using var request = new HttpRequestMessage(HttpMethod.Put, "https://standings.chess-live.example/v1/table");
            request.Headers.Add("X-Api-Key", standingsKey);
            request.Content = new StringContent(standingsJson, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        public static void ShowArbiterPrompt() =>
            Console.WriteLine("Enter the arbiter PIN to open the clock menu."); // expect: none

        public static bool OpenArbiterMenu(string entered) => entered.Trim() == HallSecrets.ArbiterMenuPin;

        public static uint HandheldPasskey(byte[] mac)
        {
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public byte[] NewSessionNonce()
        {
            var sessionNonce = new byte[16];
            Rng.NextBytes(sessionNonce); // expect: IOT3005
            return sessionNonce;
        }

        public int RetryJitterMs() => Rng.Next(50, 400); // expect: none
    }
}
