// Real source: buchhla/WeatherLoggerHackster.IO AdafriutIO.cs (ed42f9fd)
// Domain: Windows 10 IoT Core (Raspberry Pi) weather logger: BMP280 temperature / pressure sent to an Adafruit IO feed
// group with the account's AIO key in the X-AIO-Key header.
// Kept: the AIO key field (its template kept as written), both requests and the header. Renamed: namespace
// WeatherLogger -> Corpus38.R11. Added: WeatherData, a stand-in for the project's model (not read). Trimmed: the unused
// Windows.Devices.Geolocation import.
#nullable enable
using System;
using System.Diagnostics;
using System.Net.Http;

namespace Corpus38.R11
{
    // added: stand-in for the project's WeatherData model
    public class WeatherData
    {
        public double TemperatureinF { get; set; }
        public double Pressureinmb { get; set; }
    }

    class AdafruitIO
    {
        private string AIO = "ENTER YOUR CODE HERE"; // expect: IOT1006
        //this is not needed right now as I am doing a simple http get, when RestSharp works for UWP I will re-write this.
        //private string Feed = "ENTER FEED ID HERE";

        public async void getFeeds()
        {
            // Create a client
            HttpClient httpClient = new HttpClient();

            // Add a new Request Message
            HttpRequestMessage requestMessage = new HttpRequestMessage(HttpMethod.Get, "https://io.adafruit.com/api/feeds"); // expect: none

            // Add our custom headers
            requestMessage.Headers.Add("X-AIO-Key", AIO);

            // Send the request to the server
            HttpResponseMessage response = await httpClient.SendAsync(requestMessage);

            // Just as an example I'm turning the response into a string here
            string responseAsString = await response.Content.ReadAsStringAsync();
            Debug.WriteLine(responseAsString);
        }

        public async void sendData(WeatherData wd)
        {
            // Create a client
            HttpClient httpClient = new HttpClient();

            // Add a new Request Message
            HttpRequestMessage requestMessage = new HttpRequestMessage(HttpMethod.Get, "https://io.adafruit.com/api/groups/weather/send.json?temperature=" + wd.TemperatureinF + "&pressure=" + wd.Pressureinmb);

            // Add our custom headers
            requestMessage.Headers.Add("X-AIO-Key", AIO);

            // Send the request to the server
            HttpResponseMessage response = await httpClient.SendAsync(requestMessage);

            // Just as an example I'm turning the response into a string here
            string responseAsString = await response.Content.ReadAsStringAsync();
            //Debug.WriteLine(responseAsString);

        }

    }

}
