// Real source: fabiobulgarella/plcs_project PLCS_Project/MqttHandler.cs (+ PLCS_Project/Network.cs)
// Domain: GHI FEZ Spider II (.NET Micro Framework) logging office air quality to an SD card and forwarding the
// files over MQTT to a gateway that bridges to Amazon S3.
// Kept: the broker address/USERNAME/PASSWORD constants (the password, four letters and five digits upstream,
// replaced by a freshly invented one of the same shape), the reconnect thread calling
// mqttClient.Connect(clientId, USERNAME, PASSWORD), the FEZ49 topics, the file queue sender.
// Changed: Microsoft.SPOT Debug.Print written as System.Diagnostics.Debug.WriteLine; M2Mqtt events and the
// IPAddress constructor left out (the stubbed uPLibrary client has neither); SDMemoryCard and Json reduced to what
// the handler calls.
using System;
using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Threading;
using uPLibrary.Networking.M2Mqtt;

namespace PLCS_Project
{
    class MqttHandler
    {
        private const String MQTT_BROKER_ADDRESS = "192.168.137.1";
        private const String USERNAME = "fez49";
        private const String PASSWORD = "wymn94397"; // expect: IOT1001
        private const String CONFIGURATION_TOPIC = "FEZ49/configuration";
        private const String ACK_TOPIC = "FEZ49/acknowledgments";
        private const String MEASUREMENTS_TOPIC = "FEZ49/measurements";
        private const byte QOS_LEVEL_EXACTLY_ONCE = 0x02;

        private MqttClient mqttClient;
        private Thread connectionThread;
        private Thread transmissionThread;

        private Queue fileQueue;
        private ArrayList waitingAmazonAckFiles;

        public MqttHandler()
        {
            InitClient();

            // Start trying to connect
            connectionThread = new Thread(Connect);
            connectionThread.Start();

            // Start transmission thread
            transmissionThread = new Thread(SenderWorker);
            transmissionThread.Start();
        }

        private void InitClient()
        {
            // create client instance
            mqttClient = new MqttClient(MQTT_BROKER_ADDRESS);
        }

        private void Connect()
        {
            while (true)
            {
                if (Network.IsConnected)
                {
                    string clientId = Guid.NewGuid().ToString();

                    try
                    {
                        byte result = mqttClient.Connect(clientId, USERNAME, PASSWORD);

                        // Check if successfully connected
                        if (result == 0)
                        {
                            mqttClient.Subscribe(new string[] { ACK_TOPIC }, new byte[] { QOS_LEVEL_EXACTLY_ONCE });
                            mqttClient.Publish(CONFIGURATION_TOPIC, Json.CreateJsonConfiguration(), QOS_LEVEL_EXACTLY_ONCE, false);

                            Debug.WriteLine("Mqtt connection successfully established!");
                            break;
                        }
                        else
                        {
                            Debug.WriteLine("MQTT Client configuration error: broker rejected connection request!"); // expect: none
                        }
                    }
                    catch (Exception)
                    {
                        Debug.WriteLine("An error occurred during mqtt connection. Trying again in few seconds...");
                    }
                }
                else
                    Debug.WriteLine("Cannot connect mqtt client to the gateway: connection unavailable...");

                Thread.Sleep(10000);
            }
        }

        private ushort PublishMessage(byte[] data)
        {
            if (Network.IsConnected)
            {
                try
                {
                    // publish a message on "FEZ49/measurements" topic with QoS 2
                    return mqttClient.Publish(MEASUREMENTS_TOPIC, data, QOS_LEVEL_EXACTLY_ONCE, false);
                }
                catch (Exception)
                {
                    Debug.WriteLine("An error occurred publishing a message!");
                }
            }

            return 0;
        }

        private void SenderWorker()
        {
            fileQueue = new Queue();
            waitingAmazonAckFiles = new ArrayList();

            while (true)
            {
                try
                {
                    foreach (string name in SDMemoryCard.GetFileList())
                        fileQueue.Enqueue(name);

                    while (fileQueue.Count > 0)
                    {
                        String fileName = (String)fileQueue.Dequeue();
                        if (waitingAmazonAckFiles.Contains(fileName))
                            continue;

                        byte[] fileData = SDMemoryCard.ReadFile(fileName);
                        if (fileData != null && PublishMessage(fileData) != 0)
                            waitingAmazonAckFiles.Add(fileName);
                        Thread.Sleep(200);
                    }
                }
                catch (Exception)
                {
                    Thread.Sleep(13000);
                }

                Thread.Sleep(4500);
            }
        }
    }

    class Network
    {
        private const string IP = "192.168.137.2";
        private const string NETMASK = "255.255.255.0";
        private const string GATEWAY = "192.168.137.1";

        private static bool ethernetConnected = true;

        public static bool IsConnected { get { return ethernetConnected; } }
    }

    static class SDMemoryCard
    {
        private const string MeasurementsFolder = @"\SD\measurements"; // expect: none

        public static string[] GetFileList() => new string[0];
        public static byte[] ReadFile(string fileName) => Encoding.UTF8.GetBytes(fileName);
    }

    static class Json
    {
        public static byte[] CreateJsonConfiguration()
            => Encoding.UTF8.GetBytes("{\"device\":\"FEZ49\",\"sensors\":[\"BME280\",\"mouse\"],\"interval\":60}");
    }
}
