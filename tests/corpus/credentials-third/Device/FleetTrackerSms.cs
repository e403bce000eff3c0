// Van fleet tracker: GNSS fixes, SMS command channel, TCP uplink to the tracking server, config portal.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using nanoFramework.WebServer;

namespace RouteWise.Tracker
{
    public sealed class FleetTrackerSms
    {
        // Factory SMS command password (documented in the installer leaflet).
        private const string SmsPassword = "123456"; // expect: IOT1002

        private static readonly HashSet<string> AdminNumbers = new() { "+447700900123", "+447700900456" }; // expect: none
        private const string SmsHelp = "Send PASSWORD,COMMAND e.g. <password>,WHERE or <password>,REBOOT"; // expect: none

        private const string FleetRootCaPem = """
            -----BEGIN CERTIFICATE-----
            MIIBtDCCAVugAwIBAgIURsXHFO5y675mXIkzJtX+uZ0pDXEwCgYIKoZIzj0EAwIw
            MDEWMBQGA1UEAwwNRmxlZXQgUm9vdCBDQTEWMBQGA1UECgwNRXhhbXBsZSBGbGVl
            dDAeFw0yNjExMzAyMzU3MzRaFw0zNjExMjcyMzU3MzRaMDAxFjAUBgNVBAMMDUZs
            ZWV0IFJvb3QgQ0ExFjAUBgNVBAoMDUV4YW1wbGUgRmxlZXQwWTATBgcqhkjOPQIB
            BggqhkjOPQMBBwNCAAQVFz+NLPhsmEey388ipBVU3ByGogfK0MAE4JensFFF+a7B
            PSKnESh6t1wJkhDUzcG42A+5kHPw9YilZN5d8Pqqo1MwUTAdBgNVHQ4EFgQUSWo2
            Ej0Or7YKyPlYQzKkNF/n3wMwHwYDVR0jBBgwFoAUSWo2Ej0Or7YKyPlYQzKkNF/n
            3wMwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiBYVt0gk1VN46gb
            NRBcWHgnOePibY0Fq1hlXZ4dQXruvwIgNmTkK/kXdOX0eiW8BTLdSljP13WuPoKW
            F4WwC69U0kQ=
            -----END CERTIFICATE-----
            """; // expect: none

        private const string DeviceKeyPem = """
            -----BEGIN PRIVATE KEY-----
            MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg5peIeLK9bugaXbNB
            NmbsYGU8SPp3kpbcEyAkPFyKYOmhRANCAARCGeIalSJmxBByuyRhFdJRzHuqTxVm
            D1JMq4oJ+4eZFPdf89qfWmBE6YBY0TCYqveWRWCjIhvE1fdMF9HnQJ+c
            -----END PRIVATE KEY-----
            """; // expect: IOT1003

        private readonly string _imei;
        private readonly Random _random = new();
        private readonly Dictionary<string, DateTime> _shareLinks = new();
        private string _smsPassword = SmsPassword;

        public FleetTrackerSms(string imei) => _imei = imei;

        public string OnSms(string from, string body)
        {
            var parts = body.Trim().Split(',');
            if (parts.Length < 2 || parts[0] != _smsPassword)
            {
                return AdminNumbers.Contains(from) ? SmsHelp : string.Empty;
            }

            return parts[1].ToUpperInvariant() switch
            {
                "WHERE" => "https://maps.routewise.example/?q=51.5072,-0.1276",
                "SHARE" => "https://track.routewise.example/s/" + NewShareLink(),
                "NEWPASS" when parts.Length == 3 => SetSmsPassword(parts[2]),
                "REBOOT" => "Rebooting",
                _ => "Unknown command",
            };
        }

        // Units commissioned after 2023 get a per-unit SMS password instead of the leaflet default.
        public void UsePerUnitSmsPassword()
        {
            _smsPassword = _imei.Substring(_imei.Length - 6); // expect: IOT1005
        }

        private string SetSmsPassword(string newPassword)
        {
            _smsPassword = newPassword;
            return "Password changed"; // expect: none
        }

        private string NewShareLink()
        {
            string link = _random.Next().ToString("x8") + _random.Next().ToString("x8"); // expect: IOT3005
            _shareLinks[link] = DateTime.UtcNow.AddHours(2);
            return link;
        }

        public X509Certificate2 DeviceCertificate(string certPem) =>
            X509Certificate2.CreateFromPem(certPem, DeviceKeyPem);

        public X509Certificate2 RootCa() => X509Certificate2.CreateFromPem(FleetRootCaPem);

        public void SendLogin(NetworkStream stream)
        {
            // Server protocol: "#L#<imei>;<password>\r\n"
            var login = "#L#" + _imei + ";" + TrackerSecrets.ServerPassword + "\r\n";
            var bytes = Encoding.ASCII.GetBytes(login);
            stream.Write(bytes, 0, bytes.Length);
        }

        public NetworkCredential FirmwareServerLogin() =>
            new NetworkCredential("fw", "Rw-Fw-Pull-8810"); // expect: IOT1001

        public Dictionary<string, string> ModemProfile()
        {
            var profile = new Dictionary<string, string>();
            profile.Add("apn.name", "fleet.m2m.example");
            profile.Add("apn.user", "routewise"); // expect: none
            profile.Add("apn.password", "M2m-Apn-4417"); // expect: IOT1001
            return profile;
        }

        public string FormatFix(double lat, double lon, double kmh, DateTime utc) =>
            $"#D#{utc:ddMMyy};{utc:HHmmss};{lat:F5};N;{lon:F5};E;{kmh:F0};0;0;12";

        public WebServer ConfigPortal()
        {
            var server = new WebServer(80);
            server.Credential = new NetworkCredential("admin", "changeme"); // expect: IOT1002
            return server;
        }

        public static string Redact(string sms) =>
            sms.Length > 7 ? "******" + sms.Substring(6) : sms; // expect: none
    }
}
