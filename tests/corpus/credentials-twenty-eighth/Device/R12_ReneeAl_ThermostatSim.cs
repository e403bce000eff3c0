// Real source: ReneeAl/ThermostatSim SimulatedDevice.cs (063b7249)
// Simulated smart thermostat: switches AC and heater around limits, reports to Azure IoT Hub and sends status to the user
// through the hub's service side; limits are changed by cloud-to-device messages.
// Kept: both connection strings in consts, the device one and the service one (both keys replaced), System.Random
// temperature, the C2D parser ("Set maxTemp to: 75").
// Changed: namespace made unique for this corpus (was simulatedDevice); the commented-out Azure Function call dropped.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace ThermostatSim.simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        private const string s_connectionString = "HostName=Practice-iot.azure-devices.net;DeviceId=thermostat-dev;SharedAccessKey=08f4Zae3MfJkKsH6a29WbY2Q1+xg4owZhc9t3SVKSww="; // expect: IOT1003
        private const string s_serviceConnectionString = "HostName=Practice-iot.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=vRD2aEMbFUciytiO36Fesu+uau6F7y++FHc09S7+V0g="; // expect: IOT1003
        private static Boolean ACOn = false;
        private static Boolean heaterOn = false;
        static double maxTemperature = 80;
        static double minTemperature = 55;
        private static double currentTemperature;

        private static void generateThermostatInfo()
        {
            Random rand = new Random(); // expect: none
            ACOn = currentTemperature > maxTemperature;
            heaterOn = currentTemperature < minTemperature;
            currentTemperature = minTemperature + rand.NextDouble() * 15;
        }

        private static async void SendThermoInfoToIOTHubAsync()
        {
            var telemetryDataPoint = new { temperature = currentTemperature, maxTemperature, minTemperature, ac_on = ACOn, heater_on = heaterOn };
            var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
            var message = new Microsoft.Azure.Devices.Client.Message(Encoding.ASCII.GetBytes(messageString));
            message.ContentType = "application/json";
            message.ContentEncoding = "utf-8";
            message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");
            await s_deviceClient.SendEventAsync(message).ConfigureAwait(false);
            Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);
        }

        private async static Task SendInfoToUserAsync()
        {
            ServiceClient serviceClient = ServiceClient.CreateFromConnectionString(s_serviceConnectionString);
            string targetDevice = "iotdev1";
            string message = $"Current temperature: {currentTemperature}, AC status: {ACOn}, heater status: {heaterOn}";
            var commandMessage = new Microsoft.Azure.Devices.Message(Encoding.ASCII.GetBytes(message));
            await serviceClient.SendAsync(targetDevice, commandMessage);
        }

        private static void setTemperature(string message)
        {
            //format "Set max/minTemp to: ##"
            string[] temp = message.Split(' ');
            if (temp[1].Equals("minTemp"))
            {
                minTemperature = double.Parse(temp[temp.Length - 1]);
            }
            else if (temp[1].Equals("maxTemp"))
            {
                maxTemperature = double.Parse(temp[temp.Length - 1]);
            }
        }

        private static async void ReceiveUserMessageAsync()
        {
            while (true)
            {
                Microsoft.Azure.Devices.Client.Message receivedMessage = await s_deviceClient.ReceiveAsync();
                if (receivedMessage == null) continue;
                string message = Encoding.ASCII.GetString(receivedMessage.GetBytes());
                setTemperature(message);
                await s_deviceClient.CompleteAsync(receivedMessage);
            }
        }

        private static void Main()
        {
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, Microsoft.Azure.Devices.Client.TransportType.Mqtt);
            currentTemperature = 90;
            generateThermostatInfo();
            ReceiveUserMessageAsync();
            while (true)
            {
                generateThermostatInfo();
                SendInfoToUserAsync().Wait();
                SendThermoInfoToIOTHubAsync();
                System.Threading.Thread.Sleep(20000);
            }
        }
    }
}
