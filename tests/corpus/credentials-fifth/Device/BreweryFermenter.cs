// Craft-brewery fermenter controller: batch log API, Redis cache, RabbitMQ bus, Raspberry Pi glycol chiller.
using System;
using System.Net.Http;
using System.Text.Json;
using InfluxDB.Client;
using Microsoft.Azure.Devices.Client;
using RabbitMQ.Client;
using Renci.SshNet;
using StackExchange.Redis;

namespace Brightwater.Brewery
{
    public sealed class BatchLog
    {
        private const string BrewUserId = "fv3-cellar"; // expect: none
        private const string BrewApiKey = "bl_k_f3a9c0e7d21b4865"; // expect: IOT1001
        private const string GravityFormat = "SG {0:0.000} at {1:0.0} °C"; // expect: none
        private readonly HttpClient _http = new();

        public string PostReading(double gravity, double temp)
        {
            var uri = new Uri($"https://{BrewUserId}:{BrewApiKey}@api.brewlog.example/v2/batches/current/readings");
            var body = new StringContent(string.Format(GravityFormat, gravity, temp));
            return _http.PostAsync(uri, body).Result.StatusCode.ToString();
        }
    }

    public sealed class CellarInfrastructure
    {
        private const string RedisPasswordVariable = "REDIS_PASSWORD"; // expect: none

        public ConnectionMultiplexer Cache(bool developerLaptop)
        {
            var options = new ConfigurationOptions { AbortOnConnectFail = false };
            options.EndPoints.Add("redis.cellar.local", 6380);
            options.Ssl = true;
            options.Password = developerLaptop
                ? "" // expect: none
                : "Hop-Yeast-Wort-9"; // expect: IOT1001
            return ConnectionMultiplexer.Connect(options);
        }

        public IConnection Bus()
        {
            var factory = new ConnectionFactory
            {
                HostName = "rabbit.cellar.local",
                UserName = "guest", // expect: none
                Password = "guest", // expect: IOT1002
            };
            return factory.CreateConnection();
        }

        public string Variable => RedisPasswordVariable;
    }

    public sealed class GlycolChiller
    {
        public void RestartChillerService()
        {
            using var ssh = new SshClient("brewpi.local", "pi", "raspberry"); // expect: IOT1002
            ssh.Connect();
            ssh.RunCommand("sudo systemctl restart glycol-chiller");
        }
    }

    public sealed class FermenterProvisioning
    {
        public string WifiProvisioningPayload() =>
            JsonSerializer.Serialize(new { ssid = "Brewhouse", psk = "Mash-Tun-Sparge-7", country = "DE" }); // expect: IOT1001

        public InfluxDBClient Metrics() => new("http://influx.cellar.local:8086", "demo-token-not-valid"); // expect: IOT1006

        public DeviceClient Cloud() => DeviceClient.CreateFromConnectionString("<your device connection string>"); // expect: IOT1006
    }
}
