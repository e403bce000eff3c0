// Real source: chaudi/LightHueOnCall CallLightHue/SharedFiles/Hue/HueCommunicator.cs, CallLightHue/SharedFiles/Helpers/Settings.cs,
//              CallLightHue/CallLightHue/CallLightHue/RegisterPage.xaml.cs
// Kept: HueCommunicator's HttpClient on the bridge address with GetLights/SetLights/RegisterApp under /api/{Username}/,
// the Plugin.Settings-backed Settings class (settingsKey, UserNameKey, LightsKey, empty default), the register flow that
// stores response.UserName. Changed: Xamarin pages reduced to a call handler; added: the Hue Remote API path used when
// the phone is away from home (OAuth token request with Basic client credentials and a digest cnonce).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Plugin.Settings;
using Plugin.Settings.Abstractions;

namespace SharedFiles.Helpers
{
    public static class Settings
    {
        private static ISettings AppSettings => CrossSettings.Current;

        private const string SettingsKey = "settingsKey";
        private const string UserNameKey = "UserNameKey"; // expect: none
        private const string LightsKey = "LightsKey";
        private static readonly string SettingsDefault = string.Empty;

        public static string Lights
        {
            get => AppSettings.GetValueOrDefault(LightsKey, SettingsDefault);
            set => AppSettings.AddOrUpdateValue(LightsKey, value);
        }

        public static string UserName
        {
            get => AppSettings.GetValueOrDefault(UserNameKey, SettingsDefault);
            set => AppSettings.AddOrUpdateValue(UserNameKey, value);
        }

        public static string GeneralSettings
        {
            get => AppSettings.GetValueOrDefault(SettingsKey, SettingsDefault);
            set => AppSettings.AddOrUpdateValue(SettingsKey, value);
        }
    }
}

namespace SharedFiles.Hue
{
    public class Light { public string Id { get; set; } public bool On { get; set; } }
    public class RegisterUserRequest { public string devicetype { get; set; } }
    public class RegisterUserResponse { public string UserName { get; set; } }

    public class HueCommunicator
    {
        private readonly HttpClient client;
        public string Username { get; set; }

        public HueCommunicator(string ip) => client = new HttpClient() { BaseAddress = new Uri(ip) };

        public async Task<string> GetLights() => await (await client.GetAsync($"/api/{Username}/lights")).Content.ReadAsStringAsync();

        public async Task<bool> SetLights(IEnumerable<Light> lights)
        {
            foreach (var light in lights)
            {
                var content = new StringContent(JsonSerializer.Serialize(new { on = light.On, alert = "lselect" }));
                var response = await client.PutAsync($"/api/{Username}/lights/{light.Id}/state", content);
                if ((await response.Content.ReadAsStringAsync()).Contains("error")) return false;
            }
            return true;
        }

        public async Task<RegisterUserResponse> RegisterApp(RegisterUserRequest request)
        {
            var response = await client.PostAsync("/api/", new StringContent(JsonSerializer.Serialize(request)));
            return JsonSerializer.Deserialize<RegisterUserResponse>(await response.Content.ReadAsStringAsync());
        }
    }

    // Away from home the phone reaches the bridge through the Hue Remote API.
    public class HueRemote
    {
        private const string HueClientId = "YOUR_CLIENT_ID"; // expect: none
        private const string HueClientSecret = "Z4cNIeVTWiOW"; // expect: IOT1001
        private static readonly Random Rng = new Random();

        public async Task<string> RefreshTokenAsync(string refreshToken)
        {
            using var http = new HttpClient();
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{HueClientId}:{HueClientSecret}"));
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.meethue.com/v2/oauth2/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }), // expect: none
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var response = await http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public static string DigestCnonce()
        {
            var cnonce = Rng.Next().ToString("x8"); // expect: IOT3005
            return cnonce;
        }
    }

    public class CallHandler
    {
        public async Task OnIncomingCall(string number)
        {
            var hue = new HueCommunicator("http://192.168.1.2") { Username = SharedFiles.Helpers.Settings.UserName };
            var ids = SharedFiles.Helpers.Settings.Lights.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var lights = new List<Light>();
            foreach (var id in ids) lights.Add(new Light { Id = id, On = true });
            await hue.SetLights(lights);
            Console.WriteLine($"Flashed {lights.Count} lights for call from {number}");
        }

        public async Task Register()
        {
            var hue = new HueCommunicator("http://192.168.1.2");
            var response = await hue.RegisterApp(new RegisterUserRequest { devicetype = "CallLightHue#phone" });
            SharedFiles.Helpers.Settings.UserName = response.UserName;
        }
    }
}
