// Real source: LKSSmartHouse/C2D SimulatedDevice.cs (7192110e)
// Domain: smart-house demonstrator: a smart meter / furnace controller device ("smartmeter1") that receives
// cloud-to-device messages from Azure IoT Hub and writes the requested mode, furnace overrides and reporting
// frequency back to its device twin's desired properties.
// Kept: the device connection string constant (DeviceClient.CreateFromConnectionString) and the service-policy
// connection string written in ReceiveC2dAsync (RegistryManager.CreateFromConnectionString). Both SharedAccessKey
// values were the project's real working keys (device key and "service" policy key): each is REPLACED by a value
// generated with python `secrets` in the same shape (32 random bytes, base64). Hub and device names are kept.
// Trimmed: ReadDesiredProperties keeps the mode_ and freq_ properties (the two furnace overrides are dropped), the
// JSON patch keeps the same two; `using Microsoft.Azure.Amqp.Framing;` (unused) is dropped. DeviceClient instance
// members, RegistryManager, Twin and Newtonsoft's JObject come from _Stubs.cs (shims for the shared DeviceClient).
using System;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices;
using System.Text;
using System.Threading.Tasks;
using System.Collections.Generic;
using Microsoft.Azure.Devices.Shared;
using Newtonsoft.Json.Linq;

using ClientMessage = Microsoft.Azure.Devices.Client.Message;
using DevicesMessage = Microsoft.Azure.Devices.Message;

using ClientTransportType = Microsoft.Azure.Devices.Client.TransportType;
using DevicesTransportType = Microsoft.Azure.Devices.TransportType;

namespace simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        private static RegistryManager registryManager = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private const string s_connectionString = "HostName=iothub-deusto.azure-devices.net;DeviceId=smartmeter1;SharedAccessKey=ZUm/dmINjm6o4lSgrBJmcl2j73hAHLiQtNS1l2jEj1o="; // expect: IOT1003

        // Async method to send simulated telemetry
        private static async void ReceiveC2dAsync()
        {
            Console.WriteLine("\nReceiving cloud to device messages from service");

            while (true)
            {
                registryManager = RegistryManager.CreateFromConnectionString("HostName=iothub-deusto.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=q8OyvJ9/RjVur3Nh1641kgzxEEbl8QFpkY2DhYZ4GvY="); // expect: IOT1003
                Twin twin = await registryManager.GetTwinAsync("smartmeter1");

                ClientMessage? receivedMessage = await s_deviceClient.ReceiveAsync();
                if (receivedMessage == null) continue;

                Console.ForegroundColor = ConsoleColor.Yellow;
                String message = Encoding.ASCII.GetString(receivedMessage.GetBytes());
                Console.WriteLine("Received message: {0}", message);

                List<String> desiredProperties = ReadDesiredProperties(message, twin);

                string jsonPatch = @"{ 'properties': { 'desired': {";
                if (desiredProperties.Count > 0 && !string.IsNullOrEmpty(desiredProperties[0]))
                {
                    jsonPatch += $"'mode_': '{desiredProperties[0]}',";
                }
                if (desiredProperties.Count > 1 && !string.IsNullOrEmpty(desiredProperties[1]))
                {
                    jsonPatch += $"'freq_': '{desiredProperties[1]}',";
                }
                jsonPatch = jsonPatch.TrimEnd(','); 
                jsonPatch += "} } }";

                await registryManager.UpdateTwinAsync(twin.DeviceId, jsonPatch, twin.ETag);
                Console.WriteLine("Device Twin actualizado");
                Console.ResetColor();

                await s_deviceClient.CompleteAsync(receivedMessage);
            }
        }
        private static List<String> ReadDesiredProperties(String message, Twin twin) {
            List<String> properties = new List<String>();

            try {
                JObject jsonMessage = JObject.Parse(message);

                if (jsonMessage.TryGetValue("mode_", out JToken? modeToken))
                {
                    properties.Add(modeToken!.ToString());
                }
                else if (twin.Properties.Desired.Contains("mode_"))
                {
                    properties.Add(twin.Properties.Desired["mode_"].ToString()!);
                }

                if (jsonMessage.TryGetValue("freq_", out JToken? freqToken))
                {
                    properties.Add(freqToken!.ToString());
                }
                else if (twin.Properties.Desired.Contains("freq_"))
                {
                    properties.Add(twin.Properties.Desired["freq_"].ToString()!);
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Error al parsear el mensaje JSON: {ex.Message}");
            }

            return properties;
        }

        private static void Main()
        {
            Console.WriteLine("IoT Hub Quickstarts - Simulated device. Ctrl-C to exit.\n");

            // Connect to the IoT hub using the MQTT protocol
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, ClientTransportType.Mqtt);
            ReceiveC2dAsync();
            Console.ReadLine();
        }
    }
}
