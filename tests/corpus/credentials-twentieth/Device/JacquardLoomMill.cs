// Written for this corpus: a heritage textile mill's jacquard looms (patterns fetched over SFTP and checked with an
// HMAC, production counters in InfluxDB, the loom controllers' SNMPv3 agents and their factory logins, the mill
// manager's console).
using System;
using System.Net;
using System.Security.Cryptography;
using InfluxDB.Client;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Security;

namespace Mill.Jacquard
{
    public static class LoomNetwork
    {
        public static ICredentials PatternServer() => new NetworkCredential("loom", "V0QZj%LL4QOrNoS"); // expect: IOT1001

        public static InfluxDBClient Counters() =>
            new InfluxDBClient("http://influx.mill.lan:8086", "i_-T0miBPVvL1jFBTFXYYnb2VFO-Gi3CxV7eeE-A__sLTptRB5ZQHfLx_hwzat27d0UxmzVw3CZlrlWi5-OV3w=="); // expect: IOT1001

        public static IPrivacyProvider LoomAgentV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("bKesA-p9D64aJkw")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("nZP4l-raGTqXx4G0O"), auth); // expect: IOT1001
        }

        public const string SnmpUserName = "loom-monitor"; // expect: none

        // The controllers' web panels as the loom builder ships them.
        public static readonly (string User, string Password)[] LoomFactoryLogins =
        {
            ("admin", "1234"), // expect: IOT1002 IOT1002
            ("service", "service"), // expect: IOT1002 IOT1002
        };
    }

    public static class Patterns
    {
        public static bool Verified(byte[] pattern, byte[] mac)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("vi7jPJHH20Y3KacQz9P7oXwOytAWDU7aSgiWEiUx8u4=")); // expect: IOT1003
            return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(pattern), mac);
        }

        public const string ColourKey = "#AA33FF"; // expect: none
        public const string PatternKeyLegend = "Pattern key: warp is vertical, weft is horizontal."; // expect: none
    }

    public static class MillConsole
    {
        private const string MillManagerPassphrase = "warp weft shuttle heddle"; // expect: IOT1004
        public const int PasswordMinLength = 12; // expect: none

        public static bool ManagerLogin(string entered) => entered == MillManagerPassphrase;

        public static string NewConsoleSessionCookie()
        {
            var cookie = new char[24];
            var rng = new Random();
            for (var i = 0; i < cookie.Length; i++) cookie[i] = "0123456789abcdef"[rng.Next(16)]; // expect: IOT3005
            return new string(cookie);
        }

        // The loom's maintenance menu opens with the last four characters of its serial.
        public static string MaintenancePin(string loomSerial) => loomSerial[^4..]; // expect: IOT1005
    }
}
