// Real source: hyprsoftcorp/WindowsIoTCoreDashboard WindowsIoTDashboard.App/Services/RestService.cs (8f515807)
// Also used: WindowsIoTDashboard.App/Services/SettingsService.cs (4ebcd67b).
// Kept: the roaming-settings fallbacks of the dashboard's device connection settings (device name, user name, password)
// and the Device Portal REST calls that send them as HTTP Basic authorization. Changed: the shipped fallback password
// (the documented Windows 10 IoT Core administrator default) is replaced by an invented value of the same shape, since
// the rule pages do not say whether it is on the default list. Left out: HockeyApp telemetry and the WPF/XAML parts.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace WindowsIoTDashboard.App.Services
{
    public interface ISettingsService
    {
        string DeviceName { get; set; }
        string Username { get; set; }
        string Password { get; set; }
        bool IsFirstRun { get; set; }
    }

    public class SettingsService : ISettingsService
    {
        public string DeviceName
        {
            get
            {
                return Windows.Storage.ApplicationData.Current.RoamingSettings.Values["DeviceName"] == null ?
                    "minwinpc" : Windows.Storage.ApplicationData.Current.RoamingSettings.Values["DeviceName"].ToString(); // expect: none
            }
            set { Windows.Storage.ApplicationData.Current.RoamingSettings.Values["DeviceName"] = value; }
        }

        public string Username
        {
            get
            {
                return Windows.Storage.ApplicationData.Current.RoamingSettings.Values["Username"] == null ?
                    "administrator" : Windows.Storage.ApplicationData.Current.RoamingSettings.Values["Username"].ToString(); // expect: none
            }
            set { Windows.Storage.ApplicationData.Current.RoamingSettings.Values["Username"] = value; }
        }

        public string Password
        {
            get
            {
                return Windows.Storage.ApplicationData.Current.RoamingSettings.Values["Password"] == null ? // expect: none
                    "k7@Bw2rQx" // expect: IOT1001
                    : Windows.Storage.ApplicationData.Current.RoamingSettings.Values["Password"].ToString();
            }
            set { Windows.Storage.ApplicationData.Current.RoamingSettings.Values["Password"] = value; }
        }

        public bool IsFirstRun
        {
            get
            {
                return Windows.Storage.ApplicationData.Current.LocalSettings.Values["IsFirstRun"] == null ?
                    true : bool.Parse(Windows.Storage.ApplicationData.Current.LocalSettings.Values["IsFirstRun"].ToString());
            }
            set { Windows.Storage.ApplicationData.Current.LocalSettings.Values["IsFirstRun"] = value; }
        }
    }

    public class RestService
    {
        private static readonly string SystemPerfModelErrorPrefix = "{\"Reason\" : \"";
        private readonly ISettingsService _settingsService;

        public RestService(ISettingsService settingsService)
        {
            _settingsService = settingsService;
        }

        public async Task<string> GetAsync(Uri uri)
        {
            if (uri.IsAbsoluteUri)
                throw new UriFormatException("The uri must be a relative uri.");

            using (var client = new HttpClient())
            {
                SetAuthorizationHeader(client, _settingsService);
                var response = await client.GetAsync(new Uri(new Uri(String.Format("http://{0}:8080/", _settingsService.DeviceName)), uri));
                var json = await response.Content.ReadAsStringAsync();
                if (json.StartsWith(SystemPerfModelErrorPrefix, StringComparison.OrdinalIgnoreCase))
                    json = json.Substring(SystemPerfModelErrorPrefix.Length);
                return json;
            }
        }

        public async Task PostAsync(Uri uri)
        {
            using (var client = new HttpClient())
            {
                SetAuthorizationHeader(client, _settingsService);
                var response = await client.PostAsync(new Uri(new Uri(String.Format("http://{0}:8080/", _settingsService.DeviceName)), uri), null);
                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException(String.Format("Error ({0}): {1}", (int)response.StatusCode, response.ReasonPhrase));
            }
        }

        private static void SetAuthorizationHeader(HttpClient client, ISettingsService settingsService)
        {
            var byteArray = Encoding.ASCII.GetBytes(String.Format(@"{0}:{1}", settingsService.Username, settingsService.Password));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(byteArray));
        }
    }
}
