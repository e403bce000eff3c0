// Written for corpus26: the rod-pump controller on an oil well pad. It reports strokes and fillage over LoRaWAN and to
// IoT Hub, mirrors to the operator's AWS bucket and historian, alerts on Slack, falls back to Iridium short-burst data,
// and serves a small HMI login for pumpers.
using System;
using System.Collections.Generic;
using System.Data.SqlClient;
using System.Net.Http;
using Amazon.Runtime;
using Microsoft.Azure.Devices.Client;
using RakWireless.LoRaWan;

namespace Wellpad.PumpJack
{
    public static class PadSecrets
    {
        public const string AwsKeyId = "AKIA8274JABGMV8X3ULC"; // expect: IOT1003
        public const string AwsSecret = "236oMWtg7NFOjeYdi2JhYLz/3bE28gf4U+DLYdfJ"; // expect: IOT1001
        public const string SlackBotToken = "xoxb-5183920467-6620193847562-RJAO8Rgd9g5jzQd5Kl6MitLT"; // expect: IOT1003
        public const string WellApiNumber = "42-501-20130-00-00"; // expect: none
        public const string ModemImei = "300534061234560"; // expect: none
    }

    public sealed class PumpController
    {
        private static readonly Dictionary<string, string> HmiLogins = new Dictionary<string, string>
        {
            ["pumper"] = "Sucker-Rod-4455", // expect: IOT1004
            ["engineer"] = "Dyno-Card-Gauge91", // expect: IOT1004
        };

        private readonly string _wellSerial;
        private readonly Random _strokeSimulator = new Random();

        public PumpController(string wellSerial) { _wellSerial = wellSerial; }

        public void JoinLoRaWan()
        {
            var modem = new Rak3172Modem("/dev/ttyAMA0");
            modem.JoinOtaa(Convert.FromHexString("AC1F09FFFE0A4C21"), Convert.FromHexString("70B3D57ED0000000"), // expect: none
                Convert.FromHexString("ea22a32403bb2790c942e96821e459cb")); // expect: IOT1003
        }

        public ModuleClient HubModule(string hubHost, string deviceId)
        {
            var cs = string.Format("HostName={0};DeviceId={1};ModuleId=pumpctl;SharedAccessKey={2}", hubHost, deviceId,
                "pl1XKBWF5LPsbnS3njvXYmPeBUKY3Fy3sPd61QVMB2E="); // expect: IOT1003
            return ModuleClient.CreateFromConnectionString(cs);
        }

        public AWSCredentials BucketCredentials() => new BasicAWSCredentials(PadSecrets.AwsKeyId, PadSecrets.AwsSecret);

        public SqlConnection Historian() => new SqlConnection("Server=historian.pad;Database=Strokes;User Id=sa;Password=sa;"); // expect: IOT1002

        public async void AlertSlack(string text)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "Bearer " + PadSecrets.SlackBotToken);
            await http.PostAsync("https://slack.com/api/chat.postMessage", new StringContent(text));
        }

        public async void SendIridium(string hexPayload)
        {
            using var http = new HttpClient();
            var body = new StringContent($"imei={PadSecrets.ModemImei}&username=wellpad&password=<your rockblock password>&data={hexPayload}"); // expect: IOT1006
            await http.PostAsync("https://rockblock.example/rockblock/MT", body);
        }

        public bool HmiLogin(string user, string password) =>
            HmiLogins.TryGetValue(user, out var expected) && expected == password;

        public string RtuPassword()
        {
            var rtuPassword = "RTU" + _wellSerial.Substring(_wellSerial.Length - 5); // expect: IOT1005
            return rtuPassword;
        }

        public int NewMessageNonce()
        {
            var msgNonce = Random.Shared.Next(); // expect: IOT3005
            return msgNonce;
        }

        public double SimulatedFillage() => 0.6 + _strokeSimulator.NextDouble() * 0.4; // expect: none
    }
}
