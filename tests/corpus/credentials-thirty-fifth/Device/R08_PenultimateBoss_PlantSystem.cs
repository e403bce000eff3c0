// Real source: PenultimateBoss/PlantSystem PlantSystem.IoT/Program.cs, PlantSystem.IoT/MqttManager.cs (80568ef0)
// Domain: a house-plant monitor: an ESP32 (.NET nanoFramework) reads light, soil moisture, temperature and humidity, joins
//   the owner's phone hotspot and exchanges readings and the measuring period with a Blazor web app through HiveMQ Cloud.
// Kept: Main's ConnectDhcp with the SSID and password in place and the measuring loop; MqttManager's singleton, the
//   HiveMQ Cloud cluster host, the topics, SendReceive with Connect(client id, user name, password), MakeMessage.
// Trimmed: the ISRG root certificate resource, user properties, Dispose.
// Changed: the MqttClient is built with the host only and Connect is the three-argument overload (the shared
//   nanoFramework M2Mqtt stub has no TLS constructor and no clean-session / keep-alive overload); the message-received
//   event is attached through a shim method; the Connect call is split over lines so that the user name and the password
//   each carry their own label.
// Added: PlantSensors stand-in (PlantSensors.cs was not read).
// Shimmed (_Stubs.cs): MqttQoSLevel, MqttMsgPublishEventArgs and Subscribe / Publish / Disconnect / OnPublishReceived on
//   the shared nanoFramework MqttClient.
// Replaced: two real working secrets, each REPLACED by a value generated with python secrets in the same shape: the phone
//   hotspot's Wi-Fi password (8 digits) and the HiveMQ Cloud password (2 upper-case letters, 1 lower-case letter, 5
//   digits). The SSID, the cluster host and the user name are kept as written.
#nullable enable
using System;
using System.Collections;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using nanoFramework.Networking;

namespace PlantSystem.IoT
{
    public static class Program
    {
        public static void Main()
        {
            byte measuring_period = 1;
            WifiNetworkHelper.ConnectDhcp(
                "CISPE-PHONE", // expect: none
                "97652256"); // expect: IOT1001
            while (true)
            {
                PlantSensors.Instance.GetAllData(out byte light, out byte moisture, out byte temperature, out byte humidity);
                byte[] message = new byte[] { light, moisture, temperature, humidity, measuring_period };
                MqttManager.Instance.SendReceive(message, out byte[]? response);
                if (response is not null && response.Length >= 1)
                {
                    measuring_period = response[0];
                    if (measuring_period <= 0)
                    {
                        measuring_period = 1;
                    }
                }
                Thread.Sleep(TimeSpan.FromMinutes(measuring_period));
            }
        }
    }

    public sealed class MqttManager
    {
        private static MqttManager? instance;

        public static MqttManager Instance
        {
            get => instance ??= new MqttManager();
        }

        private MqttClient MQTT { get; }
        private ArrayList MessageList { get; }
        private string[] SubTopics { get; }
        private MqttQoSLevel[] TopicQoSs { get; }

        private MqttManager()
        {
            MQTT = new MqttClient("62df834cd0c74c3bbfdf9d5e3ec98238.s1.eu.hivemq.cloud"); // expect: none
            MessageList = new ArrayList();
            SubTopics = new string[] { "plant/response" };
            TopicQoSs = new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce };
        }

        private byte[] MakeMessage()
        {
            int length = 0;
            foreach (byte[] msg in MessageList) length += msg.Length;
            byte[] message = new byte[length];
            int offset = 0;
            foreach (byte[] msg in MessageList)
            {
                Array.Copy(msg, 0, message, offset, msg.Length);
                offset += msg.Length;
            }
            return message;
        }

        public void SendReceive(byte[] message, out byte[]? response)
        {
            byte[]? res = null;
            try
            {
                MQTT.OnPublishReceived(ReceiveMessage);
                MQTT.Connect(
                    "IoT",
                    "NF-Client", // expect: none
                    "CQk95976"); // expect: IOT1001
                MQTT.Subscribe(SubTopics, TopicQoSs);
                MessageList.Add(message);
                message = MakeMessage();
                MQTT.Publish("plant/sensors", message, MqttQoSLevel.AtLeastOnce, false);
                Thread.Sleep(10000);
                MessageList.Clear();
                MQTT.Disconnect();
                response = res;
            }
            catch
            {
                MessageList.Add(message);
                response = null;
                return;
            }

            void ReceiveMessage(object sender, MqttMsgPublishEventArgs event_args)
            {
                if (event_args.Topic is "plant/response")
                {
                    res = event_args.Message;
                }
            }
        }
    }

    // added: stand-in for PlantSensors.cs
    public sealed class PlantSensors
    {
        public static PlantSensors Instance { get; } = new PlantSensors();
        public void GetAllData(out byte light, out byte moisture, out byte temperature, out byte humidity) { light = moisture = temperature = humidity = 0; }
    }
}
