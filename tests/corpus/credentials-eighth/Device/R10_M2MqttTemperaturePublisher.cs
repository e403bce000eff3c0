// Real source: fractals87/MQTT MQTTPublisher/Program.cs
// Adapted: the M2Mqtt publisher of a cold-store thermometer; the broker now needs a login, and the secure
// variant for the remote site was added. Credentials are invented.
using System;
using System.Text;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace Corpus8.MQTTPublisher
{
    class Program
    {
        private const string BrokerUser = "coldstore-03";
        private const string BrokerPassword = "Glacier-Moth-7702"; // expect: IOT1001
        private const string RemoteBroker = "mqtt.coldchain.example";

        public static void Run()
        {
            try
            {
                // create client instance
                MqttClient client = new MqttClient("127.0.0.1");

                string clientId = Guid.NewGuid().ToString();
                client.Connect(clientId, BrokerUser, BrokerPassword);

                string strValue = Convert.ToString(20);

                // publish a message on "/home/temperature" topic with QoS 2
                client.Publish("/home/temperature", Encoding.UTF8.GetBytes(strValue), MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, false);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        public static MqttClient ConnectRemote(string siteCode)
        {
            var client = new MqttClient(RemoteBroker, 8883, true, null, null, 3);
            client.Connect("coldstore-" + siteCode, "site-" + siteCode, "Pewter#" + "Anchor#" + "5518"); // expect: IOT1001
            return client;
        }

        public static MqttClient ConnectMosquittoDefault()
        {
            var client = new MqttClient("10.0.0.5");
            client.Connect("coldstore-test", "mosquitto", "mosquitto"); // expect: IOT1002
            return client;
        }

        public static MqttClient ConnectTemplate()
        {
            var client = new MqttClient("10.0.0.6");
            client.Connect("coldstore-tpl", "YOUR_USERNAME", "YOUR_PASSWORD"); // expect: IOT1006
            return client;
        }

        public static MqttClient ConnectAnonymous(string clientId)
        {
            var client = new MqttClient("127.0.0.1");
            client.Connect(clientId); // no login on the loopback broker
            return client;
        }

        public static MqttClient ConnectWithProvisioned(string user, string password)
        {
            var client = new MqttClient(RemoteBroker);
            client.Connect("coldstore-prov", user, password);
            return client;
        }

        public const string TopicPassword = "/home/temperature/password-reset"; // expect: none
    }

    static class PublisherExtras
    {
        public static MqttClient Dock() { var c = new MqttClient("10.0.0.9"); c.Connect("dock-1", "dock", "Harbor_Crate_8812"); return c; } // expect: IOT1001
        public static MqttClient Lab() { var c = new MqttClient("10.0.0.10"); c.Connect("lab-1", "lab", "lab"); return c; } // expect: IOT1001
        public const string ClientIdPrefix = "coldstore-"; // expect: none
        public const string PasswordEnv = "COLDSTORE_MQTT_PASSWORD"; // expect: none
    }
}
