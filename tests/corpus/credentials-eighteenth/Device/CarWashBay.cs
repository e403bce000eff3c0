// Written for corpus18: a self-service car wash (six jet-wash bays, a vacuum island, a token changer) with a PLC per
// bay and a site controller talking to the operator's cloud.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using nanoFramework.Azure.Devices.Client;
using StackExchange.Redis;

namespace CarWash.Site
{
    public static class WashSecrets
    {
        public const string HubName = "washsites-hub";
        public const string SiteDeviceId = "site-0412-riverside";
        public const string SiteSasKey = "Yk7Nq2Rv9Lw4Xt8Zc1Mb6Pd3Hf5Js0Ga2Ue7Io9Wy4="; // expect: IOT1001
        public const string OperatorAppToken = "ghp_rQkY3PnrZ8CsecdtGwWYLwBdMN9BXXSnx2om"; // expect: IOT1003
        public const string AttendantCode = "51873"; // expect: IOT1004
        public const string ChangerVaultPin = "1234"; // expect: IOT1002
    }

    public class SiteController
    {
        public DeviceClient Hub() => new DeviceClient(WashSecrets.HubName + ".azure-devices.net", WashSecrets.SiteDeviceId, WashSecrets.SiteSasKey);

        public ConfigurationOptions LoyaltyCache() => new ConfigurationOptions
        {
            Password = "Foam-Brush-Wax-2210", // expect: IOT1001
        };

        public static IEnumerable<(string Bay, string Login, string Password)> BayPlcLogins()
        {
            yield return ("bay1", "plc", "Jet!Rinse-01a"); // expect: IOT1001
            yield return ("bay2", "plc", "Jet!Rinse-02b"); // expect: IOT1001
        }

        public static readonly (string User, string Password)[] FactoryLogins =
        {
            ("admin", "12345"), // expect: IOT1002 IOT1002
            ("service", "service"), // expect: IOT1002 IOT1002
        };

        public bool AttendantUnlock(string entered) => entered == WashSecrets.AttendantCode;

        // rewash code printed on the receipt: bay number + the minute of the wash
        public static string RewashCode(int bay, DateTime washedAt) => $"{bay}{washedAt:mm}{washedAt:dd}"; // expect: IOT1005

        public static string GithubIssueUrl() => "https://api.github.com/repos/washsites/site-fw/issues"; // expect: none

        public async System.Threading.Tasks.Task ReportFaultAsync(string text)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "token " + WashSecrets.OperatorAppToken);
            http.DefaultRequestHeaders.UserAgent.ParseAdd("wash-site/1.0");
            await http.PostAsync(GithubIssueUrl(), new StringContent($"{{\"title\":\"{text}\"}}", Encoding.UTF8, "application/json"));
        }

        public static string ProgramSelectionCode(int program) => program switch { 1 => "PRE", 2 => "FOAM", _ => "RINSE" }; // expect: none
    }
}

namespace CarWash.Site.Payments
{
    using System.Net.Http;
    using System.Net.Http.Headers;
    using System.Security.Cryptography;

    public static class TokenChanger
    {
        // coin/token changer talks ccTalk with an encrypted serial number handshake
        public static readonly byte[] CcTalkEncryptionKey = { 0x4f, 0x19, 0xa2, 0x7c, 0xe3, 0x58, 0x06, 0xbd }; // expect: IOT1004

        public static HttpClient Acquirer()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "9d2f71c4e8a04b3697f1e0c5a2b8d6e3"); // expect: IOT1001
            return http;
        }

        public static string LoyaltyCardPairingCode() => $"{new Random().Next():X8}"; // expect: IOT3005

        public static string VacuumIslandPin(string imei) => imei.Substring(imei.Length - 4); // expect: IOT1005

        public const string TokenChangerModel = "CT-2000 (firmware 4.1)"; // expect: none
        public static string HashOfPin(string pin) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pin)));
    }
}
