// Real source: Beatwen/TeslaAPI TeslaAPI/Component/PartnerToken.cs + TeslaAPI/Component/EcKey.cs
// Domain: a destination-charging network's back office that registers with the Tesla Fleet API to start charging sessions.
// Kept: GetPartnerToken reading "PartnerToken" from browser local storage, IsTokenStillValid, GeneratePartnerToken with
// clientId / clientSecret locals in a client_credentials request serialised from an anonymous object and posted with
// HttpRequestMessage, the TokenResponse class, and EcKeyGenerator's field holding the command-signing key as base64
// SEC1 DER (both the client id and secret, and the key, replaced by generated values of the same shape).
// Added (marked "// Added"): the key loaded for signing, the region's audience.
using System;
using System.Diagnostics;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.JSInterop;

namespace TeslaAPI.Component
{
    public class PartnerToken
    {
        string token { get; set; }
        public static async Task<string> GetPartnerToken(IJSRuntime jsRuntime)
        {
            Debug.Print("GetPartnerToken");
            LocalStorageService _storageService = new LocalStorageService(jsRuntime);
            string token = await _storageService.GetItemAsync<string>("PartnerToken"); // expect: none
            bool valid = await IsTokenStillValid(_storageService);
            if (token != null && valid)
            {
                Debug.Print("Token is still valid.");
                return token;
            }
            else
            {
                Debug.Print("Token not found in local storage. Generating a new one..."); // expect: none
                return await GeneratePartnerToken(_storageService);
            }

        }
        static async Task<bool> IsTokenStillValid(LocalStorageService _localStorageService)
        {
            var expiresAt = await _localStorageService.GetItemAsync<DateTime>("PartnerTokenExpiresAt"); // expect: none
            return expiresAt > DateTime.Now;
        }
        static async Task<string> GeneratePartnerToken(LocalStorageService _localStorageService)
        {
            Debug.Print("Generating partner access token...");
            string clientId = "c6fd3ed9-b0cf-47e4-850a-c73a917fab5d"; // expect: none
            string clientSecret = "ta-secret.JZAanZ1rCKrmpMtv"; // expect: IOT1001
            using (var httpClient = new HttpClient())
            {
                var tokenRequest = new
                {
                    grant_type = "client_credentials",
                    client_id = clientId,
                    client_secret = clientSecret,
                    // Changed: the scopes the charging back office requests (empty in the original)
                    scope = "openid vehicle_device_data vehicle_charging_cmds", // expect: none
                    // Added
                    audience = "https://fleet-api.prd.eu.vn.cloud.tesla.com"
                };
                var tokenRequestJson = JsonSerializer.Serialize(tokenRequest);
                var request = new HttpRequestMessage(HttpMethod.Post, "https://auth.tesla.com/oauth2/v3/token")
                {
                    Content = new StringContent(tokenRequestJson, Encoding.UTF8, "application/json")
                };

                var response = await httpClient.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    var responseContent = await response.Content.ReadAsStringAsync();
                    var tokenResponse = JsonSerializer.Deserialize<TokenResponse>(responseContent);
                    string partnerAccessToken = tokenResponse.access_token;

                    // Store the new token and its expiration time in local storage
                    await _localStorageService.SetItemAsync("PartnerToken", partnerAccessToken);
                    await _localStorageService.SetItemAsync("PartnerTokenExpiresAt", DateTime.Now.AddSeconds(tokenResponse.expires_in));
                    return partnerAccessToken;
                }
                else
                {
                    Debug.Print("Failed to obtain partner access token. Status code: " + response.StatusCode);
                    return null;
                }
            }
        }
    }

    public class TokenResponse
    {
        public string access_token { get; set; }
        public string token_type { get; set; }
        public int expires_in { get; set; }
        public string scope { get; set; }
    }

    public class EcKeyGenerator
    {
        private string EcPrivateKey = "MHcCAQEEIMRDHrpYs+HufQZxM6KIy+NVf16Zon1qGJ3lGvaJSH0UoAoGCCqGSM49AwEHoUQDQgAECoU7CKzm4TLMnMEAZION1pa1ih1gseWXrISG1537thzkxK57/lliHKf4FzEMG2iSO5FhnWfV/l35xecqaYD/IQ=="; // expect: IOT1003

        // Added: the key signs vehicle commands
        public ECDsa Load()
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportECPrivateKey(Convert.FromBase64String(EcPrivateKey), out _);
            return ecdsa;
        }
    }

    // Shape of the repository's Data/LocalStorageService.cs (JS interop over localStorage)
    public class LocalStorageService
    {
        private readonly IJSRuntime _js;
        public LocalStorageService(IJSRuntime js) { _js = js; }
        public async Task<T> GetItemAsync<T>(string key)
        {
            var json = await _js.InvokeAsync<string>("localStorage.getItem", key);
            return json == null ? default : JsonSerializer.Deserialize<T>(json);
        }
        public async Task SetItemAsync<T>(string key, T value)
        {
            await _js.InvokeVoidAsync("localStorage.setItem", key, JsonSerializer.Serialize(value));
        }
    }
}
