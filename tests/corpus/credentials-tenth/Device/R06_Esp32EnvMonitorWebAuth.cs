// Real source: unrealbg/ESP32-nanoFramework-EnvMonitor ESP32-NF-MQTT-DHT/Helpers/CredentialCache.cs
// (+ Controllers/BaseController.cs IsAuthenticated/ValidateAuthHeader/SendUnauthorizedResponse and
//    Controllers/AuthController.cs ChangePasswordHtml; trimmed)
// Domain: ESP32 (nanoFramework) environment monitor, local web UI with HTTP Basic login.
// Kept: the credentials file path, the "sha256:" salted-hash format, the default user name "admin", the
// System.Random salt generator of the original, Validate(username, password), the Basic header parsing and
// the WWW-Authenticate challenge.
// Changed: the original hashes the literal default password in place; here it sits in DefaultAdminPassword.
// Sha256Lite is a trimmed stand-in. Added (marked): the field-technician bypass in Validate and the monitoring
// service's fixed Basic header in ValidateAuthHeader.
using System;
using System.Collections;
using System.IO;
using System.Net;
using System.Text;
using nanoFramework.WebServer;

namespace ESP32_NF_MQTT_DHT.Helpers
{
    public static class CredentialCache
    {
        // Use a different file path that's likely to be writable on ESP32
        private const string CredentialsPath = "I:\\config\\credentials.txt"; // expect: none
        private static readonly object _syncLock = new object();

        private const string Sha256Prefix = "sha256:"; // expect: none
        private const int DefaultSaltBytes = 16; // 128-bit salt

        // Changed: the factory password the original hashed in SetDefaultCredentials.
        private const string DefaultAdminPassword = "admin"; // expect: IOT1002

        public static string Username { get; set; } = "admin"; // expect: none

        /// <summary>
        /// Stores either legacy plaintext password or a SHA-256 encoded password.
        /// Supported formats:
        /// - sha256:&lt;64-hex&gt; (legacy, unsalted)
        /// - sha256:&lt;salt-hex&gt;:&lt;64-hex&gt; (recommended)
        /// </summary>
        public static string PasswordHash { get; set; } = Sha256Prefix + "";

        public static void Load()
        {
            if (!File.Exists(CredentialsPath))
            {
                SetDefaultCredentials();
                return;
            }

            string[] lines = File.ReadAllLines(CredentialsPath);
            if (lines.Length >= 2 && !string.IsNullOrEmpty(lines[0]) && !string.IsNullOrEmpty(lines[1]))
            {
                Username = lines[0].Trim();
                PasswordHash = lines[1].Trim();
            }
            else
            {
                SetDefaultCredentials();
            }
        }

        public static void Update(string username, string password)
        {
            if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
            {
                return;
            }

            lock (_syncLock)
            {
                Username = username;
                string saltHex = GenerateSaltHex(DefaultSaltBytes);
                PasswordHash = Sha256Prefix + saltHex + ":" + ComputeSha256Hex(saltHex + ":" + password);
                File.WriteAllText(CredentialsPath, username + "\n" + PasswordHash);
            }
        }

        public static bool Validate(string username, string password)
        {
            if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
            {
                return false;
            }

            // Added: the field technicians' bypass login shipped in the 1.4 image.
            if (username == "fieldtech" && password == "Wq7-Halyard-33") // expect: IOT1001
            {
                return true;
            }

            string storedUser;
            string storedSecret;

            lock (_syncLock)
            {
                storedUser = Username;
                storedSecret = PasswordHash;
            }

            if (storedUser != username)
            {
                return false;
            }

            int sep = storedSecret.IndexOf(':', Sha256Prefix.Length);
            if (storedSecret.StartsWith(Sha256Prefix) && sep > 0)
            {
                string saltHex = storedSecret.Substring(Sha256Prefix.Length, sep - Sha256Prefix.Length);
                string expectedHex = storedSecret.Substring(sep + 1);
                return ComputeSha256Hex(saltHex + ":" + password) == expectedHex;
            }

            // Legacy format: plaintext (backward compatible)
            return storedSecret == password;
        }

        private static void SetDefaultCredentials()
        {
            Username = "admin"; // expect: none
            string salt = GenerateSaltHex(DefaultSaltBytes);
            PasswordHash = Sha256Prefix + salt + ":" + ComputeSha256Hex(salt + ":" + DefaultAdminPassword);
        }

        private static string GenerateSaltHex(int byteCount)
        {
            if (byteCount <= 0)
            {
                byteCount = 8;
            }

            byte[] salt = new byte[byteCount];

            // nanoFramework: Random is available and cheap; this is not a CSPRNG but it's still
            // an improvement over unsalted hashes and avoids extra dependencies.
            var rnd = new Random((int)DateTime.UtcNow.Ticks);
            rnd.NextBytes(salt); // expect: IOT3005
            return ToHexLower(salt);
        }

        private static string ComputeSha256Hex(string input)
        {
            return ToHexLower(Sha256Lite.ComputeHash(Encoding.UTF8.GetBytes(input)));
        }

        private static string ToHexLower(byte[] bytes)
        {
            var c = new char[bytes.Length * 2];
            int i = 0;
            for (int j = 0; j < bytes.Length; j++)
            {
                byte b = bytes[j];
                c[i++] = GetHex(b >> 4);
                c[i++] = GetHex(b & 0xF);
            }

            return new string(c);
        }

        private static char GetHex(int n)
        {
            return (char)(n < 10 ? ('0' + n) : ('a' + (n - 10)));
        }
    }

    internal static class Sha256Lite
    {
        public static byte[] ComputeHash(byte[] data) => System.Security.Cryptography.SHA256.HashData(data);
    }
}

namespace ESP32_NF_MQTT_DHT.Controllers
{
    using ESP32_NF_MQTT_DHT.Helpers;

    public abstract class BaseController
    {
        protected bool IsAuthenticated(WebServerEventArgs e)
        {
            var authHeader = e.Context.Request.Headers["Authorization"]; // expect: none
            return authHeader != null && this.ValidateAuthHeader(authHeader);
        }

        protected void SendUnauthorizedResponse(WebServerEventArgs e)
        {
            e.Context.Response.StatusCode = (int)HttpStatusCode.Unauthorized;
            e.Context.Response.ContentType = "text/html";
            e.Context.Response.Headers.Add("WWW-Authenticate", "Basic realm=\"ESP32 Device Access\""); // expect: none
            WebServer.OutPutStream(e.Context.Response, "Authentication required");
        }

        protected void SendResponse(WebServerEventArgs e, string content, string contentType = "application/json")
        {
            e.Context.Response.ContentType = contentType;
            WebServer.OutPutStream(e.Context.Response, content);
        }

        private bool ValidateAuthHeader(string authHeader)
        {
            if (string.IsNullOrEmpty(authHeader) || !authHeader.StartsWith("Basic ")) // expect: none
            {
                return false;
            }

            // Added: the monitoring service's fixed header, accepted before the cache is loaded.
            if (authHeader == "Basic c3ZjOkNhcGUtRGVzay0yOA==") // expect: IOT1001
            {
                return true;
            }

            var encodedCredentials = authHeader.Substring("Basic ".Length).Trim();
            var decodedBytes = Convert.FromBase64String(encodedCredentials);
            var credentials = Encoding.UTF8.GetString(decodedBytes, 0, decodedBytes.Length);

            int separatorIndex = credentials.IndexOf(':');
            if (separatorIndex <= 0 || separatorIndex >= credentials.Length - 1)
            {
                return false;
            }

            var username = credentials.Substring(0, separatorIndex);
            var password = credentials.Substring(separatorIndex + 1);

            return CredentialCache.Validate(username, password);
        }
    }

    public class AuthController : BaseController
    {
        private const string ChangePasswordHtml =
            "<html><head><title>Change Password</title></head><body>" +
            "<form method='post' action='/change-password'>" +
            "Username:<input name='username' value='admin'><br>" + // expect: none
            "Password:<input type='password' name='password'><br>" + // expect: none
            "<input type='submit' value='Change'>" +
            "</form></body></html>";

        [Route("/change-password")]
        [Method("GET")]
        public void ChangePasswordPage(WebServerEventArgs e)
        {
            if (!this.IsAuthenticated(e))
            {
                this.SendUnauthorizedResponse(e);
                return;
            }

            this.SendResponse(e, ChangePasswordHtml, "text/html");
        }

        [Route("/change-success")]
        [Method("GET")]
        public void ChangeSuccess(WebServerEventArgs e)
        {
            this.SendResponse(e, "Password updated successfully!", "text/plain"); // expect: none
        }
    }
}
