// Real source: galch/DustViewerSharp DustSensorViewer/ThingSpeakClient.cs
// Kept: const my_api_key, both UpdateChannelFeed overloads posting FormUrlEncodedContent { "api_key", my_api_key }
// to update.json. The upstream key is replaced by a freshly invented one of the same shape.
// Added for the corpus: the read key and ReadLastFeedAsync (a key in the query string), the channel id, the field
// name constant and a sample key from ThingSpeak's documentation page used only by a format check.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace DustSensorViewer
{
    class ThingSpeakClient
    {
        const string my_api_key = "39MC3L49G1OLARDO"; // expect: IOT1001
        const string my_read_api_key = "WN3T22SZ7D3LA3P6"; // expect: IOT1001
        const int ChannelId = 2417731;
        const string ApiKeyFieldName = "api_key"; // expect: none
        const string DocsSampleWriteKey = "XXXXXXXXXXXXXXXX"; // expect: none

        public static async void UpdateChannelFeed(int pm10, int pm25, int pm1)
        {
            using (var client = new HttpClient())
            {
                var values = new Dictionary<string, string>
                {
                   { "api_key", my_api_key },
                   { "field1", pm10.ToString() },
                   { "field2", pm25.ToString() },
                   { "field3", pm1.ToString() }
                };

                var content = new FormUrlEncodedContent(values);

                var response = await client.PostAsync("https://api.thingspeak.com/update.json", content);

                var responseString = await response.Content.ReadAsStringAsync();
            }
        }

        public static async void UpdateChannelFeed(double pm10, double pm25)
        {
            using (var client = new HttpClient())
            {
                var values = new Dictionary<string, string>
                {
                   { "api_key", my_api_key },
                   { "field1", pm10.ToString("0.0") },
                   { "field2", pm25.ToString("0.0") }
                };

                var content = new FormUrlEncodedContent(values);

                var response = await client.PostAsync("https://api.thingspeak.com/update.json", content);

                var responseString = await response.Content.ReadAsStringAsync();
            }
        }

        // Added: the viewer's "last reading" tile.
        public static async Task<string> ReadLastFeedAsync()
        {
            using var client = new HttpClient();
            return await client.GetStringAsync($"https://api.thingspeak.com/channels/{ChannelId}/feeds/last.json?{ApiKeyFieldName}={my_read_api_key}");
        }

        // Added: refuse to start with the documentation's sample key pasted in.
        public static bool LooksConfigured(string key) =>
            Regex.IsMatch(key, "^[A-Z0-9]{16}$") && key != DocsSampleWriteKey; // expect: none
    }
}
