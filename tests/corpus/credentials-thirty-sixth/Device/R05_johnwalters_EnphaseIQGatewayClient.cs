// Real source: johnwalters/EnphaseIQGatewayClient IQClientLib/Client.cs (2f3f8319), IQClientConsole/Processor.cs (f4eaba5f)
// Domain: poller for an Enphase IQ Gateway (solar inverter gateway) on the home network, storing its JSON responses.
// Kept: the client's token field with its written template value, replaced by the constructor's argument; the Bearer
//   Authorization header built by interpolation; the "envoy.local" address; the retry loop on "no such host"; the console
//   processor reading the token from appsettings.json under "Token".
// Trimmed: the database repository, IQResponse wrapper, meters / status / consumption calls, response models (one kept as
//   a stand-in), the certificate callback (IOT3002, out of scope).
// Added: Inverter stand-in record.
// Shimmed: IConfiguration, ConfigurationBuilder.AddJsonFile / Build (_Stubs.cs).
// Replaced: Newtonsoft.Json by System.Text.Json; the two-argument Client(token, connectionString) of the later Processor
//   by the one-argument constructor of the Client version read.
#nullable disable
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace IQClientLib
{
    public sealed record Inverter(string SerialNumber, int LastReportWatts);

    public class Client
    {
        private string _localEnvoyToken = @"GET_A_TOKEN"; // expect: IOT1006
        private static readonly string _localEnvoyIpAddress = "envoy.local"; // expect: none
        private static readonly int _maxGetAttempts = 3;
        private static readonly int _attemptDelayTicks = 2000;

        public Client(string token)
        {
            _localEnvoyToken = token;
        }

        private async Task<string> GetLocalEnvoyJson(string urlSuffix)
        {
            try
            {
                HttpClientHandler handler = new HttpClientHandler();
                var client = new HttpClient(handler);
                client.DefaultRequestHeaders.Add("Accept", "application/json");
                client.DefaultRequestHeaders.Add("Authorization", $"Bearer {_localEnvoyToken}");

                string apiUrl = $"https://{_localEnvoyIpAddress}/{urlSuffix}";
                HttpResponseMessage response = await this.GetResponseFromServer(client, apiUrl);
                response.EnsureSuccessStatusCode(); // Throws an exception if the response is not successful
                return await response.Content.ReadAsStringAsync();
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Error occurred: {ex.Message}");
                return null;
            }
        }

        private async Task<HttpResponseMessage> GetResponseFromServer(HttpClient client, string apiUrl)
        {
            var attempts = 0;
            var isAttempting = true;
            while (isAttempting)
            {
                try
                {
                    HttpResponseMessage response = await client.GetAsync(apiUrl);
                    return response;
                }
                catch (Exception ex)
                {
                    Console.WriteLine($"Error occurred: {ex.Message}");
                    var isNoSuchHostException = ex.Message.ToLower().Contains("no such host is known");
                    if (!isNoSuchHostException)
                    {
                        throw;
                    }
                    // happens when we hit it too hard. Delay and try again
                    attempts++;
                    isAttempting = attempts <= _maxGetAttempts;
                    if (isAttempting)
                    {
                        Thread.SpinWait(_attemptDelayTicks);
                    }
                }
            }
            return null;
        }

        public async Task<List<Inverter>> GetInverters()
        {
            string jsonResponse = await this.GetLocalEnvoyJson("api/v1/production/inverters");
            return jsonResponse == null ? null : JsonSerializer.Deserialize<List<Inverter>>(jsonResponse);
        }
    }
}

namespace IQClientConsole
{
    using IQClientLib;

    public class Processor
    {
        private IConfiguration _config;
        private Client _client;

        public Processor()
        {
            _config = InitConfiguration();
            var token = _config["Token"]; // expect: none
            _client = new Client(token);
        }

        public void GetInverters()
        {
            try
            {
                var inverterResponse = _client.GetInverters().Result;
                Console.WriteLine(JsonSerializer.Serialize(inverterResponse) + "\n");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Exception occurred {ex}");
            }
        }

        private IConfiguration InitConfiguration()
        {
            var config = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json")
            .AddJsonFile("appsettings.Development.json")
            .Build();
            return config;
        }
    }
}
