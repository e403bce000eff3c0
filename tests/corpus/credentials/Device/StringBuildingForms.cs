// Garage-door hub: credentials assembled in the many ways real code assembles strings.
#nullable enable
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Data.SqlClient;
using nanoFramework.Networking;

namespace Corpus.GarageHub.Forms
{
    internal static class StringBuildingForms
    {
        public static void Concat()
        {
            var cs = string.Concat("Server=10.1.1.5;Database=events;", "User Id=garage;", "Password=", "G4r4ge-Ev3nts;"); // expect: IOT1001
            new SqlConnection(cs).Dispose();
        }

        public static void Join()
        {
            var cs = string.Join(";", "Server=10.1.1.5", "Database=events", "User Id=garage", "Password=G4r4ge-Ev3nts"); // expect: IOT1001
            new SqlConnection(cs).Dispose();
        }

        public static void Builder()
        {
            var sb = new StringBuilder("Server=10.1.1.5;Database=events;");
            sb.Append("User Id=garage;");
            sb.Append("Password=").Append("Bld-G4rage-pw").Append(';'); // expect: IOT1001
            new SqlConnection(sb.ToString()).Dispose();
        }

        public static void LongConcatenation(string host, int port)
        {
            string cs = "Server=" + host + "," + port + ";" + "Database=events;" + "User Id=garage;" + "Password=" + "L0ng-C0ncat-pw" + ";" + "Encrypt=True;" + "Connect Timeout=15;" + "Application Name=GarageHub"; // expect: IOT1001
            new SqlConnection(cs).Dispose();
        }

        public static void InterpolatedWithPasswordWrittenIn(string host)
        {
            new SqlConnection($"Server={host};Database=events;User Id=garage;Password=Int3rp-G4rage;").Dispose(); // expect: IOT1001
        }

        public static void Fallback()
        {
            // environment first, but a working secret as the fallback
            var pw = Environment.GetEnvironmentVariable("GARAGE_WIFI_PSK") ?? "F4llback-Wifi-pw"; // expect: IOT1001
            WifiNetworkHelper.ConnectDhcp("Garage", pw);
        }

        public static void Ternary(bool lab)
        {
            var pw = lab ? "L4b-only-wifi" : "Pr0d-garage-wifi"; // expect: IOT1001 IOT1001
            WifiNetworkHelper.ConnectDhcp("Garage", pw);
        }

        public static void SwitchExpression(string site)
        {
            string psk = site switch
            {
                "north" => "N0rth-site-psk", // expect: IOT1001
                "south" => "S0uth-site-psk", // expect: IOT1001
                _ => "", // expect: none
            };
            WifiNetworkHelper.ConnectDhcp("Garage-" + site, psk);
        }

        public static void CharArray()
        {
            var pw = new string(new[] { 'C', 'h', '4', 'r', '-', 'p', 'w', '-', '7', '7' }); // expect: IOT1001
            WifiNetworkHelper.ConnectDhcp("Garage", pw);
        }

        public static HttpClient TargetTyped()
        {
            HttpClient http = new();
            http.DefaultRequestHeaders.Authorization = new("Bearer", "gh_tk_Qz8Lm3Xp7Rv2Tn5Wb9"); // expect: IOT1001
            return http;
        }

        public static NetworkCredential NamedArgs() => new(password: "N4med-Arg-pw", userName: "garage"); // expect: IOT1001

        public static IEnumerable<(string Ssid, string Psk)> KnownNetworks()
        {
            yield return ("Home", "H0me-Netw0rk-psk"); // expect: IOT1001
            yield return ("Workshop", "W0rkshop-psk-22"); // expect: IOT1001
        }

        public static void ConnectKnown()
        {
            foreach (var (ssid, psk) in KnownNetworks())
            {
                if (WifiNetworkHelper.ConnectDhcp(ssid, psk)) return;
            }
        }

        public static void Utf8Header(HttpRequestMessage req)
        {
            var raw = "garage:Utf8-Garage-pw"u8.ToArray(); // expect: IOT1001
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }

        public static void Verbatim()
        {
            var cs = @"Server=10.1.1.5;Database=events;User Id=garage;Password=V3rb@tim-pw;"; // expect: IOT1001
            new SqlConnection(cs).Dispose();
        }

        public static void Raw()
        {
            var cs = """Server=10.1.1.5;Database=events;User Id=garage;Password=R4w-Str1ng-pw;"""; // expect: IOT1001
            new SqlConnection(cs).Dispose();
        }
    }
}
