// Real source: https://github.com/mayzyo/SimplySmart/blob/9c45b2d9895d4e9328a29681e7ebdaafb91f2ff3/MqttService.cs
// Frigate NVR event sorter for a home camera system: subscribes to frigate/events and re-publishes "new" and "end"
// events on their own topics through an MQTTnet v4 managed client.
// Kept: getCredentials() reading MQTT_USERNAME / MQTT_PASSWORD from the environment, then from user secrets, and
// building MqttClientCredentials with the password's ASCII bytes; the managed client and the event routing.
// Changed: the user-secrets provider is reduced to a configuration lookup.
// Added: the installer's default broker password assigned with ??= when neither source has one (IOT1001 at
// MqttClientCredentials); the environment variable names are none.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client;
using MQTTnet.Extensions.ManagedClient;
using MqttFactory = MQTTnet.MqttFactory;

namespace SimpleFrigateSorter
{
    public class FrigateEvent
    {
        public string type { get; set; }
        public string camera { get; set; }
    }

    public static class MqttService
    {
        private static string getUserSecret(string name)
        {
            var config = new ConfigurationBuilder().AddUserSecrets("simply-smart-frigate").Build();
            return config[name];
        }

        private static MqttClientCredentials getCredentials()
        {
            var username = Environment.GetEnvironmentVariable("MQTT_USERNAME") ?? getUserSecret("MQTT_USERNAME");
            var password = Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? getUserSecret("MQTT_PASSWORD"); // expect: none

            username ??= "frigate-sorter";
            password ??= "Frig8te-Sorter#21"; // expect: IOT1001

            return new MqttClientCredentials(username, Encoding.ASCII.GetBytes(password));
        }

        public static async Task ConnectClient()
        {
            var mqttFactory = new MqttFactory();

            using var managedMqttClient = mqttFactory.CreateManagedMqttClient();
            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(Environment.GetEnvironmentVariable("MQTT_URL"))
                .WithCredentials(getCredentials())
                .Build();

            var managedMqttClientOptions = new ManagedMqttClientOptionsBuilder()
                .WithClientOptions(mqttClientOptions)
                .Build();

            await managedMqttClient.StartAsync(managedMqttClientOptions);

            managedMqttClient.ApplicationMessageReceivedAsync += async (e) =>
            {
                var message = e.ApplicationMessage.ConvertPayloadToString();
                try
                {
                    var frigateEvent = JsonSerializer.Deserialize<FrigateEvent>(message);
                    Console.WriteLine(frigateEvent.type);

                    if (frigateEvent.type == "new")
                    {
                        await managedMqttClient.EnqueueAsync("frigate/new-events", message);
                    }
                    else if (frigateEvent.type == "end")
                    {
                        await managedMqttClient.EnqueueAsync("frigate/end-events", message);
                    }
                }
                catch
                {
                    Console.WriteLine("ERROR: message not in JSON format.");
                }
            };

            await managedMqttClient.SubscribeAsync(new List<string> { "frigate/events" });
            Console.WriteLine("The managed MQTT client is connected.");

            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
