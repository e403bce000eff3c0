// Real source: akinbender/MakerPrompt MakerPrompt.Shared/Services/PrusaLinkApiService.cs,
//              MakerPrompt.Shared/Services/MoonrakerApiService.cs, MakerPrompt.Shared/Services/FarmConfigurationService.cs
// Kept: ConfigureClient's HttpClientHandler.Credentials = NetworkCredential(settings.UserName, settings.Password) with
// PreAuthenticate, the Basic header built from "{UserName}:{Password}", the /api/version, /api/v1/info and /api/v1/status
// calls, MapPrusaStatus. Changed: the Blazor browser branch dropped; added: the print farm's connection table (PrusaLink
// logins, a Moonraker API key sent as X-Api-Key, one key never filled in) and the Moonraker header branch.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace MakerPrompt.Shared.Models
{
    public enum PrinterConnectionType { PrusaLink, Moonraker }

    public class ApiConnectionSettings
    {
        public string Url { get; set; } = string.Empty;
        public string UserName { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
        public string ApiKey { get; set; } = string.Empty;
    }

    public record FarmPrinter(string Name, PrinterConnectionType Type, ApiConnectionSettings Api);
}

namespace MakerPrompt.Shared.Services
{
    using MakerPrompt.Shared.Models;

    public static class FarmConfigurationService
    {
        public static IReadOnlyList<FarmPrinter> Printers { get; } = new List<FarmPrinter>
        {
            new FarmPrinter("MK4-01", PrinterConnectionType.PrusaLink, new ApiConnectionSettings
            {
                Url = "http://192.168.50.21", // expect: none
                UserName = "maker",
                Password = "zS7H-TDnhZgN#XrV", // expect: IOT1001
            }),
            new FarmPrinter("MK4-02", PrinterConnectionType.PrusaLink, new ApiConnectionSettings
            {
                Url = "http://192.168.50.22",
                UserName = "maker",
                Password = "changeme", // expect: IOT1002
            }),
            new FarmPrinter("Voron-350", PrinterConnectionType.Moonraker, new ApiConnectionSettings
            {
                Url = "http://192.168.50.30:7125",
                ApiKey = "0a9c6de6e84040d3ca7ddf4911fe7723", // expect: IOT1001
            }),
            new FarmPrinter("Voron-250", PrinterConnectionType.Moonraker, new ApiConnectionSettings
            {
                Url = "http://192.168.50.31:7125",
                ApiKey = "YOUR_MOONRAKER_API_KEY", // expect: IOT1006
            }),
        };
    }

    public class PrusaLinkApiService
    {
        private HttpClient _httpClient;

        public async Task<bool> ConnectAsync(FarmPrinter printer)
        {
            ConfigureClient(printer.Type, printer.Api);
            var version = await _httpClient.GetStringAsync(printer.Type == PrinterConnectionType.PrusaLink ? "/api/version" : "/server/info");
            return !string.IsNullOrEmpty(version);
        }

        private void ConfigureClient(PrinterConnectionType type, ApiConnectionSettings settings)
        {
            var handler = new HttpClientHandler();
            if (type == PrinterConnectionType.PrusaLink && (!string.IsNullOrEmpty(settings.UserName) || !string.IsNullOrEmpty(settings.Password)))
            {
                handler.Credentials = new NetworkCredential(settings.UserName, settings.Password);
                handler.PreAuthenticate = true;
            }

            _httpClient = new HttpClient(handler) { BaseAddress = new Uri(settings.Url), Timeout = TimeSpan.FromSeconds(30) };
            _httpClient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            if (type == PrinterConnectionType.Moonraker && !string.IsNullOrEmpty(settings.ApiKey))
            {
                _httpClient.DefaultRequestHeaders.Add("X-Api-Key", settings.ApiKey);
            }
            else if (!string.IsNullOrEmpty(settings.UserName) || !string.IsNullOrEmpty(settings.Password))
            {
                var credentialBytes = Encoding.ASCII.GetBytes($"{settings.UserName}:{settings.Password}");
                _httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentialBytes));
            }
        }

        public static string MapPrusaStatus(string status) => status?.ToUpperInvariant() switch
        {
            "PRINTING" => "Printing",
            "PAUSED" => "Paused",
            "ERROR" => "Error",
            "READY" or "IDLE" => "Connected",
            _ => "Disconnected"
        };
    }
}
