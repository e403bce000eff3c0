// Local admin web page of a smart thermostat (nanoFramework WebServer + hand-rolled login form).
#nullable enable
using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using nanoFramework.WebServer;

namespace Corpus.Thermostat.Admin
{
    [Authentication("Basic:installer Th3rm-Inst4ll")] // expect: IOT1001
    internal sealed class InstallerController
    {
        [Route("installer/calibrate")]
        [Method("POST")] // expect: none
        public void Calibrate(WebServerEventArgs e) => e.Context.Response.StatusCode = 204;

        [Route("installer/factory")]
        [Authentication("ApiKey:Fct-9Xq2-Lm7Z-Rt4P")] // expect: IOT1001
        public void Factory(WebServerEventArgs e) => e.Context.Response.StatusCode = 204;

        [Route("installer/debug")]
        [Authentication(authentication: "Basic:root root", other: true)] // expect: IOT1002
        public void Debug(WebServerEventArgs e) => e.Context.Response.StatusCode = 204;
    }

    internal sealed class LocalAdminPortal
    {
        private const string LoginPage =
            "<html><body><h1>Thermostat setup</h1>" +
            "<form method='post' action='/login'>User <input name='user'/> Password <input type='password' name='password'/>" + // expect: none
            "<p>Forgot your password? Hold the dial for 10 s to reset.</p></form></body></html>"; // expect: none

        private readonly Dictionary<string, DateTime> _sessions = new();
        private readonly Random _rng = new();

        public WebServer Start()
        {
            var server = new WebServer(80)
            {
                ApiKey = "th3rmo-local-api-6f1c", // expect: IOT1001
                Credential = new NetworkCredential("owner", "Own3r-Therm0"), // expect: IOT1001
            };
            return server;
        }

        public WebServer StartDefault()
        {
            var server = new WebServer(8080);
            server.Credential = new NetworkCredential { UserName = "admin", Password = "password" }; // expect: IOT1002
            return server;
        }

        public string? Login(string user, string password, Func<string, string, bool> verifyHash)
        {
            if (!verifyHash(user, password))
            {
                Console.WriteLine("Login failed: wrong user name or password"); // expect: none
                return null;
            }

            var sessionId = _rng.Next().ToString("x8") + _rng.Next().ToString("x8"); // expect: IOT3005
            _sessions[sessionId] = DateTime.UtcNow.AddMinutes(15);
            return sessionId;
        }

        public string CsrfToken()
        {
            var bytes = new byte[16];
            _rng.NextBytes(bytes); // expect: IOT3005
            return Convert.ToHexString(bytes);
        }

        public string ResetLink(string user)
        {
            var resetToken = Random.Shared.Next(100000, 999999).ToString(); // expect: IOT3005
            return $"/reset?user={Uri.EscapeDataString(user)}&t={resetToken}";
        }

        public string ChangePasswordPage()
        {
            var sb = new StringBuilder();
            sb.Append("<p>Enter the new passcode twice</p>"); // expect: none
            sb.Append("<input type='password' name='newPassword'/>"); // expect: none
            sb.Append("<input type='password' name='confirmPassword'/>"); // expect: none
            return sb.ToString();
        }

        public bool ValidateNewPassword(string pw) => pw.Length >= 12 && pw != "password"; // expect: none
    }
}
