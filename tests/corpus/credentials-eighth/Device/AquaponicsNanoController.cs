// Own code: the aquaponics greenhouse controller on .NET nanoFramework: Wi-Fi, Azure IoT Hub telemetry, a local
// web server for the grower and a dosing-pump service link. Secrets come from AquaSecrets (AquaponicsSecrets.cs).
using System.Net;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus8.Aquaponics
{
    public class AquaponicsController
    {
        private WebServer _server;

        public void Start(bool useFallback)
        {
            var ok = WifiNetworkHelper.ConnectDhcp(AquaSecrets.WifiSsid,
                useFallback ? AquaSecrets.FallbackWifiPassword : AquaSecrets.WifiPassword,
                requiresDateTime: true);
            if (!ok)
            {
                WifiNetworkHelper.Reconnect();
            }

            var hub = new nanoFramework.Azure.Devices.Client.DeviceClient(
                AquaSecrets.HubName + ".azure-devices.net", AquaSecrets.DeviceId, AquaSecrets.SasKey);

            _server = new WebServer(80)
            {
                ApiKey = AquaSecrets.DashboardApiKey,
                Credential = new NetworkCredential("grower", "Koi-Pond-Nitrate-5") // expect: IOT1001
            };
        }

        public void ServicePump(PumpLink link) => link.Authenticate(AquaSecrets.PumpServiceToken);

        public static void JoinBackupNetwork() =>
            WiFiNetworkHelper.ScanAndConnectDhcp("Greenhouse-Backup", "changeme"); // expect: IOT1002

        public static void JoinTemplateNetwork() =>
            WifiNetworkHelper.ConnectDhcp("REPLACE-WITH-YOUR-SSID", "REPLACE-WITH-YOUR-WIFI-KEY"); // expect: IOT1006
    }

    [Authentication("Basic:grower Koi-Pond-Nitrate-5")] // expect: IOT1001
    public class GrowerController
    {
        [Authentication(AquaSecrets.LocalAdminBasic)]
        public void SetFeedSchedule() { }

        [Authentication("ApiKey:aq-feed-Zr52Lx0Pn")] // expect: IOT1001
        public void TriggerFeed() { }

        [Authentication("None")] // expect: none
        public void Status() { }
    }

    // The team's own dosing-pump link (not a catalogued sink).
    public class PumpLink
    {
        public void Authenticate(string serviceToken) { }
    }

    public static class GrowerExtras
    {
        public static void JoinShedNetwork() => WifiNetworkHelper.ConnectDhcp("PottingShed", "Loam-Vetch-Drip-81"); // expect: IOT1001
        public static void SetApiKey(WebServer server) => server.ApiKey = "API_KEY"; // expect: IOT1006
        public const string FeedTopic = "aquaponics/feed"; // expect: none
        public const string SsidLabel = "Wi-Fi network"; // expect: none
    }
}
