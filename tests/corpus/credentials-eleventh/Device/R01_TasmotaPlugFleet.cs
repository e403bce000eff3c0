// Real source: serkansmg/TasmotaSharp TasmotaSharp/README.extended.md ("Quick start", use cases 1, 6 and 7,
// "Example: Console App", "Example: Worker Service with DI"); the library itself (TasmotaSharp/TasmotaClient.cs) is
// referenced as the NuGet package TasmotaSharp (stubbed in _Stubs.cs).
// Domain: Tasmota smart plugs of a holiday-flat building (storage heaters, towel rails, hall lights).
// Changed: the README snippets are gathered into one console program; the Worker Service example is written as a
// plain polling class (no Microsoft.Extensions.Hosting). The README's Wi-Fi password was replaced by a freshly
// invented one of the same shape; the README's MQTT values "secret" and "pass" are kept as they stand.
// Added: the web-password protected /cm call of the flats that have a Tasmota web password, log lines.
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TasmotaSharp;

namespace HolidayFlats.PlugFleet
{
    internal static class PlugFleetProgram
    {
        // Added: flats 3 and 4 run Tasmota with "WebPassword" set; /cm then needs user and password in the query.
        private const string WebUser = "admin";
        private const string WebPassword = "MeadowHarbor!"; // expect: IOT1001
        private const string WebPasswordCommand = "WebPassword"; // expect: none
        private const string MaskedForLog = "********"; // expect: none

        static async Task<int> Main(string[] args)
        {
            var host = args.Length > 0 ? args[0] : "10.0.4.41";
            var client = new TasmotaClient(host);

            Console.WriteLine($"Connected to {host}");

            // Relay
            await client.SetRelayAsync(1, true);      // ON
            bool? isOn = await client.GetRelayStateAsync(1);

            // Time / timezone / DST
            await client.SetTimezoneAsync(3);         // UTC+3
            await client.SetDstAsync(false);          // DST off
            await client.SetTimeAsync(DateTime.Now);  // sync time

            // Wi-Fi
            await client.SetWifiCredentialsAsync("OfficeWiFi", "CopperLantern!", restartAfter: true); // expect: IOT1001
            var wifi = await client.GetWifiInfoAsync();
            var nets = await client.ScanWifiAsync();
            foreach (var ap in nets ?? new())
                Console.WriteLine($"{ap.SSID} ch{ap.Channel} {ap.SignalDbm} dBm");

            // MQTT
            await client.SetMqttAsync("10.0.4.10", port: 1883, user: "smg", password: "secret"); // expect: IOT1006
            var mqtt = await client.GetMqttStatusAsync();

            // 7) MQTT setup
            await client.SetMqttAsync("10.0.4.10", 1883, "user", "pass", "client01", "tasmota/dev01"); // expect: IOT1002
            mqtt = await client.GetMqttStatusAsync();
            Console.WriteLine($"Connected: {mqtt?.MqttHost}");

            // 1) Toggle relay and check status
            var newState = await client.ToggleRelayAsync(1);
            Console.WriteLine($"Relay1 is now {(newState == true ? "ON" : "OFF")}");

            Console.WriteLine($"Remember to set {WebPasswordCommand} on every plug before the season starts."); // expect: none
            await QueryProtectedFlatAsync("10.0.4.43");

            Console.WriteLine("Tasmota keeps MqttPassword in flash; Status 6 shows it masked."); // expect: none

            // Restart
            await client.RestartAsync();
            return 0;
        }

        // Added
        private static async Task QueryProtectedFlatAsync(string host)
        {
            using var http = new HttpClient();
            var status = await http.GetStringAsync($"http://{host}/cm?user={WebUser}&password={WebPassword}&cmnd=Status%200");
            Console.WriteLine($"{host} (web password {MaskedForLog}): {status.Length} bytes");
        }
    }

    // Example: Worker Service with DI (Changed: plain class with its own loop)
    public sealed class TasmotaWorker
    {
        private readonly TasmotaClient _client = new("10.0.4.41");

        public async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            Console.WriteLine("Worker started");
            await _client.EnableAllTimersAsync(true);

            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await _client.SetLedStateAsync(1);
                    var wifi = await _client.GetWifiInfoAsync();
                    Console.WriteLine($"WiFi: RSSI={wifi?.Wifi?.RSSI}, SSID={wifi?.Wifi?.SSId}");

                    await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
                }
                catch (Exception ex)
                {
                    Console.WriteLine($"Loop error: {ex.Message}");
                    await Task.Delay(10000, stoppingToken);
                }
            }
        }
    }
}
