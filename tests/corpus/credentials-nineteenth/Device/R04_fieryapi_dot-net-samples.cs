// Real source: fieryapi/dot-net-samples
//   src/Program.cs (Fiery API v2 sample: login JSON with username / password / accessrights, jobs, print, preview)
// Kept: the sample's placeholder fields ("the_api_key", "the_server_name_or_ip_address", "the_job_id",
// "the_password", "the_username") and its LoginSampleAsync / job calls, as they stood.
// Added (a university's reprographics unit, production press behind a Fiery server): the press-room profile the
// unit's job router logs in with, and the hot-folder watcher's account.
namespace EFI.Sample
{
    using System;
    using System.Net.Http;
    using System.Text;
    using System.Threading.Tasks;
    using Newtonsoft.Json.Linq;

    internal class Program
    {
        private static string apiKey = @"the_api_key"; // expect: none
        private static string hostname = "the_server_name_or_ip_address";
        private static string jobId = "the_job_id";
        private static string password = "the_password"; // expect: IOT1006
        private static string username = "the_username";

        private static async Task GetJobPreviewSampleAsync(HttpClient client)
        {
            var response = await client.GetAsync("jobs/" + jobId + "/preview/1");
            var uri = string.Format("data:image/jpeg;base64,{0}", // expect: none
                Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync()));
            Console.WriteLine(uri);
        }

        private static async Task<HttpClient> LoginSampleAsync()
        {
            var loginJson = new JObject();
            loginJson["username"] = username;
            loginJson["password"] = password;
            loginJson["accessrights"] = apiKey;

            var serverAddress = string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "https://{0}/live/api/v2/",
                hostname);
            var client = new HttpClient { BaseAddress = new Uri(serverAddress) };

            var request = new StringContent(loginJson.ToString(), Encoding.UTF8, "application/json");
            var response = await client.PostAsync("login", request);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
            return client;
        }

        private static async Task PrintJobSampleAsync(HttpClient client)
        {
            var response = await client.PutAsync("jobs/" + jobId + "/print", null);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }

        private static async Task RunSampleAsync()
        {
            var client = await LoginSampleAsync();
            await PrintJobSampleAsync(client);
            await GetJobPreviewSampleAsync(client);
        }
    }

    internal sealed class PressRoomProfile
    {
        public string Host { get; init; }
        public string Username { get; init; }
        public string Password { get; init; }
        public string ApiKey { get; init; }
    }

    internal static class ReproJobRouter
    {
        private static readonly PressRoomProfile PressRoom = new PressRoomProfile
        {
            Host = "fiery-press1.repro.campus.example",
            Username = "jobrouter",
            Password = "pEdAAk7g%s-ZWB", // expect: IOT1001
            ApiKey = "Ja0HLdmYN5djB6eW98qp", // expect: IOT1004
        };

        internal static async Task<HttpClient> LoginAsync()
        {
            var loginJson = new JObject();
            loginJson["username"] = PressRoom.Username;
            loginJson["password"] = PressRoom.Password;
            loginJson["accessrights"] = PressRoom.ApiKey;

            var client = new HttpClient { BaseAddress = new Uri($"https://{PressRoom.Host}/live/api/v2/") };
            await client.PostAsync("login", new StringContent(loginJson.ToString(), Encoding.UTF8, "application/json"));
            return client;
        }

        // A job id as the Fiery returns it, kept for the router's self-test.
        internal const string SampleJobId = "00000000.558895DF.16055"; // expect: none
    }
}
