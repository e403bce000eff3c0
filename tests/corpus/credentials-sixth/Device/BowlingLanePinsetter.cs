using System;
using System.Collections.Generic;
using System.IO;
using System.Net;

namespace Bowling.Lanes
{
    // Lane controller of a bowling centre: drives the pinsetter, uploads league scores to the federation's
    // FTP drop box each night, and runs the manager's console.
    public sealed class LaneController
    {
        // Logins the pinsetter console shipped with
        static readonly Dictionary<string, string> FactoryLogins = new Dictionary<string, string>
        {
            ["manager"] = "1234", // expect: IOT1002
            ["tech"] = "0000", // expect: IOT1002
        };

        static readonly Dictionary<string, string> LoginLabels = new Dictionary<string, string>
        {
            ["manager"] = "Manager", // expect: none
            ["tech"] = "Technician", // expect: none
        };

        public bool ConsoleLogin(string user, string pin) =>
            FactoryLogins.TryGetValue(user, out var expected) && expected == pin;

        public void UploadLeagueScores(string file)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://drop.bowlingfed.example/league/" + Path.GetFileName(file));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("lanes-0412", "Strike&Spare-300"); // expect: IOT1001
            using var stream = request.GetRequestStream();
            var bytes = File.ReadAllBytes(file);
            stream.Write(bytes, 0, bytes.Length);
        }

        public void DownloadOilPatterns()
        {
            // public mirror: anonymous login with an e-mail address as the password, as FTP asks
            var request = (FtpWebRequest)WebRequest.Create("ftp://mirror.bowlingfed.example/patterns/");
            request.Credentials = new NetworkCredential("anonymous", "lanes@bowl-o-rama.example"); // expect: none
        }

        public string NewLeagueSession()
        {
            var rng = new Random();
            var leagueSessionId = rng.Next(0x10000000, int.MaxValue).ToString("x8"); // expect: IOT3005
            return leagueSessionId;
        }

        public int PickPracticeLane(int[] freeLanes)
        {
            var lane = freeLanes[new Random().Next(freeLanes.Length)]; // expect: none
            return lane;
        }

        public static bool FoulLineTest(string firstPass) => firstPass == "PASS"; // expect: none
    }

    public static class LeagueOffice
    {
        const string LeagueSecretarySecret = "Split-7-10-Pickup"; // expect: IOT1004

        public static bool SecretaryLogin(string secret) => secret == LeagueSecretarySecret;

        public static System.Net.Http.HttpClient FederationApi()
        {
            var http = new System.Net.Http.HttpClient();
            http.DefaultRequestHeaders.Add("Api-Key", "xxxxxxxx"); // expect: IOT1006
            return http;
        }

        public const string JamMessage = "Lane 12: pinsetter jammed, call the mechanic"; // expect: none
        public const string PasswordPolicy = "At least 10 characters, changed each season"; // expect: none
    }
}
