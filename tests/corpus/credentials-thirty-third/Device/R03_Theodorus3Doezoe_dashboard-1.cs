// Real source: Theodorus3Doezoe/dashboard-1 MqttService.cs (3fb6ea6f)
// Domain: .NET MAUI dashboard for a firefighter / rescue worker body-worn sensor module (SpO2, heart rate, MQ-2 gas,
// sound direction, temperature, GPS) that publishes over a HiveMQ Cloud MQTT broker (M2Mqtt with TLS 1.2).
// Kept: the broker constants and ConnectMqtt() with _mqttClient.Connect(clientId, MqttUser, MqttPassword); the topic
// constants and the first part of the message handler. The MQTT password was the team's real working HiveMQ Cloud
// password: REPLACED by a value generated with python `secrets` in the same shape (13 letters + a digit). The cluster
// host name and the user name are kept as written (identifiers, not secrets). Changed: the original calls the M2Mqtt
// overload (host, port, secure, MqttSslProtocols, validationCallback, selectionCallback); the shared stub only has
// (host, port, secure, caCert, clientCert, int sslProtocol), so the arguments are reordered and the enum is cast to int
// (changed); `+= handler` on MqttMsgPublishReceived is the
// subscription shim OnMqttMsgPublishReceived (shimmed). Trimmed: the MainPage/DatabaseHelper fields and SaveToDatabase;
// MainPage is dropped from the constructor.
using System;
using System.Diagnostics;
using System.Text;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace dashboard
{
    public class MqttService
    {
        private MqttClient _mqttClient = null!;

        private const string BrokerAddress = "3b2688bc320d4ceaaa3f7aa16f7bfb63.s1.eu.hivemq.cloud"; // expect: none
        private const int BrokerPort = 8883;
        private const string MqttUser = "CodeCommandos";
        private const string MqttPassword = "BjdnlskNGbRsw4"; // expect: IOT1001

        private const string MqttTopicZuurstof = "SPO2_Data";
        private const string MqttTopicHartslag = "heartbeat";
        private const string MqttTopicGasDetection = "MQ2 sensor";
        private const string MqttTopicSound = "geluid sensor";
        private const string MqttTopicTemperature = "temperature sensor";
        private const string MqttTopicLocationLat = "Gps_sensor_lat";
        private const string MqttTopicLocationLon = "Gps_sensor_lon";

        public string? LatestTemperature { get; private set; }
        public string? LatestHeartbeat { get; private set; }

        public MqttService()
        {
            Debug.WriteLine("Start");
            ConnectMqtt();
        }

        private void ConnectMqtt()
        {
            Console.WriteLine("Connecting");
            try
            {
                _mqttClient = new MqttClient(
                    BrokerAddress,
                    BrokerPort,
                    true, // Enable SSL/TLS
                    null, // No certificate validation callback (default)
                    null, // No client certificates
                    (int)MqttSslProtocols.TLSv1_2 // Use TLS 1.2
                );

                _mqttClient.OnMqttMsgPublishReceived(Client_MqttMsgPublishReceived);

                string clientId = Guid.NewGuid().ToString();
                _mqttClient.Connect(clientId, MqttUser, MqttPassword);

                _mqttClient.Subscribe(new string[]
                    {
                        MqttTopicGasDetection,
                        MqttTopicSound,
                        MqttTopicTemperature,
                        MqttTopicLocationLat,
                        MqttTopicLocationLon,
                        MqttTopicZuurstof,
                        MqttTopicHartslag
                    },
                    new byte[]
                    {
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE,
                        MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE
                    });

                Console.WriteLine("MQTT connected and subscribed with TLS.");
            }
            catch (Exception ex)
            {
                Console.WriteLine("MQTT connection error: " + ex.Message);
            }
        }

        public event Action<string>? TemperatureUpdated;
        public event Action<string>? HeartbeatUpdated;

        private void Client_MqttMsgPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            var topic = e.Topic;
            var message = Encoding.UTF8.GetString(e.Message);

            Console.WriteLine($"MQTT message received: Topic={topic}, Message={message}");

            switch (topic)
            {
                case MqttTopicTemperature:
                    LatestTemperature = message;
                    TemperatureUpdated?.Invoke(message);
                    break;

                case MqttTopicHartslag:
                    LatestHeartbeat = message;
                    HeartbeatUpdated?.Invoke(message);
                    break;

                default:
                    Console.WriteLine("Unknown MQTT topic received.");
                    break;
            }
        }
    }
}
