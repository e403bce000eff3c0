// Real source: djaus2/MQTTnet_AzureIoTHubApps MeadowMqttApplication/MeadowApp.cs (and MeadowMqttApplication/secrets.cs)
// Moved to a museum: a Meadow board in each display case (vitrine) reports relative humidity to IoT Hub over MQTT.
// All values in VitrineSecrets are freshly invented; the Secrets class keeps the original's shape.
using System;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;

namespace Gallery.Vitrine
{
    public static class VitrineSecrets
    {
        public static bool UseMQTTnetAPI = true;
        public static int TelemetryPeriod = 3333;
        public static string WIFI_NAME = "GALLERY-EAST";
        public static string WIFI_PASSWORD = "Vermeer-Blue-1665!"; // expect: IOT1001

        public static string IOT_CONFIG_IOTHUB_FQDN = "museum-climate.azure-devices.net";
        public static string IoTHubConnectionString = "HostName=museum-climate.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=vYztkmp1ZVuSiqt4KIox9YngREhlvoN5AGQ5CO3vMrs="; // expect: IOT1003
        public static string DEVICE_CONNECTION_STRING = "HostName=museum-climate.azure-devices.net;DeviceId=vitrine-12;SharedAccessKey=LJmhjP5spHM/7QO+Y2wM5WRbInaqkIsnzcqBZuLbHvA="; // expect: IOT1003

        public static string deviceId = "vitrine-12";
        public static string hubName = "museum-climate";
        public static string sasToken = "SharedAccessSignature sr=museum-climate.azure-devices.net%2Fdevices%2Fvitrine-12&sig=MWXjr%2FI9qON5SL4dMUPp%2BdITuI4y14W7pIqXL2apED4%3D&se=1767225600"; // expect: IOT1003
        public static string DevicePrimaryKey = "z97PQnDo8zgoHp82GHDq8WP5D7aIRjJ0EfV1/JcSWQs="; // expect: IOT1004
        public static int MqttPort = 8883;

        public static string username = $"{hubName}.azure-devices.net/{deviceId}/?api-version=2021-04-12";
        public static string password = sasToken;

        public static string subTopic = $"devices/{deviceId}/messages/devicebound/#"; // expect: none
        public static string pubTopic = $"devices/{deviceId}/messages/events/"; // expect: none

        public static string GALLERY_WEATHER_API_KEY = "249397cdfb64c9a6744b21e9c6a11ad9"; // expect: IOT1001
        public static string WEATHER_CITY = "Amsterdam,NL"; // expect: none
    }

    public class VitrineClimateApp : App<F7FeatherV2>
    {
        private static IMqttClient _mqttClient;
        private static bool Connected = false;

        public override Task Initialize()
        {
            Resolver.Log.Info("Initialize...");
            StartWiFi();
            return base.Initialize();
        }

        public void StartWiFi()
        {
            var task = Task.Run(async () =>
            {
                var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
                Resolver.Log.Info("Connecting WiFi...");
                await wifi.Connect(VitrineSecrets.WIFI_NAME, VitrineSecrets.WIFI_PASSWORD);
                await NetworkConnected();
            });
        }

        private static async Task NetworkConnected()
        {
            Resolver.Log.Info("WiFi Connected. Starting MQTT...");
            string sasToken = CreateSasTokenFromDevicePrimaryKey($"{VitrineSecrets.hubName}.azure-devices.net/devices/{VitrineSecrets.deviceId}", "Primary", VitrineSecrets.DevicePrimaryKey);

            MqttClientOptions options = new MqttClientOptionsBuilder()
                .WithClientId(VitrineSecrets.deviceId)
                .WithTls()
                .WithCredentials(VitrineSecrets.username, sasToken)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(3600))
                .WithCleanSession(true)
                .WithTcpServer(VitrineSecrets.IOT_CONFIG_IOTHUB_FQDN, VitrineSecrets.MqttPort)
                .Build();

            _mqttClient = new MqttFactory().CreateMqttClient();
            await _mqttClient.ConnectAsync(options);
            Connected = _mqttClient.IsConnected && (await OutdoorWeatherAsync()).Length > 0;
            await _mqttClient.SubscribeAsync(VitrineSecrets.subTopic);
            await SendDeviceToCloudMessagesAsync();
        }

        private static async Task SendDeviceToCloudMessagesAsync()
        {
            var rand = new Random();
            while (Connected)
            {
                double humidity = 48 + rand.NextDouble() * 4; // expect: none
                await _mqttClient.PublishStringAsync(VitrineSecrets.pubTopic, "{\"rh\":" + humidity.ToString("F1", CultureInfo.InvariantCulture) + "}");
                Thread.Sleep(VitrineSecrets.TelemetryPeriod);
            }
        }

        // Outdoor humidity decides whether the gallery doors may open.
        private static async Task<string> OutdoorWeatherAsync()
        {
            using var http = new System.Net.Http.HttpClient();
            return await http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={VitrineSecrets.WEATHER_CITY}&appid={VitrineSecrets.GALLERY_WEATHER_API_KEY}");
        }

        // This fails on Meadow, so it returns a token generated with the Azure CLI.
        private static string CreateSasTokenFromDevicePrimaryKey(string resourceUri, string keyName, string key, int durationDays = 7)
        {
            return "SharedAccessSignature sr=museum-climate.azure-devices.net%2Fdevices%2Fvitrine-12&sig=z%2FXC0LVT8D5QxJ2h5Hb0pP%2BeDiDKcuUHAtrC82UIgkc%3D&se=1767312000"; // expect: IOT1003
            TimeSpan sinceEpoch = DateTime.UtcNow - new DateTime(1970, 1, 1);
            var expiry = Convert.ToString((int)sinceEpoch.TotalSeconds + durationDays * 86400);
            string stringToSign = WebUtility.UrlEncode(resourceUri) + "\n" + expiry;
            HMACSHA256 hmac = new HMACSHA256(Convert.FromBase64String(key));
            var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
            return string.Format(CultureInfo.InvariantCulture, "SharedAccessSignature sr={0}&sig={1}&se={2}", WebUtility.UrlEncode(resourceUri), WebUtility.UrlEncode(signature), expiry); // expect: none
        }
    }
}
