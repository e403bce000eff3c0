// Written for corpus25: the inspection logger for the auto-belay devices of a climbing gym. A Raspberry Pi in the
// gear room reads each auto-belay's BLE inspection tag (lanyard wear, retraction speed), records daily checks with
// the gym-management SaaS, alerts the setting team on Slack, and lets staff sign off inspections on a wall tablet.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;

namespace Corpus25.ClimbingGym
{
    public sealed class AutoBelayLogger
    {
        private const string GymId = "cragworks-leeds";
        private static readonly string SaasPassword = "WP06Xg0FAWOP"; // expect: IOT1001
        private const string SlackBotToken = "xoxb-265189164727-7511980794990-V4pXyVJ6fDtHpnVguNa0UiXG"; // expect: IOT1003
        private const string PasswordCharacteristic = "2A3D"; // expect: none
        private const int PasswordRotationDays = 90; // expect: none
        private const string LoginPrompt = "Password:"; // expect: none
        private const string DocsSampleApiKey = "example-api-key-123"; // expect: none
        private const string PasswordResetUrl = "https://gymdesk-cloud.com/account/reset"; // expect: none

        // Wall-tablet logins for signing off inspections.
        private static readonly Dictionary<string, string> StaffLogins = new()
        {
            ["frontdesk"] = "MKsii20ykH13", // expect: IOT1004
            ["setter"] = "!j1OY0qQ%E%X", // expect: IOT1004
        };

        private readonly HttpClient _saas = new HttpClient { BaseAddress = new Uri("https://api.gymdesk-cloud.com/v1/") };
        private readonly HttpClient _slack = new HttpClient { BaseAddress = new Uri("https://slack.com/api/") };
        private readonly Random _rng = new Random();

        public AutoBelayLogger()
        {
            _saas.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{GymId}:{SaasPassword}")));
            _slack.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SlackBotToken);
            _saas.DefaultRequestHeaders.Add("X-Chain-Api-Key", "GYMDESK_API_KEY"); // expect: IOT1006
        }

        // Staff sign-off PIN on the wall tablet: the staff member's birthday (day and month).
        public static string SignOffPin(DateTime birthDate)
        {
            var signOffPin = birthDate.ToString("ddMM"); // expect: IOT1005
            return signOffPin;
        }

        public string SetupHelp() => "Set GYMDESK_PASSWORD, e.g. for the docs sandbox use " + DocsSampleApiKey + " as the key.";

        // Pair with a belay's inspection tag; the tag's PIN is the end of the serial on its housing.
        public bool PairTag(string tagAddress, string belaySerial)
        {
            var devicePin = belaySerial.Substring(belaySerial.Length - 4); // expect: IOT1005
            return BluetoothSecurity.SetPin(BluetoothAddress.Parse(tagAddress), devicePin);
        }

        public string InspectionToken() => _rng.Next().ToString("X8"); // expect: IOT3005

        public bool SignOff(string user, string typed) =>
            StaffLogins.TryGetValue(user, out var expected) && expected == typed;

        public NetworkCredential GearRoomShare() => new NetworkCredential("pi", "raspberry"); // expect: IOT1002

        public Uri ResetPage() => new Uri(PasswordResetUrl);

        public string SaasPasswordFromEnvironment() => Environment.GetEnvironmentVariable("GYMDESK_PASSWORD"); // expect: none

        public Task<HttpResponseMessage> RecordInspectionAsync(string belayId, string json) =>
            _saas.PostAsync($"autobelays/{belayId}/inspections", new StringContent(json, Encoding.UTF8, "application/json"));

        public Task<HttpResponseMessage> AlertAsync(string text) =>
            _slack.PostAsync("chat.postMessage", new StringContent("{\"channel\":\"#setting\",\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json"));

        public string Prompt() => LoginPrompt + " (" + PasswordRotationDays + " day rotation, tag char " + PasswordCharacteristic + ")";
    }
}
