// NVR edge box: discovers IP cameras, pulls snapshots and RTSP streams, manages ONVIF accounts.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace Vigilo.Nvr
{
    public sealed class IpCameraOnvif : IDisposable
    {
        // Passwords the cameras ship with, tried once during discovery so the installer is told to change them.
        private static readonly Dictionary<string, string> CameraDefaultPasswords = new()
        {
            ["hikvision"] = "12345", // expect: IOT1002
            ["dahua"] = "admin", // expect: IOT1002
            ["foscam"] = "",
            ["axis"] = "pass", // expect: IOT1002
            ["xiongmai"] = "xmhdipc", // expect: IOT1002
            ["hi3518-oem"] = "7ujMko0admin", // expect: IOT1002
        };

        private const string FirmwareSha256 = "94fc8b4ffd7b1e779a05233d922533a9cb26b1e5b9dafb1f261f438e4e9df2ba"; // expect: none
        private const string PasswordMask = "********"; // expect: none
        private const string EventTopic = "nvr/cameras/+/password-changed"; // expect: none

        private readonly HttpClient _http;
        private readonly Random _patrol = new();
        private readonly string? _onvifAdminPassword;

        public IpCameraOnvif(string? onvifAdminPassword)
        {
            _onvifAdminPassword = onvifAdminPassword;
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("onvif-svc", "0nv1f!Cam-Svc"), // expect: IOT1001
                PreAuthenticate = true,
            };
            _http = new HttpClient(handler);
        }

        public async Task<byte[]> SnapshotFoscamAsync(string ip)
        {
            string url = $"http://{ip}:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=Fosc4m!Lobby"; // expect: IOT1001
            return await _http.GetByteArrayAsync(url);
        }

        public async Task<byte[]> SnapshotLegacyAsync(string ip)
        {
            return await _http.GetByteArrayAsync($"http://{ip}/snapshot.cgi?loginuse=admin&loginpas=888888"); // expect: IOT1002
        }

        public Uri MainStream(string ip) => new($"rtsp://admin:12345@{ip}:554/Streaming/Channels/101"); // expect: IOT1002

        public Uri SubStream(string ip, string user) => new($"rtsp://{ip}:554/Streaming/Channels/102?user={Uri.EscapeDataString(user)}");

        public NetworkCredential AdminCredential()
        {
            // The NVR admin password is entered by the installer and kept in the TPM-sealed store.
            return new NetworkCredential("admin", _onvifAdminPassword ?? string.Empty); // expect: none
        }

        public async Task<string?> ProbeDefaultAsync(string vendor, string ip)
        {
            if (!CameraDefaultPasswords.TryGetValue(vendor, out var candidate))
            {
                return null;
            }
            using var probe = new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential("admin", candidate) });
            var response = await probe.GetAsync($"http://{ip}/ISAPI/System/deviceInfo");
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Console.WriteLine("Authorization failed: the camera password was already changed."); // expect: none
                return null;
            }
            Console.WriteLine($"{vendor} camera {ip} still uses its factory password ({PasswordMask}); publish on {EventTopic}");
            return vendor;
        }

        public string NextPatrolPreset(IReadOnlyList<string> presets)
        {
            // PTZ guard tour order: unpredictable for people in the car park, not a security value.
            return presets[_patrol.Next(presets.Count)]; // expect: none
        }

        public bool VerifyFirmware(byte[] image) =>
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(image)).Equals(FirmwareSha256, StringComparison.OrdinalIgnoreCase);

        public void Dispose() => _http.Dispose();
    }
}
