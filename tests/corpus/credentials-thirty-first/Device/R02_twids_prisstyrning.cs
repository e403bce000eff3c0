// Real source: twids/prisstyrning HomeAssistantClient.cs, DaikinOAuthService.cs (081295cbf2f0b6df1f9dabab0a195a8e430127b4)
// Domain: electricity-price controller for a Daikin Altherma heat pump (Onecta cloud API, OAuth 2 with PKCE) that reads
//   Nordpool spot prices from a Home Assistant sensor over the HA REST API with a long-lived access token.
// Kept: HomeAssistantClient as written (Bearer header from the constructor's token parameter, masked token preview, GetAsync
//   calls); from DaikinOAuthService the endpoint constants, GetAuthorizationUrl, HandleCallbackAsync (token exchange with a form
//   dictionary and the optional client secret), IntrospectAsync (Basic login from client id and secret read from configuration)
//   and CreatePkcePair / Base64Url.
// Changed: ResolveRedirectUri keeps only its configuration branches (the HttpContext branch is dropped with the ASP.NET
//   dependency); SaveTokens is reduced to writing the JSON to the configured path. Trimmed: refresh, revoke, status, token file
//   loading, the minimal-URL debug variant, GetSensorPriceAsync / GetRawPricesAsync parsing.
// Shimmed: IConfiguration (Microsoft.Extensions.Configuration) is stubbed in _Stubs.cs.
// Secrets: the original holds no written secret (client id, client secret and HA token come from configuration); nothing replaced.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Prisstyrning
{
    public class HomeAssistantClient
    {
        private readonly HttpClient _client;
        private readonly string _baseUrl;

        public HomeAssistantClient(string baseUrl, string token, HttpClient? httpClient = null)
        {
            _baseUrl = baseUrl.TrimEnd('/');
            _client = httpClient ?? new HttpClient();
            _client.DefaultRequestHeaders.Add("Authorization", $"Bearer {token}"); // expect: none
            _client.DefaultRequestHeaders.UserAgent.ParseAdd("Prisstyrning/1.0");
            _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            var masked = token.Length > 12 ? token.Substring(0,8) + "..." + token[^4..] : "(kort)";
            Console.WriteLine($"[HA] Token length={token.Length} preview={masked}");
        }

        public async Task<bool> TestConnectionAsync()
        {
            var url = $"{_baseUrl}/api/";
            try
            {
                var resp = await _client.GetAsync(url);
                var body = await resp.Content.ReadAsStringAsync();
                Console.WriteLine($"[HA] Test /api status={(int)resp.StatusCode} bodySnippet={Truncate(body,120)}");
                return resp.IsSuccessStatusCode;
            }
            catch (Exception ex)
            {
                Console.WriteLine($"[HA] Test connection error: {ex.Message}");
                return false;
            }
        }

        private static string Truncate(string s, int max) => string.IsNullOrEmpty(s) ? s : (s.Length <= max ? s : s.Substring(0,max) + "...");
    }

    internal static class DaikinOAuthService
    {
        private static readonly object _lock = new();
        private static readonly Dictionary<string,string> _stateToVerifier = new();

        private const string DefaultAuthEndpoint = "https://idp.onecta.daikineurope.com/v1/oidc/authorize"; // OIDC authorize
        private const string DefaultTokenEndpoint = "https://idp.onecta.daikineurope.com/v1/oidc/token";   // expect: none
        private const string DefaultIntrospectEndpoint = "https://idp.onecta.daikineurope.com/v1/oidc/introspect"; // introspect

        private record TokenFile(string access_token, string refresh_token, DateTimeOffset expires_at_utc);

        public static string GetAuthorizationUrl(IConfiguration cfg)
        {
            var clientId = cfg["Daikin:ClientId"] ?? throw new InvalidOperationException("Daikin:ClientId saknas");
            var redirectUri = ResolveRedirectUri(cfg);
            var includeOffline = (cfg["Daikin:IncludeOfflineAccess"] ?? "false").Equals("true", StringComparison.OrdinalIgnoreCase);
            var scopeCfg = cfg["Daikin:Scope"];
            var scope = string.IsNullOrWhiteSpace(scopeCfg) ? "openid onecta:basic.integration" : scopeCfg!;
            if (includeOffline && !scope.Split(' ',StringSplitOptions.RemoveEmptyEntries).Contains("offline_access"))
                scope += " offline_access";
            var authEndpoint = cfg["Daikin:AuthEndpoint"] ?? DefaultAuthEndpoint;
            var state = Guid.NewGuid().ToString("N");
            var nonce = Guid.NewGuid().ToString("N"); // expect: none
            var (codeChallenge, verifier) = CreatePkcePair();
            lock(_lock) _stateToVerifier[state] = verifier;
            var url = $"{authEndpoint}?response_type=code&client_id={Uri.EscapeDataString(clientId)}&redirect_uri={Uri.EscapeDataString(redirectUri)}&scope={Uri.EscapeDataString(scope)}&state={state}&nonce={nonce}&code_challenge={codeChallenge}&code_challenge_method=S256";
            Console.WriteLine($"[DaikinOAuth] Built authorize URL (host only) authHost={new Uri(authEndpoint).Host} redirect={redirectUri} scope='{scope}' state={state.Substring(0,8)}... offline={(includeOffline?"yes":"no")}");
            return url;
        }

        public static async Task<bool> HandleCallbackAsync(IConfiguration cfg, string code, string state, string? userId, HttpClient? httpClient = null)
        {
            string? verifier;
            lock(_lock)
            {
                if(!_stateToVerifier.TryGetValue(state, out verifier)) return false;
                _stateToVerifier.Remove(state);
            }
        var clientId = cfg["Daikin:ClientId"] ?? throw new InvalidOperationException("Daikin:ClientId saknas");
        var redirectUri = ResolveRedirectUri(cfg);
        var clientSecret = cfg["Daikin:ClientSecret"]; // expect: none
        var tokenEndpoint = cfg["Daikin:TokenEndpoint"] ?? DefaultTokenEndpoint;
            var form = new Dictionary<string,string>{
                ["grant_type"]="authorization_code",
                ["code"] = code,
                ["client_id"] = clientId,
                ["redirect_uri"] = redirectUri,
                ["code_verifier"] = verifier!
            };
            if(!string.IsNullOrWhiteSpace(clientSecret))
                form["client_secret"] = clientSecret;
            var http = httpClient ?? new HttpClient();
            Console.WriteLine($"[DaikinOAuth] Exchanging code for tokens at {tokenEndpoint}");
            var resp = await http.PostAsync(tokenEndpoint, new FormUrlEncodedContent(form));
            if(!resp.IsSuccessStatusCode)
            {
                Console.WriteLine($"[DaikinOAuth][Error] Token exchange failed {(int)resp.StatusCode} {resp.StatusCode}");
                if (httpClient == null) http.Dispose();
                return false;
            }
            var json = await resp.Content.ReadAsStringAsync();
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var access = root.GetProperty("access_token").GetString()!;
            var refresh = root.GetProperty("refresh_token").GetString()!;
            var expiresIn = root.TryGetProperty("expires_in", out var ei) ? ei.GetInt32() : 3600;
            var expiresAt = DateTimeOffset.UtcNow.AddSeconds(expiresIn - 30);
            SaveTokens(cfg, new TokenFile(access, refresh, expiresAt), userId);
            Console.WriteLine($"[DaikinOAuth] Token exchange OK expiresAt={expiresAt:O} refresh={(refresh?.Length>8?refresh[..8]+"...":"(none)")}");
            if (httpClient == null) http.Dispose();
            return true;
        }

        public static async Task<object?> IntrospectAsync(IConfiguration cfg, string accessToken, HttpClient? httpClient = null)
        {
            var clientId = cfg["Daikin:ClientId"] ?? throw new InvalidOperationException("Daikin:ClientId saknas");
            var clientSecret = cfg["Daikin:ClientSecret"] ?? throw new InvalidOperationException("ClientSecret krävs för introspection");
            var introspectEndpoint = cfg["Daikin:IntrospectEndpoint"] ?? DefaultIntrospectEndpoint;
            var http = httpClient ?? new HttpClient();
            var bytes = Encoding.ASCII.GetBytes(clientId+":"+clientSecret);
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(bytes)); // expect: none
            var form = new Dictionary<string,string>{{"token", accessToken}};
            var resp = await http.PostAsync(introspectEndpoint, new FormUrlEncodedContent(form));
            var body = await resp.Content.ReadAsStringAsync();
            Console.WriteLine($"[DaikinOAuth] Introspect => {(int)resp.StatusCode}");
            if (httpClient == null) http.Dispose();
            try
            {
                return JsonSerializer.Deserialize<JsonElement>(body);
            }
            catch
            {
                // Don't log potentially sensitive OAuth response body
                return new { error = "Failed to parse introspect response", statusCode = (int)resp.StatusCode };
            }
        }

        private static (string codeChallenge, string verifier) CreatePkcePair()
        {
            var verifierBytes = new byte[32];
            RandomNumberGenerator.Fill(verifierBytes); // expect: none
            var verifier = Base64Url(Convert.ToBase64String(verifierBytes));
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.ASCII.GetBytes(verifier));
            var challenge = Base64Url(Convert.ToBase64String(hash));
            return (challenge, verifier);
        }

        private static string Base64Url(string s) => s.Replace("+","-").Replace("/","_").Replace("=","");

        private static string ResolveRedirectUri(IConfiguration cfg)
        {
            var explicitUri = cfg["Daikin:RedirectUri"];
            if (!string.IsNullOrWhiteSpace(explicitUri)) return explicitUri!;
            var baseUrl = cfg["PublicBaseUrl"] ?? Environment.GetEnvironmentVariable("PUBLIC_BASE_URL");
            if (!string.IsNullOrWhiteSpace(baseUrl))
            {
                var path = cfg["Daikin:RedirectPath"] ?? "/auth/daikin/callback";
                return baseUrl!.TrimEnd('/') + path;
            }
            throw new InvalidOperationException("Daikin:RedirectUri saknas och kunde inte härledas (ange Daikin:RedirectUri eller PublicBaseUrl).");
        }

        private static void SaveTokens(IConfiguration cfg, TokenFile tokens, string? userId)
        {
            var path = cfg["Daikin:TokenFile"] ?? Path.Combine("data", "tokens", (userId ?? "default") + ".json");
            File.WriteAllText(path, JsonSerializer.Serialize(tokens));
        }
    }
}
