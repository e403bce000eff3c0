// Real source: NALStudio/NDiscoPlus
//   NDiscoPlus.PhilipsHue/Authentication/HueAuthentication.cs (POST to the bridge's v1 authentication endpoint with
//   devicetype "{appName}#{instanceName}", link-button error 101, HueCredentials(AppKey: success.Username, ClientKey:
//   success.ClientKey)), NDiscoPlus.PhilipsHue/Authentication/Models/HueCredentials.cs (record struct AppKey,
//   ClientKey), NDiscoPlus.PhilipsHue/Api/HueApi/LocalHueApi.cs (http.DefaultRequestHeaders.Add("hue-application-key",
//   credentials.AppKey))
// Kept: the authentication flow, the name checks, the record and the header.
// Changed: EndpointsV1 is reduced to the one URL; HueHttpClientProvider is a plain HttpClient.
// Added (a dance school's studio lights synced to the music): the entertainment stream's DTLS PSK identity made from
//   the ClientKey, and the studio bridge's credentials saved in code by the installer.
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Org.BouncyCastle.Tls;

namespace NDiscoPlus.PhilipsHue.Authentication.Models
{
    public readonly record struct HueCredentials(string AppKey, string ClientKey);

    public class HueAuthenticationException : Exception { public HueAuthenticationException(string message) : base(message) { } }
    public class HueLinkButtonNotPressedException : HueAuthenticationException { public HueLinkButtonNotPressedException(string message) : base(message) { } }

    public class AuthenticationRequest { public string DeviceType { get; set; } public bool GenerateClientKey { get; set; } = true; }
    public class AuthenticationErrorResponse { public int Type { get; set; } public string Description { get; set; } }
    public class AuthenticationSuccessResponse { public string Username { get; set; } public string ClientKey { get; set; } }
    public class AuthenticationResponse { public AuthenticationErrorResponse Error { get; set; } public AuthenticationSuccessResponse Success { get; set; } }
}

namespace NDiscoPlus.PhilipsHue.Authentication
{
    using NDiscoPlus.PhilipsHue.Authentication.Models;

    public class HueAuthentication
    {
        private readonly string authenticationEndpoint;
        private readonly HttpClient http;

        public HueAuthentication(string bridgeIp)
        {
            authenticationEndpoint = $"http://{bridgeIp}/api";
            http = new();
        }

        public async Task<HueCredentials> Authenticate(string appName, string instanceName)
        {
            ThrowIfNameInvalid(appName);
            ThrowIfNameInvalid(instanceName);

            JsonContent content = JsonContent.Create(
                new AuthenticationRequest
                {
                    DeviceType = $"{appName}#{instanceName}"
                }
            );

            HttpResponseMessage response = await http.PostAsync(authenticationEndpoint, content);

            if (!response.IsSuccessStatusCode)
                throw new HueAuthenticationException($"Request failed: {response.StatusCode}");

            AuthenticationResponse responseContent = await response.Content.ReadFromJsonAsync<AuthenticationResponse>();

            if (responseContent?.Error is AuthenticationErrorResponse error)
            {
                if (error.Type == 101)
                    throw new HueLinkButtonNotPressedException(error.Description);
                else
                    throw new HueAuthenticationException($"{error.Type}: {error.Description}");
            }

            if (responseContent?.Success is not AuthenticationSuccessResponse success)
                throw new HueAuthenticationException("Could not deserialize response.");

            return new HueCredentials(
                AppKey: success.Username,
                ClientKey: success.ClientKey
            );
        }

        private static void ThrowIfNameInvalid(string name, [CallerArgumentExpression(nameof(name))] string paramName = null)
        {
            if (name.Contains('#'))
                throw new ArgumentException("Invalid character in name: '#'", paramName);

            const int maxLen = 19;
            if (name.Length > maxLen)
                throw new ArgumentException($"Name too long. Maximum character length: {maxLen}.", paramName);
        }
    }
}

namespace NDiscoPlus.PhilipsHue.Api.HueApi
{
    using NDiscoPlus.PhilipsHue.Authentication.Models;

    public partial class LocalHueApi : IDisposable
    {
        private readonly HttpClient http;

        public LocalHueApi(string bridgeIp, HueCredentials credentials)
        {
            http = new HttpClient { BaseAddress = new Uri($"https://{bridgeIp}") };
            http.DefaultRequestHeaders.Add("hue-application-key", credentials.AppKey); // expect: none
        }

        public void Dispose()
        {
            http?.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    // Added: the entertainment area streams over DTLS with the ClientKey as the PSK.
    public static class EntertainmentStream
    {
        public static TlsPskIdentity PskIdentity(HueCredentials credentials) =>
            new BasicTlsPskIdentity(credentials.AppKey, Convert.FromHexString(credentials.ClientKey));
    }

    public static class DanceStudioBridge
    {
        public const string BridgeIp = "192.168.50.2";
        public const string AppName = "NDiscoPlus"; // expect: none

        public static HueCredentials Saved() => new HueCredentials(
            AppKey: "arLqxk7nLdPEkpbCTB0apkbD90PBgbOrUmhlo3lN", // expect: IOT1001
            ClientKey: "9258076611c72e94a9fca43034bfa2c5"); // expect: IOT1003

        public const string PairingInstructions = "Press the link button on the bridge, then select Pair within 30 seconds."; // expect: none
    }
}
