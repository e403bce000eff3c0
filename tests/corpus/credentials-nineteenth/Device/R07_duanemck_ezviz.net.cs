// Real source: duanemck/ezviz.net
//   ezviz-mqtt/config/MqttOptions.cs, ezviz-mqtt/config/EzvizOptions.cs, ezviz.net/EzvizClient.cs (constructor
//   EzvizClient(username, password[, region]), Login() payload)
// Kept: both options classes, the library constructor, and Login()'s payload keys and client constants ("cuName",
// "feature_code", "msgType"), here in the bridge's own diagnostic copy of the request.
// Added (a village hall's EZVIZ cameras bridged to its MQTT broker): the worker that builds both clients, a bench
// profile written in code, and a default broker password applied with ??=.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ezviz.net;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client;

namespace ezviz_mqtt.config
{
    internal class MqttOptions
    {
        public string Host { get; set; } = null!;
        public string Username { get; set; } = null!;
        public string Password { get; set; } = null!;
        public int ConnectRetries { get; set; }
        public int ConnectRetryDelaySeconds { get; set; }
        public IDictionary<string, string> Topics { get; set; } = null!;
    }

    public class EzvizOptions
    {
        public string Username { get; set; } = null!;
        public string Password { get; set; } = null!;
        public bool EnablePushNotifications { get; set; } = false;
    }
}

namespace ezviz_mqtt
{
    using ezviz_mqtt.config;

    internal sealed class HallCameraWorker
    {
        private readonly EzvizOptions _ezviz;
        private readonly MqttOptions _mqtt;

        public HallCameraWorker(IConfiguration configuration)
        {
            _ezviz = configuration.GetSection("ezviz").Get<EzvizOptions>();
            _mqtt = configuration.GetSection("mqtt").Get<MqttOptions>();
            _mqtt.Password ??= "gw8SlFlQYdhyZR"; // expect: IOT1001
            _mqtt.Topics ??= new Dictionary<string, string>
            {
                { "status", "ezviz/{0}/status" }, // expect: none
                { "command", "ezviz/{0}/command" },
            };
        }

        internal HallCameraWorker(EzvizOptions ezviz, MqttOptions mqtt)
        {
            _ezviz = ezviz;
            _mqtt = mqtt;
        }

        private const string DefaultRegion = "apiieu.ezvizlife.com"; // expect: none

        internal static HallCameraWorker Bench() => new HallCameraWorker(
            new EzvizOptions { Username = "hall.cctv@example.org", Password = "IsW7UrPCS2HVrt" }, // expect: IOT1001
            new MqttOptions { Host = "localhost", Username = "ezviz", Password = "", Topics = new Dictionary<string, string>() });

        public async Task RunAsync(CancellationToken stoppingToken)
        {
            var client = new EzvizClient(_ezviz.Username, _ezviz.Password);
            var user = await client.Login();

            var mqttClient = new MQTTnet.MqttFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(_mqtt.Host)
                .WithCredentials(_mqtt.Username, _mqtt.Password)
                .WithClientId("ezviz-mqtt-" + user.Username)
                .Build();
            await mqttClient.ConnectAsync(options, stoppingToken);
        }

        // Diagnostic copy of the cloud login request (the password is already the MD5 the library sends).
        internal static Dictionary<string, object> LoginPayload(string account, string passwordMd5) => new Dictionary<string, object>()
        {
            { "account", account },
            { "password", passwordMd5 },
            { "cuName", "SFRDIDEw" }, // expect: none
            { "msgType", "0" },
            { "feature_code", "1fc28fa018178a1cd1c091b13b2f9f02"} // expect: none
        };
    }
}
