// Lapidary club's rock-tumbler bench (Meadow F7): six rotary barrels with motor current sensing, a grit-stage schedule
// per barrel (coarse, medium, pre-polish, polish, burnish), members booking barrels from a small keypad, run status to
// the club's Home Assistant over MQTT and a nightly log copy to the club's file share.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet.Client;

namespace LapidaryClub.TumblerBench
{
    public sealed class BenchNetwork
    {
        public const string PassphraseSettingKey = "Bench.Wifi.Passphrase"; // expect: none
        public const string HomeAssistantTokenVariable = "HA_LONG_LIVED_TOKEN"; // expect: none
        private readonly IWiFiNetworkAdapter _wifi;
        private readonly HttpClient _http = new HttpClient();

        public BenchNetwork(IWiFiNetworkAdapter wifi) { _wifi = wifi; }

        private static string BrokerPassword => "b.LE*iSVD%cpUO!"; // expect: IOT1001

        public async Task JoinAsync()
        {
            string passphrase = "Yinnnw#tzl3t@uW"; // expect: IOT1001
            await _wifi.Connect("LapidaryClub", passphrase, TimeSpan.FromSeconds(45));
        }

        public MqttClientOptions HomeAssistantBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("homeassistant.club.lan", 8883)
                .WithClientId("tumbler-bench")
                .WithCredentials("tumbler-bench", BrokerPassword)
                .WithTls()
                .Build();

        public async Task PushStateAsync(int barrel, string stage)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://homeassistant.club.lan:8123/api/states/sensor.tumbler_" + barrel);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiYTFkN2I4NzQ1MGFjYTI4MTM2ZTVjNmNmNWZhNGZhMWQiLCAiaWF0IjogMTcyNjQwMDAwMCwgImV4cCI6IDIwNDE3NjAwMDB9.5snU8MOMddNw7Wsp1jeCioCd5-kl7D79tyRwkh0icSQ"); // expect: IOT1003
            request.Content = new StringContent("{\"state\":\"" + stage + "\"}");
            await _http.SendAsync(request);
        }

        public static string PasswordDisplay(bool isSet) => isSet ? "********" : "(not set)"; // expect: none

        public NetworkCredential LogShareLogin() => new NetworkCredential("club", "password"); // expect: IOT1002

        public Amqp.Address ClubQueue() => new Amqp.Address("club-mq.lan", 5671, "tumbler", "REPLACE-WITH-MQ-PASSWORD"); // expect: IOT1006
    }

    public sealed class BarrelBooking
    {
        private static readonly Dictionary<string, string> MemberPasswords = new Dictionary<string, string>
        {
            ["agate-club-014"] = "5xq#l.z_NTTrt@", // expect: IOT1004
        };

        private static readonly string[] GritStages = { "80 SiC", "220 SiC", "500 AlOx", "cerium oxide", "burnish" };
        private readonly Random _rng = new Random();

        public bool SignIn(string member, string password) =>
            MemberPasswords.TryGetValue(member, out var expected) && expected == password;

        // The barrel's own Bluetooth remote is paired with a PIN shown on the bench display.
        public int NewRemotePairingPin() => _rng.Next(100000, 999999); // expect: IOT1005

        public string NewStageTicket(int barrel)
        {
            var tokenBytes = new byte[12];
            _rng.NextBytes(tokenBytes); // expect: IOT3005
            return barrel + "-" + Convert.ToBase64String(tokenBytes);
        }

        // Slight speed dither keeps the charge from settling into a pattern.
        public double MotorDutyDither() => 0.62 + _rng.NextDouble() * 0.04; // expect: none

        public string StageName(int index) => GritStages[index % GritStages.Length];

        // The keypad shows "expired" when a member's booking ticket has lapsed.
        public static bool TicketStillValid(string ticketTokenState) => ticketTokenState != "expired"; // expect: none
    }
}
