// Real source: KiwiBryn/MQTT.IoTCore.FieldGateway.Lora
//   Mqtt.IoTCore.FieldGateway.LoRa/StartupTask.cs, Mqtt.IoTCore.FieldGateway.LoRa.Losant/MessageHandler.cs,
//   TestClient.MQTTnet.Losant/Program.cs
// Domain: a racecourse's ground staff; soil-moisture and going sensors along the track send LoRa
// packets to a field gateway in the stable yard, which publishes them to an MQTT IoT platform.
// Kept: config.json copied from the application directory when missing and deserialised into
// ApplicationSettings; the MQTT client configuration logged field by field (including the
// password, as the original does); MqttClientOptionsBuilder WithClientId / WithTcpServer /
// WithCredentials(applicationSettings.MqttUserName, applicationSettings.MqttPassword) / WithTls;
// reconnect on Disconnected; the CSV payload split into sensor id and value; the Losant state topic.
// Changed: UWP storage and logging channel are replaced by System.IO and a small logger; the LoRa
// radio is left out.
// Added: the template configuration written in code, the fallback settings when config.json does
// not parse, the Adafruit IO profile copied from the test client.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using MQTTnet.Client;
using Newtonsoft.Json;

namespace Corpus17.R11.RacecourseFieldGateway
{
    public class ApplicationSettings
    {
        public string MqttServer { get; set; }
        public string MqttUserName { get; set; }
        public string MqttPassword { get; set; }
        public string MqttClientID { get; set; }
        public string MqttTopicFormat { get; set; }
        public string Address { get; set; }
        public double Frequency { get; set; }
    }

    public class LoggingFields : Dictionary<string, string>
    {
        public void AddString(string name, string value) => this[name] = value;
    }

    public sealed class StartupTask
    {
        private const string ConfigurationFilename = "config.json";

        // Added: the sample configuration the installer ships next to the executable.
        private const string TemplateConfiguration =
            "{\"MqttServer\":\"broker.losant.com\",\"MqttUserName\":\"5e8f1c2a9d\",\"MqttPassword\":\"L!AZLPxisMhmoQX_\",\"MqttClientID\":\"5e8f1c2a9d3b7e0012a4f6c1\",\"Address\":\"going01\",\"Frequency\":915000000.0}"; // expect: IOT1001

        private readonly TimeSpan mqttReconnectDelay = new TimeSpan(0, 0, 5);
        private readonly Guid loggingProvider = new Guid("4bd2826e-54a1-4ba9-bf63-92b73ea1ac4a"); // expect: none
        private ApplicationSettings applicationSettings = null;
        private IMqttClient mqttClient = null;
        private MqttClientOptions mqttOptions = null;

        public void Run(string localFolder)
        {
            string configPath = Path.Combine(localFolder, ConfigurationFilename);
            if (!File.Exists(configPath))
            {
                File.WriteAllText(configPath, TemplateConfiguration);
            }

            try
            {
                applicationSettings = JsonConvert.DeserializeObject<ApplicationSettings>(File.ReadAllText(configPath));
            }
            catch (Exception ex)
            {
                Console.WriteLine("JSON configuration file load failed " + ex.Message);
                // Added: keep the gateway publishing with the stable yard's account.
                applicationSettings = new ApplicationSettings
                {
                    MqttServer = "broker.losant.com",
                    MqttUserName = "5e8f1c2a9d", // expect: none
                    MqttPassword = "Z#WkMMuywWdYwX", // expect: IOT1001
                    MqttClientID = "5e8f1c2a9d3b7e0012a4f6c1", // expect: none
                    Address = "going01",
                };
            }

            LoggingFields mqttClientInformation = new LoggingFields();
            mqttClientInformation.AddString("UserName", this.applicationSettings.MqttUserName);
            mqttClientInformation.AddString("Password", this.applicationSettings.MqttPassword); // expect: none
            mqttClientInformation.AddString("Server", this.applicationSettings.MqttServer);
            mqttClientInformation.AddString("ClientID", this.applicationSettings.MqttClientID);

            var factory = new MQTTnet.MqttFactory();
            this.mqttClient = factory.CreateMqttClient();

            this.mqttOptions = new MqttClientOptionsBuilder()
                .WithClientId(applicationSettings.MqttClientID)
                .WithTcpServer(applicationSettings.MqttServer)
                .WithCredentials(applicationSettings.MqttUserName, applicationSettings.MqttPassword)
                .WithTls()
                .Build();

            this.mqttClient.ConnectAsync(this.mqttOptions).Wait();
            this.mqttClient.DisconnectedAsync += MqttClient_Disconnected;
        }

        private async Task MqttClient_Disconnected(MqttClientDisconnectedEventArgs e)
        {
            await Task.Delay(mqttReconnectDelay);
            try
            {
                await mqttClient.ConnectAsync(this.mqttOptions);
            }
            catch (Exception ex)
            {
                Console.WriteLine("MQTT reconnect failure " + ex.Message);
            }
        }

        public async Task PayloadCommaSeparatedValues(string messageText, string addressBcdText)
        {
            char[] sensorReadingSeparators = { ',' };
            char[] sensorIdAndValueSeparators = { ' ' };
            var data = new Dictionary<string, double>();
            foreach (string sensorReading in messageText.Split(sensorReadingSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                string[] sensorIdAndValue = sensorReading.Split(sensorIdAndValueSeparators, StringSplitOptions.RemoveEmptyEntries);
                if (sensorIdAndValue.Length != 2) return;
                data.Add(addressBcdText + sensorIdAndValue[0], Convert.ToDouble(sensorIdAndValue[1]));
            }
            string topic = $"losant/{applicationSettings.MqttClientID}/state";
            await MQTTnet.MqttClientExtensions.PublishStringAsync(mqttClient, topic, JsonConvert.SerializeObject(new { data }));
        }
    }

    // Added: the second platform the ground staff tried, copied from the Adafruit IO test client.
    public static class AdafruitProfile
    {
        public static ApplicationSettings Create() => new ApplicationSettings
        {
            MqttServer = "io.adafruit.com",
            MqttUserName = "racecourse_going",
            MqttPassword = "YOUR_AIO_KEY", // expect: IOT1006
            MqttClientID = "going-gateway",
            MqttTopicFormat = "{0}/feeds/{1}",
        };

        public static void Use(StartupTask gateway)
        {
            var settings = Create();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(settings.MqttServer)
                .WithCredentials(settings.MqttUserName, settings.MqttPassword)
                .WithTls()
                .Build();
        }
    }
}
