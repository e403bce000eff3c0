// Garage hub: bridges local Shelly/Tasmota/ESPHome gear into Home Assistant over REST and MQTT discovery.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace GarageHub
{
    public sealed class HomeAssistantBridge
    {
        private const string HaBaseUrl = "http://homeassistant.local:8123/";
        private const string HelpTokenExample = "<long-lived-access-token>"; // expect: none
        private const string DiscoveryPrefix = "homeassistant"; // expect: none
        private const string AlarmCodeEntity = "input_text.alarm_code"; // expect: none

        private const string LongLivedToken =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0ZjBjMmE5YmUxZDc0MzZhOGU1MmMxYjdmMDlkM2U2MSIsImlhdCI6MTcxODIwMzM0NCwiZXhwIjoyMDMzNTYzMzQ0fQ.V2gKe7c4mcxyi5S2BzeAtVlZcgnmwkKSREdhgOtTzv0"; // expect: IOT1003

        private readonly HttpClient _ha;
        private readonly HttpClient _local;
        private int _messageId;

        public HomeAssistantBridge()
        {
            _ha = new HttpClient { BaseAddress = new Uri(HaBaseUrl) };
            _ha.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LongLivedToken);

            // Shelly Gen2 relays still on their out-of-the-box digest login.
            _local = new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential("admin", "admin") }); // expect: IOT1002
        }

        public string HelpText() =>
            "Create a token under Profile > Security and paste it as " + HelpTokenExample;

        public async Task SetGarageDoorAsync(bool open)
        {
            var body = JsonSerializer.Serialize(new { entity_id = "cover.garage_door" });
            var service = open ? "api/services/cover/open_cover" : "api/services/cover/close_cover";
            using var _ = await _ha.PostAsync(service, new StringContent(body, Encoding.UTF8, "application/json"));
        }

        public async Task DisarmAlarmAsync()
        {
            var body = "{\"entity_id\":\"alarm_control_panel.garage\",\"code\":\"1234\"}"; // expect: IOT1002
            using var _ = await _ha.PostAsync("api/services/alarm_control_panel/alarm_disarm", new StringContent(body, Encoding.UTF8, "application/json"));
        }

        // Driveway camera (still on its factory account) recorded by the hub's ffmpeg sidecar.
        public string DrivewayStream() => StartRecorder("rtsp://admin:12345@192.168.1.64:554/Streaming/Channels/101"); // expect: IOT1002

        private static string StartRecorder(string rtspUrl) => "ffmpeg -rtsp_transport tcp -i " + rtspUrl + " -c copy -f segment /media/driveway_%03d.mp4";

        public async Task<string> ShellyStatusAsync(string ip) =>
            await _local.GetStringAsync($"http://{ip}/rpc/Shelly.GetStatus");

        public async Task TasmotaPowerAsync(string ip, bool on)
        {
            var url = $"http://{ip}/cm?user=admin&password=Tasm0ta-Garage!&cmnd=Power%20{(on ? "On" : "Off")}"; // expect: IOT1001
            using var _ = await _local.GetAsync(url);
        }

        public void WriteEspHomeNode(string dir, string nodeName)
        {
            string yaml = $"""
                esphome:
                  name: {nodeName}
                api:
                  encryption:
                    key: "wv/F7HM9rAG6crg7Hr+BYgbCJRgrKU3nUorfDBVlxZo="
                ota:
                  - platform: esphome
                    password: "0ta-Garage-Node-5"
                wifi:
                  ssid: !secret wifi_ssid
                  password: !secret wifi_password
                """; // expect: IOT1003 IOT1001
            File.WriteAllText(Path.Combine(dir, nodeName + ".yaml"), yaml);
        }

        public (string Topic, string Payload) DiscoveryConfig(string objectId, string name, string unit)
        {
            var topic = $"{DiscoveryPrefix}/sensor/garagehub/{objectId}/config";
            var payload = JsonSerializer.Serialize(new
            {
                name,
                state_topic = $"garagehub/{objectId}/state",
                unit_of_measurement = unit,
                unique_id = "garagehub_" + objectId,
                device = new { identifiers = new[] { "garagehub-01" }, manufacturer = "DIY" },
            });
            return (topic, payload);
        }

        public string NextWsId() => (++_messageId).ToString();

        public string AuthMessage() =>
            JsonSerializer.Serialize(new { type = "auth", access_token = LongLivedToken });

        public string SecretsHint() => "wifi_password comes from secrets.yaml, never from this hub"; // expect: none

        public string DescribeEntity(string entityId) =>
            entityId == AlarmCodeEntity ? "alarm code (hidden)" : entityId;
    }
}
