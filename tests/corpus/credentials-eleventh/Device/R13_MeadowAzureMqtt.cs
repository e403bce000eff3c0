// Real source: djaus2/MQTTnet.Client.Extensions.AzureIoT MeadowMqttApplication/secrets.cs (+ MeadowMqttApplication/MeadowApp.cs)
// Domain: Meadow Core-Compute board sending simulated temperature/humidity to Azure IoT Hub (device SDK and MQTTnet).
// Kept: the static (non-const) Secrets fields: Wi-Fi name and password, the iothubowner connection string, the device
// connection string, the empty sasToken, the derived user name/topics; MeadowApp connecting Wi-Fi with
// Secrets.WIFI_NAME/WIFI_PASSWORD, the IoT Hub MQTT user name and the SAS password whose signature is masked
// ("sig=****"), DeviceClient.CreateFromConnectionString(Secrets.DEVICE_CONNECTION_STRING, ...), the simulated
// telemetry with System.Random. The SSID, the Wi-Fi password (five letters, four digits) and both SharedAccessKey
// values were replaced by freshly invented ones of the same shape.
// Changed: the managed MQTTnet v3 client is reduced to building its options (WithCredentials in place of
// WithAuthentication); the three-argument CreateFromConnectionString written with two; Newtonsoft -> System.Text.Json.
using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Client.Options;

namespace MeadowApplication3
{
    public static class Secrets
    {
        /// <summary>
        /// Name of the WiFi network to use.
        /// </summary>
        public static string WIFI_NAME = "CKQLQK";

        /// <summary>
        /// Password for the WiFi network names in WIFI_NAME.
        /// </summary>
        public static string WIFI_PASSWORD = "szjzv6939"; // expect: IOT1001

        public static string IOT_CONFIG_IOTHUB_FQDN = "ozz2hub.azure-devices.net";

        public static string IoTHubConnectionString = "HostName=ozz2hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=s/Wjl2AMzAnj+L5joGnsnkFC6bsR7aUdnTXxbaZ/7Wc="; // expect: IOT1003

        public static string deviceId = "ozz2dev";
        public static string hubName = "ozz2hub";
        public static string sasToken = ""; // expect: none

        public static int MqttPort = 8883;

        public static string DEVICE_CONNECTION_STRING = "HostName=ozz2hub.azure-devices.net;DeviceId=ozz2dev;SharedAccessKey=RyxQ0EIXZkSfpMeb0nesLCtXQLFej+k0r+d58zGAtTY="; // expect: IOT1003

        static string _deviceId = deviceId; // "<YOUR-DEVICE-NAME>";
        static string _hubName = hubName; //"<YOUR-IOT-HUB-NAME>";

        //UserName = "myIoTHub.azure-devices.net/device1/api-version=2018-06-30",
        //Password = "SharedAccessSignature sr=myIoTHub.azure-devices.net%2Fdevices%2Fdevice1&sig=****&se=1592830262",

        static string _username = $"{_hubName}.azure-devices.net/{_deviceId}/?api-version=2021-04-12";

        //REMARK Generate SAS token for IoT Hub with VS Code
        static string _password = sasToken; //$"<YOUR-SAS-TOKEN>";

        static string _subTopic = $"devices/{_deviceId}/messages/devicebound/#";
        static string _pubTopic = $"devices/{_deviceId}/messages/events/";

        public static string[] NTP_SERVERS = new string[] { "pool.ntp.org", "time.nist.gov" };
    }

    public class MeadowApp : App<F7CoreComputeV2>
    {
        private static DeviceClient s_deviceClient;
        private static string s_connectionString = "";

        const string AZ_IOT_HUB_CLIENT_C2D_SUBSCRIBE_TOPIC = "\"devices/+/messages/devicebound/#\""; // expect: none

        public override Task Initialize()
        {
            Resolver.Log.Info("Initialize...");
            s_connectionString = Secrets.DEVICE_CONNECTION_STRING;
            Resolver.Log.Info("IoT Hub Quickstarts #1 - Simulated device. Ctrl-C to exit.\n");
            Resolver.Log.Info("Using Env Var IOTHUB_DEVICE_CONN_STRING = " + s_connectionString); // expect: none

            StartWiFi();

            return base.Initialize();
        }

        public void StartWiFi()
        {
            var task = Task.Run(async () =>
            {
                var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
                Resolver.Log.Info("Connecting WiFi...");
                await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD);
                await NetworkConnected();
            });
        }

        private async Task NetworkConnected()
        {
            Resolver.Log.Info("WiFi Connected. Starting MQTT...");
            try
            {
                string UserName = $"{Secrets.IOT_CONFIG_IOTHUB_FQDN}/{Secrets.deviceId}/api-version=2018-06-30"; // expect: none
                string Password = $"SharedAccessSignature sr={Secrets.IOT_CONFIG_IOTHUB_FQDN}%2Fdevices%2F{Secrets.deviceId}&sig=****&se=1592830262"; // expect: none

                var builder = new MqttClientOptionsBuilder()
                    .WithTcpServer(Secrets.IOT_CONFIG_IOTHUB_FQDN, Secrets.MqttPort)
                    .WithCredentials(UserName, Password);

                s_deviceClient = DeviceClient.CreateFromConnectionString(Secrets.DEVICE_CONNECTION_STRING, TransportType.Mqtt);
            }
            catch (Exception ex)
            {
                Resolver.Log.Info(ex.Message);
            }
            await SendDeviceToCloudMessagesAsync();
        }

        private static async Task SendDeviceToCloudMessagesAsync()
        {
            double minTemperature = 20;
            double minHumidity = 60;
            Random rand = new Random();
            while (true)
            {
                double currentTemperature = minTemperature + rand.NextDouble() * 15;
                double currentHumidity = minHumidity + rand.NextDouble() * 20;

                var telemetryDataPoint = new
                {
                    temperature = currentTemperature,
                    humidity = currentHumidity
                };
                var messageString = JsonSerializer.Serialize(telemetryDataPoint);
                Message message = new Message(Encoding.ASCII.GetBytes(messageString));
                message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");

                await s_deviceClient.SendEventAsync(message);
                await Task.Delay(5000);
            }
        }
    }
}
