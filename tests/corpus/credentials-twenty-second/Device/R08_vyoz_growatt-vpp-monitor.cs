// Real source: vyoz/growatt-vpp-monitor Services/GrowattWebService.cs, Models/GrowattSettings.cs
// Kept: GrowattSettings with its Modbus and Web sections (IpAddress 192.168.1.50, Port 502, UnitId 1, empty Username/
// Password/PlantId/SerialNumber defaults), the cookie-based login to server.growatt.com with the account/password/
// validateCode form, the "session lasts two hours" check and the MIX status call with plantId in the query.
// Changed: logging reduced; added: the installer's fallback account for the VPP pilot site and the ShineWiFi-X
// hotspot password the setup helper derives from the datalogger serial, and the stick's local settings page read
// with its factory login.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;

namespace GrowattMonitor.Models
{
    public class GrowattSettings
    {
        public ModbusSettings Modbus { get; set; } = new();
        public GrowattWebSettings Web { get; set; } = new();
        public string DataSource { get; set; } = "modbus"; // "modbus" or "web"
        public int PollingInterval { get; set; } = 5;
    }

    public class ModbusSettings
    {
        public string IpAddress { get; set; } = "192.168.1.50";
        public int Port { get; set; } = 502;
        public byte UnitId { get; set; } = 1;
    }

    public class GrowattWebSettings
    {
        public string Username { get; set; } = "";
        public string Password { get; set; } = ""; // expect: none
        public string PlantId { get; set; } = "";
        public string SerialNumber { get; set; } = "";
    }
}

namespace GrowattMonitor.Services
{
    using GrowattMonitor.Models;

    public class GrowattWebService : IDisposable
    {
        private readonly HttpClient _httpClient;
        private readonly CookieContainer _cookieContainer = new CookieContainer();
        private readonly GrowattWebSettings _settings;
        private DateTime _lastLoginTime = DateTime.MinValue;
        private string _sessionUsername;

        // VPP pilot site: installer account used until the homeowner links their own ShinePhone account.
        private static readonly GrowattWebSettings PilotSiteFallback = new GrowattWebSettings
        {
            Username = "vpp-pilot-installer",
            Password = "N6yb2Uk1WemB4K", // expect: IOT1004
            PlantId = "1287364", // expect: none
            SerialNumber = "NHB4CQ1078", // expect: none
        };

        public GrowattWebService(IOptions<GrowattSettings> options)
        {
            _settings = string.IsNullOrEmpty(options.Value.Web.Username) ? PilotSiteFallback : options.Value.Web;
            var handler = new HttpClientHandler { UseCookies = true, CookieContainer = _cookieContainer, AllowAutoRedirect = false };
            _httpClient = new HttpClient(handler) { BaseAddress = new Uri("https://server.growatt.com/"), Timeout = TimeSpan.FromSeconds(30) };
            _httpClient.DefaultRequestHeaders.Add("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36");
        }

        public Task<bool> LoginAsync() => LoginAsync(_settings.Username, _settings.Password);

        public async Task<bool> LoginAsync(string username, string password)
        {
            var cookies = _cookieContainer.GetCookies(new Uri("https://server.growatt.com/"));
            if (cookies.Count > 0 && (DateTime.Now - _lastLoginTime).TotalHours < 2 && _sessionUsername == username)
                return true;

            var loginData = new Dictionary<string, string>
            {
                { "account", username },
                { "password", password },
                { "validateCode", "" }, // expect: none
            };
            var response = await _httpClient.PostAsync("login", new FormUrlEncodedContent(loginData));
            var result = await response.Content.ReadAsStringAsync();
            if (result.Contains("\"result\":1") || result.Contains("\"success\":true"))
            {
                _lastLoginTime = DateTime.Now;
                _sessionUsername = username;
                return true;
            }
            return false;
        }

        public async Task<string> GetRealtimeJsonAsync()
        {
            if (!await LoginAsync()) return null;
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { { "mixSn", _settings.SerialNumber } });
            var dataResponse = await _httpClient.PostAsync($"panel/mix/getMIXStatusData?plantId={_settings.PlantId}", form);
            return await dataResponse.Content.ReadAsStringAsync();
        }

        // Setup helper: the ShineWiFi-X stick opens a hotspot whose key is derived from its own serial.
        public string DongleHotspotPassword()
        {
            var serial = _settings.SerialNumber;
            return "Gw" + serial.Substring(serial.Length - 6) + "!"; // expect: IOT1005
        }

        // The stick's local page (192.168.10.100) still has the login it left the factory with.
        public async Task<string> ReadDongleSettingsAsync()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("admin", "admin") }; // expect: IOT1002
            using var local = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
            return await local.GetStringAsync("http://192.168.10.100/device_setting.html");
        }

        public void Dispose() => _httpClient.Dispose();
    }
}
