// Baby monitor camera: RTSP stream for the parents' app, P2P relay, lullaby player, night light pairing.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Brightwater.Shared;

namespace Brightwater.Nursery
{
    public sealed class CameraStreams
    {
        // ONVIF media profile handles (identifiers chosen by the camera, not credentials).
        private const string MainProfileToken = "Profile_1"; // expect: none
        private const string SubStreamTemplate = "rtsp://{0}:554/stream2"; // expect: none

        public Uri MainStream(string ip) => new($"rtsp://admin:{FieldSecrets.CameraRtspPassword}@{ip}:554/stream1");

        public Uri SubStream(string ip) => new(string.Format(SubStreamTemplate, ip));

        public string Profile => MainProfileToken;
    }

    public sealed class FactoryAccounts
    {
        // Accounts burnt into the SoC vendor's image; the cloud migration tool logs in with them once.
        public static readonly Dictionary<string, string> FactoryLogins = new()
        {
            ["admin"] = "admin", // expect: IOT1002
            ["root"] = "hi3518", // expect: IOT1002
            ["user"] = "user", // expect: IOT1002
        };

        // Debug telnet left enabled by the ODM in engineering builds.
        private const string TelnetRootPassword = "7ujMko0admin"; // expect: IOT1002

        public static readonly string[] Roles = { "admin", "viewer", "guest-viewer" }; // expect: none

        public void EnableEngineeringTelnet(IDebugShell shell) => shell.Enable("root", TelnetRootPassword);
    }

    public interface IDebugShell { void Enable(string user, string password); }

    public interface ISecureStore { string Read(string name); }

    public sealed class P2pRelay
    {
        private readonly HttpClient _http;

        public P2pRelay(ISecureStore store)
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("p2p-relay", store.Read("p2p/relay-password")), // expect: none
            };
            _http = new HttpClient(handler);
        }

        public Task<byte[]> SnapshotAsync(string ip)
        {
            return _http.GetByteArrayAsync($"http://{ip}/cgi-bin/snapshot.cgi?user=admin&pwd=Nanny#Cam8"); // expect: IOT1001
        }

        public Task<string> RegisterAsync(string uid) => _http.GetStringAsync($"https://relay.nursery.example/register?uid={uid}");
    }

    public sealed class ParentSession
    {
        private readonly Random _random = new();

        public string NewSessionId()
        {
            string sessionId = _random.Next().ToString("x8") + _random.Next().ToString("x8"); // expect: IOT3005
            return sessionId;
        }

        public int LullabyIndex(int count) => _random.Next(count); // expect: none
    }

    public sealed class NightLightPairing
    {
        private readonly string _serial;
        private readonly byte[] _pairingKey;

        public NightLightPairing(string serial, byte[] pairingKeyFromSecureElement)
        {
            _serial = serial;
            _pairingKey = pairingKeyFromSecureElement;
        }

        // Keyed with a per-unit key from the secure element; printed on the night light's label.
        public string PairingCode() =>
            (System.BitConverter.ToUInt32(System.Security.Cryptography.HMACSHA256.HashData(_pairingKey, System.Text.Encoding.ASCII.GetBytes(_serial)), 0) % 1000000).ToString("D6"); // expect: none

        public string Instructions => "Hold the moon button for 5 s, then enter the code shown in the app."; // expect: none
    }
}
