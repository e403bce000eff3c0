// Real source: phildimond/EnergySuper EnergySuper/Models/Settings.cs (47cda643), EnergySuper/MQTTConnection.cs (10287742),
// EnergySuper/MainWorker.cs (056613ab)
// Domain: home-battery supervisor on a Linux box: polls Amber Electric spot prices and a Tesla Powerwall 2 gateway's local
// API, and publishes battery state to Home Assistant over MQTT.
// Kept: the settings class with its defaults and appsettings.json reads, the MQTT connection built from the settings'
// user and password, the Amber client built from the settings' token and the Powerwall client from the settings' e-mail
// and password. Trimmed: the price / power processing, the Home Assistant discovery messages and logging (MainWorker is
// not a BackgroundService here). Renamed: namespaces EnergySuper / EnergySuper.Models -> Corpus38.R16; MqttConnection.Connect
// returns the result code string. No secret is written in this file.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;
using AmberElectricityAPI;
using Microsoft.Extensions.Configuration;
using MQTTnet;
using MQTTnet.Client;
using PowerWallLocalApi;
using MqttClientOptions = MQTTnet.Client.MqttClientOptions;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace Corpus38.R16
{
    public class Settings
    {
        public string MqttBroker { get; set; } = "default"; // expect: none
        public int MqttPort { get; set; } = 1883;
        public string MqttUsername { get; set; } = string.Empty;
        public string MqttPassword { get; set; } = string.Empty; // expect: none
        public string MqttTimeFeedTopic { get; set; } = string.Empty;
        public string MqttPowerFeedTopic { get; set; } = string.Empty;
        public string MqttDeviceName { get; set; } = string.Empty;
        public string AmberUrl { get; set; } = string.Empty;
        public string AmberToken { get; set; } = string.Empty;
        public string AmberSiteId { get; set; } = string.Empty;
        public string PowerWallLocalUrl { get; set; } = string.Empty;
        public string PowerWallLocalEmail { get; set; } = string.Empty;
        public string PowerWallLocalPassword { get; set; } = string.Empty;
        public int AmberApiReadFrequencyInSeconds { get; set; } = 60;
        public int Pw2LocalApiReadFrequencyInSeconds { get; set; } = 60;
        public bool UseHomeAssistant { get; set; } = true;
        public int HomeAssistantUpdateFrequencyInSeconds { get; set; } = 10;

        public string? Load()
        {
            // Build a config object, using env vars and JSON providers.
            IConfigurationRoot config = new ConfigurationBuilder()
                .AddJsonFile("appsettings.json")
                .Build();

            // Get values from the config given their key and their target type.
            try
            {
                string? cs = config.GetValue<string>("Settings:MqttBroker");
                if (!string.IsNullOrWhiteSpace(cs)) MqttBroker = cs;

                MqttPort = config.GetValue<int>("Settings:MqttPort");

                cs = config.GetValue<string>("Settings:MqttUsername");
                if (!string.IsNullOrWhiteSpace(cs)) MqttUsername = cs;

                cs = config.GetValue<string>("Settings:MqttPassword"); // expect: none
                if (!string.IsNullOrWhiteSpace(cs)) MqttPassword = cs;

                cs = config.GetValue<string>("Settings:MqttTimeFeedTopic");
                if (!string.IsNullOrWhiteSpace(cs)) MqttTimeFeedTopic = cs;

                cs = config.GetValue<string>("Settings:MqttPowerFeedTopic");
                if (!string.IsNullOrWhiteSpace(cs)) MqttPowerFeedTopic = cs;

                cs = config.GetValue<string>("Settings:MqttDeviceName");
                if (!string.IsNullOrWhiteSpace(cs)) MqttDeviceName = cs;

                cs = config.GetValue<string>("Settings:AmberUrl");
                if (!string.IsNullOrWhiteSpace(cs)) AmberUrl = cs;

                cs = config.GetValue<string>("Settings:AmberToken"); // expect: none
                if (!string.IsNullOrWhiteSpace(cs)) AmberToken = cs;

                cs = config.GetValue<string>("Settings:AmberSiteId");
                if (!string.IsNullOrWhiteSpace(cs)) AmberSiteId = cs;

                cs = config.GetValue<string>("Settings:PowerWallLocalUrl");
                if (!string.IsNullOrWhiteSpace(cs)) PowerWallLocalUrl = cs;

                cs = config.GetValue<string>("Settings:PowerWallLocalEmail");
                if (!string.IsNullOrWhiteSpace(cs)) PowerWallLocalEmail = cs;

                cs = config.GetValue<string>("Settings:PowerWallLocalPassword"); // expect: none
                if (!string.IsNullOrWhiteSpace(cs)) PowerWallLocalPassword = cs;

                AmberApiReadFrequencyInSeconds = config.GetValue<int>("Settings:AmberApiReadFrequencyInSeconds");

                Pw2LocalApiReadFrequencyInSeconds = config.GetValue<int>("Settings:Pw2LocalApiReadFrequencyInSeconds");
            }
            catch (Exception ex)
            {
                return ex.Message;
            }

            return null;
        }
    }

    public class MqttConnection
    {
        private readonly IMqttClient _mqttClient;
        private readonly MqttClientOptions _clientOptions;

        /// <summary>
        /// Constructor
        /// </summary>
        /// <param name="mqttBroker">URI of the MQTT broker, eg homeassistant.local</param>
        /// <param name="mqttPort">Port the broker is listening on, normally 1883</param>
        /// <param name="mqttUsername">Username</param>
        /// <param name="mqttPassword">Password</param>
        public MqttConnection(string mqttBroker, int mqttPort, string mqttUsername, string mqttPassword)
        {
            var clientIdentifier = Guid.NewGuid().ToString();

            // Create an MQTT client factory
            var factory = new MqttFactory();

            // Create an MQTT client instance
            _mqttClient = factory.CreateMqttClient();

            // Create MQTT client options
            _clientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(mqttBroker, mqttPort) // MQTT broker address and port
                .WithCredentials(mqttUsername, mqttPassword) // expect: none
                .WithClientId(clientIdentifier)
                .WithCleanSession()
                .Build();
        }

        public async Task<string?> Connect()
        {
            // Connect to the MQTT broker
            var result = await _mqttClient.ConnectAsync(_clientOptions);
            Console.WriteLine("MQTT Connection result was " + result.ResultCode);
            return result.ResultCode == 0 ? null : result.ResultCode.ToString();
        }
    }

    public class MainWorker
    {
        private readonly Settings _settings = new Settings();
        private MqttConnection? _mqttConnection;
        private AmberElectricity? _amberElectricity;
        private PowerWall2Local? _localPowerWall2;

        public async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            // Load the settings. Bomb on failure
            string? slr = _settings.Load();
            if (slr != null)
            {
                Console.WriteLine("Failed to load settings: " + slr);
                Environment.Exit(-1);
            }

            // Verify the Amber Electricity connection
            try
            {
                _amberElectricity = new AmberElectricity(_settings.AmberToken, _settings.AmberSiteId); // expect: none
                var prices = await _amberElectricity.GetCurrentPricesAsync(0, 0);
                if (prices.records == null) throw new ApplicationException($"Unable to retrieve API data: Http response was {prices.httpStatusCode}");
            }
            catch (Exception ex)
            {
                Console.WriteLine("Failed to connect to Amber: " + ex.Message);
                Environment.Exit(-1);
            }

            // Connect to the PowerWall local API
            try
            {
                _localPowerWall2 =
                    new PowerWall2Local(_settings.PowerWallLocalUrl, _settings.PowerWallLocalEmail, _settings.PowerWallLocalPassword); // expect: none
                var lir = _localPowerWall2.Login();
                if (lir.Success) Console.WriteLine("Successfully logged in to PowerWall local API.");
                else Console.WriteLine($"FAILED attempting to login to PowerWall local API. Http response was {lir.ResponseCode}");
                var lor = _localPowerWall2.Logout();
                if (lor.success) Console.WriteLine("Successfully logged out of PowerWall local API.");
                else Console.WriteLine($"FAILED attempting to log out of PowerWall local API. Http response was {lor.httpStatusCode}");
            }
            catch (Exception ex)
            {
                Console.WriteLine("Failed to connect to the PowerWall 2 Local API: " + ex.Message);
                Environment.Exit(-1);
            }

            // Connect to the MQTT Broker. Log and exit on failure.
            _mqttConnection = new MqttConnection(_settings.MqttBroker, _settings.MqttPort, _settings.MqttUsername, _settings.MqttPassword);
            try
            {
                var result = await _mqttConnection.Connect();
                if (result != null)
                    throw new ApplicationException(result);
            }
            catch (Exception ex)
            {
                Console.WriteLine("Failed to connect to mqtt: " + ex.Message);
                Environment.Exit(-1);
            }
        }
    }
}
