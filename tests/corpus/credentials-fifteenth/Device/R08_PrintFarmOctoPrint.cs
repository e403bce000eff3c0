// Real source: NinjaDoMato/OctoPrint OctoPrint.API/Printer.cs, OctoPrint.API/Models/PrinterPart.cs,
//              OctoPrint.API/Models/Bed.cs (and Octoprint.Tests/Base/BaseTest.cs for the empty Printer("", ""))
// Domain: school makerspace 3D-printer farm (OctoPrint on a Raspberry Pi per printer).
// Kept: Printer(apiUrl, accessToken) keeping both in auto-properties and handing them to its parts, PrinterPart's
// constructor and GetErrorMessage, Bed.SetBedTemperature posting a BedCommand to /api/printer/bed. Changed: the
// original used Flurl without ever sending the token; PrinterPart now builds an HttpClient that sends it as OctoPrint's
// X-Api-Key header, and Bed posts through it. Added: the farm's printers built in code, one with the docs' template
// key, and hard negatives.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace OctoPrint.API.Models
{
    public class PrinterPart
    {
        protected string _apiURL { get; set; }
        protected string _accessToken { get; set; }
        protected readonly HttpClient _http;

        public PrinterPart(string apiURL, string accessToken)
        {
            _accessToken = accessToken;
            _apiURL = apiURL;
            // Changed: the token is sent on every request
            _http = new HttpClient { BaseAddress = new Uri(apiURL) };
            _http.DefaultRequestHeaders.Add("X-Api-Key", accessToken); // expect: none
        }

        protected string GetErrorMessage(int code)
        {
            var message = string.Empty;
            switch (code)
            {
                case (int)HttpStatusCode.Conflict:
                    message = "The printer was not available at the moment of request.";
                    break;
                case (int)HttpStatusCode.NotFound:
                    message = "The printer API was not found";
                    break;
            }
            return message;
        }
    }

    public class Bed : PrinterPart
    {
        public Bed(string apiUrl, string accessToken) : base(apiUrl, accessToken)
        {
        }

        /// <summary>Sets the temperature of the print bed</summary>
        public async Task<string> SetBedTemperature(decimal temp)
        {
            var requestBody = "{\"command\":\"target\",\"target\":" + temp + "}"; // expect: none
            var result = await _http.PostAsync("/api/printer/bed", new StringContent(requestBody, Encoding.UTF8, "application/json"));
            return result.StatusCode == HttpStatusCode.NoContent ? "Command executed successfully." : GetErrorMessage((int)result.StatusCode);
        }
    }
}

namespace OctoPrint.API
{
    using OctoPrint.API.Models;

    public class Printer
    {
        private string _apiUrl { get; set; }
        private string _accessToken { get; set; }

        public Bed Bed { get; set; }

        public Printer(string apiUrl, string accessToken)
        {
            _apiUrl = apiUrl;
            _accessToken = accessToken;

            Bed = new Bed(_apiUrl, _accessToken);
        }
    }

    // Added: the farm's printers, set up by the makerspace technician
    public static class Farm
    {
        public static readonly Printer Prusa1 = new Printer("http://octopi-prusa1.local", "AE4084850ABEB1CCCBBB4354B5EADB4A"); // expect: IOT1001
        public static readonly Printer Ender2 = new Printer("http://octopi-ender2.local", "YOUR_OCTOPRINT_API_KEY"); // expect: IOT1006

        // the test base class of the original builds an unconfigured printer
        public static readonly Printer Unconfigured = new Printer("", ""); // expect: none

        // the application key workflow's endpoint, not a key
        public const string AppKeyRequestPath = "/plugin/appkeys/request"; // expect: none
    }
}
