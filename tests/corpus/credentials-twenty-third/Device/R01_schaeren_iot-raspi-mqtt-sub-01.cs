// Real source: https://github.com/schaeren/iot-raspi-mqtt-sub-01/blob/4d8d3927dbc2637064bdb479afa3842002c0b2c6/MqttClient.cs
// (also Config.cs, ConfigMqtt.cs, ConfigCertificates.cs, Certificates.cs)
// Raspberry Pi LED subscriber: MQTTnet v3 managed client, TLS 1.3 with a client certificate, settings bound from
// appsettings.json. Kept: the Config singleton, the ConfigMqtt/ConfigCertificates option classes with their
// defaults, WithCredentials(configMqtt.Username, configMqtt.Password) and the .pfx load with
// ClientCertificatePassword. Added: the bench-broker fallback login and the environment override. Serilog is
// replaced by Console.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client.Options;
using MQTTnet.Extensions.ManagedClient;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Iot.Raspi.Mqtt
{
    public class ConfigMqtt
    {
        public string ClientId { get; set; } = "";
        public bool UseSecureConnection { get; set; } = true;
        public bool UseClientCertificate { get; set; } = true;
        public string BrokerHost { get; set; } = "localhost";
        public int BrockerPort { get; set; } = 1883;
        public int BrockerSecurePort { get; set; } = 8883;
        public string Username { get; set; } = "";
        /// <summary>Password. Usually used only without client certificate.</summary>
        public string Password { get; set; } = "";
        public int AutoReconnectDelay { get; set; } = 5;
        public int KeepAlivePeriod { get; set; } = 15;
    }

    public class ConfigCertificates
    {
        public string ServerCertificateThumbprint { get; set; } = "9c41e07a5d2b83f16e0fa4c7d95b1e2a08c6f3d4"; // expect: none
        public string CaCertificateFilePath { get; set; } = "ca.crt";
        public string ClientCertificateFilePath { get; set; } = "client.pfx"; // expect: none
        /// <summary>Password to be used for reading the client certificate.</summary>
        public string ClientCertificatePassword { get; set; } = "password"; // expect: IOT1002
    }

    public class ConfigOutputs
    {
        public int[] LedPins { get; set; } = new int[] { };
    }

    public class Config
    {
        public string ConfigFilePath { get; } = "appsettings.json";
        public ConfigMqtt Mqtt { get; private set; } = default!;
        public ConfigCertificates Certificates { get; private set; } = default!;
        public ConfigOutputs Outputs { get; private set; } = default!;

        private static Config instance;

        public static Config Instance
        {
            get
            {
                if (instance == null)
                {
                    instance = new Config();
                    instance.Load();
                }
                return instance;
            }
        }

        private Config() { }

        public void Load()
        {
            IConfiguration config = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile(ConfigFilePath)
                .AddEnvironmentVariables()
                .Build();
            Mqtt = config.GetRequiredSection("mqtt").Get<ConfigMqtt>();
            Certificates = config.GetSection("certificates").Get<ConfigCertificates>() ?? new ConfigCertificates();
            Outputs = config.GetRequiredSection("outputs").Get<ConfigOutputs>();

            if (string.IsNullOrEmpty(Mqtt.ClientId))
            {
                Mqtt.ClientId = $"raspi-led-{Random.Shared.Next(1000, 9999)}"; // expect: none
            }

            // The workshop Pi talks to the bench Mosquitto without a client certificate.
            if (!Mqtt.UseClientCertificate && Mqtt.BrokerHost == "bench-mosquitto.lan" && Mqtt.Password.Length == 0)
            {
                Mqtt.Username = "led-bench";
                Mqtt.Password = "Lr6.6hWuSth4"; // expect: IOT1001
            }

            var fromEnv = Environment.GetEnvironmentVariable("RASPI_MQTT_PASSWORD"); // expect: none
            if (fromEnv != null && fromEnv.Length == 0)
            {
                // an empty variable means "use the provisioning default"
                Mqtt.Password = "<mqtt-password>"; // expect: IOT1006
            }
            else if (fromEnv != null)
            {
                Mqtt.Password = fromEnv;
            }
        }
    }

    public class MqttClient
    {
        public delegate void TopicChangedEventHandler(string topic, string payload);

        private readonly MqttProtocolVersion protocolVersion;
        private readonly IManagedMqttClient managedMqttClient;
        private readonly Dictionary<string, TopicChangedEventHandler> topicChangedEventHandlers = new();

        public MqttClient(MqttProtocolVersion protocolVersion = MqttProtocolVersion.V311)
        {
            this.protocolVersion = protocolVersion;
            managedMqttClient = new MQTTnet.MqttFactory().CreateManagedMqttClient();
        }

        public async Task StartAsync()
        {
            await managedMqttClient.StartAsync(GetManagedClientOptions());
            Console.WriteLine("MQTT client started.");
        }

        public async Task AddSubscriptionAsync(string topic, TopicChangedEventHandler handler,
            MqttQualityOfServiceLevel qosLevel = MqttQualityOfServiceLevel.AtLeastOnce)
        {
            topicChangedEventHandlers[topic] = handler;
            await managedMqttClient.SubscribeAsync(topic, qosLevel);
        }

        private ManagedMqttClientOptions GetManagedClientOptions()
        {
            var configMqtt = Config.Instance.Mqtt;
            Console.WriteLine($"    username = {configMqtt.Username}");
            IMqttClientOptions clientOptions;
            if (configMqtt.UseSecureConnection)
            {
                clientOptions = new MqttClientOptionsBuilder()
                    .WithTcpServer(configMqtt.BrokerHost, configMqtt.BrockerSecurePort)
                    .WithCredentials(configMqtt.Username, configMqtt.Password)
                    .WithClientId(configMqtt.ClientId)
                    .WithTls(GetTlsParameters())
                    .WithProtocolVersion(protocolVersion)
                    .WithKeepAlivePeriod(TimeSpan.FromSeconds(configMqtt.KeepAlivePeriod))
                    .Build();
            }
            else
            {
                clientOptions = new MqttClientOptionsBuilder()
                    .WithTcpServer(configMqtt.BrokerHost, configMqtt.BrockerPort)
                    .WithCredentials(configMqtt.Username, configMqtt.Password)
                    .WithClientId(configMqtt.ClientId)
                    .WithProtocolVersion(protocolVersion)
                    .Build();
            }
            return new ManagedMqttClientOptionsBuilder()
                .WithClientOptions(clientOptions)
                .WithAutoReconnectDelay(TimeSpan.FromSeconds(configMqtt.AutoReconnectDelay))
                .Build();
        }

        private MqttClientOptionsBuilderTlsParameters GetTlsParameters()
        {
            var configMqtt = Config.Instance.Mqtt;
            var configCertificates = Config.Instance.Certificates;
            var tlsParameters = new MqttClientOptionsBuilderTlsParameters
            {
                AllowUntrustedCertificates = false,
                UseTls = true,
                SslProtocol = System.Security.Authentication.SslProtocols.Tls13,
            };
            if (configMqtt.UseClientCertificate)
            {
                var caCertFilePath = Path.Combine(Directory.GetCurrentDirectory(), configCertificates.CaCertificateFilePath);
                var caCert = new X509Certificate(File.ReadAllBytes(caCertFilePath));
                var clientCertFilePath = Path.Combine(Directory.GetCurrentDirectory(), configCertificates.ClientCertificateFilePath);
                var clientCert = new X509Certificate2(File.ReadAllBytes(clientCertFilePath), configCertificates.ClientCertificatePassword);
                tlsParameters.Certificates = new List<X509Certificate> { clientCert, caCert };
            }
            return tlsParameters;
        }

        public static bool ValidateCertificateThumbprint(X509Certificate2 certificate, string expectedThumbprint)
        {
            var thumbprint = certificate.GetCertHashString().ToLower();
            return thumbprint == expectedThumbprint;
        }
    }
}
