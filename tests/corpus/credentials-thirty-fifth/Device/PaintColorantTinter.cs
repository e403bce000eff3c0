// Written for corpus35: a DIY store's paint tinting dispenser (colorant canisters, gyro mixer, can scanner): it pulls
// colour formulas, logs every tint for the paint supplier and lets store staff log in on its touch panel.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Data.SqlClient;
using MongoDB.Driver;
using Npgsql;

namespace Corpus35.PaintColorantTinter
{
    internal static class TinterSecrets
    {
        public const string FormulaDb = "Server=formula-sql.tintco.example;Database=Formulas;User Id=tinter;Password=qAdVu-xBe*6I-F8;Encrypt=True"; // expect: IOT1001
        public const string PgPassword = "J2ThwPw.fnDnqtu"; // expect: IOT1001
        public const string ReadOnlyNoPassword = "Server=formula-sql.tintco.example;Database=Formulas;Trusted_Connection=True"; // expect: none
        public const string TINTER_API_TOKEN = "TINTER_API_TOKEN"; // expect: IOT1006
        public const string SupplierSlackToken = "xoxb-065169043562-9791418657638-265Tjc9gMEOA2BQ0hHr48mt1"; // expect: IOT1003
        public const string FormulaPasswordSha256 = "6ef0f5b4f8d21ecd238b6a6f715537a4432f5de88644f932e82c9e7938fc3de1"; // expect: none
    }

    public sealed class Tinter
    {
        private static readonly Dictionary<string, string> OperatorPasswords = new Dictionary<string, string>
        {
            ["store-lead"] = "KOCci:KA*KD#2-N^", // expect: IOT1004
            ["night-shift"] = "admin", // expect: IOT1002
        };

        private const string PasswordLabel = "Password:"; // expect: none
        private readonly Random _rng = new Random();

        public SqlConnection FormulaStore() => new SqlConnection(TinterSecrets.FormulaDb);

        public NpgsqlConnection TintLog() =>
            new NpgsqlConnection($"Host=pg.tintco.example;Username=tinter;Password={TinterSecrets.PgPassword};Database=tintlog");

        public MongoClient ColourLibrary() => new MongoClient("mongodb://tinter:QTFcHQ.CZv7i!2D@mongo.tintco.example:27017/colours"); // expect: IOT1001

        public void ConnectCanisterBus()
        {
            var bus = new uPLibrary.Networking.M2Mqtt.MqttClient("canisters.store.example");
            bus.Connect("tinter-04", "root", "vizxv"); // expect: IOT1002
        }

        public HttpClient SupplierApi()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://api.tintco.example/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TinterSecrets.TINTER_API_TOKEN);
            return http;
        }

        public HttpRequestMessage LowColorantAlert(string canister)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TinterSecrets.SupplierSlackToken);
            request.Content = new StringContent($"{{\"channel\":\"#tinting\",\"text\":\"{canister} low\"}}");
            return request;
        }

        public bool PanelLogin(string user, string password) =>
            OperatorPasswords.TryGetValue(user, out var expected) && expected == password;

        public string LoyaltyPin(DateTime customerBirthDate)
        {
            string loyaltyPin = customerBirthDate.ToString("ddMM"); // expect: IOT1005
            return loyaltyPin;
        }

        public string ScannerChallenge()
        {
            string challenge = _rng.Next().ToString("X8"); // expect: IOT3005
            return challenge;
        }

        public int MixerJitterMs() => _rng.Next(0, 120); // expect: none
    }
}
