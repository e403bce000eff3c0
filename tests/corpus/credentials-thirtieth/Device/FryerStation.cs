// Written for corpus30 (invented code): controller of a commercial deep-fryer station (two vats, basket lifts, oil-quality sensor,
// filtration pump) in a restaurant chain, pairing the handheld thermometer over Bluetooth Classic and reporting oil quality.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using InfluxDB.Client;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;

namespace Corpus30.FryerStation
{
    public sealed class ProbePairing
    {
        public const string PasswordCharacteristic = "2A3D"; // expect: none
        public const string TestPasskey = "135790"; // expect: none
        public static readonly Guid OilSensorService = new("3c5b0a6e-7f21-4d8e-9a44-0f6b2e9d1c73"); // expect: none

        // Pairing PIN per thermometer model.
        private static string PinFor(string model)
        {
            switch (model)
            {
                case "TP-400":
                    return "1234"; // expect: IOT1002
                case "TP-520":
                    return "8782"; // expect: IOT1001
                default:
                    return string.Empty;
            }
        }

        public bool Pair(BluetoothAddress probe, string model) => BluetoothSecurity.PairRequest(probe, PinFor(model));

        public static int LiftPasskey(BluetoothAddress lift) => (int)(lift.ToInt64() % 1_000_000); // expect: IOT1005
    }

    public sealed class OilTrend
    {
        private readonly InfluxDBClient _client;

        public OilTrend(string url, string token)
        {
            _client = new InfluxDBClient(url, token);
        }

        public static OilTrend ForStore() => new OilTrend("https://oil.chain.example:8086", "rPqu7x6_BNHFtttncUnoPgj-22ZbhC7QJT1ZtdrIaWOtm3mVWVsayok4KMjK8k9hThLiLYmOczCupEhUBFUcMw=="); // expect: IOT1001
    }

    public sealed class ChainApi
    {
        private const string SlackBotToken = "xoxb-428004907191-5056293007049-PPdkWyxgtiLBonRzg438SLd0"; // expect: IOT1003
        private readonly string? _fromFile;
        private readonly HttpClient _http = new();

        public ChainApi(string? fromFile) => _fromFile = fromFile;

        public HttpRequestMessage OilReport(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.chain.example/fryers/oil");
            var subscriptionKey = _fromFile ?? Environment.GetEnvironmentVariable("FRYER_APIM_KEY") ?? "04726c57942297a4b7b8268c67d5e788"; // expect: IOT1001
            request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }

        public HttpRequestMessage MenuBoardSync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://menuboard.chain.example/v1/items");
            request.Headers.Add("X-Api-Key", "PasteYourTokenHere"); // expect: IOT1006
            return request;
        }

        public HttpRequestMessage Alert(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SlackBotToken);
            request.Content = new StringContent("{\"channel\":\"#kitchen\",\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json");
            return request;
        }
    }

    public sealed class VatControl
    {
        private const string VatDrainOverrideCode = "108577"; // expect: IOT1004

        private static readonly Dictionary<string, string> OperatorPasscodes = new()
        {
            ["shift-a"] = "795803", // expect: IOT1004
            ["shift-b"] = "554568", // expect: IOT1004
        };

        private readonly Random _rng = new();

        public bool DrainOverride(string typed)
            => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(typed), Encoding.UTF8.GetBytes(VatDrainOverrideCode));

        public bool OperatorLogin(string shift, string typed)
            => OperatorPasscodes.TryGetValue(shift, out var expected) && expected == typed;

        public double SimulatedOilTemperature() => 175.0 + _rng.NextDouble() * 4.0; // expect: none
    }

    public sealed class CleaningOtp
    {
        public int Code { get; set; } = Random.Shared.Next(100000, 999999); // expect: IOT3005
        public int RetryDelayMs { get; set; } = 2000;
    }
}
