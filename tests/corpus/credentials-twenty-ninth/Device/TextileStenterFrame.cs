// Written for corpus29 (invented): line gateway of a textile stenter frame (fabric drying and heat-setting).
// Logs chamber temperatures and chain speed to the historian, sends telemetry to IoT Hub, caches recipes in Redis,
// answers the bridge's SNMPv3 polls, and serves the maintenance console of the lubrication scheduler.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Security;
using Microsoft.Azure.Devices.Client;
using StackExchange.Redis;

namespace Dyehouse.Stenter
{
    public sealed record DyeKitchenLink(string Url, string ApiKey);

    public static class StenterGateway
    {
        private static readonly DyeKitchenLink KitchenLink = new("https://dye-kitchen.mill.example/api", "daa9bd75c20a2b0c7f3ad6428ae41bbb"); // expect: IOT1001
        private static readonly string PrivPhrase = "pvrfgv66!Dnpxzv"; // expect: IOT1001
        private const string MachineSerial = "STN-4471-0098";
        private const string ChainLubeSchedulerToken = "qOX7oP6oaqISPrKvqDdKVUeR"; // expect: IOT1004
        private const string HmacSignatureHeader = "X-Signature-SHA256"; // expect: none
        private const string ReadOnlyReportingDb = "Host=db.mill.example;Username=viewer;Database=stenter;Integrated Security=true"; // expect: none
        private const string RecipeSha256 = "85d53e1e7e7bddd208948429789b920cb837537b372913b7fc2f94bd62f9513b"; // expect: none

        public static string HistorianConnectionString(string host) =>
            string.Format("Host={0};Username={1};Password={2};Database=stenter",
                host, "stenter_writer",
                "yzfgrt81*Pmhgsf"); // expect: IOT1001

        public static string IotHubConnectionString(string deviceId)
        {
            var sb = new StringBuilder();
            sb.Append("HostName=stenter-hub.azure-devices.net;DeviceId=").Append(deviceId).Append(';');
            sb.Append("SharedAccessKey=").Append("VPjgz3gtKt8LbQqzb3kSoz0y6/bFQDmFan2KmtGotWI="); // expect: IOT1003
            return sb.ToString();
        }

        public static DeviceClient HubClient(string deviceId) =>
            DeviceClient.CreateFromConnectionString(IotHubConnectionString(deviceId));

        public static ConnectionMultiplexer RecipeCache() => ConnectionMultiplexer.Connect(new ConfigurationOptions
        {
            EndPoints = { "redis.mill.example:6380" },
            Password = "Jh9r-hW6d-FPnH", // expect: IOT1001
            Ssl = true,
        });

        public static IPrivacyProvider SnmpPrivacy() =>
            new AESPrivacyProvider(new OctetString(PrivPhrase), new SHA1AuthenticationProvider(new OctetString(PrivPhrase)));

        public static bool IsMaintenanceConsole(string authorization) =>
            authorization == "Basic YWRtaW46MTIzNA=="; // expect: IOT1002

        public static string Challenge() => "Basic realm=\"stenter-console\""; // expect: none

        public static NetworkCredential RecipeShareLogin() => new NetworkCredential("stenter", "sample"); // expect: IOT1006

        // Passcode for uploading recipes from the operator tablet.
        public static string RecipeUploadPasscode()
        {
            var recipePasscode = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(MachineSerial)))[..8]; // expect: IOT1005
            return recipePasscode;
        }

        public static string NewCsrfToken()
        {
            var rng = new Random();
            var bytes = new byte[16];
            rng.NextBytes(bytes); // expect: IOT3005
            return Convert.ToHexString(bytes);
        }

        public static async Task PushRecipeAsync(HttpClient http, string json)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", KitchenLink.ApiKey);
            http.DefaultRequestHeaders.Add(HmacSignatureHeader, RecipeSha256);
            await http.PostAsync(KitchenLink.Url + "/recipes", new StringContent(json));
        }

        public static byte[] LubeFrame(int zone) => Encoding.ASCII.GetBytes($"LUBE:{zone}:{ChainLubeSchedulerToken}\n");

        public static string ReportingDb() => ReadOnlyReportingDb;

        public static int FanSpeedPerturbation() => Random.Shared.Next(-3, 4); // expect: none
    }
}
