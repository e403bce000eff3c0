// Real source: evilcoder13/wfpc2007l demoT4WebAPIClient/Form1.cs
// Kept: btnViewWeather_Click: string.Format("http://api.openweathermap.org/data/2.5/weather?q={0}&appid=<key>", area),
// new HttpClient().GetStringAsync(url).Result, the formatted weather text and the commented list of web APIs.
// Changed: the WinForms text boxes are plain fields; the appid is replaced by a freshly invented 32-hex value;
// Newtonsoft is dropped. Added: the kiosk's second tile that puts the key in a string.Format argument.
using System;
using System.Net.Http;

namespace demoT4WebAPIClient
{
    public partial class Form1
    {
        string txtArea = "Hanoi";
        string txtWeather;

        private void btnViewWeather_Click(object sender, EventArgs e)
        {
            string url = string.Format("http://api.openweathermap.org/data/2.5/weather?q={0}&appid=86c0e6a6beac545c672a0f6e5b519a8c", txtArea); // expect: IOT1001
            HttpClient client = new HttpClient();
            txtWeather = client.GetStringAsync(url).Result;

            //WebRequest
            //WebResponse
            //WebClient
            //WebBrowser
            //System.Net.sock
        }

        // Added: the kiosk's UV tile
        private void btnViewUv_Click(object sender, EventArgs e)
        {
            string url = string.Format("http://api.openweathermap.org/data/2.5/uvi?q={0}&appid={1}", txtArea, "20850415d1118e8e1c574a3140b5d2ff"); // expect: IOT1001
            txtWeather = new HttpClient().GetStringAsync(url).Result;
        }

        // Added: the format itself holds no key
        private const string UrlTemplate = "http://api.openweathermap.org/data/2.5/weather?q={0}&appid={1}"; // expect: none
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R08
{
    public const string AppIdSetting = "Weather:AppId"; // expect: none
    public const string MockApiKey = "mock-appid-000"; // expect: none
    public const string UnitsQuery = "units=metric"; // expect: none
}
