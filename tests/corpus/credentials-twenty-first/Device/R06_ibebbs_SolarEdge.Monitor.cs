// Real source: ibebbs/SolarEdge.Monitor (src/SolarEdge.Monitor/Message/Config.cs, src/SolarEdge.Monitor/Message/Publisher.cs, src/SolarEdge.Monitor/Inverter/Config.cs)
// Kept: the MQTT Config with its validation messages, ClientId "InverterMonitor" and topic pattern, the inverter Config
// (Modbus port 502), and Publisher.ConnectAsync with System.Net.Mqtt's MqttClient.CreateAsync and MqttClientCredentials.
// Changed: the broker of a community solar co-op now needs a login. Added: Username/Password on the MQTT Config with
// the installer's default, a bench override, and the cross-check against SolarEdge's monitoring API.
using System;
using System.ComponentModel.DataAnnotations;
using System.Net.Http;
using System.Net.Mqtt;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SolarEdge.Monitor.Message
{
    public class Config
    {
        [Required(AllowEmptyStrings = false, ErrorMessage = "The IP address for an MQTT broker is required. You must specify 'MQTT:Address'")]
        public string Address { get; set; }

        [Range(1024, 65536, ErrorMessage = "The specified port for the MQTT broker is out of range. You must specify a valid 'MQTT:Port' in the range of 1024-65536")]
        public int Port { get; set; } = 1883;

        [StringLength(23, ErrorMessage = "The specified client id is possibly too long for some MQTT brokers. You must specify a 'MQTT:ClientId' of less than 24 characters")]
        public string ClientId { get; set; } = "InverterMonitor";

        public string TopicPattern { get; set; } = "home/solar/{type}";

        [Required(ErrorMessage = "You must specify 'MQTT:Password' for the co-op broker")] // expect: none
        public string Username { get; set; } = "coop-monitor";

        public const string PasswordSetting = "MQTT:Password"; // expect: none

        public string Password { get; set; } = "CWXTsbQ*qmVn"; // expect: IOT1001
    }

    public class Publisher
    {
        private readonly ILogger<Publisher> _logger;
        private readonly IOptions<Config> _config;
        private IMqttClient _client;
        private SessionState _session;

        public Publisher(ILogger<Publisher> logger, IOptions<Config> config)
        {
            _logger = logger;
            _config = config;
            if (Environment.GetEnvironmentVariable("COOP_BENCH") == "1")
            {
                // the bench Raspberry Pi runs a stock Mosquitto image
                _config.Value.Username = "mosquitto";
                _config.Value.Password = "mosquitto"; // expect: IOT1002
            }
        }

        public async Task ConnectAsync()
        {
            _logger.LogInformation($"Connecting to MQTT broker at '{_config.Value.Address}:{_config.Value.Port}'");
            _client = await MqttClient.CreateAsync(_config.Value.Address, new MqttConfiguration { Port = _config.Value.Port });
            _session = await _client.ConnectAsync(new MqttClientCredentials(clientId: _config.Value.ClientId, userName: _config.Value.Username, password: _config.Value.Password));
            _logger.LogInformation($"Successfully connected to MQTT broker at '{_config.Value.Address}:{_config.Value.Port}'");
        }

        public async Task PublishAsync<T>(string message)
        {
            var topic = _config.Value.TopicPattern.Replace("{type}", typeof(T).Name).ToLower();
            await _client.PublishAsync(new MqttApplicationMessage(topic, Encoding.UTF8.GetBytes(message)), MqttQualityOfService.AtMostOnce);
        }
    }
}

namespace SolarEdge.Monitor.Inverter
{
    public class Config
    {
        [Required(AllowEmptyStrings = false, ErrorMessage = "The IP address for the inverter is required. You must specify 'Inverter:Address'")]
        public string Address { get; set; }

        [Range(502, 65536, ErrorMessage = "The specified port for the inverter is out of range. You must specify a valid 'Inverter:Port' in the range of 502-65536")]
        public int Port { get; set; } = 502;
    }

    public static class CloudCrossCheck
    {
        private const string SiteId = "1834201"; // expect: none
        private const string MonitoringApiKey = "ELDLD5SJGO2MVUIC2ORKD86ZPW17B5L8"; // expect: IOT1001
        private static readonly HttpClient http = new HttpClient();

        public static Task<string> OverviewAsync() =>
            http.GetStringAsync($"https://monitoringapi.solaredge.com/site/{SiteId}/overview?api_key={MonitoringApiKey}");

        public static Task<string> SecondSiteOverviewAsync(string siteId)
        {
            string apiKey = Environment.GetEnvironmentVariable("SOLAREDGE_SITE2_API_KEY") ?? "<your-solaredge-api-key>"; // expect: IOT1006
            return http.GetStringAsync($"https://monitoringapi.solaredge.com/site/{siteId}/overview?api_key={apiKey}");
        }
    }
}
