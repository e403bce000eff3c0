// Written for corpus25: the passenger information display (PID) of a tram stop. A small Linux PC in the shelter
// pulls real-time arrivals from the operator's API, caches them in the stop cabinet's Redis, receives service
// messages from the operations centre over AMQP, checks the cabinet UPS and the LTE router, and offers a service
// menu on its touch screen to the maintenance crew.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using StackExchange.Redis;
using Telegram.Bot;

namespace Corpus25.TramStop
{
    internal static class DisplaySecrets
    {
        public const string ArrivalsApiKey = "u#9a!jdCuISa7Qe2"; // expect: IOT1001
        public static readonly string OpsAmqpPassword = "ujac28WQ#yi4"; // expect: IOT1001
        public const string ArrivalsApiKeyHeader = "X-Api-Key"; // expect: none
        public const string ApiKeyQueryName = "apikey"; // expect: none
        public static readonly byte[] DisplayHandshakeSecret = "tram-pid-handshake-2291"u8.ToArray(); // expect: IOT1004
    }

    public sealed class PassengerDisplay
    {
        private readonly int _stopNumber;
        private readonly string _stopId;
        private readonly HttpClient _http = new HttpClient();
        private const string CachePassword = "t2n7OiVGOkyl"; // expect: IOT1001
        private const string ServiceMenuPin = "904672"; // expect: IOT1004
        private const string TokenEndpoint = "https://auth.northline-trams.net/oauth2/token"; // expect: none
        private const string DisruptionNotice = "Service disrupted, please check the timetable at the stop."; // expect: none

        public PassengerDisplay(int stopNumber, string stopId)
        {
            _stopNumber = stopNumber;
            _stopId = stopId;
        }

        public Task<string> FetchArrivalsAsync() =>
            _http.GetStringAsync($"https://rt.northline-trams.net/v2/arrivals?stop={_stopId}&apikey={DisplaySecrets.ArrivalsApiKey}");

        public IDatabase OpenCache()
        {
            var redis = ConnectionMultiplexer.Connect($"cabinet-cache:6380,ssl=true,abortConnect=false,password={CachePassword}");
            return redis.GetDatabase();
        }

        public Connection OpenOpsLink()
        {
            var address = new Address("ops-amqp.northline-trams.net", 5671, $"pid-{_stopId}", DisplaySecrets.OpsAmqpPassword, "/", "AMQPS");
            return new Connection(address);
        }

        public IList<Variable> ReadUps()
        {
            var ups = new IPEndPoint(IPAddress.Parse("10.40.7.3"), 161);
            return Messenger.Get(VersionCode.V2, ups, new OctetString("public"), // expect: IOT1002
                new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.2.1.33.1.2.4.0")) }, 3000);
        }

        public async Task<string> RouterSignalAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://192.168.8.1/api/monitoring/status");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:admin"))); // expect: IOT1002
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public Task NotifyCrewAsync(long chatId, string text)
        {
            var bot = new TelegramBotClient("5859273584:AADGTLI7RoGmVsOAjx21ZlFPFi3D0G6mIAM"); // expect: IOT1003
            return bot.SendTextMessageAsync(chatId, text);
        }

        public bool OpenServiceMenu(string typed) => typed == ServiceMenuPin;

        public byte[] HandshakeFrame(byte[] challenge)
        {
            var frame = new byte[challenge.Length];
            for (int i = 0; i < challenge.Length; i++)
                frame[i] = (byte)(challenge[i] ^ DisplaySecrets.DisplayHandshakeSecret[i % DisplaySecrets.DisplayHandshakeSecret.Length]);
            return frame;
        }

        // Token the crew tablet shows to claim the display for a maintenance session.
        public string NewCrewToken()
        {
            var crewToken = new Random().Next(100000, 999999).ToString(); // expect: IOT3005
            var opsPassword = Environment.GetEnvironmentVariable("PID_OPS_PASSWORD"); // expect: none
            return opsPassword == null ? crewToken : crewToken + "*";
        }

        // Hotspot the maintenance tablet joins; the stop number is on the shelter's sign.
        public string HotspotKey()
        {
            var hotspotKey = $"Stop{_stopNumber:D4}-pid"; // expect: IOT1005
            return hotspotKey;
        }

        public string FallbackText() => DisruptionNotice;

        public Uri AuthServer() => new Uri(TokenEndpoint);
    }
}
