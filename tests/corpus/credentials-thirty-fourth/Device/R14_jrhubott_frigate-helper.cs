// Real source: jrhubott/frigate-helper MqttClient.cs (0295fe28a7d131ea7949cd0d3acf5616fb254a10)
// Domain: Frigate NVR (camera object detection) helper that listens to frigate/events on the Home Assistant MQTT
// broker and publishes per-camera moving / stationary statistics. Kept: the MQTTnet v4 options with the broker host
// and a login written in place (the user name `mqtt` kept; its password, the home broker's real one, REPLACED by a
// value generated with python `secrets` in the same shape), the reconnect-on-disconnect loop, the statistic topics.
// Trimmed: the Event / Statistic parsing, response dump. Changed: the DisconnectedAsync handler became a Reconnect
// method; PublishAsync of built messages became PublishStringAsync. Added: a minimal `Statistic` record.
using System;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Frigate_Helper
{
    // added
    public record Statistic(string Name, int Moving, int Stationary);

    public class MqttClient
    {
        IMqttClient? mqttClient;
        MqttClientOptions? mqttClientOptions;

        public async Task ConnectAsync()
        {
            var mqttFactory = new MQTTnet.MqttFactory();

            if (mqttClient != null) throw new Exception("Connected");

            mqttClient = mqttFactory.CreateMqttClient();

            mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer("home-assistant.home")
                .WithCredentials("mqtt", "IC7B017gn28-Kd") // expect: IOT1001
                .Build();

            await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);
            Console.WriteLine("The MQTT client is connected.");

            await mqttClient.SubscribeAsync("frigate/events");
            Console.WriteLine("MQTT client subscribed to topic.");
        }

        public async Task Reconnect()
        {
            Console.WriteLine("### DISCONNECTED FROM SERVER ###");
            await Task.Delay(TimeSpan.FromSeconds(5));
            try
            {
                await mqttClient!.ConnectAsync(mqttClientOptions!, CancellationToken.None);
            }
            catch
            {
                Console.WriteLine("### RECONNECTING FAILED ###");
            }
        }

        const string mqttBaseTopic = "frigate-helper/";

        internal void Publish(Statistic s)
        {
            string topic = mqttBaseTopic + "statistic/" + s.Name + "/";
            mqttClient!.PublishStringAsync(topic + "moving", s.Moving.ToString());
            mqttClient!.PublishStringAsync(topic + "stationary", s.Stationary.ToString());
        }
    }
}
