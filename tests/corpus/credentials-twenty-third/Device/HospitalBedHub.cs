// Written for corpus23: bedside hub of a smart hospital bed (Linux module in the bed base). Reads the load cells
// and side-rail switches, raises nurse calls over MQTT, posts weight charts to the ward EHR gateway, pairs the
// pillow handset over Bluetooth and runs a local service menu for biomedical engineering.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using MQTTnet.Client;

namespace Ward.BedHub
{
    public sealed class BedHubSettings
    {
        public string BrokerHost { get; set; } = "nursecall-broker.ward7.hosp.local";
        public string BrokerUser { get; set; } = "bed-0712";
        public string BrokerPassword { get; set; }
        public string EhrBaseUrl { get; set; } = "https://ehr-gw.hosp.local/api/v2/";
        public int PasswordMinLength { get; set; } = 12; // expect: none
        public string ApiKeyHeaderName { get; set; } = "X-API-Key"; // expect: none
        public string TokenUrl { get; set; } = "https://ehr-gw.hosp.local/oauth/token"; // expect: none
        public string LogArchiveConnection { get; set; } = "DefaultEndpointsProtocol=https;AccountName=ward7bedlogs;AccountKey=cUMx8qPWFpqUNZSLVcmhBU0D7/u7hkIeMSfpMU0cD0A=;EndpointSuffix=core.windows.net"; // expect: IOT1003
    }

    public static class BedHubDefaults
    {
        // staging ward image; production beds get theirs from the biomed provisioning laptop
        public static BedHubSettings Staging() => new BedHubSettings
        {
            BrokerHost = "nursecall-staging.hosp.local",
            BrokerPassword = "kjFIAI!b!J60xsIE", // expect: IOT1001
        };
    }

    public class BedHub
    {
        private const string HandsetPasswordCharacteristic = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        private const string EhrApiKey = "<ehr-api-key>"; // expect: IOT1006
        private const string CalibrationPasscode = "830517"; // expect: IOT1004
        private static readonly byte[] ChartSigningKey = Convert.FromBase64String("P9rRw3jnrYlA+jQRpNukisB05y/0dSu/47rm0jzGL6I="); // expect: IOT1003

        private readonly BedHubSettings _settings;
        private readonly IMqttClient _mqtt = new MQTTnet.MqttFactory().CreateMqttClient();
        private readonly HttpClient _ehr = new HttpClient();
        private readonly Random _rng = new Random();

        public BedHub(BedHubSettings settings)
        {
            _settings = settings;
            _ehr.BaseAddress = new Uri(settings.EhrBaseUrl);
            _ehr.DefaultRequestHeaders.Add("X-API-Key", EhrApiKey);
            _ehr.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "YmVkaHViLXdhcmQ3OkkjQ2FNdDdjcGJUa0FE"); // expect: IOT1001
        }

        public async Task StartAsync()
        {
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(_settings.BrokerHost, 8883)
                .WithClientId(_settings.BrokerUser)
                .WithCredentials(_settings.BrokerUser, _settings.BrokerPassword)
                .WithTls()
                .Build();
            await _mqtt.ConnectAsync(options);
        }

        public Task RaiseNurseCallAsync(string reason)
        {
            var retryJitterMs = _rng.Next(0, 250); // expect: none
            return _mqtt.PublishStringAsync($"ward7/bed/0712/call", "{\"reason\":\"" + reason + "\",\"jitter\":" + retryJitterMs + "}");
        }

        public async Task PostWeightAsync(string patientId, double kg)
        {
            var body = $"{{\"patient\":\"{patientId}\",\"kg\":{kg:0.0}}}";
            using var hmac = new HMACSHA256(ChartSigningKey);
            var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
            var content = new StringContent(body, Encoding.UTF8, "application/json");
            content.Headers.Add("X-Chart-Signature", signature);
            await _ehr.PostAsync("weights", content);
        }

        public bool PairHandset(string handsetAddress)
        {
            // pillow handsets ship with the vendor's fixed pairing PIN
            return BluetoothSecurity.SetPin(BluetoothAddress.Parse(handsetAddress), "0000"); // expect: IOT1002
        }

        // family members may lift the bed-exit alarm from the footboard panel for a short walk
        public string FamilyPanelPin(DateTime patientBirthDate)
        {
            var familyPin = patientBirthDate.ToString("MMdd"); // expect: IOT1005
            return familyPin;
        }

        // session for the nurse's tablet that opens the bed's local status page
        public string OpenTabletSession()
        {
            var buffer = new byte[16];
            _rng.NextBytes(buffer); // expect: IOT3005
            var tabletSessionId = Convert.ToHexString(buffer);
            return tabletSessionId;
        }

        // Wi-Fi profile pushed to the pillow handset over BLE after pairing
        public string HandsetWifiProfile() => System.Text.Json.JsonSerializer.Serialize(new
        {
            ssid = "WARD7-DEVICES",
            password = "CM6h#hIrKWXbqynMtr", // expect: IOT1001
            band = "2.4",
        });

        public bool UnlockServiceMenu(string typed)
        {
            Console.Write("Password: "); // expect: none
            return typed.Trim() == CalibrationPasscode;
        }
    }
}
