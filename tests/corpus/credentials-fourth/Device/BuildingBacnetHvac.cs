// Tower B building-management edge: BACnet/IP polling, trend logging, alarm fan-out and KNX secure commissioning.
using System;
using System.Collections.Generic;
using MongoDB.Driver;
using RabbitMQ.Client;
using StackExchange.Redis;
using Fieldline.Shared;

namespace Skyline.Bms
{
    public sealed class BuildingBacnetHvac : IDisposable
    {
        private const string RedisHost = "redis.bms.example";
        private const string RedisPasswordSetting = "Bms:Redis:Password"; // expect: none
        private const string KnxDeviceAuthCode = "Knx-Auth-7B41-C2"; // expect: IOT1004
        private const string KnxAuthCodeLabel = "KNX device authentication code"; // expect: none

        private const string DefaultSiteYaml = """
            site: tower-b
            bacnet:
              device-instance: 2201
              port: 47808
            mqtt:
              host: mqtt.bms.example
              username: bms-tower-b
              password: Tw-B!mqtt-5521
            cloud:
              region: eu-west
              api_key: 4f6d1c2e9b8a7f3e61d0c5b4a3928170
            """; // expect: IOT1001 IOT1001

        private static readonly Dictionary<string, string> PointNames = new()
        {
            ["AI-101"] = "Supply Air Temp",
            ["AI-102"] = "Return Air Temp",
            ["BV-7"] = "Password Reset Pushbutton", // expect: none
        };

        private readonly ConnectionMultiplexer _redis;
        private readonly IConnection _alarms;
        private readonly IMongoDatabase _trends;
        private readonly Random _staging = new();

        public BuildingBacnetHvac(bool labNetwork)
        {
            var cache = new ConfigurationOptions { Password = DeviceSecrets.RedisPassword, Ssl = true, AbortOnConnectFail = false };
            cache.EndPoints.Add(RedisHost, 6380);
            _redis = labNetwork
                ? ConnectionMultiplexer.Connect(string.Concat("redis-ro.bms.example:6380,", "password=", "R3d!s-RO-4410", ",ssl=True")) // expect: IOT1001
                : ConnectionMultiplexer.Connect(cache);

            ConnectionFactory factory = labNetwork
                ? new ConnectionFactory { HostName = "rabbit.lab.local", UserName = "guest", Password = "guest" } // expect: IOT1002
                : new ConnectionFactory { Uri = new Uri("amqps://bms-edge:Bms!Edge-7720@rabbit.bms.example:5671/hvac") }; // expect: IOT1001
            _alarms = factory.CreateConnection();

            var mongo = new MongoClient("mongodb://trend:Tr3nd-Log!44@mongo.bms.example:27017/trends?authSource=admin"); // expect: IOT1001
            _trends = mongo.GetDatabase("trends");

            Console.WriteLine($"cache password is provisioned through '{RedisPasswordSetting}' on managed sites");
        }

        public void CacheReading(string point, double value)
        {
            var db = _redis.GetDatabase();
            db.StringSet($"bacnet:{point}", value.ToString("F2"));
        }

        public void PublishAlarm(string point, string text)
        {
            using var channel = _alarms.CreateModel();
            var body = System.Text.Encoding.UTF8.GetBytes($"{PointNames.GetValueOrDefault(point, point)}: {text}");
            channel.BasicPublish("alarms", "tower-b." + point, null!, body);
        }

        public int NextFanStage(int stages)
        {
            // Staggers fan starts to avoid inrush current; not security related.
            return _staging.Next(1, stages + 1); // expect: none
        }

        public bool CommissionKnxDevice(string individualAddress, Func<string, string, bool> sendAuthCode)
        {
            Console.WriteLine($"commissioning {individualAddress}: sending {KnxAuthCodeLabel}");
            return sendAuthCode(individualAddress, KnxDeviceAuthCode);
        }

        public string SiteTemplate() => DefaultSiteYaml;

        public void Dispose()
        {
            _redis.Dispose();
            _alarms.Dispose();
        }
    }
}
