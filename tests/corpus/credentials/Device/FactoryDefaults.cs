// Legacy camera/DVR integration on a home hub: factory credential tables and login checks.
#nullable enable
using System;
using System.Collections.Generic;

namespace Corpus.HomeHub.Legacy
{
    internal static class FactoryDefaults
    {
        // Credentials tried, in order, when adopting a camera found on the LAN.
        private static readonly (string User, string Password)[] CameraDefaults =
        {
            ("admin", "admin"), // expect: IOT1002
            ("admin", "12345"), // expect: IOT1002
            ("root", "xc3511"), // expect: IOT1002
            ("root", "vizxv"), // expect: IOT1002
            ("root", "888888"), // expect: IOT1002
            ("root", "juantech"), // expect: IOT1002
            ("support", "support"), // expect: IOT1002
            ("admin", ""), // expect: none
        };

        private static readonly Dictionary<string, string> DvrDefaults = new()
        {
            ["hikvision"] = "12345", // expect: IOT1002
            ["dahua"] = "admin", // expect: IOT1002
            ["generic"] = "54321", // expect: IOT1002
        };

        private static readonly string[][] RouterDefaults =
        {
            new[] { "user", "user" }, // expect: IOT1002
            new[] { "guest", "guest" }, // expect: IOT1002
        };

        private const string DefaultAdminPassword = "admin123"; // expect: IOT1002
        private const string DefaultPin = "0000"; // expect: IOT1002
        private const string ServicePasscode = "1234"; // expect: IOT1002

        public static IEnumerable<(string User, string Password)> Candidates()
        {
            foreach (var c in CameraDefaults) yield return c;
            foreach (var kv in DvrDefaults) yield return ("admin", kv.Value);
            foreach (var r in RouterDefaults) yield return (r[0], r[1]);
        }

        public static bool CheckLocalLogin(string user, string password)
        {
            if (user == "admin" && password == "admin") // expect: IOT1002 IOT1002
            {
                return true;
            }

            return password == DefaultAdminPassword;
        }

        public static bool CheckKeypad(string pin)
        {
            return string.Equals(pin, "0000") || pin == DefaultPin; // expect: IOT1002
        }

        public static bool CheckInstaller(string code)
        {
            return code.Equals("default", StringComparison.Ordinal); // expect: IOT1002
        }

        public static bool CheckServiceMenu(string passcode) => passcode == ServicePasscode;

        public static bool IsWeakPassword(string candidate)
        {
            // deny-list used to REJECT weak passwords when the user sets one: not a credential
            var weak = new HashSet<string> { "password", "admin", "123456", "qwerty", "letmein" }; // expect: none
            return weak.Contains(candidate) || candidate.Length < 10;
        }

        public static string Role(string user)
        {
            // user-name comparisons only
            return user == "admin" ? "Administrator" : user == "guest" ? "Guest" : "User"; // expect: none
        }
    }
}
