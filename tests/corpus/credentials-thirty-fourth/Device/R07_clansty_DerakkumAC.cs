// Real source: clansty/DerakkumAC Mqtt.cs (50ed4a4228ef9e18d44f839f3142a78939bf4b80)
// Domain: home automation hook that switches a room air conditioner on through a Home Assistant MQTT topic when an
// arcade rhythm-game cabinet session starts (MelonLoader mod). Kept: the MQTTnet v4 client whose broker host, user and
// password come from the mod's loaded configuration (`Program.Config`), the subscribe / publish flow. Trimmed: the
// subscribe-options builder and the message hook. Changed: MelonLogger.Msg became Console.WriteLine; SubscribeAsync
// takes the topic. Added: a `Config` class and `Program.Config` stand-in loaded from a file, as the mod's own loader does.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace DerakkumAC
{
    // added: stand-in for the mod's configuration (read from its config file at start-up)
    public class Config
    {
        public string MqttHost { get; set; } = "";
        public string MqttUser { get; set; } = "";
        public string MqttPass { get; set; } = "";
        public string SubscribeTopic { get; set; } = "";
        public string PublishTopic { get; set; } = "";
        public string PublishContent { get; set; } = "";
    }

    public static class Program
    {
        public static Config Config = Load("UserData/DerakkumAC.txt");

        // added: one "key=value" per line
        static Config Load(string path)
        {
            var c = new Config();
            if (!File.Exists(path)) return c;
            foreach (var line in File.ReadAllLines(path))
            {
                var i = line.IndexOf('=');
                if (i < 0) continue;
                var v = line[(i + 1)..].Trim();
                switch (line[..i].Trim())
                {
                    case "MqttHost": c.MqttHost = v; break;
                    case "MqttUser": c.MqttUser = v; break;
                    case "MqttPass": c.MqttPass = v; break; // expect: none
                    case "SubscribeTopic": c.SubscribeTopic = v; break;
                    case "PublishTopic": c.PublishTopic = v; break;
                    case "PublishContent": c.PublishContent = v; break;
                }
            }
            return c;
        }
    }

    public class Mqtt
    {
        private static IMqttClient _mqttClient = null!;

        public static void Init()
        {
            var mqttFactory = new MQTTnet.MqttFactory();
            _mqttClient = mqttFactory.CreateMqttClient();
            var mqttClientOptions = new MqttClientOptionsBuilder().WithTcpServer(Program.Config.MqttHost).WithCredentials(Program.Config.MqttUser, Program.Config.MqttPass).Build(); // expect: none
            Task.Run(async () =>
            {
                await _mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);
                Console.WriteLine("MQTT Connected");
                await _mqttClient.SubscribeAsync(Program.Config.SubscribeTopic);
            });
        }

        public static async Task TurnOnAC()
        {
            await _mqttClient.PublishStringAsync(Program.Config.PublishTopic, Program.Config.PublishContent);
            Console.WriteLine("AC Turned On");
        }
    }
}
