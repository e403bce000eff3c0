// Real source: snobu/modbus-notmodbus modbus-notmodbus/Program.cs
// Also from the same repository: modbus-notmodbus/Config.cs (AppSettings.ParseAppSettings, kept with its
// GetConnectionString keys) and the InitAsync/SendMessageToIotHubAsync shape of modbus-notmodbus/ModbusAdvocate.cs.
// Trimmed: the Modbus TCP register reads (a stub reading), Misc logging helpers (Console).
// Added for the corpus: the hard-coded fallbacks the site build used when appsettings.json was missing (a hub
// connection string with a freshly invented key), the x509 standby string and the log redaction.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Shared;
using Microsoft.Extensions.Configuration;

namespace modbus_notmodbus
{
    public static class AppSettings
    {
        public static string iotHubDeviceId;
        public static string iotHubDeviceConnStr;
        public static string modbusHost;
        public static int modbusPort;
        public static uint pollingInterval;

        // Added: commissioning fallbacks.
        private const string CommissioningConnStr =
            "HostName=plant-floor-hub.azure-devices.net;DeviceId=ModbusCollector;SharedAccessKey=LcDrXPZ//4USLzgPDCoPbSsn8frh4fb54C8Vvy4ryVM="; // expect: IOT1003
        private const string StandbyX509ConnStr = "HostName=plant-floor-hub.azure-devices.net;DeviceId=ModbusCollector;x509=true"; // expect: none

        public static bool ParseAppSettings()
        {
            var builder = new ConfigurationBuilder()
                    .SetBasePath(Directory.GetCurrentDirectory())
                    .AddJsonFile("appsettings.json", optional: true, reloadOnChange: true)
                    .AddEnvironmentVariables();

            IConfiguration config = builder.Build();

            string setting = String.Empty;
            try
            {
                setting = "iotHubDeviceId";
                iotHubDeviceId = config.GetConnectionString("iotHubDeviceId");
                setting = "iotHubDeviceConnStr"; // expect: none
                iotHubDeviceConnStr = config.GetConnectionString("iotHubDeviceConnStr") ?? CommissioningConnStr; // expect: none
                setting = "modbusHost";
                modbusHost = config.GetConnectionString("modbusHost") ?? "192.168.10.40";
                setting = "modbusPort";
                modbusPort = Convert.ToInt32(config.GetConnectionString("modbusPort") ?? "502");
                setting = "pollingInterval";
                pollingInterval = Convert.ToUInt16(config.GetConnectionString("pollingInterval") ?? "66");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"\nBroken configuration: {ex.Message}\nCheck {setting}.");
                Environment.Exit(255);
            }

            return true;
        }

        public static string UseCertificate() => StandbyX509ConnStr;
    }

    public class TelemetryPoint
    {
        public string iotHubDeviceId { get; set; }
        public List<int> voltage { get; set; }
        public List<int> current { get; set; }
    }

    public class ModbusAdvocate
    {
        public static dynamic PollingInterval = 66;
        public DeviceClient Client { get; private set; }

        public async Task InitAsync(string host, int port, string deviceConnStr, DesiredPropertyUpdateCallback callback)
        {
            Console.WriteLine($"Connecting to Modbus slave {host}:{port}");
            Client = DeviceClient.CreateFromConnectionString(deviceConnStr, TransportType.Mqtt);
            Console.WriteLine("[DEBUG] Hub: " + Regex.Replace(deviceConnStr, "SharedAccessKey=[^;]+", "SharedAccessKey=***")); // expect: none
            await Client.SetDesiredPropertyUpdateCallbackAsync(callback, null);
        }

        public Task<TelemetryPoint> GetDataAsync() =>
            Task.FromResult(new TelemetryPoint { iotHubDeviceId = AppSettings.iotHubDeviceId, voltage = new() { 780, 780 }, current = new() { 780, 780 } });

        public async Task SendMessageToIotHubAsync(TelemetryPoint point)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(point);
            Console.WriteLine("[DEBUG] Sending message to Azure IoT Hub...");
            await Client.SendEventAsync(new Message(Encoding.UTF8.GetBytes(json)));
        }
    }

    class Program
    {
        static async Task Main(string[] args)
        {
            AppSettings.ParseAppSettings();

            Console.WriteLine("PROOF OF CONCEPT CODE.     " +
                "\nNOT FOR PRODUCTION USE.    ");
            Console.WriteLine("Press CTRL + C to exit the program.");

            ModbusAdvocate modbusAdvocate = new ModbusAdvocate();

            await modbusAdvocate.InitAsync(
                AppSettings.modbusHost,
                AppSettings.modbusPort,
                AppSettings.iotHubDeviceConnStr,
                PropertyUpdateCallback);

            while (true)
            {
                TelemetryPoint sensorData = await modbusAdvocate.GetDataAsync();

                if (sensorData != null)
                {
                    await modbusAdvocate.SendMessageToIotHubAsync(sensorData);
                }
                await Task.Delay(TimeSpan.FromSeconds(15));
            }

            async Task PropertyUpdateCallback(TwinCollection twinProperties, object userContext)
            {
                if (twinProperties["pollingInterval"] != ModbusAdvocate.PollingInterval)
                {
                    ModbusAdvocate.PollingInterval = twinProperties["pollingInterval"];
                }

                var reportedProperties = new TwinCollection { ["pollingInterval"] = ModbusAdvocate.PollingInterval };
                await modbusAdvocate.Client.UpdateReportedPropertiesAsync(reportedProperties);
            }
        }
    }
}
