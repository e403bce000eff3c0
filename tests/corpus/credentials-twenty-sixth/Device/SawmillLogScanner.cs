// Written for corpus26: the log scanner at the infeed of a sawmill's headrig. A Linux board reads the 3D profile
// scanner, grades each log, talks OPC UA to the carriage PLC, keeps a SQL Server production log, publishes over MQTT v5,
// caches in Redis and ships grading images to the office.
using System;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Data.SqlClient;
using InfluxDB.Client;
using MQTTnet;
using Opc.Ua;
using StackExchange.Redis;

namespace Sawmill.LogScanner
{
    public sealed record ScannerOptions(string BrokerUser, string BrokerPassword, string BrokerHost = "mill-broker");

    public static class MillSecrets
    {
        public const string PlcPassword = "Sawdust_Carriage-31"; // expect: IOT1001
        public const string ImageKeyHex = "100769e6e74fdfee983d7bf49a983109"; // expect: IOT1003
    }

    public sealed class Scanner
    {
        private const string CarriageSpeedNode = "ns=2;s=Carriage.Speed"; // expect: none
        private const string TokenEndpoint = "https://login.mill.example/oauth2/token"; // expect: none
        private const string RootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGVPbmx5UHVibGljMAoGCCqGSM49BAMC\n-----END CERTIFICATE-----"; // expect: none
        private readonly Random _simulator = new Random(42);
        private readonly Random _rng = new Random();

        public string ProductionLogConnectionString()
        {
            var sb = new StringBuilder();
            sb.Append("Server=office-sql;Database=Production;");
            sb.Append("User Id=scanner;");
            sb.Append("Password=").Append("Knot-Burl-Ember88").Append(';'); // expect: IOT1001
            return sb.ToString();
        }

        public void Connect()
        {
            using var sql = new SqlConnection(ProductionLogConnectionString());
            sql.Open();

            UserIdentity identity = new("scanner", MillSecrets.PlcPassword);
            Opc.Ua.Client.Session.Create(new ApplicationConfiguration { ApplicationName = "LogScanner" },
                "opc.tcp://carriage-plc:4840", false, "scanner", 60000, identity, null);

            var options = new ScannerOptions("mill-3", "Pith-Veneer-602"); // expect: IOT1001
            var mqtt = new MqttClientFactory().CreateMqttClient();
            mqtt.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer(options.BrokerHost, 8883)
                .WithCredentials(options.BrokerUser, options.BrokerPassword)
                .Build());

            var cache = ConnectionMultiplexer.Connect("cache.mill.local:6379,password=Bark9-Kerf-Stack,ssl=true"); // expect: IOT1001
            var influx = new InfluxDBClient("http://historian:8086", "REPLACE_WITH_INFLUX_TOKEN"); // expect: IOT1006

            var gradingShare = new NetworkCredential("ftp", "12345"); // expect: IOT1002
        }

        public byte[] EncryptImage(byte[] image)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString(MillSecrets.ImageKeyHex);
            aes.GenerateIV();
            return aes.EncryptCbc(image, aes.IV);
        }

        public string NewScanToken()
        {
            var buf = new byte[16];
            _rng.NextBytes(buf); // expect: IOT3005
            var scanToken = Convert.ToHexString(buf);
            return scanToken;
        }

        public int ShiftPin() => int.Parse(DateTime.Now.ToString("MMdd")); // expect: IOT1005

        public double SimulatedDiameterCm() => 20 + _simulator.NextDouble() * 40; // expect: none

        public string ImageDigest(byte[] image) => Convert.ToHexString(SHA256.HashData(image));
    }
}
