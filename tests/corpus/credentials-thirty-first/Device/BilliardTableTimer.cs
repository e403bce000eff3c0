// Written for corpus31 (not adapted from a repository).
// Domain: the table timers of a billiards and snooker hall: each table's lamp relay and timer reports to the hall controller,
//   which bills sessions into PostgreSQL, keeps play statistics in MongoDB, runs its own MQTT broker for the table displays,
//   archives receipts to S3, looks up loyalty points and prints the code that unlocks a table's cue rack.
// Shapes: a team options object held in a field and filled by the constructor, read at MQTTnet v3 WithCredentials; a static
//   readonly password interpolated into a PostgreSQL connection string; a MongoDB URI with user information; a broker handler
//   comparing the received password; AWS keys as named arguments; a code written around the table's number; a %VAR% template
//   in an API-key query; a session id buffer from NextBytes; hard negatives (header name, relay GPIO, prompt, flicker).
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.Runtime;
using MongoDB.Driver;
using MQTTnet.Client.Options;
using MQTTnet.Server;
using Npgsql;

namespace Corpus31.BilliardTableTimer
{
    public sealed class HallOptions
    {
        public string BrokerHost { get; set; } = "broker.cuehall.example";
        public string BrokerUser { get; set; } = "table-timers";
        public string BrokerPassword { get; set; } = string.Empty;
    }

    public sealed class HallController
    {
        private static readonly string DbPassword = "K6D!C7obX6jQ"; // expect: IOT1001
        private const string FreePlayOverrideCode = "945873"; // expect: IOT1004
        public const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        public const int Table1LampRelayPin = 5; // expect: none
        private readonly HallOptions _options = new();
        private readonly Random _rng = new Random();

        public HallController()
        {
            _options.BrokerPassword = "8YHkKJNHkK"; // expect: IOT1001
        }

        public IMqttClientOptions TableBusOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(_options.BrokerHost, 1883)
                .WithCredentials(_options.BrokerUser, _options.BrokerPassword)
                .Build();

        public NpgsqlConnection OpenBilling() =>
            new NpgsqlConnection($"Host=db.cuehall.example;Username=billing;Password={DbPassword};Database=tables;SSL Mode=Require");

        public MongoClient StatsStore() =>
            new MongoClient("mongodb://stats:_ldbP4tyKfC_V1@mongo.cuehall.example:27017/?authSource=admin"); // expect: IOT1001

        public MqttServer StartDisplayBroker()
        {
            var server = new MQTTnet.MqttFactory().CreateMqttServer(new MqttServerOptionsBuilder().WithDefaultEndpoint().Build());
            server.ValidatingConnectionAsync += OnValidatingConnection;
            return server;
        }

        private Task OnValidatingConnection(ValidatingConnectionEventArgs e)
        {
            if (e.Password != "1234") // expect: IOT1002
                e.ReasonCode = 0x86;
            return Task.CompletedTask;
        }

        public AWSCredentials ReceiptArchiveCredentials() => new BasicAWSCredentials(
            accessKey: "AKIA24U3X54XVKFZJPDH", // expect: IOT1003
            secretKey: "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"); // expect: IOT1003

        public static string CueRackUnlockCode(int table)
        {
            string unlockCode = $"T{table:D2}-hall"; // expect: IOT1005
            return unlockCode;
        }

        public Task<string> LoyaltyPointsAsync(HttpClient http, string memberId) =>
            http.GetStringAsync($"https://loyalty.cuehall.example/v1/points?member={memberId}&apikey=%POINTS_API_KEY%"); // expect: IOT1006

        public bool FreePlay(string entered) => entered == FreePlayOverrideCode;

        public string NewTabletSession()
        {
            var sessionIdBytes = new byte[12];
            _rng.NextBytes(sessionIdBytes); // expect: IOT3005
            return Convert.ToHexString(sessionIdBytes);
        }

        public int LampFlickerMs() => _rng.Next(20, 80); // expect: none

        public static void ShowLogin() => Console.Write("Password: "); // expect: none
    }
}
