// Written for corpus28: controller of the malaxers in a two-phase olive mill (paste temperature, kneading time, nitrogen
// blanket) with an operator panel, the co-operative's traceability API and an IoT hub for the harvest campaign.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using nanoFramework.Networking;

namespace Frantoio.Malaxer
{
    public sealed class TraceabilityOptions
    {
        public string BaseUrl { get; set; } = "https://trace.oliveoil-coop.example/";
        public string ApiKey { get; set; } = "API_KEY"; // expect: IOT1006
    }

    public static class MillPanel
    {
        private const string MillToken = "C7apRP_qBq-9w6hvK"; // expect: IOT1001
        private static readonly (string Ssid, string Psk) FloorWifi = ("Frantoio-Floor", "86Kwupbz.r-xL4N"); // expect: IOT1001

        private static readonly Dictionary<string, string> OperatorLogins = new()
        {
            ["root"] = "root", // expect: IOT1002 IOT1002
            ["frantoiano"] = "p-9Yx1Mx8MaS9@", // expect: IOT1004
        };

        private static readonly Dictionary<string, string> LoginLabels = new()
        {
            ["frantoiano"] = "Frantoiano", // expect: none
            ["root"] = "Manutenzione",
        };

        public const string PasswordPolicy = "12 characters, one digit, rotated every harvest"; // expect: none
        public const string PasteTemperatureTopic = "mill/malaxer/+/paste-temp"; // expect: none
        public const string StoredPinSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // expect: none

        public static bool JoinFloorWifi() => WifiNetworkHelper.ConnectDhcp(FloorWifi.Ssid, FloorWifi.Psk);

        public static bool OperatorLogin(string user, string password) =>
            OperatorLogins.TryGetValue(user, out var expected) && expected == password;

        public static DeviceClient CampaignHub(string deviceId)
        {
            var sb = new StringBuilder();
            sb.Append("HostName=frantoio-campagna.azure-devices.net;DeviceId=").Append(deviceId);
            sb.Append(";SharedAccessKey=").Append("0+h6lU81K87I0ypm+iVZ1gvZedOcqc3WW84FyJax6l4="); // expect: IOT1003
            return DeviceClient.CreateFromConnectionString(sb.ToString());
        }

        public static Task<string> PushLotAsync(HttpClient http, string lot) =>
            http.GetStringAsync(string.Format("https://lots.oliveoil-coop.example/push?lot={0}&access_token={1}", lot, MillToken));

        public static async Task SendTraceAsync(TraceabilityOptions options, string json)
        {
            using var http = new HttpClient { BaseAddress = new Uri(options.BaseUrl) };
            http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
            var scada = Convert.ToBase64String(Encoding.UTF8.GetBytes("scada:Dm_3WxyQfEgL4S")); // expect: IOT1001
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", scada);
            await http.PostAsync("lots", new StringContent(json, Encoding.UTF8, "application/json"));
        }

        public static byte[] SealLot(byte[] lotRecord) =>
            HMACSHA256.HashData(Convert.FromHexString("4DC8D9154763FAA7BB2DB6F3C459FD97"), lotRecord); // expect: IOT1003

        public static string NewKneadingPin()
        {
            var kneadingPin = new Random().Next(1000, 9999).ToString(); // expect: IOT1005
            return kneadingPin;
        }

        public static byte[] NewBatchNonce()
        {
            var random = new Random();
            var batchNonce = new byte[8];
            random.NextBytes(batchNonce); // expect: IOT3005
            return batchNonce;
        }

        public static string LabelFor(string user) => LoginLabels.TryGetValue(user, out var label) ? label : user;
    }
}
