// Real source: https://github.com/linariii/fritz-homeautomation-csharp/blob/05794deff453d434af423102b8e5eb69a7686cea/HomeAutomationClient.cs
// (also Utils/HashUtils.cs)
// FRITZ!Box AHA-HTTP client driving DECT plugs and radiator valves. Kept: GetSid with the login_sid.lua
// challenge/response (MD5 over UTF-16LE), the "0000000000000000" invalid-SID check, DownloadString over WebClient,
// the homeautoswitch.lua URL helpers. Added: the TR-064 digest client that rotates the guest Wi-Fi key and the
// settings class that holds the box logins.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Fritz.HomeAutomation
{
    public static class FritzSettings
    {
        public const string BoxUrl = "http://fritz.box";
        public const string SmartHomeUser = "smarthome";
        public const string SmartHomePassword = "Ng6_3sBwLpX!yT"; // expect: IOT1004
        public const string Tr064User = "tr064-automation";
        public const string Tr064Password = "QwL_exrYPBHS@iD-.n"; // expect: IOT1001
        public const string PlugAin = "11657 0272633"; // expect: none
    }

    public class HomeAutomationClient
    {
        private string _baseUrl;

        public string BaseUrl
        {
            get => _baseUrl;
            set => _baseUrl = value.TrimEnd('/');
        }

        public HomeAutomationClient(string baseUrl = "http://fritz.box")
        {
            BaseUrl = baseUrl;
        }

        public async Task<string> GetSid(string username, string password)
        {
            if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
                return null;

            var result = await DownloadString($"{BaseUrl}/login_sid.lua?username={username}");
            if (string.IsNullOrEmpty(result))
                return null;

            var sessionInfo = SessionInfo.Parse(result);
            if (sessionInfo.Sid != "0000000000000000") // expect: none
                return sessionInfo.Sid;

            var response = sessionInfo.Challenge + "-" + GetMD5Hash(sessionInfo.Challenge + "-" + password);
            result = await DownloadString($"{BaseUrl}/login_sid.lua?username={username}&response={response}");
            return SessionInfo.Parse(result)?.Sid;
        }

        public async Task<int?> SetSwitchOn(string sid, string ain)
        {
            if (string.IsNullOrEmpty(sid) || string.IsNullOrEmpty(ain))
                return null;

            var response = await DownloadString(GetHomeAutoSwitchUrl(sid, "setswitchon", ain));
            return int.TryParse(response, out var switchState) ? switchState : null;
        }

        public async Task<double?> GetTemperature(string sid, string ain)
        {
            var response = await DownloadString(GetHomeAutoSwitchUrl(sid, "gettemperature", ain));
            return double.TryParse(response, out var val) ? val / 10 : null;
        }

        private string GetMD5Hash(string input)
        {
            var md5Hasher = MD5.Create();
            var hash = md5Hasher.ComputeHash(Encoding.Unicode.GetBytes(input));
            var sb = new StringBuilder();
            foreach (var b in hash)
            {
                sb.Append(b.ToString("x2"));
            }
            return sb.ToString();
        }

        private async Task<string> DownloadString(string url)
        {
            using (var client = new WebClient { Encoding = Encoding.UTF8 })
            {
                return await client.DownloadStringTaskAsync(url);
            }
        }

        private string GetHomeAutoSwitchUrl(string sid, string command)
            => $"{BaseUrl}/webservices/homeautoswitch.lua?sid={sid}&switchcmd={command}";

        private string GetHomeAutoSwitchUrl(string sid, string command, string ain)
            => $"{GetHomeAutoSwitchUrl(sid, command)}&ain={ain}";
    }

    public class SessionInfo
    {
        public string Sid { get; set; }
        public string Challenge { get; set; }

        public static SessionInfo Parse(string xml)
        {
            string Between(string tag)
            {
                var start = xml.IndexOf("<" + tag + ">", StringComparison.Ordinal);
                var end = xml.IndexOf("</" + tag + ">", StringComparison.Ordinal);
                return start < 0 || end < 0 ? null : xml.Substring(start + tag.Length + 2, end - start - tag.Length - 2);
            }
            return new SessionInfo { Sid = Between("SID"), Challenge = Between("Challenge") };
        }
    }

    // TR-064 (digest auth) for the things AHA-HTTP cannot do: the weekly guest Wi-Fi key
    public class Tr064Client
    {
        private readonly HttpClient _http;

        public Tr064Client(string boxUrl)
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential(FritzSettings.Tr064User, FritzSettings.Tr064Password)
            };
            _http = new HttpClient(handler) { BaseAddress = new Uri(boxUrl + ":49000") };
        }

        public async Task RotateGuestWifiKeyAsync()
        {
            var guestWifiPassword = "Gast-" + DateTime.Now.ToString("yyyyMMdd"); // expect: IOT1005
            var soap = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" +
                       "<u:SetSecurityKeys xmlns:u=\"urn:dslforum-org:service:WLANConfiguration:3\">" +
                       "<NewKeyPassphrase>" + guestWifiPassword + "</NewKeyPassphrase></u:SetSecurityKeys></s:Body></s:Envelope>";
            var content = new StringContent(soap, Encoding.UTF8, "text/xml");
            content.Headers.Add("SOAPACTION", "urn:dslforum-org:service:WLANConfiguration:3#SetSecurityKeys"); // expect: none
            await _http.PostAsync("/upnp/control/wlanconfig3", content);
        }
    }

    public static class Program
    {
        public static async Task Main()
        {
            var client = new HomeAutomationClient(FritzSettings.BoxUrl);
            var sid = await client.GetSid(FritzSettings.SmartHomeUser, FritzSettings.SmartHomePassword);
            await client.SetSwitchOn(sid, FritzSettings.PlugAin);
            Console.WriteLine($"Living room: {await client.GetTemperature(sid, "09995 0581462")} °C");
            await new Tr064Client(FritzSettings.BoxUrl).RotateGuestWifiKeyAsync();
        }
    }
}
