// Airport baggage handling: the conveyor PLC gateway, the sorter, the RFID tag scanners and the screening lane
// all publish to MQTT brokers; options come from the team's own settings types.
using System;
using System.Text;
using Corpus7.Shared;
using MQTTnet.Client;

namespace Terminal.Baggage
{
    public class ConveyorMqttOptions
    {
        public string Host { get; set; }
        public int Port { get; set; } = 8883; // expect: none
        public string User { get; set; }
        public string Password { get; set; }
    }

    public record SorterBrokerSettings(string Host, string User, string Password);

    public class TagPrinterLink
    {
        public void Send(string frame, string integrationToken) => Console.WriteLine(frame.Length + integrationToken.Length);
    }

    public class AirportBaggageConveyor
    {
        private const string JamTopic = "baggage/belt/+/jam"; // expect: none
        private const string PasswordSettingKey = "Bhs:Mqtt:Password"; // expect: none
        private const string BhsIntegrationToken = "bhs-Axh9ns64ziWFcjS9uUJKno71"; // expect: IOT1004
        private readonly ConveyorMqttOptions _options;

        public AirportBaggageConveyor() => _options = CreateOptions();

        private static ConveyorMqttOptions CreateOptions() => new ConveyorMqttOptions
        {
            Host = "bhs-broker.local",
            User = PlantKeys.BaggageBrokerUser,
            Password = PlantKeys.BaggageBrokerPassword,
        };

        public MqttClientOptions ConveyorClient() => new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithCredentials(_options.User, _options.Password)
            .WithTls()
            .Build();

        public MqttClientOptions SorterClient()
        {
            var settings = new SorterBrokerSettings("sorter-mq.local", "sorter", "Tag-Reader-LHR-T5"); // expect: IOT1001
            var logged = settings with { Password = "[redacted]" }; // expect: none
            Console.WriteLine(logged);
            MqttClientOptionsBuilder builder = new();
            return builder.WithTcpServer(settings.Host).WithCredentials(settings.User, settings.Password).Build();
        }

        public MqttClientOptions CarouselClient(ConveyorMqttOptions carousel)
        {
            carousel.Password ??= "Carousel-7-Belt"; // expect: IOT1001
            return new MqttClientOptionsBuilder().WithTcpServer(carousel.Host).WithCredentials(carousel.User, carousel.Password).Build();
        }

        public MqttClientOptions ScannerClient() => new MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://scanner:Bag-Tag-RFID-44@scanner-mq.local:8883") // expect: IOT1001
            .Build();

        public MqttClientWebSocketProxyOptionsBuilder AirsideProxy() =>
            new MqttClientWebSocketProxyOptionsBuilder().WithPassword("Proxy-Gate-B12"); // expect: IOT1001

        public MqttClientCredentials ScreeningLaneCredentials() =>
            new MqttClientCredentials("screening", Encoding.UTF8.GetBytes("Xray-Lane-3-Cred")); // expect: IOT1001

        public void PrintTag(TagPrinterLink printer, string bagTag) => printer.Send("BTP" + bagTag, BhsIntegrationToken);

        public string Topic => JamTopic + " " + PasswordSettingKey;

        // Test broker in the baggage-system simulator room.
        public MqttClientOptions SimulatorClient() => new MqttClientOptionsBuilder()
            .WithTcpServer("bhs-sim.local", 1883) // expect: none
            .WithCredentials("mosquitto", "mosquitto") // expect: IOT1002
            .Build();
    }
}
