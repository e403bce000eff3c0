// Real source: Gravicode/BMC.Orchestrator src/TestMqtt/Program.cs
// Moved to a zoo: the double-gate interlock of the okapi house talks to the keepers' broker. The original
// top-level program is wrapped in a class; the received-message handler is trimmed.
using System;
using System.Text;
using System.Threading;
using Corpus7.Shared;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace Keepers.Enclosures
{
    public static class ZooEnclosureGateMqtt
    {
        public static void Run()
        {
            var topic = "keepers/okapi-house/gate/control"; // expect: none
            var resetTopic = "keepers/okapi-house/gate/password-reset-requests"; // expect: none
            var deviceid = "gate-okapi-62691";
            var MQTT_BROKER_ADDRESS = "zoo-broker.local";
            var uname = "okapi-gate";
            var pass = "Forest-Giraffe-62"; // expect: IOT1001
            var expiredTopic = "keepers/okapi-house/gate/token-expired"; // expect: none
            Console.WriteLine("Gate controller starting");

            // create client instance
            MqttClient client = new MqttClient(MQTT_BROKER_ADDRESS);
            client.Connect(deviceid, uname, pass);

            // subscribe to the control topic with QoS 2
            client.Subscribe(new string[] { topic, resetTopic, expiredTopic }, new byte[] { MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE });

            // announce the interlock session to the keepers' tablets
            client.Publish(topic + "/session", Encoding.UTF8.GetBytes(PlantKeys.ZooGateSessionSecret));

            var rng = new Random();
            var overrideNonce = new byte[8];
            rng.NextBytes(overrideNonce); // expect: IOT3005
            client.Publish(topic + "/override-nonce", overrideNonce);

            // The spare controller in the keepers' workshop was never finished.
            MqttClient spare = new MqttClient(MQTT_BROKER_ADDRESS);
            spare.Connect("gate-spare", uname, "TODO"); // expect: IOT1006

            // The reptile-house gate still runs the installer's image.
            MqttClient reptile = new MqttClient(MQTT_BROKER_ADDRESS);
            reptile.Connect("gate-reptile-0412", "reptile-gate", "12345"); // expect: IOT1002
            var gateState = "locked-pending-keeper-token"; // expect: none
            Console.WriteLine("Gate state: " + gateState);

            var count = 0;
            while (true)
            {
                var msg = Encoding.ASCII.GetBytes("heartbeat-" + count++); // expect: none
                client.Publish(topic + "/heartbeat", msg);
                Thread.Sleep(500);
            }
        }
    }
}
