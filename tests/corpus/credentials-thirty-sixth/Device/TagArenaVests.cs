// Written for corpus36: the vest rack controller of an indoor laser-tag arena (nanoFramework board that charges and
// pairs the players' vests, runs the marshal's web page, pushes scores to the lobby screen and posts alerts to the staff
// chat). Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using nanoFramework.WebServer;

namespace Corpus36.TagArena
{
    internal static class ArenaNetwork
    {
        public const string VestSsidPrefix = "TAG-VEST-";                                   // expect: none
        public const string StaffWifiSsid = "Arena-Staff";
        public const string StaffWifiPassword = "Sy2aPZE-wnhQ8Yi";                         // expect: IOT1001
        public const string ScoreboardTokenScope = "scoreboard:write";                     // expect: none
    }

    [Authentication("Basic:marshal 12345")]                                                // expect: IOT1002
    public sealed class MarshalController
    {
        // Referees sign in at the rack's touch screen; the team checks the table itself.
        private static readonly (string User, string Password)[] RefereeLogins =
        {
            ("referee-north", "u-B*rDGn_B-7Ns@"),                                           // expect: IOT1004
        };

        private const string AdminPasswordSha256 = "d4b4e377fef63a69efb76fd94188dca1a959705f7a77fc34abf714f33668baa0"; // expect: none

        public bool RefereeMaySignIn(string user, string password)
        {
            foreach (var login in RefereeLogins)
            {
                if (login.User == user && login.Password == password)
                    return true;
            }
            return false;
        }

        public string PasswordDisplay(bool set) => set ? "********" : "(not set)";        // expect: none
    }

    public sealed class VestRack
    {
        private readonly Random _respawn = new Random();

        public System.Device.Wifi.Wireless80211Configuration StaffNetwork() =>
            new System.Device.Wifi.Wireless80211Configuration
            {
                Ssid = ArenaNetwork.StaffWifiSsid,
                Password = ArenaNetwork.StaffWifiPassword
            };

        public MQTTnet.MqttClientOptions LobbyScreenOptions() =>
            new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("lobby-screen.arena.local")
                .WithCredentials("vest-rack", "4oICJ5b5rHWy42Q"u8.ToArray())                 // expect: IOT1001
                .Build();

        public HttpRequestMessage StaffChatAlert(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage")
            {
                Content = new StringContent("{\"channel\":\"#floor\",\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json")
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "xoxb-277775545575-268645208495-Bbjds9Fo0pVm2LUYzdjzjq8s");                   // expect: IOT1003
            return request;
        }

        public NetworkCredential PaymentTerminalLogin() =>
            new NetworkCredential("arena-till", "changeme-later");                            // expect: IOT1006

        // Each vest is paired with a code shown on its collar display, computed from the vest's serial.
        public string VestPairingCode(string vestSerial)
        {
            var vestPairingCode = Math.Abs(vestSerial.GetHashCode() % 1000000).ToString("D6");        // expect: IOT1005
            return vestPairingCode;
        }

        // Session cookie of the marshal's web page.
        public string NewMarshalSessionCookie()
        {
            var sessionCookie = new byte[16];
            Random.Shared.NextBytes(sessionCookie);                                            // expect: IOT3005
            return Convert.ToHexString(sessionCookie);
        }

        public TimeSpan RespawnDelay() => TimeSpan.FromMilliseconds(3000 + _respawn.Next(0, 1500)); // expect: none
    }
}
