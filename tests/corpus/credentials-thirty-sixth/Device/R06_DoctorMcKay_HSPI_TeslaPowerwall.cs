// Real source: DoctorMcKay/HSPI_TeslaPowerwall HSPI_TeslaPowerwall/PowerwallClient.cs (3f7ab25a)
// Domain: HomeSeer plugin polling a Tesla Powerwall home-battery gateway on the local network.
// Kept: the client's email / password fields set from the constructor (the plugin's settings page), the empty-credential
//   check, the login request with the gateway's fixed "customer" user name, the Forbidden -> Login retry, the site-info call.
// Trimmed: aggregates, grid status, charge percentage, operation config, timeouts with Task.WhenAny, the certificate
//   callback and TLS version settings (IOT3002 / IOT3003, out of scope), most response structs.
// Added: stand-ins for the HomeSeer HSPI.WriteLog / ELogType the client logs through.
// Shimmed: nothing.
// Replaced: JavaScriptSerializer by System.Text.Json (JsonSerializer / JsonDocument).
#nullable disable
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace HSPI_TeslaPowerwall
{
    public enum ELogType { Trace, Info, Warning, Error }

    public class HSPI
    {
        public void WriteLog(ELogType type, string message) => Console.WriteLine($"[{type}] {message}");
    }

    public class PowerwallClient
    {
        public DateTime LastLogin { get; private set; }
        public bool LoggingIn { get; private set; }

        private readonly string _ipAddress;
        private readonly ushort _port;
        private readonly HttpClient _httpClient;
        private readonly HSPI _hs;
        private readonly string _email;
        private readonly string _password;

        public PowerwallClient(string ipAddress, ushort port, HSPI hs, string email, string password)
        {
            _ipAddress = ipAddress;
            _port = port;
            HttpClientHandler handler = new HttpClientHandler();
            _httpClient = new HttpClient(handler);
            _hs = hs;
            _email = email;
            _password = password;
            handler.UseCookies = true;
        }

        private async Task Login()
        {
            if (LoggingIn)
            {
                _hs.WriteLog(ELogType.Trace, "Suppressing login attempt because we're already trying to login");
                return;
            }

            if (_email.Length == 0 || _password.Length == 0)
            {
                throw new Exception("No credentials configured"); // expect: none
            }

            LoggingIn = true;

            HttpRequestMessage req = new HttpRequestMessage(HttpMethod.Post, $"https://{_ipAddress}:{_port}/api/login/Basic");

            LoginRequest loginRequest = new LoginRequest
            {
                email = _email,
                password = _password,
                username = "customer", // expect: none
                force_sm_off = false
            };

            string loginRequestString = JsonSerializer.Serialize(loginRequest, new JsonSerializerOptions { IncludeFields = true });
            req.Content = new StringContent(loginRequestString, Encoding.UTF8, "application/json");
            HttpResponseMessage res = await _httpClient.SendAsync(req);
            string responseText = await res.Content.ReadAsStringAsync();
            using JsonDocument content = JsonDocument.Parse(responseText);
            _hs.WriteLog(ELogType.Trace, $"Login request complete with status {res.StatusCode}");

            req.Dispose();
            res.Dispose();

            if (content.RootElement.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
            {
                LoggingIn = false;
                throw new Exception($"Login failed ({error})");
            }

            _hs.WriteLog(ELogType.Info, "Successfully logged into Gateway API");
            LastLogin = DateTime.Now;
            LoggingIn = false;
        }

        public async Task<SiteInfo> GetSiteInfo()
        {
            JsonElement content = await GetApiContent("/site_info/site_name");
            return new SiteInfo
            {
                Name = content.GetProperty("site_name").GetString(),
                Timezone = content.GetProperty("timezone").GetString()
            };
        }

        private async Task<JsonElement> GetApiContent(string endpoint)
        {
            HttpRequestMessage req = new HttpRequestMessage(HttpMethod.Get, $"https://{_ipAddress}:{_port}/api{endpoint}");
            HttpResponseMessage res = await _httpClient.SendAsync(req);
            string responseText = await res.Content.ReadAsStringAsync();

            if (res.StatusCode == HttpStatusCode.Forbidden)
            {
                // We need to log in
                req.Dispose();
                res.Dispose();

                _hs.WriteLog(ELogType.Warning, $"Request to {endpoint} failed with status code Forbidden; attempting to login");
                await Login();
                return await GetApiContent(endpoint);
            }

            req.Dispose();
            res.Dispose();
            return JsonDocument.Parse(responseText).RootElement;
        }
    }

    internal struct LoginRequest
    {
        public string email;
        public bool force_sm_off;
        public string password;
        public string username;
    }

    public struct SiteInfo
    {
        public string Name;
        public string Timezone;
    }
}
