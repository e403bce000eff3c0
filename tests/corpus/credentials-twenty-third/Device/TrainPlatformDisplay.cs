// Written for corpus23: controller of a railway platform passenger-information display. Timetable and delay messages
// arrive over AMQP from the control centre; station staff post free-text announcements through a small local web
// form; the network team polls it by SNMP; layouts come from a private Git repository; outages go to Slack.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Amqp;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace Rail.Pid
{
    public class PlatformDisplayController
    {
        private const string ControlCentreHost = "pid-feed.rail-ops.example";
        private const string FeedUser = "pid-plat3-kgx";
        private const string FeedPassword = "RSh%L7qYGpl0"; // expect: IOT1001
        private const string StandbyFeedPassword = "#{AMQP_STANDBY_PASSWORD}#"; // expect: IOT1006
        private const string BasicChallenge = "Basic realm=\"PID platform 3\""; // expect: none
        private const string PasswordHashPrefix = "sha256:"; // expect: none
        private const string AccountKeyPattern = "AccountKey=[^;]+"; // expect: none
        private const int AnnouncementOverridePin = 5172; // expect: IOT1004
        private const string BoardUuid = "9a7e3c51-04bd-4f2e-8c19-6d5a2b0f7e44";

        private static readonly (string User, string Password)[] StationStaffLogins =
        {
            ("platform-supervisor", "gBk2GuWOKFo0LR7s"), // expect: IOT1004
            ("dispatcher", "gbxpdCB58yuX5K"), // expect: IOT1004
        };

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public Address FeedAddress(bool standby)
        {
            return standby
                ? new Address("pid-feed-standby.rail-ops.example", 5671, FeedUser, StandbyFeedPassword)
                : new Address(ControlCentreHost, 5671, FeedUser, FeedPassword);
        }

        public IMembershipProvider SnmpMembership()
        {
            // legacy v2c for the old NMS until it is retired
            return new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002
        }

        public (IAuthenticationProvider, IPrivacyProvider) SnmpV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("%!w9GKEj0GFirM")); // expect: IOT1001
            var priv = new AES256PrivacyProvider(new OctetString("_09j_aE9OTAA!0fB"), auth); // expect: IOT1001
            return (auth, priv);
        }

        public bool StaffLogin(string user, string password, out string csrfCookie)
        {
            csrfCookie = null;
            if (!StationStaffLogins.Any(l => l.User == user && l.Password == password))
                return false;
            csrfCookie = _rng.Next().ToString("x8") + _rng.Next().ToString("x8"); // expect: IOT3005
            return true;
        }

        public bool OverrideAnnouncement(string enteredOnKeypad)
        {
            return int.TryParse(enteredOnKeypad, out var entered) && entered == AnnouncementOverridePin;
        }

        public string RedactForLog(string connectionString) =>
            System.Text.RegularExpressions.Regex.Replace(connectionString, AccountKeyPattern, "AccountKey=***"); // expect: none

        // local screen unlock for the display technician, printed on the inside of the enclosure door
        public string ScreenUnlockPin()
        {
            var screenUnlockPin = Math.Abs(BoardUuid.GetHashCode() % 10000).ToString("D4"); // expect: IOT1005
            return screenUnlockPin;
        }

        public string MaintenanceHotspotPsk()
        {
            var maintenancePsk = "pid-" + Dns.GetHostName().ToLowerInvariant(); // expect: IOT1005
            return maintenancePsk;
        }

        public async Task<string> FetchLayoutAsync(string name)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"https://api.github.com/repos/rail-ops/pid-layouts/contents/{name}");
            request.Headers.Authorization = new AuthenticationHeaderValue("token", "ghp_BbCxErZTTdwT8SUXZEqqp1NjcWXM0kficbh0"); // expect: IOT1003
            request.Headers.UserAgent.ParseAdd("pid-controller/2.3");
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public Task ReportOutageAsync(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage")
            {
                Content = new StringContent("{\"channel\":\"#pid-alerts\",\"text\":\"" + text + "\"}", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Authorization", "Bearer xoxb-505408981665-1403555671289-oq7MheIZOlAR2hHV0gEyOYmQ"); // expect: IOT1003
            return _http.SendAsync(request);
        }

        public string[] IdleScreenOrder(string[] adverts) => adverts.OrderBy(_ => _rng.Next()).ToArray(); // expect: none

        public static string Challenge() => BasicChallenge;
        public static bool IsHashed(string stored) => stored.StartsWith(PasswordHashPrefix);
    }
}
