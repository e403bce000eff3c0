// Written for this corpus: a dairy farm's rotary milking parlour (the parlour controller publishes yields over MQTT,
// reports to the milk buyer's tanker-collection API, sends telemetry to IoT Hub, and logs in to the vacuum pump's web
// panel; the feeders and the wash controller are on the same box).
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Amazon.Runtime;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Client;

namespace Dairy.RotaryParlour
{
    public class ParlourOptions
    {
        public string BrokerHost { get; set; } = "parlour-broker.farm.lan";
        public string BrokerUser { get; set; } = "rotary"; // expect: none
        public string BrokerPassword { get; set; }
        public string TankerApiBase { get; set; } = "https://collections.milkbuyer.example/api/v2";
    }

    public static class ParlourOptionsFactory
    {
        public static ParlourOptions Default() => new ParlourOptions { BrokerPassword = "puAI%1n8eP4B5uHjD" }; // expect: IOT1001
    }

    public class ParlourController
    {
        private readonly ParlourOptions _options;
        private readonly HttpClient _tanker = new HttpClient();
        private const string TankerApiKey = "2SfccxLz_PgG5KyUXwTgwfmg_AAxhlcm"; // expect: IOT1001
        private const string HerdCloudToken = "<herd-cloud-token>"; // expect: IOT1006

        public ParlourController(ParlourOptions options)
        {
            _options = options;
            _tanker.DefaultRequestHeaders.Add("X-API-Key", TankerApiKey);
        }

        public MqttClientOptions YieldBroker() => new MqttClientOptionsBuilder()
            .WithTcpServer(_options.BrokerHost, 1883)
            .WithCredentials(_options.BrokerUser, _options.BrokerPassword)
            .Build();

        public HttpClient HerdCloud()
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HerdCloudToken);
            return client;
        }

        public DeviceClient Telemetry() => DeviceClient.CreateFromConnectionString(
            "HostName=dairy-farms.azure-devices.net;DeviceId=rotary-40;SharedAccessKey=aC1IDAyX0XsbqkFILA3UT8Lh2O82qfy+sCJiGrjJR8k="); // expect: IOT1003

        // Milk-quality samples go to the co-operative's bucket.
        public static BasicAWSCredentials SampleArchive() =>
            new BasicAWSCredentials("AKIAAEOIKNBLJ3H5LWDH", "sFn0YNnV/RJ/UTtMbWYhKf9oCzK5DHPqUoy9ZYAq"); // expect: IOT1003 IOT1003

        // The vacuum pump's panel still has its factory login.
        public static ICredentials VacuumPanel() => new NetworkCredential("admin", "1234"); // expect: IOT1002

        // Feeders take a service code on their keypad.
        public static string FeederServiceCode(string controllerSerial) => "DL" + controllerSerial[^5..]; // expect: IOT1005

        // The feed recipes on the USB stick are obfuscated with this key.
        public static readonly byte[] FeedRecipeKey = Convert.FromHexString("4397e442a64dd953a4dec9432ea6d3d9"); // expect: IOT1004

        public static string WashCycleAuthToken() => Random.Shared.NextInt64().ToString("X16"); // expect: IOT3005

        // Simulated yields for the parlour display's demo mode.
        public static double DemoYieldLitres() => 8 + new Random().NextDouble() * 14; // expect: none

        public const string SampleCowEid = "982000123456789"; // expect: none
        public const string TankLidNote = "Bulk tank password is on the inside of the tank lid."; // expect: none
    }
}
