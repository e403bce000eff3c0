// Real source: jcoliz/AzDevice.IoTHubWorker src/AzDevice.IoTHubWorker/InfluxDbWorker.cs (0f7fb0022d377b9b3753e8dffdde51bcb9f60544)
// Domain: Raspberry Pi climate / Modbus sensor worker that writes device telemetry to InfluxDB instead of IoT Hub.
// Kept: provisioning and connection details read from the config.toml-backed IConfiguration through a local
// `GetConfig` function (device id, InfluxDB url, token, org, bucket), the InfluxDBClient(url, token) creation and
// ping. Trimmed: the BackgroundService loop, initial state, telemetry and reported properties, the root model.
// Changed: ExecuteAsync became a public Run(); LogEvents ids dropped from log calls. Added: nothing.
using System;
using System.Threading.Tasks;
using InfluxDB.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AzDevice
{
    public class InfluxDbWorker
    {
        private readonly ILogger _logger;
        private readonly IConfiguration _config;

        private InfluxDBClient? client;
        private string? org;
        private string? bucket;
        private string? deviceid;

        public InfluxDbWorker(ILogger logger, IConfiguration config)
        {
            _logger = logger;
            _config = config;
        }

        public async Task Run()
        {
            ProvisionDevice();
            await OpenConnection();
            client?.Dispose();
        }

        /// <summary>
        /// Provision this device according to the config supplied in "Provisioning" section
        /// </summary>
        protected void ProvisionDevice()
        {
            string GetConfig(string key)
            {
                return _config[key] ?? throw new ApplicationException($"Failed. Please supply {key} in configuration");
            }

            if (!_config.GetSection("Provisioning").Exists())
                throw new ApplicationException("Unable to find provisioning details in app configuration. Create a config.toml with provisioning details in the content root.");

            deviceid = GetConfig("Provisioning:deviceid");
            _logger.LogInformation("Provisioning: OK. Device {id}", deviceid);
        }

        /// <summary>
        /// Open a connection to InfluxDB
        /// </summary>
        protected async Task OpenConnection()
        {
            string GetConfig(string key)
            {
                return _config[key] ?? throw new ApplicationException($"Failed. Please supply {key} in configuration");
            }

            try
            {
                if (!_config.GetSection("InfluxDB").Exists())
                    throw new ApplicationException("Unable to find InfluxDB details in app configuration.");

                var url = GetConfig("InfluxDB:url");
                var token = GetConfig("InfluxDB:token"); // expect: none
                org = GetConfig("InfluxDB:org");
                bucket = GetConfig("InfluxDB:bucket");

                client = new InfluxDBClient(url, token); // expect: none
                if (!await client.PingAsync())
                    throw new ApplicationException($"Unable to ping InfluxDB on {url}");

                _logger.LogInformation("Connection: OK. InfluxDB on {url}, bucket {bucket} of {org}", url, bucket, org);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Connection: Failed {message}", ex.Message);
                throw new ApplicationException("Connection to IoT Hub failed", ex);
            }
        }
    }
}
