using System;
using System.IO.BACnet;
using Fleet.Shared;
using MongoDB.Driver;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace IceRink.Chiller
{
    // Plant controller of an ice rink: ammonia chillers, brine pumps and the slab temperature; events go to
    // the arena's RabbitMQ, live values to Redis for the scoreboard, history to MongoDB.
    public sealed class ChillerPlant
    {
        public IConnection OpenEvents()
        {
            var factory = new ConnectionFactory
            {
                HostName = "mq.arena.local",
                UserName = "rink-plant",
                Password = StationSecrets.RinkRabbitPassword,
            };
            return factory.CreateConnection();
        }

        public ConnectionMultiplexer OpenLiveValues()
        {
            var options = new ConfigurationOptions
            {
                Password = "Slab-Brine-Minus7!", // expect: IOT1001
                AbortOnConnectFail = false,
            };
            options.EndPoints.Add("scoreboard-cache.arena.local:6379");
            return ConnectionMultiplexer.Connect(options);
        }

        public ConnectionMultiplexer OpenLiveValuesFallback() =>
            ConnectionMultiplexer.Connect("scoreboard-cache2.arena.local:6379,password=Resurfacer#Cut-12,abortConnect=false"); // expect: IOT1001

        public ConnectionMultiplexer OpenLocalCache() =>
            ConnectionMultiplexer.Connect("localhost:6379,abortConnect=false,connectTimeout=2000"); // expect: none

        public MongoClient OpenHistory() =>
            new MongoClient("mongodb://rink-history:Blue-Line-Icing-3@history.arena.local:27017/?authSource=admin"); // expect: IOT1001

        public MongoClient OpenLocalHistory() =>
            new MongoClient("mongodb://localhost:27017/?authSource=admin"); // expect: none

        // The arena's BACnet controllers accept a password for communication control during ice maintenance
        public void SilenceArenaBms(BacnetClient bacnet, BacnetAddress bms)
        {
            bacnet.DeviceCommunicationControlRequest(bms, 30, 1, "Zamboni-Bay-Door"); // expect: IOT1001
        }

        public void SilenceArenaBmsFactory(BacnetClient bacnet, BacnetAddress bms)
        {
            bacnet.DeviceCommunicationControlRequest(bms, 30, 1, "password"); // expect: IOT1002
        }

        public const string AmmoniaAlarm = "NH3 detected: evacuate the plant room, do not enter without the SCBA"; // expect: none
    }

    public static class ResurfacerBay
    {
        const string ResurfacerKeypadCode = "6612"; // expect: IOT1004

        public static bool OpenBay(string entered) => entered == ResurfacerKeypadCode;

        public static ConnectionMultiplexer StagingCache() => ConnectionMultiplexer.Connect(new ConfigurationOptions
        {
            Password = "<redis-password>", // expect: IOT1006
        });

        public const string LogFormat = "Redis connect string: {0},password=*****"; // expect: none
        public const string RabbitPasswordKey = "RabbitMq:Password"; // expect: none
    }
}
