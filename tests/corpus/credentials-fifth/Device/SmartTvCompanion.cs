// Smart TV platform service: companion-app pairing, parental controls, partner streaming apps, voice.
using System;
using System.Net.Http;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using StreamWorks.Partner;

namespace Lumio.Tv.Platform
{
    public sealed class CompanionPairing
    {
        private const string PinPrompt = "Enter the PIN shown on your TV"; // expect: none
        private static readonly TimeSpan PinEntryTimeout = TimeSpan.FromMinutes(2);

        public string ShowPairingCode(IOverlay overlay)
        {
            var pairingCode = Random.Shared.Next(1000, 9999).ToString(); // expect: IOT1005
            overlay.Show($"{PinPrompt}: {pairingCode}", PinEntryTimeout);
            return pairingCode;
        }

        public string IssueAuthToken()
        {
            var rng = new Random();
            string authToken = Convert.ToHexString(BitConverter.GetBytes(rng.NextInt64())); // expect: IOT3005
            return authToken;
        }
    }

    public interface IOverlay { void Show(string text, TimeSpan timeout); }

    public sealed class ParentalControls
    {
        public string ParentalPin { get; set; } = "0000"; // expect: IOT1002
        public int MaxAgeRating { get; set; } = 12;

        public bool Unlock(string entered) => entered == ParentalPin;
    }

    public sealed class PartnerApps
    {
        // Device identity of the streaming partner (an identifier, printed in the TV's service menu).
        private const string PartnerEsn = "LUMIOTV-2025-UHD55-00A1B2C3D4"; // expect: none
        private const string PartnerKeyHeaderName = "X-TV-Partner-Key"; // expect: none

        public PartnerSession StartStreamingPartner() =>
            new PartnerSession(partnerId: "lumio-uhd55", clientSecret: "Yb4!q9Lm-7Rz2Tw-Pk8s"); // expect: IOT1001

        public Task<string> TrailerSearchAsync(HttpClient http, string query) =>
            http.GetStringAsync($"https://www.googleapis.example/youtube/v3/search?part=snippet&q={Uri.EscapeDataString(query)}&key=AIzaeCES5wgHOsguD9VEyCOUdV5B9aaKozRf8aH"); // expect: IOT1003

        public string Esn => PartnerEsn;
        public string HeaderName => PartnerKeyHeaderName;
    }

    public sealed class VoiceAssistant
    {
        private readonly ClientWebSocket _socket = new();

        public Task ConnectAsync(CancellationToken ct) =>
            _socket.ConnectAsync(new Uri("wss://voice.lumio.example/v1/stream?lang=en&token_type=device_cert"), ct); // expect: none

        public string WakeWordHelp => "Say \"Hey Lumio\" and then your request."; // expect: none
    }
}
