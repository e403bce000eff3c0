// Real source: NicolaiPetri/wiser2mqtt Worker.cs and MqttHelper.cs (0870b0bd), WiserOptions.cs and MqttOptions.cs (a04310dc)
// Domain: gateway that polls a Schneider Electric Wiser energy gateway (wireless energy meters, REST over HTTPS with Basic login)
// and republishes the meter readings to MQTT with Home Assistant auto-discovery.
// Kept: Worker as written (Basic header built from the configured login, inventory and polling, the curl fallback on Linux, the
//   accumulated-energy discovery topic), MqttHelper as written (WithCredentials from the bound MqttOptions), the two option classes.
// Changed: nothing was a secret (user names and passwords come from configuration); trimmed: the `#if UNUSED` TLS experiment and the
//   per-phase discovery topics. MqttOptions gains the Username, Password and HassAutoDiscovery properties the later MqttHelper and
//   Worker read (the stored MqttOptions.cs is the earlier version).
// Shims: Microsoft.Extensions hosting / logging / options, Newtonsoft.Json, the project's CurlWrapper, and MQTTnet v3 (factory, client,
//   Build and PublishAsync as extension methods; v3's builder is named through a using alias) are stand-ins in _Stubs.cs.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Client;
using MQTTnet.Client.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using wiser2mqtt;
using MqttClientOptionsBuilder = MQTTnet.Client.Options.MqttClientOptionsBuilder;

namespace Wiser2Mqtt
{
    public class WiserOptions
    {
        public const string ConfigKey = "Wiser";
        public string Host { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public int UpdateInterval { get; set; }
    }

    public class MqttOptions
    {
        public const string ConfigKey = "Mqtt";
        public string Host { get; set; }
        public int Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public bool HassAutoDiscovery { get; set; }
    }

    public class MqttHelper
    {
        private IMqttClient _mqttClient;
        private MqttOptions _options;
        public MqttHelper(IOptions<MqttOptions> mqttOptions)
        {
            _options = mqttOptions.Value;
            Initialize().Wait();
        }
        public async Task Initialize()
        {
            var builder = new MqttClientOptionsBuilder()
                .WithTcpServer(_options.Host, _options.Port);
            if (!string.IsNullOrEmpty(_options.Username))
            {
                builder = builder.WithCredentials(_options.Username, _options.Password);
            }
            var options = builder.Build();
            var factory = new MqttFactory();
            _mqttClient = factory.CreateMqttClient();
            await _mqttClient.ConnectAsync(options, CancellationToken.None);

        }
        public async Task PublishMessage(string topic, string payload, bool retain = false)
        {
            await _mqttClient.PublishAsync(topic, payload, retain);

        }
    }

    public class Worker : BackgroundService
    {
        private readonly ILogger<Worker> _logger;
        private readonly HttpClient _client;
        private readonly MqttHelper _mqtt;
        private readonly Dictionary<string, JObject> _meterDetails = new();
        private readonly WiserOptions _wiserOptions;
        private readonly MqttOptions _mqttOptions;
        public Worker(ILogger<Worker> logger, MqttHelper mqtt, IOptions<WiserOptions> wiserOptions, IOptions<MqttOptions> mqttOptions)
        {
            _wiserOptions = wiserOptions.Value;
            _mqttOptions = mqttOptions.Value;
            _logger = logger;
            _client = CreateCustomHttpClient();
            _client.BaseAddress = new Uri($"https://{_wiserOptions.Host}");
            _client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String( // expect: none
            ASCIIEncoding.ASCII.GetBytes(
               $"{_wiserOptions.Username}:{_wiserOptions.Password}")));
            _mqtt = mqtt;
            DoInventory().Wait();
        }

        private HttpClient CreateCustomHttpClient()
        {
            var http2Handler = new HttpClientHandler
            {
                CheckCertificateRevocationList = false,
                ClientCertificateOptions = ClientCertificateOption.Manual,
                SslProtocols = System.Security.Authentication.SslProtocols.Tls12,
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
            };
            var client = new HttpClient(http2Handler);

            //            var r = client.GetAsync("https://192.168.1.214/").Result;           

            return client;
        }

        private async Task DoInventory()
        {
            var respJson = await FetchDataArray("/rsa1/WirelessMeter/instances");
            foreach (JObject meter in respJson)
            {
                _meterDetails.Add(meter["slaveId"].ToString(), meter);
            }

            if (_mqttOptions.HassAutoDiscovery)
            {
                await SendAutoDiscoveryTopic();
            }
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogInformation("Worker running at: {time}", DateTimeOffset.Now);
                await FetchData();

                await Task.Delay(_wiserOptions.UpdateInterval * 1000, stoppingToken);
            }
        }

        private async Task FetchData()
        {
            var respInstantData = await FetchDataObj("/rsa1/MeterInstantData");
            foreach (JObject mreading in respInstantData["MeterInstantData"] as JArray)
            {
                var meterId = mreading["slaveId"].ToString();
                var meter = _meterDetails[meterId];
                await _mqtt.PublishMessage($"wiser/{meter["zone"]}/MeterInstantData", mreading.ToString());
            }
            Console.WriteLine($"Got: {respInstantData}");
            var respCumulatedData = await FetchDataObj("/rsa1/MeterCumulatedData");
            foreach (JObject mreading in respCumulatedData["MeterCumulatedData"] as JArray)
            {
                var meterId = mreading["slaveId"].ToString();
                var meter = _meterDetails[meterId];
                await _mqtt.PublishMessage($"wiser/{meter["zone"]}/MeterCumulatedData", mreading.ToString());
            }
            Console.WriteLine($"Got: {respCumulatedData}");
        }

        private async Task<JObject> FetchDataObj(string url)
        {
            try
            {
                string respBody;
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
                {
                    respBody = CurlWrapper.DoCurlRequest($"https://{_wiserOptions.Host}{url}", 
                        headers: new[] {
                            $"Authorization: {_client.DefaultRequestHeaders.Authorization}" // expect: none
                        }
                    );
                }
                else
                {
                    var req = new HttpRequestMessage(HttpMethod.Get, url);
                    var resp = await _client.SendAsync(req);
                    respBody = await resp.Content.ReadAsStringAsync();
                }
                var respJson = JObject.Parse(respBody);
                return respJson;
            }
            catch (Exception e)
            {
                Console.WriteLine($"EX: {e}");
                throw;
            }
        }
        private async Task<JArray> FetchDataArray(string url)
        {
            try
            {
                string respBody;
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
                {
                    respBody = CurlWrapper.DoCurlRequest($"https://{_wiserOptions.Host}{url}",
                        headers: new[] {
                            $"Authorization: {_client.DefaultRequestHeaders.Authorization}"
                        }
                    );
                }
                else
                {
                    var req = new HttpRequestMessage(HttpMethod.Get, url);
                    var resp = await _client.SendAsync(req);
                    respBody = await resp.Content.ReadAsStringAsync();
                }
                var respJson = JArray.Parse(respBody);
                return respJson;
            }
            catch (Exception e)
            {
                Console.WriteLine($"EX: {e}");
                throw;
            }
        }

        private async Task SendAutoDiscoveryTopic()
        {
            foreach (var meter in _meterDetails.Values)
            {
                var device = new
                {
                    identifiers = new[] { meter["serialNumber"] },
                    manufacturer = "Schneider Electric",
                    model = meter["productType"],
                    name = meter["zone"],
                    sw_version = meter["swVersion"]
                };
                var payload = JsonConvert.SerializeObject(new
                {
                    name = $"{meter["zone"]} Accumulated Power",
                    state_topic = $"wiser/{meter["zone"]}/MeterCumulatedData",
                    device_class = "energy",
                    enabled_by_default = true,
                    json_attributes_topic = $"wiser/{meter["zone"]}/MeterCumulatedData",
                    state_class = "total_increasing",
                    unique_id = $"wiser_{meter["serialNumber"]}_accumulated",
                    unit_of_measurement = "kWh",
                    attributes = new
                    {
                        last_reset = "1970-01-01T00:00:00+00:00"
                    },
                    value_template = "{{ value_json.energyTActive | float / 1000 }}",
                    expire_after = _wiserOptions.UpdateInterval * 2,
                    device
                }, Formatting.Indented);
                await _mqtt.PublishMessage($"homeassistant/sensor/{meter["serialNumber"]}/accumulated/config", payload, true);
            }
        }
    }
}
