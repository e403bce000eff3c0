// Foot-pedal page turner for musicians: two pedals send page-forward / page-back as Bluetooth HID reports to the tablet
// that shows the score, a companion app sets the pedal mapping, and the pedal syncs set lists with the score library and
// checks for firmware releases when it is on the charger.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Threading.Tasks;

namespace StageGear.PageTurner
{
    public enum LibraryRegion { Europe, NorthAmerica }

    public sealed class ScoreLibraryClient
    {
        // Root of the tablet app's local TLS endpoint (public).
        public const string TabletRootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBljCCATugAwIBAgIUHpNPk1kjDwP8oFkB+dsT5ZGRkFIwCgYIKoZIzj0EAwIw\nIDEeMBwGA1UEAwwVU3RhZ2VHZWFyIFRhYmxldCBSb290MB4XDTI2MTIwNDA2MDIy\nNVoXDTM2MTIwMTA2MDIyNVowIDEeMBwGA1UEAwwVU3RhZ2VHZWFyIFRhYmxldCBS\nb290MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE9LaWW2bHKIlX5TMqwLYvCK76\nK3g9XYWUbeIX2qgX01d/sixY2oNZTbxnALj5nOkRFx6N9U4yTclv0rQIIvftmKNT\nMFEwHQYDVR0OBBYEFPy9/fGwaFB/cYn+DX7/Q6szZwGLMB8GA1UdIwQYMBaAFPy9\n/fGwaFB/cYn+DX7/Q6szZwGLMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\nSQAwRgIhAMXB6jWLMwN5dU7eTn5yonU+RXAUg9lKe8u3TkO12koYAiEAokoqKT90\npKWpzex7V8kQtYxAVDNlDmN8s0/imZ0UFs4=\n-----END CERTIFICATE-----\n"; // expect: none
        private readonly HttpClient _http = new HttpClient();

        private static string LibraryToken(LibraryRegion region) => region switch
        {
            LibraryRegion.Europe => "McrcFApXXsBhnDZ2dpYvFLqNZU9apgLZ74eNIEPX", // expect: IOT1001
            LibraryRegion.NorthAmerica => "rxpyihzEzCPCg1OMhkla6XMlc4eFY66nenIWpoUR", // expect: IOT1001
            _ => "",
        };

        public async Task<string> SetListAsync(LibraryRegion region, string setListId)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://scores.stagegear.example/v2/setlists/" + setListId);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LibraryToken(region));
            using var response = await _http.SendAsync(request);
            string tokenState = response.Headers.TryGetValues("X-Token-State", out var values) ? string.Join(",", values) : "";
            if (tokenState == "expired") // expect: none
            {
                return "";
            }
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<string> LatestFirmwareAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.example/repos/stagegear/pedal-fw/releases/latest");
            request.Headers.Add("Authorization", "token ghp_Ld7eR7enmWZVwp1N8OhAq3JUs6BBmJZWP8LH"); // expect: IOT1003
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public MQTTnet.MqttClientOptions RehearsalRoomBroker() =>
            new MQTTnet.MqttClientOptionsBuilder()
                .WithTcpServer("rehearsal-pi.local", 1883)
                .WithCredentials("pedal", "guest") // expect: IOT1002
                .Build();
    }

    public sealed class PedalHid
    {
        private static readonly byte[] HidReportEncryptionKey = { 0x37, 0x04, 0x1D, 0x2E, 0xA4, 0x25, 0x72, 0x9B, 0x9E, 0x11, 0x47, 0x4B, 0x87, 0xD0, 0xE5, 0x08 }; // expect: IOT1004
        private static readonly byte[] PageKeyCodes = { 0x4B, 0x4E, 0x50, 0x4F }; // expect: none
        public const int ForwardPedalPin = 4; // expect: none
        private readonly Random _debounce = new Random();

        // The tablet driver on the other side undoes this light obfuscation.
        public static byte[] Obfuscate(byte[] report)
        {
            var output = new byte[report.Length];
            for (int i = 0; i < report.Length; i++)
            {
                output[i] = (byte)(report[i] ^ HidReportEncryptionKey[i % HidReportEncryptionKey.Length]);
            }
            return output;
        }

        public byte PageForwardKey() => PageKeyCodes[0];

        public int DebounceMs() => 12 + _debounce.Next(0, 6); // expect: none
    }

    public sealed class CompanionLink
    {
        // Shown in the app when it first finds the pedal.
        public static string CompanionPairingCode()
        {
            PhysicalAddress mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress();
            byte[] bytes = mac.GetAddressBytes();
            return ((bytes[3] << 16 | bytes[4] << 8 | bytes[5]) % 1000000).ToString("D6"); // expect: IOT1005
        }

        public static bool AcceptApp(string receivedPasskey) => receivedPasskey == "123456"; // expect: IOT1002

        public static string NewPageSyncToken() => Random.Shared.Next().ToString("x8") + Random.Shared.Next().ToString("x8"); // expect: IOT3005
    }
}
