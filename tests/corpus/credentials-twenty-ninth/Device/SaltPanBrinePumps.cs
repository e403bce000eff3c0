// Written for corpus29 (invented): brine pump gateway at a solar salt works.
// Moves brine between the concentration ponds and the crystallisers from Baumé density readings, talks LoRaWAN to the
// pond sensors through a RAK modem, reports to the salt works broker and cloud bus, and backs up logs to S3.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Iot.Device.Rak3172;

namespace SaltWorks.BrineGateway
{
    public sealed class BrineMqttOptions
    {
        public string Host { get; set; } = string.Empty;
        public string User { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
    }

    public sealed class BrinePumpGateway
    {
        private const string DevEui = "70B3D57ED005A1C2"; // expect: none
        private const string JoinEui = "70B3D57ED0000000"; // expect: none
        private const string PondAppKeyHex = "f7341d9d07820e9361ed6e82c0d62d85"; // expect: IOT1003
        private const string DensityCalibrationSecret = "mqFO-lvFF-rN5n"; // expect: IOT1004
        private const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        private const string ArchiveKeyId = "AKIAEVSWRHEG5EZXS3HV"; // expect: IOT1003
        private static string? _keyFromFile;

        private readonly BrineMqttOptions _options;

        public BrinePumpGateway(BrineMqttOptions options)
        {
            _options = options;
        }

        public static BrinePumpGateway CreateDefault() => new BrinePumpGateway(new BrineMqttOptions
        {
            Host = "mqtt.saltworks.example",
            User = "brine-gw",
            Password = "P2gV-CQno-YxRM", // expect: IOT1001
        });

        public MQTTnet.Client.Options.MqttClientOptionsBuilder MqttOptions() =>
            new MQTTnet.Client.Options.MqttClientOptionsBuilder()
                .WithTcpServer(_options.Host, 1883)
                .WithCredentials(_options.User, _options.Password);

        public Amqp.Address CloudLink() =>
            new Amqp.Address("amqps://salt-gw:wUnb-Pm8S-kYhT@bus.saltworks-cloud.example/ponds"); // expect: IOT1001

        public void JoinPondNetwork(Rak3172 modem) =>
            modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), Convert.FromHexString(PondAppKeyHex));

        public static bool IsScadaAuthorized(string authHeader) =>
            authHeader == "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("root:root")); // expect: IOT1002

        public static AWSCredentials BackupCredentials() =>
            new BasicAWSCredentials(ArchiveKeyId,
                secretKey: "lYYZaoPPd96ieerSO88q7XnLYR86uLG3A32JqBc6"); // expect: IOT1003

        // Password of the pump panel web page, printed on the panel next to the sensor's EUI.
        public static string PumpPanelPassword(byte[] devEui)
        {
            var panelPassword = Convert.ToHexString(devEui)[8..]; // expect: IOT1005
            return panelPassword;
        }

        public static string JoinPondApCommand() => "AT+CWJAP=\"saltworks-pond\",\"xxxxxxxx\""; // expect: IOT1006

        public static string NewConfirmToken()
        {
            var rng = new Random();
            var confirmToken = rng.Next().ToString("X8"); // expect: IOT3005
            return confirmToken;
        }

        public static void AddPortalHeaders(HttpClient http) =>
            http.DefaultRequestHeaders.Add(ApiKeyHeaderName,
                _keyFromFile ?? Environment.GetEnvironmentVariable("SALT_PORTAL_KEY") ?? "MafSXowi34aoTIjtVS1HetToNCdbCtLHIqFlSpbe"); // expect: IOT1001

        public static string SealCalibration(string table) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(table + DensityCalibrationSecret)));

        public static int PumpStartJitterMs() => Random.Shared.Next(0, 2000); // expect: none
    }
}
