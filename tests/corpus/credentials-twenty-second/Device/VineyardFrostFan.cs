// Vineyard frost protection: diesel wind machines started on an inversion, controller on a SIMCom modem,
// temperatures to InfluxDB, forecasts from a weather API, a map of the blocks for the manager's tablet.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using InfluxDB.Client;

namespace FrostFan
{
    public class WindMachineController
    {
        public const double StartBelowC = 0.5;
        public const double InversionDeltaC = 1.5;
        public const string RouterWifiMode = "psk2+ccmp"; // expect: none
        private const string FanStartToken = "Ef_-dhxCX*-v%o#C"; // expect: IOT1004
        private const string WeatherApiKey = "220edf2fce020f488564af41c4ac895e"; // expect: IOT1001
        private const string BlocksMapKey = "AIzaLDkGVDQZqwxZioel6H-uRBsONhdNWjP-HFs"; // expect: IOT1003

        // Shown in the setup page as the format the installer must paste; never used as a key.
        public const string KeyFormatExample = "-----BEGIN EC PRIVATE KEY-----\nsample\n-----END EC PRIVATE KEY-----"; // expect: none

        private readonly Random _rng = new Random();
        private readonly string _imei;

        public WindMachineController(string imei) => _imei = imei;

        public string[] ModemBringUp(bool vineyardApn) => vineyardApn
            ? new[]
            {
                "AT+CPIN?", // expect: none
                "AT+CSTT=\"vineyard.m2m\",\"frostfan\",\"a5D2SWN6iRPp\"", // expect: IOT1001
                "AT+CIICR",
            }
            : new[]
            {
                "AT+CPIN?",
                "AT+CSTT=\"vineyard.m2m\",\"frostfan\",\"xxxxxxxx\"", // expect: IOT1006
                "AT+CIICR",
            };

        public InfluxDBClient Telemetry() =>
            new InfluxDBClient("https://influx.vineyard.example", "0STAuN2GaR3zE0FoFccBT!Xlp"); // expect: IOT1001

        public async System.Threading.Tasks.Task<string> ForecastAsync(double lat, double lon)
        {
            var url = new StringBuilder("https://api.frostwatch.example/v1/forecast?");
            url.Append("lat=").Append(lat).Append("&lon=").Append(lon);
            url.Append("&apikey=").Append(WeatherApiKey);
            using var http = new HttpClient();
            return await http.GetStringAsync(url.ToString());
        }

        public string MapTileUrl(int zoom, int x, int y) => $"https://maps.googleapis.com/maps/api/staticmap?zoom={zoom}&center={x},{y}&key={BlocksMapKey}";

        // Old station on the top block: broker image never reconfigured.
        public void ConnectTopBlockBroker()
        {
            var mqtt = new uPLibrary.Networking.M2Mqtt.MqttClient("10.8.0.5");
            mqtt.Connect("fan-top-block", "fan", "default"); // expect: IOT1002
        }

        // The fan's own radio remote: start frame = token + engine number, sent over the 433 MHz link.
        public byte[] StartFrame(int engine) => Encoding.ASCII.GetBytes($"START:{engine}:{FanStartToken}");

        public byte[] NewRollingCodeKey()
        {
            var rollingCodeKey = new byte[16];
            _rng.NextBytes(rollingCodeKey); // expect: IOT3005
            return rollingCodeKey;
        }

        // Hotspot of the controller box for the mechanic's phone.
        public string ControllerHotspotKey()
        {
            var hotspotKey = _imei.Substring(_imei.Length - 8); // expect: IOT1005
            return hotspotKey;
        }

        // Defaults written to the controller's settings file on first boot.
        public static Dictionary<string, string> FactorySettings() => new Dictionary<string, string>
        {
            ["fan.mqtt.host"] = "mqtt.vineyard.example",
            ["fan.mqtt.user"] = "frostfan",
            ["fan.mqtt.password"] = "XJgcfzF1SD23Cy", // expect: IOT1001
            ["fan.mqtt.password.env"] = "MQTT_PASSWORD", // expect: none
        };

        // Event Hub for the irrigation co-op's frost dashboard.
        public void PostFrostEvent(string json)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
                "SharedAccessSignature sr=https%3A%2F%2Ffrostcoop.servicebus.windows.net%2Fevents&sig=OqNIy805K1wi3s6gwetd%2BPbctp5fJK2hDoCNbBtyUjM%3D&se=1767225600&skn=fans"); // expect: IOT1003
            http.PostAsync("https://frostcoop.servicebus.windows.net/events/messages", new StringContent(json)).Wait();
        }

        public bool ShouldStart(double groundC, double tenMetreC) => groundC < StartBelowC && tenMetreC - groundC > InversionDeltaC;
    }
}
