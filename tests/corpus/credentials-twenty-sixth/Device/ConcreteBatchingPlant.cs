// Written for corpus26: the batching controller of a ready-mix concrete plant: aggregate and cement weighing, the
// truck dispatch screen, a weighbridge link, tickets in MongoDB, recipes pulled from the company's repository.
using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using MongoDB.Driver;
using MQTTnet.Client;
using Npgsql;

namespace ReadyMix.Batching
{
    public static class PlantSecrets
    {
        public const string WeighbridgeApiKey = "nOURYtvNIQc68ITchvTG3DvoK5RQMwhx"; // expect: IOT1001
        public const string DispatchOverrideCode = "4983"; // expect: IOT1004
        public const string ExampleAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        public const int PasswordRotationDays = 90; // expect: none
        public const string MixDesignCode = "C30/37-XC4"; // expect: none
    }

    public sealed class BatchController
    {
        private readonly Random _rng = new Random();
        private readonly Random _qaSampler = new Random();

        public MqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://batcher:Aggregate-Hopper-82@plant-broker:8883") // expect: IOT1001
                .Build();

        public void OpenStores()
        {
            using var recipes = new NpgsqlConnection("Host=recipes-db;Username=postgres;Password=postgres;Database=recipes"); // expect: IOT1002
            recipes.Open();
            var tickets = new MongoClient("mongodb://tickets:Slump-Cone-7741@mongo.plant.local:27017/dispatch"); // expect: IOT1001
        }

        public X509Certificate2 DispatchCertificate(byte[] pfx)
        {
            string certPassword = "Rebar-Chute-2290"; // expect: IOT1001
            return new X509Certificate2(pfx, certPassword);
        }

        public async void PullWeighbridgeTicket(int ticket)
        {
            using var http = new HttpClient();
            await http.GetStringAsync($"https://weighbridge.plant.local/api/tickets/{ticket}?apikey={PlantSecrets.WeighbridgeApiKey}");
        }

        public async void PullMixDesigns()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "token ghp_zYwkjZWcYy40BFjrdgrZycrtE3xphnVQnfrf"); // expect: IOT1003
            await http.GetStringAsync("https://api.github.com/repos/readymix/mix-designs/contents/" + PlantSecrets.MixDesignCode);
        }

        public string DriverPasscode(int truckNumber)
        {
            var driverPasscode = $"{truckNumber:D3}{DateTime.Now:dd}"; // expect: IOT1005
            return driverPasscode;
        }

        public bool OverrideDispatch(string entered) => string.Equals(entered, PlantSecrets.DispatchOverrideCode);

        public string NewBatchSession()
        {
            var sessionId = _rng.Next().ToString("x8"); // expect: IOT3005
            return sessionId;
        }

        public bool PickTruckForQaSample() => _qaSampler.Next(0, 10) == 0; // expect: none
    }
}
