// Bowling centre: pinsetter controllers per lane pair, score displays served by a nanoFramework board,
// lane events to the front desk over RabbitMQ, firmware pulled from the vendor's private repository.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using nanoFramework.WebServer;
using RabbitMQ.Client;

namespace LaneControl
{
    public class ScoreDisplayController
    {
        public const int PinsetterSweepPin = 17; // expect: none
        private const string PinsetterMechanicPin = "9431"; // expect: IOT1004

        [Authentication("Basic:lanes j!#pB649d3-2")] // expect: IOT1001
        public void ResetLane(WebServer server, string lane, string mechanicPin)
        {
            if (mechanicPin != PinsetterMechanicPin) return;
            Console.WriteLine($"Sweep on GPIO {PinsetterSweepPin} for lane {lane}");
        }

        // Legacy front-desk PCs still send the installer's login on every request.
        public static bool IsLegacyDesk(string authorizationHeader)
        {
            if (authorizationHeader == "Basic YWRtaW46YWRtaW4=") return true; // expect: IOT1002
            return false;
        }

        public static string Challenge => "Basic realm=\"lanes\""; // expect: none
    }

    public class LaneServer
    {
        private readonly WebServer _server = new WebServer(80);
        private readonly Random _rng = new Random();

        public void Start()
        {
            _server.ApiKey = "KQ91Ubd#9M1oA4OC"; // expect: IOT1001
        }

        // League tablets keep this cookie for the evening's scoring session.
        public string NewLeagueSessionCookie()
        {
            var bytes = new byte[18];
            _rng.NextBytes(bytes); // expect: IOT3005
            var sessionCookie = Convert.ToBase64String(bytes);
            return sessionCookie;
        }

        // Printed on the receipt: free game on the same lane until the end of the day.
        public static string FreeGameVoucherCode(int lane)
        {
            var voucherCode = $"L{lane:D2}{DateTime.Today:MMdd}"; // expect: IOT1005
            return voucherCode;
        }
    }

    public class FrontDeskBus
    {
        public IConnection Connect() => new ConnectionFactory
        {
            HostName = "desk-pc.bowl.local",
            VirtualHost = "lanes",
            UserName = "pinsetters",
            Password = "M_RRaoY6K6", // expect: IOT1001
        }.CreateConnection();

        // Lane-booking kiosk pushes bookings to the desk's REST bridge.
        public static void PushBooking(string json)
        {
            var headers = new WebHeaderCollection();
            headers.Add("Authorization: Bearer X46QQFHUYpTWi_iVSc7J89D7i2Je_g-cHTmtWKu_"); // expect: IOT1001
            headers.Add("Content-Type: application/json");
            Console.WriteLine($"{headers.Count} headers for {json.Length} bytes");
        }

        // Score history API pages with an opaque cursor; the first page starts from this one.
        public const string FirstPageContinuationToken = "eyJwYWdlIjoxfQ"; // expect: none

        public static bool SelfTestPassed(string firstPass) => firstPass == "PASS"; // expect: none
    }

    public class FirmwareFetcher
    {
        public byte[] Download(string version)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("lane-fw", "1.0"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_T0mvaeiriEQWm3Of82tqJevTRzmM4FyOh8K2"); // expect: IOT1003
            return http.GetByteArrayAsync($"https://api.github.com/repos/bowltech/pinsetter-fw/releases/tags/{version}").Result;
        }
    }
}
