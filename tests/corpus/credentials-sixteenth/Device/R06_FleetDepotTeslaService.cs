// Real source: ramonsmits/TeslaApi src/Service.cs + src/HttpHelper.cs
// Domain: a car-sharing club's depot controller that wakes, preconditions and unlocks its Teslas before each booking.
// Kept: the owner-api base URL, the OAuth client id and client secret constants (the secret replaced by a generated value
// of the same shape), Email/Password statics set by the constructor, the password-grant TeslaOAuthRequest with getter
// properties, Authenticate, GetVehicles, WakeVehicle, VehicleSimpleCommand, Start(password) with
// remote_start_drive?password=..., and HttpHelper's Bearer header on HttpClient. Trimmed: climate, trunk, proxy.
// Added (marked "// Added"): the club's account login at start-up, valet mode with its PIN.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TeslaApi
{
    //https://www.teslaapi.io/
    public class Service
    {
        private const string UrlBase = "https://owner-api.teslamotors.com";
        private const string TeslaClientId = "81527cff06843c8634fdc09e8ac0abefb46ac849f38fe1e431c2ef2106796384"; // expect: none
        private const string TeslaClientSecret = "917665d37ad2fc112d646e9c18524f7049c17185e81bc57951a472cce8cf74b2"; // expect: IOT1004
        private static string Email;
        private static string Password;

        // Added: the valet PIN the club sets before handing a car to the car-wash
        private const string ValetPin = "0000"; // expect: IOT1002

        public string VehicleName { get; private set; }
        public bool IsInitialized { get; private set; }

        private string AccessToken;
        private DateTime AccessTokenExpires;
        private long VehicleId;
        private DateTime WakeUpSent = DateTime.MinValue;

        /// <summary>
        /// Vehicle name is optional, but if not specified and you have multiple cars, it may not choose the one you want.  Either password or access token must be supplied.
        /// </summary>
        public Service(string email, string password, string vehicleName = "")
        {
            Email = email;
            Password = password;
            VehicleName = vehicleName;
            IsInitialized = false;
        }

        public async Task Initialize()
        {
            await Authenticate();
            IsInitialized = true;
        }

        private async Task Authenticate()
        {
            var url = $"{UrlBase}/oauth/token";
            var result = await HttpHelper.HttpPost<TeslaOAuthResult, TeslaOAuthRequest>(url, new TeslaOAuthRequest());
            AccessToken = result.access_token;
            AccessTokenExpires = DateTime.Now.AddSeconds(result.expires_in);
        }

        public async Task<List<Vehicle>> GetVehicles()
        {
            var url = $"{UrlBase}/api/1/vehicles";
            var result = await HttpHelper.HttpGetOAuth<TeslaResult<List<Vehicle>>>(AccessToken, url);
            return result.response;
        }

        private async Task<bool> WakeVehicle()
        {
            if (WakeUpSent > DateTime.Now.AddMinutes(-1)) return false;
            var url = $"{UrlBase}/api/1/vehicles/{VehicleId}/wake_up";
            var result = await HttpHelper.HttpPostOAuth<TeslaResult<Vehicle>, string>(AccessToken, url, "");
            WakeUpSent = DateTime.Now;
            if (result?.response == null) return false;
            return result.response.State.Equals("online", StringComparison.CurrentCultureIgnoreCase);
        }

        private async Task VehicleSimpleCommand(string command)
        {
            await WakeVehicle();
            var url = $"{UrlBase}/api/1/vehicles/{VehicleId}/command/{command}";
            await HttpHelper.HttpPostOAuth<JObject, string>(AccessToken, url, "");
        }

        public async Task Unlock()
        {
            await VehicleSimpleCommand("door_unlock");
        }

        public async Task Start(string password = "")
        {
            if (string.IsNullOrWhiteSpace(password) && !string.IsNullOrWhiteSpace(Password)) password = Password;
            if (string.IsNullOrWhiteSpace(password)) throw new ArgumentException("A password is required to start.", password); // expect: none
            await WakeVehicle();
            var url = $"{UrlBase}/api/1/vehicles/{VehicleId}/command/remote_start_drive?password={password}";
            await HttpHelper.HttpPostOAuth<JObject, string>(AccessToken, url, "");
        }

        // Added
        public async Task SetValetMode(bool on)
        {
            var url = $"{UrlBase}/api/1/vehicles/{VehicleId}/command/set_valet_mode";
            await HttpHelper.HttpPostOAuth<JObject, object>(AccessToken, url, new { on, password = ValetPin });
        }

        public class TeslaOAuthRequest
        {
            public string grant_type => "password"; // expect: none
            public string client_id => TeslaClientId;
            public string client_secret => TeslaClientSecret;
            public string email => Email;
            public string password => Password;
        }

        public class TeslaOAuthResult
        {
            public string access_token { get; set; }
            public long expires_in { get; set; }
        }

        public class TeslaResult<T>
        {
            public T response;
        }

        public class Vehicle
        {
            public long Id { get; set; }
            public string DisplayName { get; set; }
            public string State { get; set; }
        }
    }

    internal class HttpHelper
    {
        internal static async Task<TReturn> HttpGetOAuth<TReturn>(string authorization, string url)
        {
            using (var hc = new HttpClient())
            {
                hc.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", authorization);
                var result = await hc.GetAsync(url);
                var resultContent = await result.Content.ReadAsStringAsync();
                if (string.IsNullOrWhiteSpace(resultContent)) return default(TReturn);
                return JsonConvert.DeserializeObject<TReturn>(resultContent);
            }
        }

        internal static async Task<TReturn> HttpPost<TReturn, TBody>(string url, TBody body)
        {
            var bodyContent = JsonConvert.SerializeObject(body);
            using (var content = new StringContent(bodyContent, Encoding.UTF8, "application/json"))
            using (var hc = new HttpClient())
            {
                hc.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                var result = await hc.PostAsync(url, content);
                var resultContent = await result.Content.ReadAsStringAsync();
                if (string.IsNullOrWhiteSpace(resultContent)) return default(TReturn);
                return JsonConvert.DeserializeObject<TReturn>(resultContent);
            }
        }

        internal static async Task<TReturn> HttpPostOAuth<TReturn, TBody>(string authorization, string url, TBody body)
        {
            var bodyContent = JsonConvert.SerializeObject(body);
            using (var content = new StringContent(bodyContent, Encoding.UTF8, "application/json"))
            using (var hc = new HttpClient())
            {
                hc.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", authorization);
                var result = await hc.PostAsync(url, content);
                var resultContent = await result.Content.ReadAsStringAsync();
                if (string.IsNullOrWhiteSpace(resultContent)) return default(TReturn);
                return JsonConvert.DeserializeObject<TReturn>(resultContent);
            }
        }
    }

    // Added: the depot controller's start-up
    public static class DepotController
    {
        public static async Task RunAsync()
        {
            var club = new Service("fleet@carclub.example", "YYc5VziaVw6a", "Bay 3"); // expect: IOT1001
            await club.Initialize();
            await club.Start();
        }
    }
}
