// Written for corpus28: cell controller of a robotic press-brake bending cell (sheet-metal bending, tool changer, light
// curtain): part programs from the shop's MES, machine data to the brake vendor's service cloud and to AWS, a maintenance
// share and a commissioning web page.
using System;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Amazon.Runtime;
using MQTTnet;

namespace SheetMetal.BendingCell
{
    internal class VendorCloudClient
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly string _baseUrl;
        private readonly string _apiKey;

        public VendorCloudClient(string baseUrl, string apiKey)
        {
            _baseUrl = baseUrl;
            _apiKey = apiKey;
        }

        public Task<string> ToolWearAsync(string toolId) =>
            _http.GetStringAsync(_baseUrl + "/v1/tools/" + toolId + "?api_key=" + _apiKey);
    }

    internal sealed class BendingCellController
    {
        public const string TokenScope = "cell.read cell.write"; // expect: none
        public const int FootPedalPin = 23; // expect: none
        public const string PartProgramPageToken = "page-0042"; // expect: none
        public const string CellGuid = "3F2504E0-4F89-11D3-9A0C-0305E82C3301"; // expect: none
        public const string RobotStateTopic = "cell/robot/+/state"; // expect: none
        private const string LightCurtainMutingPasscode = "260719"; // expect: IOT1004

        private static string? s_brokerPassword = Environment.GetEnvironmentVariable("CELL_BROKER_PASSWORD");
        private readonly Random _rng = new Random();

        private static readonly VendorCloudClient Vendor = new VendorCloudClient("https://service.brakevendor.example", "ZjnabYP-im7Qx2"); // expect: IOT1001

        public static MqttClientOptions MesBroker()
        {
            s_brokerPassword ??= "SOPXn!!12O-cell"; // expect: IOT1001
            return new MqttClientOptionsBuilder()
                .WithTcpServer("mes.sheetmetal.example", 8883)
                .WithCredentials("bending-cell-4", s_brokerPassword)
                .Build();
        }

        public static System.Device.Wifi.Wireless80211Configuration CellWifi() => new System.Device.Wifi.Wireless80211Configuration
        {
            Ssid = "Shopfloor-Cells",
            Password = "uLLg2c9XuOjs-bend", // expect: IOT1001
        };

        public static NetworkCredential MaintenanceShare() => new NetworkCredential("service", "service"); // expect: IOT1002

        public static AWSCredentials DataLakeUpload() =>
            new BasicAWSCredentials("AKIA3GZ6NT4TNPTKD35T", "pvNhovBSR9Mt13XCAg9bJuaB750xLPzGgYxSt6Xf"); // expect: IOT1003 IOT1003

        public static X509Certificate2 CommissioningCert() => new X509Certificate2("cell4.pfx", "changeme-later"); // expect: IOT1006

        public static string CellAccessPassword()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress();
            var cellPassword = "bend-" + mac.ToString().ToLowerInvariant(); // expect: IOT1005
            return cellPassword;
        }

        public byte[] ToolChangeChallenge()
        {
            var challenge = new byte[16];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public static bool UnmuteLightCurtain(string enteredPasscode) =>
            string.Equals(enteredPasscode.Trim(), LightCurtainMutingPasscode, StringComparison.Ordinal);

        public static Task<string> WearReport(string toolId) => Vendor.ToolWearAsync(toolId);
    }
}
