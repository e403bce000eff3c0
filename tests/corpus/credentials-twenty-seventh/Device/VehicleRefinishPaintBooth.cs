// Written for corpus27: the controller of a body shop's vehicle refinish paint booth. It runs spray and bake cycles,
// watches the booth camera, talks to the ESP32 Wi-Fi module on the exhaust fan panel with AT commands, reports cycles
// to the shop broker, reads the paint mixing scale and keeps the mixing room behind a keypad.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using MQTTnet;

namespace Corpus27.PaintBooth
{
    public sealed class BoothController
    {
        private static readonly string BoothMqttPassword = "5N2L1ZXcXz59xv"; // expect: IOT1001
        private const string MixingRoomPasscode = "1234"; // expect: IOT1002
        private const string WeatherApiKey = "AIzapfDNhLbFWtiGcaIydjAhyYDOY9wxelfbKkd"; // expect: IOT1003
        private static readonly byte[] RecipeObfuscationKey = { 0xF8, 0x50, 0x7C, 0xC1, 0x89, 0x27, 0x2E, 0xB6 }; // expect: IOT1004
        private const string BoothAlarmCode = "OVERTEMP-2"; // expect: none
        private const string MqttPasswordSetting = "booth.mqtt.password"; // expect: none
        private const int ExhaustFanPin = 19; // expect: none
        private const int BakeTemperatureC = 60;

        private string MixingScaleToken => "IdbAt84VkUmP4h"; // expect: IOT1001

        private readonly HttpClient _http = new HttpClient();
        private readonly Action<string> _espAt;

        public BoothController(Action<string> espAt) => _espAt = espAt;

        public void JoinShopWifi()
        {
            _espAt("AT+CWMODE=1");
            _espAt("AT+CWJAP=\"bodyshop-booth\",\"2yx8RyfBSR5HLO\""); // expect: IOT1001
        }

        public MqttClientCredentials ShopBrokerCredentials() =>
            new MqttClientCredentials("booth-3", Encoding.UTF8.GetBytes(BoothMqttPassword));

        public async System.Threading.Tasks.Task<string> ReadMixingScaleAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://scale.mixroom.local/api/v2/formula/current");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", MixingScaleToken);
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public System.Threading.Tasks.Task<string> OutsideHumidityAsync(double lat, double lon) =>
            _http.GetStringAsync($"https://weather.googleapis.com/v1/currentConditions:lookup?key={WeatherApiKey}&location.latitude={lat}&location.longitude={lon}");

        public Amqp.Address ShopBusAddress() => new Amqp.Address("amqps://booth3:AB0yidgdEuAH@shop-bus.local:5671"); // expect: IOT1001

        public NetworkCredential BoothCameraLogin() => new NetworkCredential("booth", "ONVIF_PASSWORD_HERE"); // expect: IOT1006

        public bool OpenMixingRoom(string typed) => typed == MixingRoomPasscode;

        public string NewOperatorPin()
        {
            string operatorPin = new Random().Next(0, 10000).ToString("D4"); // expect: IOT1005
            return operatorPin;
        }

        public long NewCureCycleNonce()
        {
            long cureCycleNonce = Random.Shared.NextInt64(); // expect: IOT3005
            return cureCycleNonce;
        }

        public byte[] ObfuscateRecipe(byte[] recipe)
        {
            var output = new byte[recipe.Length];
            for (int i = 0; i < recipe.Length; i++)
                output[i] = (byte)(recipe[i] ^ RecipeObfuscationKey[i % RecipeObfuscationKey.Length]);
            return output;
        }

        public double SimulatedGunFlow() => 180 + Random.Shared.NextDouble() * 5; // expect: none

        public string CycleSummary(bool overTemp) =>
            overTemp ? $"{BoothAlarmCode}: bake above {BakeTemperatureC} C, fan GPIO {ExhaustFanPin}, broker key {MqttPasswordSetting}" : "cycle ok";
    }
}
