// Real source: bmachuletz/ShellySharp (ShellySharp/ShellyDevice.cs, ShellySharp/Settings/Mqtt.cs, TestClient/Program.cs)
// Kept: ShellyDevice's URL scheme (deviceUrl, /settings, /shelly, /ota), the type switch on "$.device.type"
// ("SHSW-25", "SHDM-2"), and the Mqtt settings class with its JsonProperty names. Changed: the test client became a
// village hall's heating and lighting relays (Shelly 2.5 and Dimmer 2). Added: the provisioning step that protects
// each relay with a login, points it at the hall's broker, the factory-reset fallback, and the pavilion template.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ShellySharp.VillageHall
{
    public partial class Mqtt
    {
        [JsonProperty("enable")]
        public bool? Enable { get; set; }

        [JsonProperty("server")]
        public string Server { get; set; }

        [JsonProperty("user")]
        public string User { get; set; }

        [JsonProperty("pass")] // expect: none
        public string Pass { get; set; }
    }

    public class HallRelay
    {
        private const string HallRelayUser = "hall";
        private const string HallRelayPassword = "G2dIoTIPt%KH"; // expect: IOT1001

        public string deviceUrl, settingsUrl, deviceInformationUrl, otaStatusUrl;

        public HallRelay(string url)
        {
            deviceUrl = url;
            otaStatusUrl = string.Format("{0}/ota", deviceUrl);
            settingsUrl = string.Format("{0}/settings", deviceUrl);
            deviceInformationUrl = string.Format("{0}/shelly", deviceUrl);
        }

        public async Task<string> DeviceTypeAsync(HttpClient httpClient)
        {
            var httpResponse = await httpClient.GetStringAsync(settingsUrl);
            return (string)JObject.Parse(httpResponse).SelectToken("$.device.type");
        }

        public async Task ProvisionAsync()
        {
            using var httpClient = new HttpClient();
            string type = await DeviceTypeAsync(httpClient);
            if (type != "SHSW-25" && type != "SHDM-2") return;

            await httpClient.GetStringAsync($"{deviceUrl}/settings/mqtt?mqtt_enable=true&mqtt_server=10.4.0.2:1883&mqtt_user=shelly-hall&mqtt_pass=QnSlDCL5ZT-kfF&mqtt_retain=false"); // expect: IOT1001
            await httpClient.GetStringAsync($"{deviceUrl}/settings/login?enabled=1&username={HallRelayUser}&password={HallRelayPassword}");
        }

        // A relay that was factory-reset by the caretaker still answers to the reset login.
        public async Task<string> ReadProtectedSettingsAsync(bool justReset)
        {
            using var httpClient = new HttpClient();
            string login = justReset ? "admin:admin" : $"{HallRelayUser}:{HallRelayPassword}"; // expect: IOT1002
            httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(login)));
            return await httpClient.GetStringAsync(settingsUrl);
        }

        public static bool LoginEnabled(string settingsJson) => (bool?)JObject.Parse(settingsJson).SelectToken("$.login.enabled") ?? false; // expect: none
    }

    internal static class Program
    {
        private static async Task Main()
        {
            foreach (var ip in new[] { "10.4.0.21", "10.4.0.22", "10.4.0.23" })
                await new HallRelay("http://" + ip).ProvisionAsync();

            // the pavilion's relay is set up from the same script once the committee sends its password
            using var httpClient = new HttpClient();
            await httpClient.GetStringAsync("http://10.4.1.21/settings/login?enabled=1&username=pavilion&password=YOUR_PASSWORD"); // expect: IOT1006
            // the kitchen relay stays open to the hall tablet
            await httpClient.GetStringAsync("http://10.4.0.29/settings/login?enabled=0&unprotected=true"); // expect: none
        }
    }
}
