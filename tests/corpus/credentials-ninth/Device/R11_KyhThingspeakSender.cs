// Real source: aspcodenet/KYHDemo KYHDemo/Thingspeak.cs
// Also from the same repository: KYHDemo/SendDataService.cs (the "GENERISK" provider abstraction), KYHDemo/Azure.cs
// (an empty SendData upstream) and KYHDemo/SensorData.cs. Kept: Thingspeak.SendData with HttpClient.BaseAddress and
// GetAsync("/update?api_key=...&field1=...&field2=..."), the URL comment, SendDataService picking a provider.
// The upstream write key (in the comment and in the call) is replaced by a freshly invented one.
// Added for the corpus: the Azure provider body (its template connection string), a provider switch and a
// classroom "offline" provider with a fake key.
using System;
using System.Net.Http;
using System.Text;
using Microsoft.Azure.Devices.Client;

namespace KYHDemo
{
    internal class SensorData
    {
        public int Temperature { get; set; }
        public int Humidity { get; set; }
    }

    internal class Thingspeak
    {
        public void SendData(SensorData sensorData)
        {
            // https://api.thingspeak.com/update?api_key=JS816D4UCG6RTVQ1&field1=12&field2=4

            var httpClient = new HttpClient();
            httpClient.BaseAddress = new Uri("https://api.thingspeak.com");
            var response = httpClient.GetAsync($"/update?api_key=JS816D4UCG6RTVQ1&field1={sensorData.Temperature}&field2={sensorData.Humidity}").Result; // expect: IOT1001
            if (response.IsSuccessStatusCode)
            {
                Console.WriteLine("Data sent to ThingSpeak successfully.");
            }
            else
            {
                Console.WriteLine($"Failed to send data to ThingSpeak. Status code: {response.StatusCode}");
            }
        }
    }

    internal class Azure
    {
        // Added body: upstream SendData is empty.
        private const string DeviceConnectionString = "<Azure IoT Hub device connection string>"; // expect: IOT1006

        public void SendData(SensorData sensorData)
        {
            var client = DeviceClient.CreateFromConnectionString(DeviceConnectionString);
            var json = $"{{\"temperature\":{sensorData.Temperature},\"humidity\":{sensorData.Humidity}}}";
            client.SendEventAsync(new Message(Encoding.UTF8.GetBytes(json))).Wait();
        }
    }

    // Added: what the students use when the school network blocks outbound calls.
    internal class OfflineProvider
    {
        private const string FakeApiKey = "FAKE-KEY-FOR-CLASSROOM-DEMO"; // expect: none

        public void SendData(SensorData sensorData) =>
            Console.WriteLine($"[offline:{FakeApiKey.Length}] {sensorData.Temperature}C {sensorData.Humidity}%");
    }

    internal class SendDataService // GENERISK
    {
        // Senddataservice är en ABSTRAKTION av att skicka till en molntjänst
        public void SendData(SensorData sensorData, string provider = "thingspeak")
        {
            switch (provider)
            {
                case "azure": new Azure().SendData(sensorData); break;
                case "offline": new OfflineProvider().SendData(sensorData); break;
                default: new Thingspeak().SendData(sensorData); break;
            }
        }
    }
}
