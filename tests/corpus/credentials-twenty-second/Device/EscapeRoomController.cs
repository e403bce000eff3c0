// Escape room "The Lighthouse Keeper": props on an MQTT broker run by the game controller, Shelly relays
// for the maglocks, the booking system's API, hints pushed to the players' tablet.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet.Server;

namespace EscapeRoom
{
    public class GameController
    {
        // Puzzle answers the props report; these are game content, not access codes.
        private const string ChestCode = "1887"; // expect: none
        private const string LogbookCode = "0413"; // expect: none
        private const int UvTorchPin = 18; // expect: none

        private const string GameMasterOverridePasscode = "135782"; // expect: IOT1004

        private static readonly Dictionary<string, string> PropLogins = new Dictionary<string, string>
        {
            ["drawer"] = "bzjPbefpXu", // expect: IOT1001
            ["mirror"] = "1234", // expect: IOT1002
        };

        private readonly Random _rng = new Random();

        public void OnValidatingConnection(ValidatingConnectionEventArgs e)
        {
            if (PropLogins.TryGetValue(e.UserName, out var password) && password == e.Password)
            {
                e.ReasonCode = 0;
                return;
            }
            e.ReasonCode = 134;
        }

        public string OnPropSolved(string prop, string answer)
        {
            switch (answer)
            {
                case ChestCode: return "chest-open";
                case LogbookCode: return "logbook-open";
                default: return $"{prop}-wrong";
            }
        }

        public bool GameMasterOverride(string typed) => StringComparer.Ordinal.Equals(typed, GameMasterOverridePasscode);

        // Staff door between the control room and the set: code changes every day.
        public static string StaffDoorCode()
        {
            var staffDoorCode = DateTime.Today.ToString("ddMM"); // expect: IOT1005
            return staffDoorCode;
        }

        // The players' tablet polls for hints with this token so guests in other rooms cannot read them.
        public string NewHintToken()
        {
            var hintToken = _rng.Next().ToString("x8"); // expect: IOT3005
            return hintToken;
        }

        public TimeSpan FlickerInterval() => TimeSpan.FromMilliseconds(80 + _rng.Next(0, 220)); // expect: none
    }

    public class MaglockRelays
    {
        public async Task ReleaseAsync(string relayIp)
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("admin", "7N_ut6Kobuv-OayA") }; // expect: IOT1001
            using var http = new HttpClient(handler);
            await http.GetAsync($"http://{relayIp}/relay/0?turn=off");
        }
    }

    public class BookingApi
    {
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://bookings.escapehq.example/api/") };

        public async Task<string> TodaysTeamsAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "rooms/lighthouse/bookings/today");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwcmVzcy0wNCIsImlzcyI6InBsYW50LWd3IiwiaWF0IjoxNzE2MjAwMDAwfQ.aVE9xEwpRVaaGR8wbgIMx2GfWIUh8ysKNHaIwN6nzc4"); // expect: IOT1003
            var response = await Http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<bool> CheckInAsync(IConfiguration config, string bookingRef)
        {
            var apiKey = config.GetValue("Booking:ApiKey", "139e53fgCHG6ynqn2FBA"); // expect: IOT1001
            var request = new HttpRequestMessage(HttpMethod.Post, $"bookings/{bookingRef}/checkin");
            request.Headers.Add("Api-Key", apiKey);
            var response = await Http.SendAsync(request);
            var token = await response.Content.ReadAsStringAsync();
            return token == "OK"; // expect: none
        }

        public async Task<string> LeaderboardAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "leaderboard");
            request.Headers.Add("X-API-Key", "sk-..."); // expect: IOT1006
            return await (await Http.SendAsync(request)).Content.ReadAsStringAsync();
        }
    }
}
