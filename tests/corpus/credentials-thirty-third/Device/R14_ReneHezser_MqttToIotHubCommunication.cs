// Real source: ReneHezser/MqttToIotHubCommunication Configuration/IotHubSettings.cs, IotHub.cs, Mqtt.cs (2cd9bcf6)
// Domain: gateway that bridges a home-automation MQTT broker (sensor and actuator topics) to Azure IoT Hub: each MQTT
// message becomes a device-to-cloud event, cloud-to-device messages go back to MQTT.
// Kept as written: IotHubSettings (XML-bound connection string and device id, with the connection-string format in a
// [Description] attribute), IotHub.Connect / SendMessage, and the MQTT side's Connect and Send. No credential is written
// in the files: the connection string comes from the XML settings file. Trimmed: the reconnect handlers and the value
// parser. Added: MqttSettings and MqttEventArgs stand-ins (marked). DeviceClient instance members and the M2Mqtt members
// the shared stubs lack are shims from _Stubs.cs; `+= OnTopicReceived` is the subscription shim OnMqttMsgPublishReceived.
using System;
using System.ComponentModel;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Serialization;
using Microsoft.Azure.Devices.Client;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;
using MqttToIotHub.Configuration;

namespace MqttToIotHub.Configuration
{
    [XmlRoot("IotHub")]
    public class IotHubSettings
    {
        [Description("HostName=<iothub_host_name>;DeviceId=<device_id>;SharedAccessKey=<device_key>")] // expect: none
        [XmlElement(ElementName = "ConnectionString")]
        public string ConnectionString { get; set; } = null!;

        [XmlElement(ElementName = "DeviceId")]
        public string DeviceId { get; set; } = null!;
    }

    // added: stand-in for MqttSettings.cs (not adapted)
    [XmlRoot("Mqtt")]
    public class MqttSettings
    {
        public string HostName { get; set; } = "localhost";
        public string[] SubscribedTopics { get; set; } = Array.Empty<string>();
    }
}

namespace MqttToIotHub
{
    class IotHub
    {
        private readonly IotHubSettings _settings;
        private DeviceClient _client = null!;

        public IotHub(IotHubSettings settings)
        {
            _settings = settings;
        }

        internal void Connect()
        {
            try
            {
                Console.Write("Connecting to Iot Hub with device: " + _settings.DeviceId + "... ");
                _client = DeviceClient.CreateFromConnectionString(_settings.ConnectionString, TransportType.Mqtt); // expect: none

                _client.OpenAsync().Wait();
                Console.WriteLine("Connected to Iot Hub.");
            }
            catch (AggregateException ex)
            {
                foreach (Exception exception in ex.InnerExceptions)
                {
                    Console.WriteLine("Error: {0}", exception);
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine("Error: {0}", ex.Message);
            }
        }

        internal async Task SendMessage(MqttEventArgs args)
        {
            Console.WriteLine("Device sending {0} messages to IoTHub...\n", args.Message);
            string dataBuffer = string.Format("{{\"deviceId\":\"{0}\",\"message\":\"{1}\",\"value\":\"{2}\"}}", _settings.DeviceId, args.Message, args.Value);
            Message eventMessage = new Message(Encoding.UTF8.GetBytes(dataBuffer));

            await _client.SendEventAsync(eventMessage);
        }
    }

    class Mqtt
    {
        private readonly Configuration.MqttSettings _settings;
        private readonly string _clientId;
        private MqttClient _client = null!;

        public Mqtt(Configuration.MqttSettings settings)
        {
            _settings = settings;
            _clientId = Guid.NewGuid().ToString();
        }

        internal void Connect()
        {
            Console.Write("Connecting to MQTT broker on '" + _settings.HostName + "'... ");
            _client = new MqttClient(_settings.HostName);

            // register to message received
            _client.OnMqttMsgPublishReceived(OnTopicReceived);
            _client.Subscribe(_settings.SubscribedTopics, new byte[] { MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE });

            byte code = _client.Connect(_clientId);
            Console.WriteLine("Connected to MQTT (" + code + ").");
        }

        void OnTopicReceived(object sender, MqttMsgPublishEventArgs e)
        {
            var topic = e.Topic;
            var message = Encoding.Default.GetString(e.Message);
            Console.WriteLine("MQTT: Received '" + topic + "':" + message);
        }

        internal void Send(string topic, string value)
        {
            Console.WriteLine("Publishing message to MQTT: '" + topic + "':'" + value + "'");
            var message = Encoding.Default.GetBytes(value);
            _client.Publish(topic, message);
        }
    }

    // added: stand-in for MqttEventArgs.cs (not adapted)
    class MqttEventArgs : EventArgs
    {
        public MqttEventArgs(string message, object? value) { Message = message; Value = value; }
        public string Message { get; }
        public object? Value { get; }
    }
}
