// Real source: treealarm/OnvifLib (samples/OnvifLib.Probe/ProbeOptions.cs, samples/OnvifLib.Gui/Infrastructure/RtspCredentials.cs, Camera.cs)
// Kept: the probe's Defaults (admin user, empty password), the environment overrides, Camera.Create(ip, port,
// username, password, timeout), RtspCredentials.Inject / Mask, and the WS-Security nonce that Camera.GetDevice fills
// with System.Random. Changed: the probe became a cattle market's auction-ring camera poller. Added: the ring
// camera table, the recorder's snapshot login and the poll jitter.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace OnvifLib.AuctionRing
{
    /// <summary>Lowest-priority source: CLI &gt; environment &gt; these.</summary>
    public static class Defaults
    {
        public const string Ip = "192.168.1.10";
        public const int Port = 80;
        public const string User = "admin";
        public const string Password = ""; // expect: none
        public const double TimeoutSeconds = 15;
    }

    public sealed class ProbeOptions
    {
        public const string HelpText = "--password <pw>      ONVIF_PASSWORD    password"; // expect: none

        public string Ip { get; private set; } = Defaults.Ip;
        public int Port { get; private set; } = Defaults.Port;
        public string User { get; private set; } = Defaults.User;
        public string Password { get; private set; } = Defaults.Password;
        public double TimeoutSeconds { get; private set; } = Defaults.TimeoutSeconds;

        public static ProbeOptions Parse()
        {
            var o = new ProbeOptions();
            // Environment first, so command-line arguments can override it.
            o.Ip = Env("ONVIF_IP") ?? o.Ip;
            o.User = Env("ONVIF_USER") ?? o.User;
            o.Password = Env("ONVIF_PASSWORD") ?? o.Password; // expect: none
            return o;
        }

        private static string Env(string name)
        {
            var v = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrEmpty(v) ? null : v;
        }
    }

    public static class RtspCredentials
    {
        public static string Inject(string uri, string user, string password)
        {
            if (string.IsNullOrEmpty(user) || string.IsNullOrWhiteSpace(uri)) return uri;
            var separator = uri.IndexOf("://", StringComparison.Ordinal);
            if (separator < 0) return uri;
            var scheme = uri[..(separator + 3)];
            var rest = uri[(separator + 3)..];
            return $"{scheme}{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{rest}";
        }

        /// <summary>The same URI with the password blanked, for anything shown on screen or logged.</summary>
        public static string Mask(string uri)
        {
            var separator = uri.IndexOf("://", StringComparison.Ordinal);
            var at = uri.IndexOf('@', separator + 3);
            var colon = uri.IndexOf(':', separator + 3);
            if (separator < 0 || at < 0 || colon < 0 || colon > at) return uri;
            return string.Concat(uri.AsSpan(0, colon + 1), "•••", uri.AsSpan(at)); // expect: none
        }
    }

    public static class WsUsernameToken
    {
        // Camera.GetDevice: a 20-byte nonce for the UsernameToken digest, filled by System.Random.
        public static string PasswordDigest(string password, DateTime created, out byte[] nonceBytes)
        {
            nonceBytes = new byte[20];
            var random = new Random();
            random.NextBytes(nonceBytes); // expect: IOT3005
            byte[] createdBytes = Encoding.UTF8.GetBytes(created.ToString("yyyy-MM-ddTHH:mm:ssZ"));
            byte[] passwordBytes = Encoding.UTF8.GetBytes(password);
            byte[] all = new byte[nonceBytes.Length + createdBytes.Length + passwordBytes.Length];
            Buffer.BlockCopy(nonceBytes, 0, all, 0, nonceBytes.Length);
            Buffer.BlockCopy(createdBytes, 0, all, nonceBytes.Length, createdBytes.Length);
            Buffer.BlockCopy(passwordBytes, 0, all, nonceBytes.Length + createdBytes.Length, passwordBytes.Length);
            return Convert.ToBase64String(SHA1.HashData(all));
        }
    }

    internal static class RingPoller
    {
        private static readonly (string Ip, string User, string Password)[] RingCameras =
        {
            ("10.20.0.31", "ringview", "HLo7CJ_s4%G_rR%z"), // expect: IOT1001
            ("10.20.0.32", "ringview", "12345"), // expect: IOT1002
        };

        public static async Task RunAsync()
        {
            var options = ProbeOptions.Parse();
            var main = Camera.Create(options.Ip, options.Port, options.User, options.Password, options.TimeoutSeconds);
            await main.InitTask;

            foreach (var (ip, user, password) in RingCameras)
            {
                var cam = Camera.Create(ip, 80, user, password, 15);
                await cam.InitTask;
                if (!await cam.IsAlive()) continue;
                var stream = RtspCredentials.Inject($"rtsp://{ip}:554/Streaming/Channels/101", user, password);
                Console.WriteLine("ring stream " + RtspCredentials.Mask(stream));
            }

            // the auction office recorder serves JPEG snapshots behind digest authentication
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("recorder", "3#t!cb3Qb6-#2GTq") }; // expect: IOT1001
            using var http = new HttpClient(handler);
            while (true)
            {
                byte[] jpeg = await http.GetByteArrayAsync("http://10.20.0.5/ISAPI/Streaming/channels/101/picture");
                Console.WriteLine($"snapshot {jpeg.Length} bytes");
                await Task.Delay(2000 + Random.Shared.Next(0, 300)); // expect: none
            }
        }
    }
}
