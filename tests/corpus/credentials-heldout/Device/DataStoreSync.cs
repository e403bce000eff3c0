using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Amqp;
using Microsoft.Data.Sqlite;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace IoTHeldOut.Storage;

/// <summary>Store-and-forward of readings on the site controller: SQLite buffer, Redis cache, RabbitMQ/AMQP uplink, InfluxDB.</summary>
public sealed class DataStoreSync
{
    private const string ReadingsQueue = "readings.v2";                                        // expect: none
    private const string TelemetryExchange = "telemetry.topic";                                // expect: none
    private const string ResetKeyPattern = "device:{0}:password_reset_at";                     // expect: none
    private const string PasswordHashQuery = "SELECT password_hash FROM operators WHERE login = $1"; // expect: none
    internal const string UnitTestRedisPassword = "test-password";                             // expect: none

    public SqliteConnection Buffer() => new SqliteConnection("Data Source=/data/readings.db;Cache=Shared;Mode=ReadWriteCreate"); // expect: none

    public SqliteConnection EncryptedBuffer() => new SqliteConnection("Data Source=/data/secure.db;Password=Sq1Cipher-88"); // expect: IOT1001

    public IConnectionMultiplexer Cache()
    {
        var opts = new ConfigurationOptions
        {
            Password = "R3dis-Cache!44",                                                        // expect: IOT1001
            Ssl = true,
        };
        opts.EndPoints.Add("cache.site.lan:6380");                                              // expect: none
        return ConnectionMultiplexer.Connect(opts);
    }

    public IConnectionMultiplexer SecondaryCache() =>
        ConnectionMultiplexer.Connect("cache2.site.lan:6380,password=Cache2-Pw-19,ssl=true");  // expect: IOT1001

    public IConnectionMultiplexer LocalCache() => ConnectionMultiplexer.Connect("localhost:6379,abortConnect=false"); // expect: none

    public IConnection Uplink()
    {
        var factory = new ConnectionFactory
        {
            HostName = "mq.site.lan",                                                          // expect: none
            UserName = "telemetry",                                                             // expect: none
            Password = "Rabbit-Tele-5521",                                                      // expect: IOT1001
            VirtualHost = "/plant",
        };
        return factory.CreateConnection();
    }

    public IConnection EdgeUplink()
    {
        var factory = new ConnectionFactory { Uri = new Uri("amqps://edge:Amqp-Edge-883@mq.site.lan:5671/plant") }; // expect: IOT1001
        return factory.CreateConnection();
    }

    public IConnection DevUplink()
    {
        var factory = new ConnectionFactory { HostName = "localhost", UserName = "guest", Password = "guest" }; // expect: IOT1002
        return factory.CreateConnection();
    }

    public Address ServiceBusAddress() => new Address("servicebus.site.lan", 5671, "svc-gw", "Amqp-Lite!61"); // expect: IOT1001

    public Address LocalBrokerAddress() => new Address("amqp://localhost:5672");             // expect: none

    public HttpClient Influx()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://influx.site.lan:8086") };
        string influxToken = "q8Zr4LmN2vXc7TbY1sKd9HgF3pWj6AeQ0uIo5RtEy8UzCxVb2NmL4kJh7GfD1sA9==";   // expect: IOT1001
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", influxToken);
        return http;
    }

    public Uri ArchiveDatabase() => new Uri("mongodb://iot:M0ngo-Arch-3@archive.site.lan:27017/telemetry?authSource=admin"); // expect: IOT1001

    public string Describe() => string.Join(",", ReadingsQueue, TelemetryExchange, ResetKeyPattern, PasswordHashQuery);
}
