// Real source: microsoft-dx/iot-workshop windows10-iot/session03/CloudTelemetry/CloudTelemetry.Common/IoTHubConnection.cs
// (ac6f1c7d), windows10-iot/session04/CloudTelemetry/CloudTelemetry.Common/IoTHubConnection.cs (e16171f7) and
// windows10-iot/session03/CloudTelemetry/CloudTelemetry.SenseHat/MainPage.xaml.cs (dea6b4f8)
// Windows 10 IoT Core workshop: a Raspberry Pi with a Sense HAT sends its temperature to Azure IoT Hub every three
// seconds. Kept: both sessions' connection classes, whose private helper returns the device connection string (a
// template in each), and the page loop. Changed: the DispatcherTimer is a System.Threading.Timer; the Sense HAT
// driver is an interface; session 4's class sits in its own namespace so both compile together.
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace CloudTelemetry.Common
{
    public class TemperatureTelemetry
    {
        public double Temperature { get; set; }
        public DateTime Time { get; set; }
    }

    public class IoTHubConnection : IDisposable
    {
        private DeviceClient _deviceClient { get; set; }

        public IoTHubConnection()
        {
            _deviceClient = DeviceClient.CreateFromConnectionString(GetConnectionString(), TransportType.Amqp);
        }

        public async Task SendEventAsync(string payload)
        {
            await _deviceClient.SendEventAsync(new Message(Encoding.ASCII.GetBytes(payload)));
        }

        private string GetConnectionString()
        {
            return "your-device-connection-string"; // expect: IOT1006
        }

        public void Dispose()
        {
        }
    }
}

namespace CloudTelemetry.Session04
{
    public class IoTHubConnection
    {
        private DeviceClient _deviceClient { get; set; }

        public IoTHubConnection()
        {
            _deviceClient = DeviceClient.CreateFromConnectionString(GetConnectionString(), TransportType.Amqp);
        }

        public async Task SendEventAsync(string payload)
        {
            await _deviceClient.SendEventAsync(new Message(Encoding.ASCII.GetBytes(payload)));
        }

        private string GetConnectionString()
        {
            return "your-connection-string"; // expect: IOT1006
        }
    }
}

namespace CloudTelemetry.SenseHat
{
    using CloudTelemetry.Common;

    public interface ISenseHat
    {
        Task Activate();
        TemperatureTelemetry GetTemperature();
    }

    public sealed class MainPage
    {
        private ISenseHat _senseHat { get; set; }
        private IoTHubConnection _iotHubConnection { get; set; }
        private Timer _timer;
        public string TemperatureText { get; private set; } = "";

        public MainPage(ISenseHat senseHat)
        {
            _senseHat = senseHat;
            _iotHubConnection = new IoTHubConnection();

            _ = _senseHat.Activate();

            _timer = new Timer(async _ =>
            {
                var temperatureTelemetry = _senseHat.GetTemperature();
                TemperatureText = "Temperature: " + temperatureTelemetry.Temperature.ToString();
                await _iotHubConnection.SendEventAsync(JsonConvert.SerializeObject(temperatureTelemetry));
            }, null, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        }
    }
}
