// Real source: tkopacz/2016windowsiot-iothub-mqtt UWP_Mqtt/ConsoleMQTT2/Program.cs
// Also used: UWP_Mqtt/UWP_Mqtt/MainPage.xaml.cs. A 2016 Windows 10 IoT workshop sample: the same device talks to
// Azure IoT Hub once with M2Mqtt over raw MQTT (user name hub/device, password a SAS token) and once with the device
// SDK. The repository imports a PRIVATE_PASSWORDS namespace that is kept out of git; it is reconstructed here with
// the members the code reads (ConnectionsMqtt.Connection/ClientId/Username/Password, ConnectionsIot.DeviceConnectionString):
// the SAS token is invented (random signature), the SDK connection string is the template the workshop handed out.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using PRIVATE_PASSWORDS;
using uPLibrary.Networking.M2Mqtt;

namespace PRIVATE_PASSWORDS
{
    static class ConnectionsMqtt
    {
        public const string Connection = "tkiot2016.azure-devices.net";
        public const string ClientId = "mqttdevice1";
        public const string Username = "tkiot2016.azure-devices.net/mqttdevice1"; // expect: none
        public const string Password = "SharedAccessSignature sr=tkiot2016.azure-devices.net%2Fdevices%2Fmqttdevice1&sig=lFAUGN9hmOAQ9VW8OagmKQP%2FJuEjRRuUoX%2FwyOUSyQw%3D&se=1498815062"; // expect: IOT1003
    }

    static class ConnectionsIot
    {
        public const string DeviceConnectionString = "HostName=tkiot2016.azure-devices.net;DeviceId=mqttdevice1;SharedAccessKey=<paste the device key from DeviceExplorer>"; // expect: IOT1006
    }
}

namespace ConsoleMQTT2
{
    class Program
    {
        private static DeviceClient m_deviceClient;

        static void Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "sdk")
                testDeviceClientIotSDK();
            else
                testM2Mqtt();
        }

        const string MQTTSendTopic = "devices/mqttdevice1/messages/events/";
        const string MQTTReceiveTopic = "devices/mqttdevice1/messages/devicebound/#"; // expect: none
        private static MqttClient m_mqtt;

        private static void testM2Mqtt()
        {
            m_mqtt = new MqttClient(ConnectionsMqtt.Connection, 8883, true, null, null, (int)MqttSslProtocols.TLSv1_2);
            var result = m_mqtt.Connect(ConnectionsMqtt.ClientId, ConnectionsMqtt.Username, ConnectionsMqtt.Password);
            if (result != 0) throw new ArgumentException("Bad username/password for MQTT");
            m_mqtt.Subscribe(new[] { MQTTReceiveTopic }, new byte[] { 1 });
            m_mqtt.Publish(MQTTSendTopic, Encoding.UTF8.GetBytes("ABC"), 1, false);
        }

        private static void testDeviceClientIotSDK()
        {
            Task.Run(async () =>
            {
                try
                {
                    m_deviceClient = DeviceClient.CreateFromConnectionString(ConnectionsIot.DeviceConnectionString, TransportType.Mqtt);
                    await m_deviceClient.SendEventAsync(new Message(Encoding.UTF8.GetBytes("ABC")));
                    await waitForMessage();
                }
                catch (Exception ex)
                {
                    Console.WriteLine(ex.ToString());
                }
            }).Wait();
        }

        private static async Task waitForMessage()
        {
            while (true)
            {
                var msg = await m_deviceClient.ReceiveAsync();
                if (msg != null)
                {
                    Console.WriteLine(Encoding.UTF8.GetString(msg.GetBytes()));
                    await m_deviceClient.CompleteAsync(msg);
                }
            }
        }
    }
}
