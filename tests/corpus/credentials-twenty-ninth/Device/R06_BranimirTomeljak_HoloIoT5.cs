// Real source: BranimirTomeljak/HoloIoT5 Assets/Scripts/newExample.cs (225829e84b2ba37b6471bf626974e42d46beb6e0)
// HoloLens (MRTK/Unity) controller for a Home Assistant installation: toggles a Hue floor lamp through the
// Home Assistant REST API with a long-lived access token.
// Kept: the request code, the commented-out variants and the hard-coded long-lived token.
// Changed: the token is replaced by an invented JWT of the same shape (HS256 header, iss/iat/exp payload, random
// signature); the Unity MonoBehaviour base class is dropped and Debug.Log is written as Console.WriteLine.
using System.Collections;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using System;
using System.Text;

namespace HoloIoT5.Scripts
{
public class newExample
{
    private string apiUrl = "http://10.19.128.173:8123/api";
    private string authToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI2YzVlNmQ1MTIwMzQ0NjQ0ZDFlMmM5NjA5YTE1YmNkMyIsImlhdCI6MTY4NDU2MjA2NiwiZXhwIjoxOTk5ODY2MTYyfQ.hfnruIuRuIC40n5HN7okErGf1tDgQRKF4FdSIMf4pfs"; // expect: IOT1003

    public async Task SendPostRequest()
    {
        string url = apiUrl + "/services/light/toggle";
        //string url = apiUrl + "/services/light/turn_on";
        string entryId = "light.hue_floor_shade_1"; // expect: none

        //string url2 = apiUrl + "/states/weather.forecast_mobility_lab";

        using (var httpClient = new HttpClient())
        {
            var json = "{\"entity_id\": \"" + entryId + "\"}";
            //var json = "{\"entity_id\": \"" + entryId + "\", \"rgb_color\": [" + r + "," + g + "," + b + "]}";
            //rgb_color, colol_temp_kelvin, brightness_pct -> https://www.home-assistant.io/integrations/light/
            var content = new StringContent(json, Encoding.UTF8, "application/json");

            httpClient.BaseAddress = new Uri(url);
            //httpClient.BaseAddress = new Uri(url2);
            httpClient.DefaultRequestHeaders.Add("Authorization", "Bearer " + authToken);

            var result = await httpClient.PostAsync(url, content);
            //var result = await httpClient.GetAsync(url2);
            var resultContent = await result.Content.ReadAsStringAsync();

            Console.WriteLine(resultContent);
        }
    }

    public void Start()
    {
        //await SendPostRequest();
    }

    public async void OnClick() {
        await SendPostRequest();
    }

    public void znj() {
        Console.WriteLine("znj");
    }
}
}
