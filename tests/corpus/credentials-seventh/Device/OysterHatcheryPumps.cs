// Oyster hatchery: the pump-room gateway reads the Modbus flow meters, forwards events to Service Bus and an AMQP
// broker, archives CSV logs in Blob Storage and publishes salinity over MQTT 5.
using System;
using System.Text;
using Amqp;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Blobs;
using Corpus7.Shared;
using Microsoft.Azure.Devices.Client;

namespace Aquaculture.Hatchery
{
    public class OysterHatcheryPumps
    {
        private const ushort FlowSetpointRegister = 40021; // expect: none
        private const string MaskedKey = "SharedAccessKey=***"; // expect: none
        private const string CsvHeader = "timestamp,flow_lpm,salinity_ppt,password_rotated"; // expect: none

        public ServiceBusClient EventBus() => new ServiceBusClient(PlantKeys.HatcheryServiceBus);

        public BlobServiceClient LogArchive() =>
            new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=hatcherylogs;AccountKey=id1OCln3HfF3TXPZ5hdVMlWD+Ba8Ky8wgb1A2dbvimtgB9OBjeEjUDguppXNGp3NnJVVSkjuCn4b7ofWCkV1GA==;EndpointSuffix=core.windows.net"); // expect: IOT1003

        public BlobContainerClient DailyCsvDrop() =>
            new BlobContainerClient(new Uri("https://hatcherylogs.blob.core.windows.net/csv?sv=2022-11-02&ss=b&srt=o&sp=w&se=2026-12-31T00:00:00Z&sig=6NO8bA7riEQS4FX2AYHKM7Gc7tx8hqzZvUmZZ5VdlbA%3D")); // expect: IOT1001

        public Address PumpBroker() => new Address("hatchery-amqp.local", 5671, "pump-ctrl", "Spat-Setting-Tank-4"); // expect: IOT1001

        public Address AlgaeRoomBroker() => new Address("amqps://algae:Phyto-Bloom-12@algae-amqp.local:5671"); // expect: IOT1001

        public Address BenchBroker() => new Address("hatchery-amqp.local", 5672, "guest", "guest", scheme: "AMQP"); // expect: IOT1002

        public MQTTnet.MqttClientOptions SalinityPublisher() => new MQTTnet.MqttClientOptionsBuilder()
            .WithTcpServer("hatchery-mqtt.local", 8883)
            .WithCredentials("salinity", Encoding.UTF8.GetBytes("Brackish-Water-22ppt")) // expect: IOT1001
            .WithTlsOptions(o => o.UseTls())
            .Build();

        // The edge module for the algae room was generated from the template and not yet deployed.
        public ModuleClient AlgaeRoomModule() => ModuleClient.CreateFromConnectionString("<your module connection string>"); // expect: IOT1006

        public string Describe() => $"flow setpoint register {FlowSetpointRegister}, {MaskedKey}, {CsvHeader}";
    }
}
