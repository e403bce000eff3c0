// Real source: wichurax/dotNET_SI_2023 Sensor1/MessagePublisher.cs
// Also from the same repository: MessageBroker/MessageBroker/MessageBroker.cs (SubscribeToTopic) and
// MessageBroker/MessageBroker/MongoDbService.cs (the MongoClient wrapper), trimmed to insert only.
// Kept: MqttFactory/CreateMqttClient, the options builder with WithTcpServer("localhost", 1883), Connect/Publish/
// Disconnect, the subscription with CreateSubscribeOptionsBuilder().WithTopicFilter, MongoDbService(connectionString,
// databaseName). Added for the corpus: broker logins on both sides (invented) once the broker left localhost, the
// Mongo URIs the bridge is constructed with, and the Program that wires them.
using System;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Client;
using MongoDB.Driver;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace SensorsFactory
{
    internal class MessagePublisher
    {
        private const string SensorUser = "sensor1";
        private const string SensorPassword = "Hx4!therm-pub"; // expect: IOT1001

        public async Task Publish(MqttApplicationMessage message)
        {
            try
            {
                var factory = new MqttFactory();

                using (var client = factory.CreateMqttClient())
                {
                    var options = new MqttClientOptionsBuilder()
                        .WithTcpServer("broker.lab-si.local", 1883)
                        .WithCredentials(SensorUser, SensorPassword)
                        .Build();

                    await client.ConnectAsync(options, CancellationToken.None);
                    await client.PublishAsync(message, CancellationToken.None);
                    await client.DisconnectAsync();

                    Console.WriteLine("MQTT application message is published.");
                }
            }
            catch (Exception e)
            {
                Console.WriteLine(e);
            }
        }
    }
}

namespace MessageBroker
{
    public class SensorData
    {
        public string SensorType { get; set; }
        public string SensorName { get; set; }
        public double Value { get; set; }
        public DateTime MeasurementDate { get; set; }
    }

    public class MongoDbService
    {
        private readonly IMongoCollection<SensorData> _sensorDataCollection;

        public MongoDbService(string connectionString, string databaseName)
        {
            var client = new MongoClient(connectionString);
            var database = client.GetDatabase(databaseName);
            database.CreateCollection("sensorsData");
            _sensorDataCollection = database.GetCollection<SensorData>("sensorsData");
        }

        public void InsertSensorData(SensorData sensorData)
        {
            _sensorDataCollection.InsertOne(sensorData);
        }
    }

    internal class MessageBroker
    {
        private readonly MongoDbService _mongoDbService;
        public MessageBroker(MongoDbService mongoDbService)
        {
            _mongoDbService = mongoDbService;
        }

        public async Task SubscribeToTopic(string topic = "sensors/temperature")
        {
            var mqttFactory = new MqttFactory();
            using var mqttClient = mqttFactory.CreateMqttClient();
            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer("broker.lab-si.local", 1883)
                .WithCredentials("bridge", "Mongo-Bridge_5512") // expect: IOT1001
                .Build();

            mqttClient.ApplicationMessageReceivedAsync += e =>
            {
                var payload = e.ApplicationMessage.ConvertPayloadToString();
                var sensorData = System.Text.Json.JsonSerializer.Deserialize<SensorData>(payload);
                if (sensorData != null) _mongoDbService.InsertSensorData(sensorData);
                return Task.CompletedTask;
            };

            await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);

            var mqttSubscribeOptions = mqttFactory.CreateSubscribeOptionsBuilder()
                .WithTopicFilter(f => f.WithTopic(topic))
                .Build();

            await mqttClient.SubscribeAsync(mqttSubscribeOptions, CancellationToken.None);

            Console.WriteLine("MQTT client subscribed to topic.");
        }
    }

    // Added: the bridge's entry point.
    internal static class Program
    {
        private static async Task Main(string[] args)
        {
            var store = args.Length > 0 && args[0] == "--local"
                ? new MongoDbService("mongodb://localhost:27017", "sensorsDb") // expect: none
                : new MongoDbService("mongodb://sensors:Tq9vault7-Mongo@db.lab-si.local:27017/?authSource=admin", "sensorsDb"); // expect: IOT1001
            await new MessageBroker(store).SubscribeToTopic();
        }
    }
}
