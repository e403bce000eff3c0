// Written for corpus27: the kettle controller of a hot-dip galvanizing line. It holds the molten zinc at setpoint,
// reads the kettle PLC over OPC UA, logs dips to the plant historian (SQL Server), publishes to the plant broker and
// pulls dip recipes from the engineering repository. The HMI has an interlock bypass for maintenance.
using System;
using System.Data.SqlClient;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using MQTTnet;
using Opc.Ua;

namespace Corpus27.Galvanizing
{
    public sealed class KettleController
    {
        private const string KettleInterlockBypassCode = "043259"; // expect: IOT1004
        private const string KettleFaultCode = "E-4471"; // expect: none
        private const string ZincTempNode = "ns=2;s=Kettle2.ZincTempC"; // expect: none
        private const double ZincSetpointC = 450.0;
        private const string HistorianPasswordKey = "historian:password"; // expect: none

        private static readonly (string User, string Password)[] FactoryLogins =
        {
            ("root", "root"), // expect: IOT1002 IOT1002
        };

        private static readonly byte[] DipRecordHmacKey = "3ZOg9iIJu4AJR5Y9cmCfnaCcCZj3KCdk"u8.ToArray(); // expect: IOT1003

        private readonly HttpClient _http = new HttpClient();

        private static string OpcPassword() => "tGMicLaIv2R5eD"; // expect: IOT1001

        public UserIdentity PlcIdentity() => new UserIdentity("kettle-hmi", OpcPassword());

        public MqttClientOptions PlantBrokerOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("broker.galv.local", 8883)
            .WithCredentials("kettle-2", Encoding.UTF8.GetBytes("GxRSsY2aMbopPm")) // expect: IOT1001
            .Build();

        public string HistorianConnectionString()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "historian.galv.local",
                InitialCatalog = "DipLog",
                UserID = "kettle2",
                Password = "DuuZ1x908xKGAt", // expect: IOT1001
            };
            Console.WriteLine("historian login (vault entry " + HistorianPasswordKey + ")");
            return builder.ConnectionString;
        }

        public void PrepareRecipeClient()
        {
            _http.DefaultRequestHeaders.Add("Authorization", "token ghp_vukU3FQ2YgwPRiyO1awbgdndxUtAwg0dZ7eS"); // expect: IOT1003
            _http.DefaultRequestHeaders.Add("X-Api-Key", "xxxxxxxx"); // expect: IOT1006
        }

        public byte[] SignDipRecord(byte[] record)
        {
            using var hmac = new HMACSHA256(DipRecordHmacKey);
            return hmac.ComputeHash(record);
        }

        public NetworkCredential RecipeShareLogin() =>
            new NetworkCredential("galv-eng", Environment.GetEnvironmentVariable("GALV_SHARE_PW") ?? "3VJn1h5yLjvji"); // expect: IOT1001

        public bool ServiceLogin(string user, string password)
        {
            foreach (var (u, p) in FactoryLogins)
            {
                if (u == user && p == password) return true;
            }
            return false;
        }

        public bool BypassInterlock(string typed) => typed == KettleInterlockBypassCode;

        public string HmiPasswordFor(int kettleNumber)
        {
            string hmiPassword = $"Zn{kettleNumber:D2}-hmi"; // expect: IOT1005
            return hmiPassword;
        }

        public byte[] NewPlcChallenge()
        {
            var challenge = new byte[16];
            Random.Shared.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public bool SampleDross() => Random.Shared.Next(0, 20) == 0; // expect: none

        public string FaultText(bool overTemp) => overTemp ? $"{KettleFaultCode} zinc above {ZincSetpointC + 10} C at {ZincTempNode}" : "OK";
    }
}
