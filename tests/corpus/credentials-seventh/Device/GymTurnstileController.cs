// Fitness club turnstiles: the access controller serves a small admin page, accepts the vendor's service logins
// and carries the table of logins the installer tries on new units.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace Fitness.Turnstile
{
    public class GymTurnstileController
    {
        private const string KioskAdminPassword = "password"; // expect: IOT1002
        private const string TokenStatus = "expired"; // expect: none
        private const int PasswordRotationDays = 90; // expect: none

        private static readonly (string User, string Password)[] FactoryLogins =
        {
            ("admin", "admin"), // expect: IOT1002
            ("root", "vizxv"), // expect: IOT1002
            ("support", "support"), // expect: IOT1002
        };

        private static readonly (string User, string Password)[] ServiceLogins =
        {
            ("turnstile-tech", "Rotor-Arm-3-Way"), // expect: IOT1004
        };

        private static readonly Dictionary<string, string> RoleNames = new()
        {
            ["admin"] = "Admin", // expect: none
            ["member"] = "Member",
        };

        private static readonly string[] LoginLabels = { "User", "Password" }; // expect: none
        private static readonly (string Owner, string Group) LogFileOwnership = ("root", "root"); // expect: none

        public bool InstallerProbe(string user, string password)
        {
            foreach (var login in FactoryLogins)
            {
                if (login.User == user && login.Password == password) return true;
            }
            return false;
        }

        public bool ServiceLogin(string user, string password)
        {
            foreach (var login in ServiceLogins)
            {
                if (login.User == user && login.Password == password) return true;
            }
            return false;
        }

        public bool AdminPage(string login, string secret, string authHeader)
        {
            if (authHeader == "Basic YWRtaW46YWRtaW4=") return true; // expect: IOT1002
            if (login == "admin" && secret == "7ujMko0admin") return true; // expect: IOT1002 IOT1002
            if (TokenStatus == "expired" && PasswordRotationDays < 0) return false; // expect: none
            return secret == KioskAdminPassword;
        }

        public string NewAdminSessionId()
        {
            var sessionId = new Random().Next(100000000, 999999999).ToString(); // expect: IOT3005
            return sessionId;
        }

        public async Task<string> MemberStatusAsync(string cardId)
        {
            using var http = new HttpClient();
            return await http.GetStringAsync("https://members.fitclub.example/api/v1/cards/" + cardId + "?apikey=fc_4WYWlsQBwdxrxh4bqJgLHaturF2S"); // expect: IOT1001
        }

        public string Describe(string role) =>
            $"{LoginLabels[0]}: {role} ({RoleNames.GetValueOrDefault(role, "Guest")}), logs {LogFileOwnership.Owner}:{LogFileOwnership.Group}";
    }
}
