// Real source: electrocoder/IOThook examples/http/c#/http_json_send_read/Program.cs
// Domain: allotment soil-moisture probe posting to the IoThook platform (demo device #650 in the original).
// Kept: the form-encoded POST with { "api_key", "..." } and the field_1..3 values, the read URL carrying
// ?api_key=...&results=1 handed to GetAsync. Changed: both device keys of the original are replaced by fresh values
// of the same shape (24 hex characters); Main was renamed Run and given the readings as parameters. Added: a second
// probe whose read key is held in a constant and interpolated, a template read URL left from the platform's docs,
// and hard negatives.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace HelloWorld
{
    class Program
    {
        // Added: the second probe on the east beds
        private const string EastBedReadApiKey = "343fa16da9a4dc0f889ed591"; // expect: IOT1001

        public static async Task Run(string moisture, string temperature, string battery)
        {
            // # 650 - iot_examples https://iothook.com/en/device/data/650/

            HttpClient client = new HttpClient();

            // send
            String send_url = "http://iothook.com/api/update/"; // expect: none
            var values = new Dictionary<string, string>
            {
                { "api_key", "5e91dec33f1ade1ebbac6cd9" }, // expect: IOT1001
                { "field_1", moisture },
                { "field_2", temperature },
                { "field_3", battery }
            };
            var content = new FormUrlEncodedContent(values);
            var response_send = await client.PostAsync(send_url, content);
            var result_send = await response_send.Content.ReadAsStringAsync();
            Console.WriteLine(result_send);

            // read
            String read_url = "http://iothook.com/api/device/?api_key=5a43ec8bb17192f70670827b&results=1"; // expect: IOT1001
            var response_read = await client.GetAsync(read_url);
            var result_read = await response_read.Content.ReadAsStringAsync();
            Console.WriteLine(result_read);

            // Added
            var east = await client.GetStringAsync($"http://iothook.com/api/device/?api_key={EastBedReadApiKey}&results=10");
            Console.WriteLine(east);

            // Added: the README's template, never filled in for the west beds
            var west = await client.GetStringAsync("http://iothook.com/api/device/?api_key=YOUR_READ_API_KEY&results=1"); // expect: IOT1006
            Console.WriteLine(west);
        }

        // Added: the probe's field names, looked up by the dashboard
        private static readonly Dictionary<string, string> FieldLabels = new Dictionary<string, string>
        {
            ["api_key"] = "Write API Key", // expect: none
            ["field_1"] = "Soil moisture (%)", // expect: none
        };
    }
}
