// Written for corpus32 (not from a public repository).
// Domain: an unattended candy-floss (cotton candy) vending robot in shopping malls: joins the mall Wi-Fi, talks to the
// operator's charge point style WebSocket back end, takes card payments, uploads telemetry and pairs a service phone.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Tasks;
using nanoFramework.Networking;

namespace Corpus32.CandyFlossMachine
{
    public sealed class FlossKiosk
    {
        private static readonly string PaymentKey = "VLk-j5un6gydYU"; // expect: IOT1001
        private const string MapsKey = "AIza82shK-06RRLGvPAS8t4CMsfVx7lVBxeKT9i"; // expect: IOT1003
        private static readonly byte[] RecipeCartridgeKey = "t9_FtBVD!v_Ade"u8.ToArray(); // expect: IOT1004
        private const string TokenHelpText = "Tap your card, then enter the token printed on the receipt."; // expect: none
        private const string PasswordCharacteristic = "2A3D"; // expect: none
        private const int HeaterRelayPin = 26; // expect: none
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public void JoinMall()
        {
            WifiNetworkHelper.ConnectDhcp("FlossKiosk", "12345678"); // expect: IOT1002
        }

        public async Task ConnectBackOfficeAsync(ClientWebSocket socket)
        {
            string login = Convert.ToBase64String(Encoding.ASCII.GetBytes("floss-07:_jcZDfaVBOWKWU")); // expect: IOT1001
            socket.Options.SetRequestHeader("Authorization", "Basic " + login);
            await socket.ConnectAsync(new Uri("wss://backoffice.floss.example/ocpp/floss-07"), default);
        }

        public Task<string> ChargeAsync(int cents) =>
            _http.GetStringAsync(string.Format("https://pay.example.com/v1/charge?amount={0}&api_key={1}", cents, PaymentKey));

        public Task<string> UploadTelemetryAsync(string json)
        {
            string token = Environment.GetEnvironmentVariable("FLOSS_TOKEN") ?? "X9%MEQl!vG10QW"; // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return _http.GetStringAsync("https://telemetry.floss.example/v1/ingest?d=" + Uri.EscapeDataString(json));
        }

        public Microsoft.Azure.Devices.Client.IAuthenticationMethod HubAuth() =>
            new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey("floss-07", "[enter device key]"); // expect: IOT1006

        public string MapsUrl(double lat, double lon) => $"https://maps.example.com/staticmap?center={lat},{lon}&key={MapsKey}";

        public byte[] DecodeCartridge(byte[] tag)
        {
            var plain = new byte[tag.Length];
            for (int i = 0; i < tag.Length; i++)
            {
                plain[i] = (byte)(tag[i] ^ RecipeCartridgeKey[i % RecipeCartridgeKey.Length]);
            }
            return plain;
        }

        public uint ServicePhonePasskey(byte[] macAddress)
        {
            uint blePasskey = BitConverter.ToUInt32(macAddress, 2) % 1000000; // expect: IOT1005
            return blePasskey;
        }

        public string NewOtaChallenge()
        {
            string otaChallenge = _rng.Next().ToString("x8"); // expect: IOT3005
            return otaChallenge;
        }

        public int SpinSpeedVariation() => Random.Shared.Next(-40, 40); // expect: none
    }
}
