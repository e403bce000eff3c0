// Gateway cache and broker clients: Redis, MongoDB, RabbitMQ/AMQP, MQTT URIs.
#nullable enable
using System;
using Corpus.Gateway;

namespace Corpus.Gateway.Messaging
{
    internal static class CacheAndBrokers
    {
        private const string RedisLocal = "localhost:6379,abortConnect=false"; // expect: none
        private const string RedisRemote = "cache.greenhouse.local:6380,ssl=true,password=Rd-c4che-9912,abortConnect=false"; // expect: IOT1001

        public static void Redis()
        {
            StackExchange.Redis.ConnectionMultiplexer.Connect(RedisLocal);
            StackExchange.Redis.ConnectionMultiplexer.Connect(RedisRemote);
        }

        public static void RedisOptions()
        {
            var options = StackExchange.Redis.ConfigurationOptions.Parse("cache.greenhouse.local:6380"); // expect: none
            options.Password = "Rd-c4che-9912"; // expect: IOT1001
            options.Ssl = true;
            StackExchange.Redis.ConnectionMultiplexer.Connect(options);
        }

        public static void Mongo()
        {
            var client = new MongoDB.Driver.MongoClient("mongodb://telemetry:M0ngo-T3lem@10.0.0.40:27017/telemetry?authSource=admin"); // expect: IOT1001
            var local = new MongoDB.Driver.MongoClient("mongodb://127.0.0.1:27017"); // expect: none
            GC.KeepAlive(client); GC.KeepAlive(local);
        }

        public static void MongoBuilt(string host)
        {
            const string user = "telemetry"; // expect: none
            const string pass = "M0ngo-T3lem"; // expect: IOT1001
            var client = new MongoDB.Driver.MongoClient($"mongodb://{user}:{pass}@{host}:27017");
            GC.KeepAlive(client);
        }

        public static void Rabbit()
        {
            var f = new RabbitMQ.Client.ConnectionFactory
            {
                HostName = "10.0.0.50", // expect: none
                UserName = "gh-events", // expect: none
                Password = "Rbt-ev3nts-44", // expect: IOT1001
                VirtualHost = "/greenhouse", // expect: none
            };
            GC.KeepAlive(f);
        }

        public static void RabbitGuest()
        {
            var f = new RabbitMQ.Client.ConnectionFactory { HostName = "localhost", UserName = "guest", Password = "guest" }; // expect: IOT1002
            GC.KeepAlive(f);
        }

        public static void RabbitUri()
        {
            var f = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri("amqps://gh-events:Rbt-ev3nts-44@10.0.0.50:5671/greenhouse") }; // expect: IOT1001
            GC.KeepAlive(f);
        }

        public static void AmqpLite()
        {
            var a = new Amqp.Address("amqps://gateway:Amqp-G8way-31@bus.greenhouse.local:5671"); // expect: IOT1001
            var b = new Amqp.Address("bus.greenhouse.local", 5671, "gateway", "Amqp-G8way-31"); // expect: IOT1001
            var c = new Amqp.Address("amqp://bus.greenhouse.local:5672"); // expect: none
            GC.KeepAlive(a); GC.KeepAlive(b); GC.KeepAlive(c);
        }

        public static void MqttUri()
        {
            var options = new MQTTnet.MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://gh-gateway-01:Mq-Ur1-pass-8@mqtt.greenhouse.local:8883") // expect: IOT1001
                .Build();
            var anonymous = new MQTTnet.MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://mqtt.greenhouse.local:8883") // expect: none
                .Build();
            GC.KeepAlive(options); GC.KeepAlive(anonymous);
        }

        public static void BrokerFromSecrets()
        {
            // password from Secrets.MqttPassword (labelled there)
            var uri = "mqtts://" + Secrets.MqttUser + ":" + Secrets.MqttPassword + "@" + Secrets.MqttHost + ":8883";
            var options = new MQTTnet.MqttClientOptionsBuilder().WithConnectionUri(uri).Build();
            GC.KeepAlive(options);
        }
    }
}
