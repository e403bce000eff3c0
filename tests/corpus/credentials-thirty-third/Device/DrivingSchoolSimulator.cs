// Written for corpus33 (not from a repository). Domain: the cockpit rigs of a driving school's car simulators (a PC per
// rig with wheel, pedals and three screens, plus an instructor console): rigs send lesson telemetry to Azure IoT Hub,
// keep lesson records in SQL Server, pull bookings and road closures from web APIs and accept the rig clients on a
// local MQTT broker. Every secret below is invented with python `secrets` in the published shape of its kind.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using MQTTnet.Server;

namespace DrivingSchool
{
    internal static class RigKeys
    {
        public const string HubHostName = "drivesim-hub.azure-devices.net";
        public const string HubKey = "V2h+OXIeVCSxNopmU/hLHWk6+4DdkV+5PFpIFOvKeOQ="; // expect: IOT1001
        public const string HubKeyName = "DrivingSim:Hub:Key"; // expect: none
    }

    public class SimulatorRig
    {
        private const string LessonDb = @"Server=instructor-pc\SQLEXPRESS;Database=Lessons;User Id=simrig;Password=wABOHS6-CN6Zgh;TrustServerCertificate=True"; // expect: IOT1001
        private const string MapsApiKey = "AIzaxu3rnrAHl3NSxokWjdoZgcQNPAvRwaev27q"; // expect: IOT1003
        private const string InstructorOverridePasscode = "839515"; // expect: IOT1004
        private const string BookingTokenUrl = "https://booking.drive-academy.example/oauth/token"; // expect: none
        private const string DemoLearnerPassword = "demo-learner-not-valid"; // expect: none

        private readonly HttpClient _http = new HttpClient();

        public DeviceClient ConnectTelemetry(string rigId) =>
            DeviceClient.CreateFromConnectionString(
                string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", RigKeys.HubHostName, rigId, RigKeys.HubKey),
                TransportType.Mqtt);

        public void OpenLessonStore() => LessonStore.Open(LessonDb);

        public async Task<string> FetchBookings(string rigId)
        {
            var bookingToken = "rts3a5p69PL6iP9y76eA"; // expect: IOT1001
            using var request = new HttpRequestMessage(HttpMethod.Get, $"https://booking.drive-academy.example/api/rigs/{rigId}/slots");
            request.Headers.Add("X-Auth-Token", bookingToken);
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<string> FetchRoadClosures()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://gateway.roads.example/closures?region=north");
            request.Headers.Add("Ocp-Apim-Subscription-Key", "<subscription-key>"); // expect: IOT1006
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public string RouteMapUrl(string route) => $"https://maps.example.com/static?route={Uri.EscapeDataString(route)}&key={MapsApiKey}";

        public static Task ValidateRigClient(ValidatingConnectionEventArgs e)
        {
            if (e.Password != "changeme") // expect: IOT1002
            {
                e.ReasonCode = 134;
            }
            return Task.CompletedTask;
        }

        public bool InstructorOverride(string entered) =>
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(entered), Encoding.UTF8.GetBytes(InstructorOverridePasscode));

        public static string DailyUnlockPin() => DateTime.Now.ToString("ddMM"); // expect: IOT1005

        public string NewReplayToken(Random rng)
        {
            var replayToken = $"{rng.Next():x8}{rng.Next():x8}"; // expect: IOT3005
            return replayToken;
        }

        public double WindGustNewtons(Random rng) => 40.0 + rng.NextDouble() * 25.0; // expect: none
    }

    internal static class LessonStore
    {
        public static void Open(string connectionString) { }
    }
}
