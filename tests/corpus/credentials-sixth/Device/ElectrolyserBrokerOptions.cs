// Real source: pandaGaume/BlueForest.MqttNet src/BlueForest.MqttNet/Extensions/BrokerOptionsExtensions.cs (and BrokerOptions.cs, BrokerClientCredential.cs)
using System;
using System.Text;
using MQTTnet.Client;

namespace H2Station.Electrolyser
{
    // Hydrogen refuelling station: the PEM electrolyser's stack controller publishes cell voltages,
    // H2 purity and compressor state through a managed MQTT client.
    public class BrokerClientCredential
    {
        public string Username { get; set; }
        public byte[] Password { get; set; }
    }

    public class BrokerOptions
    {
        public string Host { get; set; }
        public int? Port { get; set; }
        public bool? IsSecure { get; set; }
        public string ClientId { get; set; }
        public BrokerClientCredential Credentials { get; set; }
    }

    public static class BrokerOptionsExtensions
    {
        public static MqttClientOptions BuildMqttClientOptions(this BrokerOptions settings)
        {
            var optionsBuilder = new MqttClientOptionsBuilder()
                .WithClientId(settings.ClientId)
                .WithTcpServer(settings.Host, settings.Port)
                .WithCleanSession();

            optionsBuilder = settings.Credentials != null && settings.Credentials.Username != null && settings.Credentials.Password != null ? optionsBuilder.WithCredentials(settings.Credentials.Username, settings.Credentials.Password) : optionsBuilder;
            var options = (settings.IsSecure ?? false ? optionsBuilder.WithTls() : optionsBuilder).Build();
            return options;
        }
    }

    public static class StackController
    {
        public static MqttClientOptions SiteBroker() => new BrokerOptions
        {
            Host = "scada.h2station.local",
            Port = 8883,
            IsSecure = true,
            ClientId = "stack-ctrl-1",
            Credentials = new BrokerClientCredential
            {
                Username = "stack-ctrl-1",
                Password = Encoding.UTF8.GetBytes("PEM-stack#Hydro-6620"), // expect: IOT1001
            },
        }.BuildMqttClientOptions();

        public static MqttClientOptions VendorRemoteService() => new BrokerOptions
        {
            Host = "remote.electrolyser-vendor.example",
            Port = 8883,
            IsSecure = true,
            ClientId = "svc-tunnel",
            Credentials = new BrokerClientCredential
            {
                Username = "service",
                Password = Encoding.ASCII.GetBytes("service"), // expect: IOT1002
            },
        }.BuildMqttClientOptions();

        public static MqttClientOptions FromEnvironment() => new BrokerOptions
        {
            Host = Environment.GetEnvironmentVariable("H2_BROKER_HOST"),
            ClientId = "stack-ctrl-1",
            Credentials = new BrokerClientCredential
            {
                Username = Environment.GetEnvironmentVariable("H2_BROKER_USER"),
                Password = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("H2_BROKER_PASSWORD") ?? string.Empty), // expect: none
            },
        }.BuildMqttClientOptions();

        // Alarm texts for the station HMI
        public const string PurityAlarm = "H2 purity below 99.97 %: check the deoxo secret valve"; // expect: none
    }

    public static class VendorTunnel
    {
        // TLS-PSK tunnel of the electrolyser vendor's remote service
        public static Org.BouncyCastle.Tls.BasicTlsPskIdentity TunnelIdentity() =>
            new Org.BouncyCastle.Tls.BasicTlsPskIdentity("h2station",
                Convert.FromHexString("D6690DBDAFBAF109F3205815A4F184FA")); // expect: IOT1003

        const string CompressorUnlockToken = "H2-cmp-unlock-88f1c2"; // expect: IOT1004

        public static string UnlockFrame() => "UNLOCK " + CompressorUnlockToken;

        public const string PskIdentityHint = "h2station"; // expect: none
        public const string TokenExpiredText = "Vendor token expired: remote service ends in 5 minutes"; // expect: none
    }
}
