// Written for corpus15. Domain: an onshore wind turbine's nacelle gateway: reads the blade-pitch controller over
// OPC UA, publishes to the wind park's MQTT broker and Azure IoT Hub, forwards events to the park SCADA over AMQP,
// and opens the nacelle hatch from a keypad in the tower base.
using System;
using System.Text.RegularExpressions;
using Amqp;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using MQTTnet;

namespace WindPark.Nacelle
{
    public sealed class TurbineMqttOptions
    {
        public string Host { get; set; }
        public string User { get; set; }
        public string Password { get; set; }
    }

    public static class TurbineOptionsFactory
    {
        public static TurbineMqttOptions Site() => new TurbineMqttOptions
        {
            Host = "scada.windpark.local",
            User = "nacelle-07", // expect: none
            Password = "K!sSrqMoEU1!" // expect: IOT1001
        };

        public static TurbineMqttOptions Bench() => new TurbineMqttOptions
        {
            Host = "localhost",
            User = "bench",
            Password = "mqtt-password-here" // expect: IOT1006
        };
    }

    public sealed class PitchGateway
    {
        private readonly TurbineMqttOptions _options;
        private static readonly Random Rng = new Random();
        private const string NacelleHatchCode = "9910"; // expect: IOT1004
        private const string PasswordConfigKey = "Turbine:Mqtt:Password"; // expect: none
        private static readonly Regex KeyMask = new Regex("SharedAccessKey=[^;]+"); // expect: none

        public PitchGateway(TurbineMqttOptions options) { _options = options; }

        public MqttClientOptions BrokerOptions()
        {
            return new MqttClientOptionsBuilder()
                .WithTcpServer(_options.Host, 8883)
                .WithCredentials(_options.User, _options.Password)
                .Build();
        }

        public DeviceClient HubClient(bool spare)
        {
            return spare
                ? DeviceClient.CreateFromConnectionString("HostName=windpark-hub.azure-devices.net;DeviceId=wtg-08;SharedAccessKey=<device-key>") // expect: IOT1006
                : DeviceClient.CreateFromConnectionString("HostName=windpark-hub.azure-devices.net;DeviceId=wtg-07;SharedAccessKey=rUzJ9WzWqC9qGcmkaoso+hictN8FgxT6ZUuA9SZkCOc="); // expect: IOT1003
        }

        public DeviceClient HubClientFromEnvironment()
        {
            string key = Environment.GetEnvironmentVariable("WTG_DEVICE_KEY");
            return DeviceClient.CreateFromConnectionString($"HostName=windpark-hub.azure-devices.net;DeviceId=wtg-07;SharedAccessKey={key}"); // expect: none
        }

        public static string Redact(string connectionString)
        {
            return KeyMask.Replace(connectionString, "SharedAccessKey=***"); // expect: none
        }

        public SecurityProviderSymmetricKey Enrollment()
        {
            return new SecurityProviderSymmetricKey("wtg-07", "kEfZf3OXyjiPu+AGKqZpnlghSNn3JsQce1xWlGuXYSk=", "KJ1wnTNm38xGTjTyyzN0fdd18Q8J22TxQvcge3g60+A="); // expect: IOT1003 IOT1003
        }

        public Address ScadaEvents()
        {
            return new Address("amqps://scada:4P1c_+cz*Gcd6_S@events.windpark.local:5671"); // expect: IOT1001
        }

        public Opc.Ua.IUserIdentity PitchControllerIdentity()
        {
            return new Opc.Ua.UserIdentity("pitch-reader", "4*dTrtSi4BfS9dv"); // expect: IOT1001
        }

        public byte[] NewCommandToken()
        {
            var commandToken = new byte[16];
            Rng.NextBytes(commandToken); // expect: IOT3005
            return commandToken;
        }

        public bool OpenHatch(string keypad)
        {
            return keypad.Trim() == NacelleHatchCode;
        }
    }
}
