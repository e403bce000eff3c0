// Written for corpus23: station hub of a bike-share docking station. The dock units of the station connect to an MQTT
// broker embedded in the hub; the hub reports to the operator's back end, draws the station map on the kiosk screen
// and hands out unlock codes when a rider's phone has no signal.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using MQTTnet.Server;

namespace BikeShare.StationHub
{
    public class StationHub
    {
        private const string DockBrokerPassword = "iLzhxh%KcKa9faUlpk"; // expect: IOT1001
        private const string MaintenancePasscode = "418297"; // expect: IOT1004
        private const string LockErrorCode = "LE-4"; // expect: none
        private const int RideTokenTtlSeconds = 900; // expect: none
        private const string DeviceKeyboardLocale = "da-DK"; // expect: none
        private const uint StaticPasskey = 123456; // expect: IOT1002
        private static readonly byte[] DockTelemetryHmacKey = "W8p2Lq9zR4vX7kN1cF6tJ3mB5hD0sG2y"u8.ToArray(); // expect: IOT1003
        private const string BackendToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdGF0aW9uLWh1Yi0wNDE3IiwiaXNzIjoib3BzLmJpa2VzaGFyZS5leGFtcGxlIiwic2NvcGUiOiJkb2Nrczp3cml0ZSIsImlhdCI6MTczMTAwMjQwMH0.eI3yg_E26fts3ihvyWvh_C_elwVbcwZdFRXRRb3LMNA"; // expect: IOT1003
        private const string StagingAuthorization = "Bearer eyJhbGciOi..."; // expect: IOT1006

        private readonly Dictionary<string, string> _brokerUsers = new Dictionary<string, string>();
        private readonly HttpClient _backend = new HttpClient { BaseAddress = new Uri("https://ops.bikeshare.example/api/") };
        private readonly int _dockCount;
        private readonly Random _rng = new Random();

        public StationHub(int dockCount, bool staging)
        {
            _dockCount = dockCount;
            _brokerUsers.Add("maint-tablet", "v-#ax!e1!NEsqv"); // expect: IOT1001
            _brokerUsers.Add("legacy-dock", "12345"); // expect: IOT1002
            if (staging)
                _backend.DefaultRequestHeaders.Add("Authorization", StagingAuthorization);
            else
                _backend.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", BackendToken);
        }

        public async Task StartBrokerAsync()
        {
            var server = new MQTTnet.MqttFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().Build());
            server.ValidatingConnectionAsync += e =>
            {
                if (e.UserName == "dock")
                {
                    if (e.Password != DockBrokerPassword)
                        e.ReasonCode = 134;
                }
                else if (!(_brokerUsers.TryGetValue(e.UserName, out var password) && password == e.Password))
                {
                    e.ReasonCode = 134;
                }
                return Task.CompletedTask;
            };
            await server.StartAsync();
        }

        public Task<string> StationMapAsync(double lat, double lon)
        {
            return new HttpClient().GetStringAsync($"https://maps.googleapis.com/maps/api/staticmap?center={lat},{lon}&zoom=17&size=640x400&key=AIza9upm_TUHB2JkOMoTQl66v2BszF77_GKJOPb"); // expect: IOT1003
        }

        // rider has no signal: the kiosk shows a code valid at this dock for the current minute
        public string OfflineUnlockCode(int dock)
        {
            var offlineUnlockCode = dock.ToString("D2") + DateTime.UtcNow.ToString("HHmm"); // expect: IOT1005
            return offlineUnlockCode;
        }

        public string NewRideToken()
        {
            var rideToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return rideToken;
        }

        public bool MaintenanceMode(string entered) => entered.Trim() switch
        {
            MaintenancePasscode => true,
            _ => false,
        };

        public string DockStatus(int dock, bool jammed) => jammed ? $"{dock}:{LockErrorCode}" : $"{dock}:OK";

        public string SignDockReport(string report)
        {
            using var hmac = new System.Security.Cryptography.HMACSHA256(DockTelemetryHmacKey);
            return Convert.ToHexString(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(report)));
        }

        // kiosk BLE service for the mechanics' handheld: fixed passkey from the first hardware batch
        public uint KioskBlePasskey() => StaticPasskey;

        public Task<string> StationInfoAsync()
        {
            var kioskKey = Environment.GetEnvironmentVariable("KIOSK_API_KEY") ?? "OtHsUWGJ6Ex9jIe3ec4pJ5USULxh3iO6"; // expect: IOT1001
            var request = new HttpRequestMessage(HttpMethod.Get, "stations/0417/info");
            request.Headers.Add("X-API-Key", kioskKey);
            return _backend.SendAsync(request).ContinueWith(t => t.Result.Content.ReadAsStringAsync()).Unwrap();
        }

        public string KeyboardLocale() => DeviceKeyboardLocale;
        public TimeSpan RideTokenLifetime() => TimeSpan.FromSeconds(RideTokenTtlSeconds);

        public int NextLedAnimationFrame() => _rng.Next(0, 12); // expect: none
    }
}
