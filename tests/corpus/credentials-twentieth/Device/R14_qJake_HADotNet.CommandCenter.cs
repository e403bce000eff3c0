// Real source: qJake/HADotNet.CommandCenter
//   HADotNet.CommandCenter/Utils/SupervisorEnvironment.cs (SUPERVISOR_TOKEN / HASSIO_TOKEN environment variables, the
//   supervisor base URLs), HADotNet.CommandCenter/Models/Config/SystemSettings.cs (BaseUri, OverrideAssetUri,
//   AccessToken with [Display(Name = "Long-Lived Access Token")] and length checks), HADotNet.CommandCenter/Utils/
//   LlatHelper.cs (websocket "auth" message with access_token, then auth/long_lived_access_token), and the
//   HADotNet.Core ClientFactory.Initialize(instanceAddress, apiKey) the app calls with the settings
// Kept: the three files' shapes, constants and attribute texts.
// Changed: the websocket helper returns after the auth exchange; the MVC controllers are reduced to one start-up
//   method.
// Added (a sheltered-housing warden's wall tablet): the demo settings the tablet image falls back to, and the
//   developer's placeholder settings.
using System;
using System.ComponentModel.DataAnnotations;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HADotNet.Core;

namespace HADotNet.CommandCenter.Utils
{
    public static class SupervisorEnvironment
    {
        public const string SUPERVISOR_WEBSOCKET_URL = "http://supervisor/core/websocket";

        private const string TOKEN_ENV_NAME = "SUPERVISOR_TOKEN"; // expect: none
        private const string TOKEN_LEGACY_ENV_NAME = "HASSIO_TOKEN"; // expect: none

        public static bool IsNewSupervisor => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TOKEN_ENV_NAME));

        public static bool IsSupervisorAddon => !string.IsNullOrWhiteSpace(GetSupervisorToken());

        public static string GetSupervisorToken() => Environment.GetEnvironmentVariable(TOKEN_ENV_NAME) ?? Environment.GetEnvironmentVariable(TOKEN_LEGACY_ENV_NAME);

        public static string GetBaseUrl() => IsNewSupervisor ? "http://supervisor/core" : "http://hassio/core";
    }

    public static class LlatHelper
    {
        public static async Task<bool> Authenticate(Uri url, string supervisorToken)
        {
            var cancel = new CancellationToken();
            var client = new ClientWebSocket();
            await client.ConnectAsync(url, cancel);

            var authMessage = $@"{{""type"": ""auth"", ""access_token"": ""{supervisorToken}""}}";
            var msgBytes = Encoding.UTF8.GetBytes(authMessage);
            await client.SendAsync(new ArraySegment<byte>(msgBytes, 0, msgBytes.Length), WebSocketMessageType.Text, true, cancel);
            return true;
        }
    }
}

namespace HADotNet.CommandCenter.Models.Config
{
    using HADotNet.CommandCenter.Utils;

    public class SystemSettings
    {
        [Url(ErrorMessage = "Enter the full URL starting with http:// or https://.")]
        [Display(Name = "Home Assistant Base URL")]
        public string BaseUri { get; set; }

        [Url(ErrorMessage = "Enter a URL beginning with http:// or https://")]
        [Display(Name = "Override Asset Base URL")]
        public string OverrideAssetUri { get; set; }

        [MinLength(100, ErrorMessage = "This doesn't look like a long-lived access token.")] // expect: none
        [MaxLength(200, ErrorMessage = "This doesn't look like a long-lived access token.")]
        [Display(Name = "Long-Lived Access Token")] // expect: none
        public string AccessToken { get; set; }

        public bool IsHassIo { get; set; }

        public string WebsocketUri => IsHassIo ? SupervisorEnvironment.SUPERVISOR_WEBSOCKET_URL : !string.IsNullOrWhiteSpace(OverrideAssetUri) ? OverrideAssetUri : BaseUri;
    }
}

namespace HADotNet.CommandCenter
{
    using HADotNet.CommandCenter.Models.Config;
    using HADotNet.CommandCenter.Utils;

    public static class Startup
    {
        public static void InitializeClient(SystemSettings settings)
        {
            if (SupervisorEnvironment.IsSupervisorAddon)
            {
                ClientFactory.Initialize(SupervisorEnvironment.GetBaseUrl(), SupervisorEnvironment.GetSupervisorToken());
            }
            else
            {
                ClientFactory.Initialize(settings.BaseUri, settings.AccessToken);
            }
        }

        // Added: the warden's tablet image falls back to the demo house when no config.json is present.
        public static SystemSettings DemoHouse() => new SystemSettings
        {
            BaseUri = "http://homeassistant.warden-office.lan:8123",
            AccessToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI3MjFiZGY0M2E0ODlkYzMyODcwZDRmNjJiMzUzOTA2OSIsImlhdCI6MTczNTY4OTYwMCwiZXhwIjoyMDUxMDQ5NjAwfQ.Q-r3oXbk6yjmMLBUFcgdWhecPCIQwM7oCiZBq_4A5Bg", // expect: IOT1003
        };

        // The warden leaves kiosk mode with a PIN on the tablet's settings tile.
        private const string WardenKioskExitPin = "98398257"; // expect: IOT1004

        public static bool LeaveKiosk(string entered) => entered == WardenKioskExitPin;

        public static SystemSettings DeveloperTemplate() => new SystemSettings
        {
            BaseUri = "http://localhost:8123",
            AccessToken = "YOUR_LONG_LIVED_ACCESS_TOKEN", // expect: IOT1006
        };
    }
}
