// Real source: AdilBikeev/Refrigerator-IoT SimulatedDevice/Program.cs (11d04b88b8ae3bda6e1d0fe8e222403c6169b0fe),
//              DeviceIoTRemote/Models/AzureIOTAgent.cs (0e0d6f8c3afc0a16b36e50acb74fba35e112199a)
// Domain: commercial refrigerator (cabinet, cooling blocks, sensor readings) simulated as an Azure IoT Hub device, and the
//         project's remote agent that reads the hub's device-to-cloud messages from its Event Hub-compatible endpoint and
//         forwards them to the refrigerator web API.
// Kept: the simulator's connection string field, SendDeviceToCloudMessagesAsync (message building, the commented-out send),
//       Main (CreateFromConnectionString over MQTT); the agent's connection constants (device connection string, Event
//       Hub endpoint and name, service policy name and key, server URL), BuildEventHubsConnectionString, the constructor,
//       ReceiveMessagesFromDeviceAsync.
// Added: empty stand-ins for the project's BaseRefrigerator, BaseRefrigeratorBlock and BaseSensorData models, which were
//        not read.
// Trimmed: the Russian XML doc comments shortened to English; the agent's SendDeviceToCloudMessagesAsync (a copy of the
//          simulator's), its IAzureIOTClient / IAzureIOTServer interfaces, and the JObject "crutch" that unwrapped the
//          SensorData member before posting (the message text is posted as received here).
// Replaced: the IoT Hub device key (base64, 32 bytes, in the SharedAccessKey= slot; written twice) and the hub's "service"
//           policy key (base64, 32 bytes) were real working secrets; both are generated values of the same shape.
using System;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using System.Net.Http;
using System.Threading;
using Azure.Messaging.EventHubs.Consumer;

namespace RefrigeratorRemote.Models
{
    // added: stand-ins for the project's models
    public class BaseRefrigerator { public string Name { get; set; } = ""; }
    public class BaseRefrigeratorBlock { public int BlockNumber { get; set; } }
    public class BaseSensorData { public double Temperature { get; set; } public double Humidity { get; set; } }
}

namespace SimulatedDevice
{
    using RefrigeratorRemote.Models;

    class SimulatedDevice
    {
        private static DeviceClient _deviceClient;

        // The device connection string to authenticate the device with your IoT hub.
        // Using the Azure CLI:
        // az iot hub device-identity show-connection-string --hub-name {YourIoTHubName} --device-id MyDotnetDevice --output table
        private readonly static string connectionString = "HostName=Refrigerator.azure-devices.net;DeviceId=RefrigeratorDevice;SharedAccessKey=CVGdYhBLeY4oItx0mxG87aK8QhahRRpdJbEeSm8x8yc="; // expect: IOT1003

        /// <summary>
        /// Sends the refrigerator's data to Azure IoT.
        /// </summary>
        private static async void SendDeviceToCloudMessagesAsync(BaseRefrigerator refrigerator,
                                                                 BaseRefrigeratorBlock refrigeratorBlock,
                                                                 BaseSensorData sensorData)
        {
            while (true)
            {
                // Message sent to Azure IoT
                var messageString = JsonConvert.SerializeObject(new
                {
                    refrigerator,
                    refrigeratorBlock,
                    sensorData
                });

                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                // Send the telemetry message
                //await _deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, JObject.Parse(messageString));

                await Task.Delay(500);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("IoT Hub Refrigerator - Simulated device. Ctrl-C to exit.\n");

            // Connect to the IoT hub using the MQTT protocol
            _deviceClient = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);

            Console.ReadLine();
        }
    }
}

namespace RemoteProvider.Models
{
    /// <summary>
    /// Agent for talking to Azure IoT.
    /// </summary>
    public class AzureIOTAgent
    {
        private readonly DeviceClient _deviceClient;

        /// <summary>
        /// Encoding of the messages.
        /// </summary>
        private readonly Encoding encoderMessage = Encoding.UTF8;

        // The device connection string to authenticate the device with your IoT hub.
        // Using the Azure CLI:
        // az iot hub device-identity show-connection-string --hub-name {YourIoTHubName} --device-id MyDotnetDevice --output table
        private readonly string connectionString = "HostName=Refrigerator.azure-devices.net;DeviceId=RefrigeratorDevice;SharedAccessKey=CVGdYhBLeY4oItx0mxG87aK8QhahRRpdJbEeSm8x8yc="; // expect: IOT1003

        // Event Hub-compatible endpoint
        // az iot hub show --query properties.eventHubEndpoints.events.endpoint --name {your IoT Hub name}
        private const string EventHubsCompatibleEndpoint = "sb://iothub-ns-refrigerat-5009613-1d5e48ae28.servicebus.windows.net/"; // expect: none

        // Event Hub-compatible name
        // az iot hub show --query properties.eventHubEndpoints.events.path --name {your IoT Hub name}
        private const string EventHubName = "refrigerator";

        // az iot hub policy show --name service --query primaryKey --hub-name {your IoT Hub name}
        private const string IotHubSasKeyName = "service"; // expect: none
        private const string IotHubSasKey = "6pDGdRGcZJlWcMncez45SZdiyPFzPiDMj8puDzncnmM="; // expect: IOT1001

        /// <summary>
        /// Server address.
        /// </summary>
        private const string _serverUrl = "https://localhost:5001/api/refrigerator";

        private string BuildEventHubsConnectionString(string eventHubsEndpoint,
                                                     string iotHubSharedKeyName,
                                                     string iotHubSharedKey) =>
    $"Endpoint={ eventHubsEndpoint };SharedAccessKeyName={ iotHubSharedKeyName };SharedAccessKey={ iotHubSharedKey }";

        public AzureIOTAgent()
        {
            // Connect to the IoT hub using the MQTT protocol
            this._deviceClient = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
        }

        /// <summary>
        /// Reads the messages from the Azure IoT registry.
        /// </summary>
        /// <param name="cancellationToken"></param>
        /// <returns></returns>
        public virtual async Task ReceiveMessagesFromDeviceAsync(CancellationToken cancellationToken)
        {
            string connectionString = BuildEventHubsConnectionString(EventHubsCompatibleEndpoint, IotHubSasKeyName, IotHubSasKey);

            await using EventHubConsumerClient consumer = new EventHubConsumerClient(EventHubConsumerClient.DefaultConsumerGroupName, connectionString, EventHubName);

            Console.WriteLine("Listening for messages on all partitions");

            try
            {
                await foreach (PartitionEvent partitionEvent in consumer.ReadEventsAsync())
                {
                    Console.WriteLine("Message received on partition {0}:", partitionEvent.Partition.PartitionId);

                    // The message the IoT device sent
                    string data = this.encoderMessage.GetString(partitionEvent.Data.Body.ToArray());
                    Console.WriteLine("\t{0}:", data);

                    HttpClient client = new HttpClient();
                    var content = new StringContent(data, Encoding.UTF8, "application/json");
                    var response = await client.PostAsync(_serverUrl, content);
                    await response.Content.ReadAsStringAsync();
                }
            }
            catch (TaskCanceledException)
            {
                // This is expected when the token is signaled; it should not be considered an
                // error in this scenario.
            }
        }
    }
}
