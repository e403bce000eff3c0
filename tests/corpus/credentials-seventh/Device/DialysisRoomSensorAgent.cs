// Real source: saurabh-mridul/IoTSamples IoTDeviceAgent/Program.cs
// Moved to a dialysis-room reverse-osmosis plant: the agent reports water conductivity and pressure to IoT Hub,
// updates twin properties, and answers a filter-rotation direct method.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Corpus7.Shared;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Shared;

namespace WardTech.Dialysis
{
    internal class RoPlantTelemetry
    {
        public string Message { get; set; }
        public int StatusCode { get; set; }
        public double ConductivityMicroSiemens { get; set; }
    }

    internal class DialysisRoomSensorAgent
    {
        private static DeviceClient _device;
        private const string StandbyConnectionString = "<Enter your device connection string>"; // expect: IOT1006
        private const string TechnicianOverrideCode = "731904"; // expect: IOT1004
        private static readonly Random _simulation = new Random();

        public static async Task RunAsync(bool useStandbyHub)
        {
            try
            {
                Console.WriteLine("Initializing RO plant agent ...");

                _device = DeviceClient.CreateFromConnectionString(useStandbyHub ? StandbyConnectionString : PlantKeys.DialysisHubConnection);
                await _device.OpenAsync();

                Console.WriteLine("RO plant agent is connected to Azure IoT Hub.");

                await UpdateDigitalTwinAsync(_device);
                await _device.SetMethodHandlerAsync("rotateFilter", RotateFilterAsync, null); // expect: none
                await SendMessagesAsync(_device);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        private static async Task SendMessagesAsync(DeviceClient device)
        {
            var count = 1;
            while (true)
            {
                var telemetry = new RoPlantTelemetry
                {
                    Message = "Sending RO plant reading to the cloud", // expect: none
                    StatusCode = count++,
                    ConductivityMicroSiemens = 2.0 + _simulation.NextDouble(), // expect: none
                };

                var telemetryJsonString = JsonSerializer.Serialize(telemetry);
                var message = new Message(Encoding.ASCII.GetBytes(telemetryJsonString));
                await device.SendEventAsync(message);

                await Task.Delay(2000);
            }
        }

        private static async Task UpdateDigitalTwinAsync(DeviceClient device)
        {
            var twinProperties = new TwinCollection();
            twinProperties["connectionType"] = "ethernet";
            twinProperties["sasTokenExpiry"] = "2026-01-31T00:00:00Z"; // expect: none
            twinProperties["membraneSerial"] = "RO-MEM-44871"; // expect: none
            twinProperties["passwordPolicy"] = "rotate-90d"; // expect: none

            await device.UpdateReportedPropertiesAsync(twinProperties);
            Console.WriteLine("Twin properties updated successfully.");
        }

        private static Task<MethodResponse> RotateFilterAsync(MethodRequest request, object userContext)
        {
            Console.WriteLine("***Filter rotation requested***");
            string code = ExtractField(request.DataAsJson, "code");

            if (code == TechnicianOverrideCode)
            {
                var ok = Encoding.ASCII.GetBytes("{\"response\": \"Filter rotation started\"}");
                return Task.FromResult(new MethodResponse(ok, 200));
            }

            var denied = Encoding.ASCII.GetBytes("{\"response\": \"Technician code rejected\"}"); // expect: none
            return Task.FromResult(new MethodResponse(denied, 403));
        }

        // The RO skid's local HMI share, as delivered by the water-treatment vendor.
        public static NetworkCredential HmiShare() => new NetworkCredential("service", "service"); // expect: IOT1002

        public static HttpClient NurseStationClient()
        {
            var client = new HttpClient { BaseAddress = new Uri("https://nurse-station.ward.example/") };
            client.DefaultRequestHeaders.Add("X-Auth-Token", "TODO"); // expect: IOT1006
            return client;
        }

        public static string NewNurseStationPairingToken()
        {
            string pairingToken = _simulation.Next(0, int.MaxValue).ToString("X8"); // expect: IOT3005
            return pairingToken;
        }

        private static string ExtractField(string json, string name)
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty(name, out var value) ? value.GetString() : string.Empty;
        }
    }
}
