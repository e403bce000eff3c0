// Written for corpus12: a commercial greenhouse irrigation and climate controller (Raspberry Pi): fertigation
// dosing pumps, vent motors, weather API, Modbus gateway web login, MQTT to the grower's dashboard, SMS alarms,
// configuration built in code (dictionary, tuples, JSON, YAML), an AMQP uplink and the grower's keypad.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Amqp;
using MQTTnet;

namespace Greenhouse.Irrigation
{
    public static class ClimateDefaults
    {
        public static readonly Dictionary<string, string> Settings = new()
        {
            ["mqtt.host"] = "dash.growerhub.example",
            ["mqtt.user"] = "gh-bay3",
            ["mqtt.password"] = "Tomato-Truss-5521", // expect: IOT1001
            ["weather.apikey"] = "NCf4AORr2pYgYbIoHHCBmhMAAH", // expect: IOT1001
            ["gateway.admin.password"] = "admin", // expect: IOT1002
            ["vent.open.percent"] = "35", // expect: none
            ["mqtt.password.source"] = "file", // expect: none
            ["sample.api_key"] = "sample-key-aaaa-bbbb", // expect: none
        };

        public static (string Key, string Value)[] Uplinks =
        {
            ("amqp.user", "bay3"),
            ("amqp.psk", "Cucumber-Vine-0147"), // expect: IOT1001
            ("amqp.topic", "greenhouse/bay3"), // expect: none
        };

        public const string DosingJson = "{\"pumps\":4,\"cloud\":{\"user\":\"dosing\",\"password\":\"EC-pH-Dose-880\"}}"; // expect: IOT1001

        public const string VentYaml = @"vents:
  motor: roof-east
  controller:
    user: vent
    password: Louvre-Gear-311"; // expect: IOT1001

        public const string EmptyTemplateYaml = @"controller:
  user: vent
  password: """""; // expect: none
    }

    public class IrrigationController
    {
        private readonly HttpClient _http = new HttpClient();

        public void Connect()
        {
            var s = ClimateDefaults.Settings;
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(s["mqtt.host"], 8883)
                .WithCredentials(s["mqtt.user"], s["mqtt.password"])
                .Build();

            var uplink = new Address("amqps://bay3:Nutrient-Film-62@uplink.growerhub.example:5671"); // expect: IOT1001
        }

        public string Forecast(double lat, double lon) =>
            _http.GetStringAsync($"https://api.openweathermap.org/data/3.0/onecall?lat={lat}&lon={lon}&appid={ClimateDefaults.Settings["weather.apikey"]}").Result;

        public void GatewayLogin()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("grower", "Drip-Line-Emitter-7") }; // expect: IOT1001
            var modbusGateway = new HttpClient(handler) { BaseAddress = new Uri("http://192.168.10.5/") };
        }

        // Past gateway passwords, tried in turn after a firmware reset
        public void RecoverGateway()
        {
            var candidates = new List<string> { "Mist-Nozzle-2020", "1234", "default" }; // expect: IOT1001 IOT1002 IOT1002
            foreach (var candidate in candidates)
            {
                var cred = new NetworkCredential("grower", candidate);
            }
        }

        // SMS alarms through the Quectel modem
        public static string PdpAuth(string user, string password) => $"AT+QICSGP=1,1,\"agri.apn\",\"{user}\",\"{password}\",3";
        public static string[] ModemInit() => new[] { PdpAuth("gh", "Frost-Alarm-64") }; // expect: IOT1001

        public static string ModemWifi() => "AT+CWJAP=\"GH-Sensors\",\"your_wifi_password\""; // expect: IOT1006

        // Fertigation recipe signing key given to the HMAC
        private static readonly byte[] RecipeKey = "hydro-recipe-sign-K9v2x7"u8.ToArray(); // expect: IOT1003
        public static byte[] SignRecipe(byte[] recipe) => new HMACSHA256(RecipeKey).ComputeHash(recipe);

        // Keypad at the fertigation room door
        private const int FertigationRoomPin = 4826; // expect: IOT1004
        public bool OpenRoom(string entered) => int.TryParse(entered, out int code) && code == FertigationRoomPin;

        private const string ValveOverridePin = "0000"; // expect: IOT1002
        public bool ValveOverride(string entered) => entered == ValveOverridePin;

        // Dashboard share link token
        public static string ShareToken()
        {
            var r = new Random();
            var chars = new char[20];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)('a' + r.Next(26)); // expect: IOT3005
            return new string(chars);
        }

        // Field sensor node's setup password from its DevEUI
        public static string SensorSetupPassword(string devEui) => "GH-" + devEui.Substring(devEui.Length - 6); // expect: IOT1005

        // Irrigation cycle jitter, not a security value
        public static int CycleJitterSeconds() => new Random().Next(0, 30); // expect: none

        // Not secrets
        public const string PasswordHash = "$2b$12$eImiTXuWVxfM37uY4JANjQ=="; // expect: none
        public const string WeatherApiKeyHeaderName = "x-api-key"; // expect: none
        public const string DosingPumpToken = "DOSING_PUMP_TOKEN"; // expect: none
        public const string VentTopic = "greenhouse/bay3/vents"; // expect: none
        public const string GrowerPasswordHelp = "Ask the head grower to reset your password."; // expect: none
        public const int MainValveRelayPin = 22; // expect: none
        public const string Ec1SensorUuid = "0000181a-0000-1000-8000-00805f9b34fb"; // expect: none
    }
}
