// Real source: sjwaight/AirQualityAzureIoTGateway ClientSingleton/DeviceClientHost.cs (32409c8f)
// Small ASP.NET gateway in a container that takes air-quality readings posted by a particulate sensor and forwards
// them to Azure IoT Hub through one shared DeviceClient. Kept: the host that reads the device connection string from
// configuration under IOTHUB_DEVICE_CONNECTION_STRING and creates the client over MQTT. Added: a bench fallback
// connection string used when the setting is missing (invented hub, device and key), and the forwarding method the
// controller calls. Dropped: OperationTimeoutInMilliseconds (not in the shared stub).
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Extensions.Configuration;

namespace Pasgateway.ClientSingleton
{
    public interface IDeviceClientHost
    {
        DeviceClient Instance { get; }
        Task ForwardAsync(string sensorJson);
    }

    public class DeviceClientHost : IDeviceClientHost
    {
        private const string ConnectionStringSetting = "IOTHUB_DEVICE_CONNECTION_STRING"; // expect: none
        private readonly DeviceClient instance;

        public DeviceClientHost(IConfiguration configuration)
        {
            var connectionString = configuration[ConnectionStringSetting]
                ?? "HostName=pas-bench.azure-devices.net;DeviceId=pas-gateway-01;SharedAccessKey=mJMKitz5wZt9vmnii+uABWsOMu9I5Ij0u+2i8UVmOgs="; // expect: IOT1003
            instance = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
        }

        public DeviceClient Instance => instance;

        public async Task ForwardAsync(string sensorJson)
        {
            var message = new Message(Encoding.UTF8.GetBytes(sensorJson));
            message.Properties["sensorType"] = "pms5003";
            await instance.SendEventAsync(message);
        }
    }
}
