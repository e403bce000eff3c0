// Real source: ssogome/SenseHatTemperature SenseHatTemperature/MainPage.xaml.cs (1c34a7b9), SenseHatTemperature/AzureHelper/MessageHelper.cs (1c34a7b9)
// Domain: Raspberry Pi Sense HAT telemeter on Windows 10 IoT Core reporting to the Azure IoT Suite remote-monitoring solution.
// Kept: the three template constants (device id, hub host name, device key) exactly as written, DeviceClient.Create with
//   DeviceAuthenticationWithRegistrySymmetricKey, telemetry messages, the cloud-to-device command loop (ReceiveAsync,
//   CompleteAsync / RejectAsync).
// Trimmed: the XAML page, view model, dispatcher, Sense HAT sensor classes, device-info message, command parsing.
// Added: TelemetryData stand-in record.
// Shimmed: DeviceClient.OpenAsync / SendEventAsync / ReceiveAsync / CompleteAsync / RejectAsync and Message (_Stubs.cs).
// Replaced: Newtonsoft.Json by System.Text.Json; the UWP Page base class dropped.
#nullable disable
using System;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace SenseHatTelemeter
{
    public sealed record TelemetryData(string DeviceId, double Temperature, double Humidity);

    public static class MessageHelper
    {
        public static Message Serialize(object obj)
        {
            var jsonData = JsonSerializer.Serialize(obj);
            return new Message(Encoding.UTF8.GetBytes(jsonData));
        }
    }

    public sealed partial class MainPage
    {
        private const string deviceId = "The Id you gave your device in azureiotsuite.com"; // expect: none
        private const string hostname = "<Your ioT hub Id >.azure-device.net"; // expect: none
        private const string deviceKey = "your device key from aureiotsuite.com"; // expect: IOT1006

        private DeviceClient deviceClient;

        private async Task InitializeDeviceClient()
        {
            var authentication = new DeviceAuthenticationWithRegistrySymmetricKey(deviceId, deviceKey);
            deviceClient = DeviceClient.Create(hostname, authentication);

            await deviceClient.OpenAsync();
        }

        private void Telemetry_DataReady(double temperature, double humidity)
        {
            var telemetryData = new TelemetryData(deviceId, temperature, humidity);

            var telemetryMessage = MessageHelper.Serialize(telemetryData);
            deviceClient.SendEventAsync(telemetryMessage);
        }

        private void BeginRemoteCommandHandling()
        {
            Task.Run(async () =>
            {
                while (true)
                {
                    var message = await deviceClient.ReceiveAsync();

                    if (message != null)
                    {
                        try
                        {
                            Debug.WriteLine(Encoding.UTF8.GetString(message.GetBytes()));
                            await deviceClient.CompleteAsync(message);
                        }
                        catch (Exception ex)
                        {
                            Debug.WriteLine(ex.Message);
                            await deviceClient.RejectAsync(message);
                        }
                    }
                }
            });
        }

        public async Task ConnectAsync()
        {
            await InitializeDeviceClient();
            BeginRemoteCommandHandling();
            Telemetry_DataReady(21.5, 40.0);
        }
    }
}
