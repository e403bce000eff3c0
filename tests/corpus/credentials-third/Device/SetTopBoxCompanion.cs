// Set-top box companion service: second-screen pairing, DIAL discovery, EPG cloud sync, remote control.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace StreamBox.Companion
{
    public sealed class SetTopBoxCompanion
    {
        private const string DialServiceType = "urn:dial-multiscreen-org:service:dial:1"; // expect: none
        private const string DefaultMediaReceiverAppId = "CC1AD845"; // expect: none
        private const string DeviceEsn = "STBX-02-0017A4C33F1E9B"; // expect: none
        private const string PinPrompt = "Enter the 4-digit PIN shown on your TV"; // expect: none

        // Parental-control PIN until the household changes it.
        private const string ParentalPin = "0000"; // expect: IOT1002

        private const string EpgToken =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdGItNzc4MSIsImF1ZCI6ImVwZy1nYXRld2F5IiwiaWF0IjoxNzIyMDAzMzQ0LCJleHAiOjE4OTAwMDMzNDR9.zprWp7soMxHTJtWWCwiHL5enjfeyDyTGd-ifBANlqYY"; // expect: IOT1003

        private readonly HttpClient _epg = new() { BaseAddress = new Uri("https://epg.streambox.example/") };
        private readonly Random _random = new();
        private string _pairingPin = string.Empty;
        private string _remoteSession = string.Empty;
        private string _parentalPin = ParentalPin;

        public string SsdpSearch() =>
            "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 2\r\nST: " + DialServiceType + "\r\n\r\n";

        public string ShowPairingPin()
        {
            _pairingPin = _random.Next(1000, 10000).ToString(); // expect: IOT1005
            return PinPrompt + ": " + _pairingPin;
        }

        public string AcceptPhone(string pinFromPhone)
        {
            if (pinFromPhone != _pairingPin) return string.Empty;
            var bytes = new byte[16];
            _random.NextBytes(bytes); // expect: IOT3005
            _remoteSession = Convert.ToBase64String(bytes);
            return _remoteSession;
        }

        public bool VerifyRemoteCommand(string session, byte[] command, byte[] mac)
        {
            if (session != _remoteSession) return false;
            ReadOnlySpan<byte> key = "rc-hmac-Tq83LmV0xZp2Kd7W"u8; // expect: IOT1003
            var expected = HMACSHA256.HashData(key, command);
            return CryptographicOperations.FixedTimeEquals(expected, mac);
        }

        public async Task<string> FetchGuideAsync(DateOnly day)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/guide?day={day:yyyy-MM-dd}&esn={DeviceEsn}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EpgToken);
            using var response = await _epg.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<string> StartDeviceLoginAsync()
        {
            var payload = JsonSerializer.Serialize(new
            {
                client_id = "streambox-stb", // expect: none
                client_secret = "sbx-cs-Hn4pQ8wE1rT6yU9iO3aS", // expect: IOT1001
                scope = "profile recordings",
            });
            using var response = await _epg.PostAsync("oauth/device/code", new StringContent(payload, Encoding.UTF8, "application/json"));
            return await response.Content.ReadAsStringAsync();
        }

        public bool UnlockRestricted(string enteredPin) =>
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(enteredPin), Encoding.UTF8.GetBytes(_parentalPin));

        public void ChangeParentalPin(string oldPin, string newPin)
        {
            if (!UnlockRestricted(oldPin)) throw new UnauthorizedAccessException("Wrong PIN"); // expect: none
            if (newPin == ParentalPin) throw new ArgumentException("Choose a PIN other than the default"); // expect: none
            _parentalPin = newPin;
        }

        public string ChannelBanner(int lcn, string name, string now) =>
            string.Format("{0:000}  {1}  -  {2}", lcn, name, now);

        public int ScreensaverDriftPx() => _random.Next(-12, 13); // expect: none

        public static string KeyName(int code) => code switch
        {
            0x0E => "KEY_OK",
            0x25 => "KEY_PIN", // expect: none
            0x26 => "KEY_GUIDE",
            _ => "KEY_UNKNOWN",
        };
    }
}
