// Written for corpus19: a retained fire station's appliance bay doors and turnout system (.NET on a door controller:
// the control room's alerter feed, the bay door drives, crew pagers over a GSM module, the station's Wi-Fi, and the
// turnout display's cloud service).
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.Extensions.Configuration;

namespace FireStation.Bays
{
    public static class StationConfig
    {
        // Configuration the controller writes on first boot, before the control room pushes its own.
        public static Dictionary<string, string> FirstBoot(string stationCode) => new()
        {
            ["station.code"] = stationCode,
            ["alerter.url"] = "https://alerter.fire-control.example/feed",
            ["alerter.token"] = "9rudS7fHq9MxnQBne5EP6vHYYYAPP37kTVyF3QYjzeP3", // expect: IOT1001
            ["wifi.psk"] = "aD5MkE2pNm3_Hs", // expect: IOT1001
            ["wifi.psk.hint"] = "ask the watch manager", // expect: none
            ["pager.sim.pin"] = "0000", // expect: IOT1002
        };
    }

    public sealed class BayDoorController
    {
        private readonly IConfiguration _configuration;
        private readonly HttpClient _http = new HttpClient();

        public BayDoorController(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public Task<HttpResponseMessage> OpenAsync(int bay)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"http://10.9.0.{20 + bay}/door/open");
            request.Headers.Add("X-Auth-Token", _configuration["Doors:Token"]); // expect: none
            return _http.SendAsync(request);
        }

        public Task<HttpResponseMessage> OpenLegacyAsync(int bay)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"http://10.9.1.{20 + bay}/door/open");
            request.Headers.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            return _http.SendAsync(request);
        }

        // Crew members open the side door with a code made from their brigade number.
        public static string CrewDoorCode(int brigadeNumber) => (brigadeNumber * 37 % 100000).ToString("D5"); // expect: IOT1005

        // The visitors' door code changes every day.
        public static string VisitorDoorCode() => DateTime.Now.ToString("yyMMdd"); // expect: IOT1005

        public const string DoorFaultCode = "E-204"; // expect: none
        public const string DoorDriveModel = "Hormann SupraMatic 4"; // expect: none
    }

    public static class CrewPagers
    {
        private const string PagerSimPuk = "31762609"; // expect: IOT1001
        private const string PagerSimNewPin = "8142"; // expect: IOT1001

        public static void Unblock(SerialPort gsm)
        {
            gsm.WriteLine($"AT+CPIN=\"{PagerSimPuk}\",\"{PagerSimNewPin}\"");
        }

        public static void Join(SerialPort gsm) =>
            gsm.WriteLine("AT+CSTT=\"fire.apn.example\",\"station-17\",\"BB3K_FZvhJwXYN\""); // expect: IOT1001
    }

    public static class TurnoutDisplay
    {
        public static BasicAWSCredentials Uploader() =>
            new BasicAWSCredentials("AKIA57OFAUTZC2PSUR67", "Pqaq8AVxJC7+vTButGuV72IXuniCnmNmhzllr/ib"); // expect: IOT1003 IOT1003

        public static BasicAWSCredentials Documentation() =>
            new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"); // expect: none

        public static string NewIncidentAckToken()
        {
            var sb = new StringBuilder();
            var rng = new Random();
            for (int i = 0; i < 8; i++) sb.Append(rng.Next(16).ToString("x")); // expect: IOT3005
            var incidentAckToken = sb.ToString();
            return incidentAckToken;
        }

        public static TimeSpan AlerterRetryDelay(int attempt) => TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, attempt)) + Random.Shared.NextDouble()); // expect: none
    }
}
