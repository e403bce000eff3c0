// Written for corpus14: an ATM cash recycler's service console (engineer login checked by the team's own code, a
// table of service logins, cassette override code, a daily service code, session identifiers).
using System;
using System.Linq;

namespace AtmCashRecycler
{
    sealed class ServiceConsole
    {
        const string EngineerPassword = "fBXS-xTONK-17"; // expect: IOT1004
        const string CassetteOverrideCode = "558120"; // expect: IOT1004
        const string DoorFaultCode = "E4411"; // expect: none
        const string TokenExpired = "Token expired, sign in again"; // expect: none

        static readonly (string User, string Password)[] ServiceLogins =
        {
            ("cit-guard", "Mkit-HKxy7-16"), // expect: IOT1004
            ("admin", "admin"), // expect: IOT1002
        };

        public bool EngineerLogin(string password) => password == EngineerPassword;

        public bool ServiceLogin(string user, string password) =>
            ServiceLogins.Any(l => l.User == user && l.Password == password);

        public bool OverrideCassette(string entered) => entered == CassetteOverrideCode;

        public bool FactoryPin(string pin) => string.Equals(pin, "0000"); // expect: IOT1002

        public static string DailyServiceCode() => DateTime.UtcNow.ToString("MMdd") + "42"; // expect: IOT1005

        public static string UnlockCode(string serial)
        {
            int sum = 0;
            foreach (char c in serial) sum = sum * 31 + c;
            var unlockCode = (Math.Abs(sum) % 1000000).ToString("D6"); // expect: IOT1005
            return unlockCode;
        }

        public string ExpiredMessage() => TokenExpired + " (" + DoorFaultCode + ")";
    }

    static class ConsoleSessions
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // expect: none
        static readonly Random Rng = new Random();

        public static string NewSessionId()
        {
            var sessionId = new string(Enumerable.Range(0, 16).Select(_ => Alphabet[Rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return sessionId;
        }

        public static string NewCsrfToken()
        {
            var csrfToken = Rng.Next().ToString(); // expect: IOT3005
            return csrfToken;
        }

        public static int NoteSampleIndex(int count) => Rng.Next(count); // expect: none
    }

    static class NotSecrets
    {
        public const string EngineerPasswordKey = "Console:EngineerPassword"; // expect: none
        public const string PasswordLabel = "Password:"; // expect: none
        public const string MaskedPin = "****"; // expect: none
    }
}
