// Commercial bean-to-cup coffee machines: telemetry, recipe sync, sales database, loyalty bus, technician menu.
using System;
using System.Net.Http;
using Azure.Messaging.ServiceBus;
using Brightwater.Shared;
using MongoDB.Driver;
using MQTTnet.Client.Options;
using MySqlConnector;

namespace Brightwater.Coffee
{
    public sealed class FleetTelemetry
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://telemetry.brightwater.example/") };

        public FleetTelemetry()
        {
            _http.DefaultRequestHeaders.Add(FieldSecrets.ApiKeyHeaderName, FieldSecrets.TelemetryApiKey);
        }

        public void Post(string json) => _http.PostAsync("v1/coffee", new StringContent(json)).Wait();
    }

    public sealed class RecipeSync
    {
        private const string MongoUriVariable = "MONGO_URI"; // expect: none

        public MongoClient Recipes() =>
            new(Environment.GetEnvironmentVariable(MongoUriVariable) is { Length: > 0 } uri
                ? uri
                : "mongodb://barista:Crema%21Shot9@mongo.coffee.example:27017/recipes?authSource=admin"); // expect: IOT1001

        public MySqlConnection Sales() => new("Server=sales-db.coffee.example;Port=3306;Database=sales;Uid=vend;Pwd=Latte-Art-21;SslMode=Required"); // expect: IOT1001
    }

    public sealed class LoyaltyBus
    {
        public const string LoyaltyTokenFormat = "LOY-{0:D8}"; // expect: none

        public ServiceBusClient Client()
        {
            string connectionString = "Endpoint=sb://coffee-fleet.servicebus.windows.net/;"
                + "SharedAccessKeyName=RootManageSharedAccessKey;" // expect: none
                + "SharedAccessKey=K/ChgvIdliwR2SeAT2hTce++Iqq3CIaI/QzxYbl2IxY="; // expect: IOT1003
            return new ServiceBusClient(connectionString);
        }
    }

    public sealed class TechnicianMenu
    {
        private readonly bool _isDemoUnit;

        public TechnicianMenu(bool isDemoUnit) => _isDemoUnit = isDemoUnit;

        public bool Unlock(string entered)
        {
            string techPassword = _isDemoUnit
                ? "demo" // expect: none
                : "Grinder!Burr-64x"; // expect: IOT1004
            return entered == techPassword;
        }
    }

    public static class SupportTunnel
    {
        // Our own reverse-tunnel agent; the token is checked by our relay, not by a library.
        public static string Open(string machineId, string tunnelToken) =>
            $"tunnel://relay.brightwater.example/{machineId}#{tunnelToken.GetHashCode():X8}";

        public static string ForMachine(string machineId) => Open(machineId, FieldSecrets.SupportTunnelToken);
    }

    public sealed class GrinderAndMilk
    {
        private readonly HttpClient _http = new();

        public string GrinderStatus(string ip)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"http://{ip}/status.json");
            request.Headers.Add("Authorization", "Basic YWRtaW46YWRtaW4="); // expect: IOT1002
            return _http.Send(request).StatusCode.ToString();
        }

        public MqttClientOptionsBuilder MilkFridge() => new MqttClientOptionsBuilder()
            .WithTcpServer("milk-fridge.local", 1883)
            .WithCredentials("milk", "#{MQTT_PASSWORD}#"); // expect: IOT1006
    }
}
