// Real source: jamesmontemagno/OfficeLightControl OfficeControl/OfficeControl/Constants.cs, OfficeControl/OfficeControl/MainPage.xaml.cs
// Kept: Constants.APIKey as it stands (empty), the three IFTTT Maker webhook URLs with the key in the path
// (turn_on_office_light, turn_off_office_light, change_office_color), the "ENTER_API_KEY" stand-in from the README.
// Changed: the Xamarin.Forms page reduced to a plain class driven by the desk's presence sensor; added: the local Hue
// bridge app key for the desk lamp, the Hue remote API token for the studio, and the random colour pick.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace OfficeControl
{
    public class Constants
    {
        public const string APIKey = ""; // expect: none
        public const string LabAPIKey = "ENTER_API_KEY"; // expect: none

        // Local bridge user created with the link button for the desk lamp (light 3).
        public const string HueBridgeAppKey = "7Uuh6dHABgdD8UZFTk8EzgUMtH7fbU0NyqQ7fLKJ"; // expect: IOT1004
        public const string HueBridgeIp = "192.168.1.40";

        // Remote API for the studio bridge (Hue cloud, OAuth access token issued to the office account).
        public const string HueRemoteAccessToken = "Pkw1cV-cmTMGIaorMkzYQ1TdgtfL6y_s"; // expect: IOT1001
        public const string HueRemoteBridgeUsername = "studio-bridge-7"; // expect: none
    }

    public class OfficeLights
    {
        readonly HttpClient client = new HttpClient();
        readonly Random rng = new Random();

        string turnOnUrl = $"https://maker.ifttt.com/trigger/turn_on_office_light/with/key/{Constants.APIKey}";
        string turnOffUrl = $"https://maker.ifttt.com/trigger/turn_off_office_light/with/key/{Constants.APIKey}";
        string changeColorUrl = $"https://maker.ifttt.com/trigger/change_office_color/with/key/{Constants.APIKey}";
        string labTurnOnUrl = $"https://maker.ifttt.com/trigger/turn_on_office_light/with/key/{Constants.LabAPIKey}";

        public async Task OnPresenceChanged(bool present)
        {
            try
            {
                await client.GetAsync(present ? turnOnUrl : turnOffUrl);
                await SetDeskLampAsync(present);
            }
            catch (Exception ex)
            {
                Console.WriteLine("Unable to call IFTTT: " + ex.Message);
            }
        }

        public async Task ChangeColorAsync()
        {
            await client.GetAsync(changeColorUrl);
            var hue = rng.Next(0, 65535); // expect: none
            var body = new StringContent("{\"on\":true,\"hue\":" + hue + "}", Encoding.UTF8, "application/json");
            await client.PutAsync($"http://{Constants.HueBridgeIp}/api/{Constants.HueBridgeAppKey}/lights/3/state", body);
        }

        async Task SetDeskLampAsync(bool on)
        {
            var body = new StringContent(on ? "{\"on\":true}" : "{\"on\":false}", Encoding.UTF8, "application/json");
            await client.PutAsync($"http://{Constants.HueBridgeIp}/api/{Constants.HueBridgeAppKey}/lights/3/state", body);
        }

        public async Task StudioOffAsync()
        {
            using var remote = new HttpClient { BaseAddress = new Uri("https://api.meethue.com/") };
            remote.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Constants.HueRemoteAccessToken);
            await remote.PutAsync($"bridge/{Constants.HueRemoteBridgeUsername}/groups/0/action", new StringContent("{\"on\":false}", Encoding.UTF8, "application/json"));
        }

        public Task LabOnAsync() => client.GetAsync(labTurnOnUrl);
    }
}
