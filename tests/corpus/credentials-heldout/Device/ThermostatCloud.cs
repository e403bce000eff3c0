using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace IoTHeldOut.Climate;

public sealed record ClimateCloudOptions(string BaseUrl, string ApiKey, string DeviceModel = "TH-300");

/// <summary>Wi-Fi thermostat: reports readings and pulls schedules from the vendor cloud.</summary>
public sealed class ThermostatCloudClient
{
    private const string TokenEndpoint = "/oauth/token";                      // expect: none
    private const string UtilityDemandResponseKey = "REPLACE_ME";            // expect: IOT1006
    private const string AccessTokenProperty = "access_token";               // expect: none
    private static readonly double[] DefaultSetpointsC = { 17.5, 20.0, 21.5, 16.0 };

    private readonly HttpClient http = new();
    private readonly ClimateCloudOptions options =
        new("https://api.climate-cloud.io/v2", "tk_live_8Jd2LqV9zRw4Ny7TbX3mKp6s"); // expect: IOT1001

    public ThermostatCloudClient()
    {
        http.BaseAddress = new Uri(options.BaseUrl);
        http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        http.DefaultRequestHeaders.Add("X-Device-Model", options.DeviceModel);
        http.DefaultRequestHeaders.UserAgent.ParseAdd("ThermoFW/4.2.1");     // expect: none
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")); // expect: none
    }

    public async Task<string?> FetchTokenAsync()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",                            // expect: none
            ["client_id"] = "thermo-fw-th300",                                // expect: none
            ["client_secret"] = "Wm7pQ2xZr9KdT4vBn6yHs3Lc",                   // expect: IOT1001
        });
        var resp = await http.PostAsync(TokenEndpoint, form);
        using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty(AccessTokenProperty).GetString();
    }

    public async Task PushScheduleToInstallerPortalAsync(string json)
    {
        using var req = new HttpRequestMessage(HttpMethod.Put, "https://installer.climate-cloud.io/api/schedules");
        string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("thermostat:" +
            "Hv4c-Duct-88"));                                                 // expect: IOT1001
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        req.Content = new StringContent(json, Encoding.UTF8, "application/json");
        await http.SendAsync(req);
    }

    public async Task ReportToGridOperatorAsync(double kw)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://dr.gridco.example/events?region=north&page=2"); // expect: none
        req.Headers.Add("X-DR-Key", UtilityDemandResponseKey);
        req.Content = new StringContent($"{{\"kw\":{kw}}}", Encoding.UTF8, "application/json");
        await http.SendAsync(req);
    }

    public Task<string> FetchOutdoorWeatherAsync(string city) =>
        http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={city}&units=metric&appid=9f2d6b81c4e07a35d19b2f6e8a4c0d57"); // expect: IOT1001

    public async Task UploadDiagnosticsAsync(byte[] blob)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://diag.climate-cloud.io/upload");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0aGVybW9zdGF0LTc3ODEiLCJhdWQiOiJjbGltYXRlLWFwaSIsImlhdCI6MTcxNzE3MTcxNywiZXhwIjoxODkzNDU2MDAwfQ.p1Yq39fvrhTeQZSeYHSAs3Y5Shk5ahvVav7jhbwjpcs"); // expect: IOT1003
        req.Content = new ByteArrayContent(blob);
        await http.SendAsync(req);
    }

    public async Task RegisterWithHomeHubAsync()
    {
        AuthenticationHeaderValue auth = new(scheme: "Token", parameter: "example-key"); // expect: IOT1006
        using var req = new HttpRequestMessage(HttpMethod.Post, "http://homehub.local/api/register");
        req.Headers.Authorization = auth;
        var resp = await http.SendAsync(req);
        Console.WriteLine(resp.IsSuccessStatusCode ? "Registered with hub" : "Hub rejected the Authorization header"); // expect: none
    }

    public static double SetpointFor(int period) => DefaultSetpointsC[period % DefaultSetpointsC.Length];
}
