// Reef aquarium controller on a Meadow F7 Feather: dosing pumps (alkalinity, calcium, magnesium), auto top-off,
// pH/temperature probes, a keypad for maintenance mode, a BLE link to the owner's phone, and uploads of the tank
// parameters to a reef-logging service.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;

namespace ReefKeeper
{
    public static class Secrets
    {
        public const string WIFI_NAME = "ReefRoom"; // expect: none
        public const string WIFI_PASSWORD = "Coral-Lagoon_2291"; // expect: IOT1001
        public const string REEFPULSE_API_KEY = "955693d6515f4323ef432bd9f6af7ac4"; // expect: IOT1001
        public const string FEED_WEBHOOK_TOKEN = "REPLACE_WITH_WEBHOOK_TOKEN"; // expect: IOT1006

        // Used by the desktop test harness only; the board never sends it.
        internal const string DummyPassword = "dummy-password-for-harness"; // expect: none
    }

    public class MeadowApp : App<F7FeatherV2>
    {
        private const string TankId = "nano-60-reef";
        private const string MaintenanceModePin = "1234"; // expect: IOT1002
        private const string ControllerSyncPassphrase = "coral lagoon amber tide"; // expect: IOT1004
        private const string PasskeyCharacteristicUuid = "6E0A0001-7C1F-4B7E-9C2A-3D5F8A1B2C3D"; // expect: none

        private static readonly (string Ssid, string Passphrase)[] FallbackNetworks =
        {
            ("ReefRoom-Ext", "Tidepool#4417x"), // expect: IOT1001
            ("FishShop-Service", "#{SHOP_WIFI_PASSWORD}#"), // expect: IOT1006
        };

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();
        private IWiFiNetworkAdapter _wifi;
        private uint _blePasskey;

        public override async Task Initialize()
        {
            _wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
            try
            {
                await _wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));
            }
            catch (Exception)
            {
                foreach (var (ssid, passphrase) in FallbackNetworks)
                {
                    await _wifi.Connect(ssid, passphrase, TimeSpan.FromSeconds(30));
                }
            }

            // Six-digit BLE passkey shown on the controller's display at pairing time.
            string serial = Device.Information.ProcessorSerialNumber;
            _blePasskey = Convert.ToUInt32(serial.Substring(serial.Length - 5), 16) % 1000000; // expect: IOT1005
        }

        public override async Task Run()
        {
            var ph = ReadPh();
            await _http.GetStringAsync($"https://api.reefpulse.io/v1/tanks/{TankId}/readings?ph={ph:F2}&apikey={Secrets.REEFPULSE_API_KEY}");
            await NotifyFeedingAsync();
        }

        private double ReadPh()
        {
            // No probe on the bench board: wander around 8.15 so the charts have something to show.
            return 8.15 + (_rng.NextDouble() - 0.5) * 0.04; // expect: none
        }

        public bool EnterMaintenanceMode(string keypadEntry)
        {
            Console.WriteLine("Enter service PIN:"); // expect: none
            return keypadEntry == MaintenanceModePin;
        }

        public byte[] NewPairingChallenge()
        {
            var pairingChallenge = new byte[16];
            _rng.NextBytes(pairingChallenge); // expect: IOT3005
            return pairingChallenge;
        }

        // Second controller in the sump cabinet: both join a sync session with the shared passphrase over the LAN.
        public byte[] SyncHello() => Encoding.UTF8.GetBytes("SYNC1 " + TankId + " " + ControllerSyncPassphrase);

        private async Task NotifyFeedingAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://hooks.reefpulse.io/feed-pause");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secrets.FEED_WEBHOOK_TOKEN);
            request.Content = new StringContent($"{{\"tank\":\"{TankId}\",\"minutes\":10}}", Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }
    }
}
