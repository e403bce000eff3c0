// Written for corpus19: a regional airport's baggage reclaim carousels (.NET gateway per carousel: PLC web API,
// the flight information display feed, the airline handling agents' tablets, the reclaim CCTV snapshot).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading.Tasks;

namespace Airport.Reclaim
{
    public static class CarouselDefaults
    {
        // Logins the carousel PLC family ships with, tried by the commissioning check so none survives hand-over.
        public static readonly (string User, string Password)[] FactoryLogins =
        {
            ("admin", "1234"), // expect: IOT1002 IOT1002
            ("root", "xc3511"), // expect: IOT1002 IOT1002
            ("operator", "8EUrD#pTT4.zM&"), // expect: IOT1001
        };

        public static async Task<string> FirstWorkingLogin(string plcBase)
        {
            foreach (var (user, password) in FactoryLogins)
            {
                using var http = new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential(user, password) });
                var response = await http.GetAsync(plcBase + "/status");
                if (response.IsSuccessStatusCode) return user;
            }
            return null;
        }
    }

    public sealed class CarouselGateway
    {
        private readonly HttpClient _fids = new HttpClient { BaseAddress = new Uri("https://fids.airport.example/") };

        public CarouselGateway()
        {
            _fids.DefaultRequestHeaders.Add("X-API-Key", "9rudS7fHq9MxnQBne5EP6vHYYYAPP37kTVyF3QYjzeP2L45x"); // expect: IOT1001
            _fids.DefaultRequestHeaders.Add("X-Client-Name", "reclaim-carousel-3"); // expect: none
        }

        public Task<string> SnapshotAsync(HttpClient http) =>
            http.GetStringAsync("http://10.20.8.15/cgi-bin/snapshot.cgi?usr=admin&pwd=Cct7NV643eJqKF"); // expect: IOT1001

        public Task<string> SnapshotMaskedForLog() => Task.FromResult("http://10.20.8.15/cgi-bin/snapshot.cgi?usr=admin&pwd=********"); // expect: none

        // Handling agents' tablets pair with the carousel display using a code derived from the gateway's MAC.
        public static string AgentPairingCode()
        {
            var nic = NetworkInterface.GetAllNetworkInterfaces().First(n => n.NetworkInterfaceType == NetworkInterfaceType.Ethernet);
            var mac = nic.GetPhysicalAddress().GetAddressBytes();
            var agentPairingCode = ((mac[4] << 8 | mac[5]) % 10000).ToString("D4"); // expect: IOT1005
            return agentPairingCode;
        }

        // Per-flight session between a tablet and the belt display.
        public static string NewBeltSessionId() => string.Concat(Enumerable.Range(0, 16).Select(_ => "0123456789abcdef"[Random.Shared.Next(16)])); // expect: IOT3005

        public static int PickReclaimBelt(int belts) => Random.Shared.Next(1, belts + 1); // expect: none

        public static readonly Dictionary<string, string> HandlerAccounts = new()
        {
            ["swissport"] = "Swissport Ltd", // expect: none
            ["menzies"] = "Menzies Aviation",
        };

        public const string JwtIssuerForTablets = "https://auth.airport.example/"; // expect: none
        public const string DisplayBearer = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIzZjFjOWE3ZTViMmQ0YzhhOWUwZjFhMmIzYzRkNWU2ZiIsImlhdCI6MTcxOTgzMDQwMCwiZXhwIjoyMDM1MTkwNDAwfQ.wLpREESvHhrFqZRAZzqan10G-4g2L7V9QFrkSsRk7-s"; // expect: IOT1003

        public void UseDisplayToken(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DisplayBearer);
    }
}
