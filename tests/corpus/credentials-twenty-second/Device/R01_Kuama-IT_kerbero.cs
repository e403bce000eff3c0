// Real source: Kuama-IT/kerbero KerberoWebApi/Clients/NukiApiClient.cs, KerberoWebApi/Clients/Nuki/NukiClientAuthentication.cs
// Kept: the Bearer header set from the constructor's access token, the OAuth authorize query (response_type, client_id,
// redirect_uri, scope), the options type and the "test data" token response built from the options' client secret.
// Changed: Flurl calls rewritten on HttpClient, ASP.NET exceptions replaced; added: the host's fixed web API token for the
// guest-house lock, a keypad code made from the check-in date, an OAuth nonce from Random, lock-action polling jitter.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace KerberoWebApi.Clients.Nuki
{
    public class NukiVendorClientOptions
    {
        public string baseUrl { get; set; }
        public string redirectUriForCode { get; set; }
        public string redirectUriForAuthToken { get; set; }
        public string scopes { get; set; }
        public string clientSecret { get; set; }
    }

    public class NukiGetTokenResponse
    {
        public string AccessToken { get; set; }
        public string ExpiresIn { get; set; }
        public string RefreshToken { get; set; }
        public string TokenType { get; set; }
    }

    public record Reservation(string GuestName, DateTime CheckIn, DateTime CheckOut, long SmartlockId);

    // Client for the Nuki Api
    public class NukiApiClient
    {
        private string _baseUrl = "api.nuki.io";
        private readonly HttpClient _httpClient;
        private static readonly Random Jitter = new Random();

        public NukiApiClient(string accessToken)
        {
            _httpClient = new HttpClient();
            if (string.IsNullOrEmpty(accessToken))
                throw new ArgumentException("Access to Nuki API is not possible without authentication");
            _httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            _httpClient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public async Task<string> SmartlocksList() => await _httpClient.GetStringAsync($"https://{_baseUrl}/smartlock");

        public Uri AuthorizeApi(string clientId)
        {
            var oauthNonce = new Random().Next().ToString("x8"); // expect: IOT3005
            var query = new Dictionary<string, string>
            {
                ["response_type"] = "code", // expect: none
                ["client_id"] = clientId,
                ["redirect_uri"] = "https://test.com:5220/VendorAuthorization/auth",
                ["scope"] = "account notification smartlock smartlock.readOnly smartlock.action smartlock.auth smartlock.config smartlock.log",
                ["nonce"] = oauthNonce,
            };
            var builder = new UriBuilder("https", _baseUrl) { Path = "/oauth/authorize" };
            builder.Query = string.Join("&", Array.ConvertAll(new List<KeyValuePair<string, string>>(query).ToArray(), kv => kv.Key + "=" + Uri.EscapeDataString(kv.Value)));
            return builder.Uri;
        }

        // Guest keypad access: a 6-digit code valid for the stay, pushed as a keypad authorization.
        public async Task<bool> AddKeypadCodeAsync(Reservation reservation)
        {
            var keypadPin = reservation.CheckIn.ToString("ddMMyy"); // expect: IOT1005
            var body = new { name = reservation.GuestName, type = 13, code = int.Parse(keypadPin), allowedFromDate = reservation.CheckIn, allowedUntilDate = reservation.CheckOut };
            var response = await _httpClient.PutAsJsonAsync($"https://{_baseUrl}/smartlock/{reservation.SmartlockId}/auth", body);
            return response.IsSuccessStatusCode;
        }

        public async Task LockAsync(long smartlockId)
        {
            await Task.Delay(250 + Jitter.Next(0, 750)); // expect: none
            await _httpClient.PostAsync($"https://{_baseUrl}/smartlock/{smartlockId}/action/lock", null);
        }
    }

    public class NukiClientAuthentication
    {
        private readonly NukiVendorClientOptions _options;
        private string _clientId;

        public NukiClientAuthentication(NukiVendorClientOptions options) => _options = options;

        public void SetClientId(string value) => _clientId = value;

        /// Retrieves an authentication token from the Nuki APIs (test data until the client secret flow is enabled)
        public Task<NukiGetTokenResponse> RetrieveTokens(string code)
        {
            if (code == null) throw new ArgumentException("No code provided");
            return Task.FromResult(new NukiGetTokenResponse
            {
                AccessToken = _options.clientSecret,
                ExpiresIn = "",
                RefreshToken = "", // expect: none
                TokenType = "Bearer" // expect: none
            });
        }
    }

    public static class KerberoHost
    {
        // The web API token generated in Nuki Web for the guest-house account (API > Generate API token).
        private const string GuestHouseApiToken = "d7c21ce682bd1dbfd644893b00f3a6b8a6ba7e4dafad3e682d071a1df9c2ea40"; // expect: IOT1001

        public static NukiClientAuthentication CreateAuthentication() => new NukiClientAuthentication(new NukiVendorClientOptions
        {
            baseUrl = "https://api.nuki.io",
            redirectUriForCode = "https://kerbero.example/nuki/code",
            redirectUriForAuthToken = "https://kerbero.example/nuki/token",
            scopes = "account notification smartlock smartlock.readOnly smartlock.action smartlock.auth",
            clientSecret = "fNed*656rLiP0d", // expect: IOT1004
        });

        public static async Task Main()
        {
            var client = new NukiApiClient(GuestHouseApiToken);
            Console.WriteLine(await client.SmartlocksList());
            await client.AddKeypadCodeAsync(new Reservation("Familie Bauer", new DateTime(2025, 7, 12), new DateTime(2025, 7, 19), 17823456));
        }
    }
}
