// Real source: martinalderson/tapo-csharp TapoCSharp.Example/Program.cs (fd4ab07e), TapoCSharp/ApiClient.cs (fd4ab07e)
// Domain: TP-Link Tapo P100 smart plug controlled over the KLAP / passthrough local protocol.
// Kept: credentials read from TAPO_USERNAME / TAPO_PASSWORD environment variables (throwing when missing), the IP_ADDRESS
//   fallback, ApiClient(username, password) and the P100 on / off / info sequence.
// Trimmed: the KLAP and passthrough handshakes, cipher and protocol handlers (ApiClient and P100PlugHandler reduced to
//   stand-ins that keep the credential fields).
// Added: ApiClient / P100PlugHandler stand-ins (constructor fields, async no-op methods).
// Shimmed: nothing.
// Replaced: the top-level statements by a static RunAsync method (the corpus compiles as a library).
#nullable enable
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace TapoCSharp
{
    public class ApiClient
    {
        private readonly string _username;
        private readonly string _password;
        private readonly HttpClient _httpClient = new HttpClient();

        public ApiClient(string username, string password)
        {
            _username = username;
            _password = password;
        }

        public Task<P100PlugHandler> P100Async(string ipAddress) =>
            Task.FromResult(new P100PlugHandler(_username, _password, ipAddress, _httpClient));
    }

    public class P100PlugHandler
    {
        private readonly string _username;
        private readonly string _password;
        private readonly string _ipAddress;

        internal P100PlugHandler(string username, string password, string ipAddress, HttpClient httpClient)
        {
            _username = username;
            _password = password;
            _ipAddress = ipAddress;
        }

        public Task<Dictionary<string, object>> GetDeviceInfoAsync() =>
            Task.FromResult(new Dictionary<string, object> { ["ip"] = _ipAddress });
        public Task OnAsync() => Task.CompletedTask;
        public Task OffAsync() => Task.CompletedTask;
    }
}

namespace TapoCSharp.Example
{
    using TapoCSharp;

    public static class Program
    {
        public static async Task RunAsync()
        {
            // Get credentials from environment variables
            var username = Environment.GetEnvironmentVariable("TAPO_USERNAME") // expect: none
                ?? throw new InvalidOperationException("TAPO_USERNAME environment variable not set");
            var password = Environment.GetEnvironmentVariable("TAPO_PASSWORD") // expect: none
                ?? throw new InvalidOperationException("TAPO_PASSWORD environment variable not set");
            var ipAddress = Environment.GetEnvironmentVariable("IP_ADDRESS") ?? "192.168.0.250";

            Console.WriteLine($"Connecting to Tapo device at {ipAddress}...");

            try
            {
                var client = new ApiClient(username, password);
                var device = await client.P100Async(ipAddress);

                Console.WriteLine("Connected! Getting device info...");
                var deviceInfo = await device.GetDeviceInfoAsync();
                Console.WriteLine($"Device Info: {deviceInfo}");

                Console.WriteLine("Turning device on...");
                await device.OnAsync();

                await Task.Delay(2000);

                Console.WriteLine("Turning device off...");
                await device.OffAsync();

                Console.WriteLine("Example completed successfully!");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Error: {ex.Message}");
            }
        }
    }
}
