// Written for corpus12: a 3D-print-farm supervisor on a Raspberry Pi: OctoPrint instances (X-Api-Key), Moonraker,
// Home Assistant notification, camera snapshot URL, GitHub release check, a Spaghetti-detection webhook.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace PrintFarm
{
    public sealed class OctoPrintInstance
    {
        private readonly HttpClient _http;

        public OctoPrintInstance(string baseUrl, string apiKey)
        {
            _http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        public Task<string> JobAsync() => _http.GetStringAsync("api/job");
    }

    public class FarmSupervisor
    {
        private static readonly string[] PrinterKeys =
        {
            "0Nk44iHFH37rIibJ7BbXu5gs", // expect: IOT1001
            "xxxxxxxxxxxxxxxxxxxxxxxx", // expect: IOT1006
        };

        private readonly List<OctoPrintInstance> _printers = new();

        public FarmSupervisor()
        {
            for (int i = 0; i < PrinterKeys.Length; i++)
                _printers.Add(new OctoPrintInstance($"http://octopi-{i + 1}.local/", PrinterKeys[i]));

            _printers.Add(new OctoPrintInstance("http://octopi-resin.local/", KeyFor("resin")));
        }

        private static string KeyFor(string bay) => bay switch
        {
            "resin" => "HJUq66dcGQQaNCf4AORr2pYgYb", // expect: IOT1001
            "large" => "TODO", // expect: IOT1006
            _ => "",
        };

        public async Task NotifyHomeAssistantAsync(string message)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "Bearer " + HaToken);
            await http.PostAsync("http://homeassistant.local:8123/api/services/notify/mobile", new StringContent(message));
        }

        private const string HaToken = "ha_llat_8f3c1a9e0b7d4c62a5e1f0b3d9c8a7e6"; // expect: IOT1001

        public static string SnapshotUrl(string host) => $"http://{host}/webcam/?action=snapshot&user=farm&pwd=Layer-0.2mm"; // expect: IOT1001

        public static async Task<string> LatestFirmwareAsync()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "token ghp_IrxcFDRMaVIqiKlXYX4iWS0tP3SVmFn06rcw"); // expect: IOT1003
            return await http.GetStringAsync("https://api.github.com/repos/printfarm/firmware/releases/latest");
        }

        public static async Task PostSpaghettiAlertAsync(string printer)
        {
            using var http = new HttpClient();
            await http.PostAsync("https://hooks.printfarm.example/spaghetti?printer=" + printer + "&access_token=your-webhook-token", null); // expect: IOT1006
        }

        // Not secrets
        public const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        public const string OctoPrintApiKeyHelp = "Find the API key under Settings > API in OctoPrint"; // expect: none
        public const string FilamentRunoutToken = "TOKEN"; // expect: none
        public static readonly Guid FarmInstanceId = Guid.Parse("3b8f6c2e-9a41-4d7b-b0e5-2c6f1a9d8e47"); // expect: none
    }
}
