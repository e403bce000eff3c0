// Real source: RakeLund/tomatoIoTProject SimulatedDevice/Program.cs (d0fa99ab5525220c225d0db7402a20dc29f9e269)
// Domain: tomato greenhouse climate sensor (temperature, humidity, light intensity) simulated as an Azure IoT Hub device
//         that reports every 15 minutes; the device connection string is given on the command line.
// Kept: the whole program (argument check, DeviceClient over MQTT, the send loop, the random-walk value generator).
// Added: a stand-in for the project's Telemetry model, which was not read.
// Trimmed: nothing.
// Renamed: class Program to TomatoSensorProgram (another adapted file declares SimulatedDevice's types).
// Replaced: nothing (no secret is written in this code).
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace SimulatedDevice
{
    // added: stand-in for the project's telemetry model
    public class Telemetry
    {
        public double Temperature { get; set; }
        public double Humidity { get; set; }
        public double LightIntensity { get; set; }
    }

    class TomatoSensorProgram
    {
        private static double currentTemperature = 20;
        private static double currentHumidity = 70;
        private static double currentLightIntensity = 1200;

        private static void Main(string[] args)
        {
            if (args == null)
            {
                Console.WriteLine("Please add the device connectionstring as a commandline argument"); // expect: none
                return;
            }
            string connectionstring = args[0];
            DeviceClient deviceClient = DeviceClient.CreateFromConnectionString(connectionstring, TransportType.Mqtt);
            SendMessagesAsync(deviceClient);
            Console.ReadLine();
        }

        private static async void SendMessagesAsync(DeviceClient deviceClient)
        {
            while (true)
            {
                currentTemperature = GetNewValue(currentTemperature);
                currentHumidity = GetNewValue(currentHumidity);
                currentLightIntensity = GetNewValue(currentLightIntensity);

                var telemetry = new Telemetry { Temperature = currentTemperature, Humidity = currentHumidity, LightIntensity = currentLightIntensity };
                if (telemetry.Humidity > 100)
                {
                    telemetry.Humidity = 100;
                    currentHumidity = 99;
                }

                string stringMessage = JsonSerializer.Serialize<Telemetry>(telemetry);
                Console.WriteLine($"Sending message: {stringMessage}");
                Message message = new Message(Encoding.UTF8.GetBytes(stringMessage));
                await deviceClient.SendEventAsync(message);
                await Task.Delay(15000 * 60); // Every 15 minutes
            }
        }
        private static double GetNewValue(double CurrentValue)
        {
            Random random = new Random();
            var change = random.NextDouble() * CurrentValue * 0.05; // expect: none
            if (random.NextDouble() > 0.5) change *= (-1);
            var result = CurrentValue + change;
            return Math.Round(result, 2);
        }
    }
}
