// Real source: paulaodti/DropperRaspberry Config.cs, Mqtt.cs, Program.cs (28d722015fd5975e3bfcc48e73dacc6a45568a3b)
// Domain: Raspberry Pi (Mono, Raspberry.IO.GeneralPurpose) MQTT client of a liquid-dropper (dosing) rig: connects to the broker
//   with settings from App.config, subscribes to the configured topics and logs what arrives (Portuguese log texts).
// Kept: Config as written (broker host, port, topics, client id, user name and password read from AppSettings); Mqtt.Setup with
//   its five connection attempts, the subscription loop and both handlers; Program.Main.
// Changed: M2Mqtt's instance members the shared MqttClient stub lacks are called through shims: `_mqttClient.IsConnected`
//   became `_mqttClient.IsConnected()`, `_mqttClient.ClientId` became `_mqttClient.ClientId()`, and the two `+=` event
//   subscriptions became OnMqttMsgPublishReceived(...) / OnMqttMsgSubscribed(...) calls; Program.Main renamed Run;
//   `using Raspberry.IO.GeneralPurpose;` (unused) dropped.
// Shimmed: the M2Mqtt members above and the message event-argument types in _Stubs.cs; System.Configuration.ConfigurationManager
//   in _Stubs.cs.
// Secrets: none in the original (credentials are read from App.config); nothing replaced.
using System;
using System.Configuration;
using System.Linq;
using System.Text;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace DropperMqttBrokerRaspberry
{
    public static class Config
    {
        public static string? MqttHost = ConfigurationManager.AppSettings["MqttHost"];
        public static int MqttPort
        {
            get
            {

                int port = 0;
                if (!int.TryParse(ConfigurationManager.AppSettings["MqttPort"], out port))
                    return 1883;
                return port;
            }
        }

        public static string[] MqttTopics
        {
            get
            {
                try
                {
                    string[] listOfTopics = ConfigurationManager.AppSettings["MqttTopics"]!.Split(';').ToArray();
                    return listOfTopics;
                }
                catch(Exception ex)
                {
                    return new string[] { };
                }
            }
        }

        public static string? MqttClientName = ConfigurationManager.AppSettings["MqttClientName"];
        public static string MqttClientId = MqttClientName + "-" + Guid.NewGuid().ToString();  // This just needs to be unique per participant in the MQTT pipeline
        public static string? MqttUsername = ConfigurationManager.AppSettings["MqttUsername"];
        public static string? MqttPassword = ConfigurationManager.AppSettings["MqttPassword"]; // expect: none
    }

    public class Mqtt
    {
        private MqttClient? _mqttClient;

        public void Setup()
        {
            _mqttClient = new MqttClient(Config.MqttHost!);
            for (int tentativa = 1; tentativa <= 5; tentativa++)
            {
                try
                {
                    _mqttClient.Connect(Config.MqttClientId, Config.MqttUsername!, Config.MqttPassword!); // expect: none

                    if (_mqttClient.IsConnected())
                    {
                        Console.WriteLine("Connected: " + _mqttClient.ClientId());
                        _mqttClient.OnMqttMsgPublishReceived(client_MqttMsgPublishReceived);
                        _mqttClient.OnMqttMsgSubscribed(client_MqttMsgSubscribed);

                        foreach (string item in Config.MqttTopics)
                        {
                            string[] topico = new string[] { item };
                            _mqttClient.Subscribe(topico, new byte[] { MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE });
                        }
                        break;
                    }
                    else
                    {
                        Console.WriteLine($"Could not connect to the MQTT server. Tentativa {tentativa}.");
                    }
                }
                catch (Exception ex)
                {
                    Console.WriteLine($"Ocorreu uma exceção ao conectar ao servidor MQTT. Detalhes: {ex.Message}");
                }
            }
        }

        void client_MqttMsgSubscribed(object? sender, MqttMsgSubscribedEventArgs e)
        {
            var sb = new StringBuilder();
            foreach (byte qosLevel in e.GrantedQoSLevels)
            {
                sb.Append(qosLevel);
                sb.Append(" ");
            }

            Console.WriteLine("Tópico assinado - MessageId: " + e.MessageId + ", QOS Levels: " + sb.ToString());
        }

        void client_MqttMsgPublishReceived(object? sender, uPLibrary.Networking.M2Mqtt.Messages.MqttMsgPublishEventArgs e)
        {
            string message = new string(Encoding.UTF8.GetChars(e.Message));
            Console.WriteLine("Mensagem Recebida - Tópico: " + e.Topic + ", Mensagem: " + message + ", QosLevel: " + e.QosLevel);
        }
    }

    class Program
    {
        static void Run(string[] args)
        {
            Mqtt mqtt = new Mqtt();
            mqtt.Setup();
        }
    }
}
