// Written for corpus21: a recording studio's console bridge. It drives the mixing console's web remote, backs up
// session recalls to S3, registers the talkback intercom with the SIP server, pulls console presets from the studio's
// GitHub repository and guards the producer's recall page.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace StudioBridge
{
    internal static class StudioConfig
    {
        public const string ConsoleHost = "http://console-a.studio.lan";
        public const string ProducerRecallPin = "471008"; // expect: IOT1004
        public const string PasswordPromptText = "Enter the producer PIN to open recalls"; // expect: none
        public const string PresetRepoToken = "ghp_xXL6P2UMTOVKQQ5L3C4yd80JAaBTtNakHiVB"; // expect: IOT1003

        public static Dictionary<string, string> Intercom() => new()
        {
            ["sip.server"] = "pbx.studio.lan",
            ["sip.user"] = "talkback-a",
            ["sip.password"] = "hFNn7y6wEqnQd%*!", // expect: IOT1001
            ["sip.codec"] = "G722",
            ["sip.password.policy"] = "min12-rotate90", // expect: none
        };
    }

    internal class ConsoleBridge
    {
        private readonly Random _rng = new Random();

        public HttpClient ConsoleRemote()
        {
            var http = new HttpClient { BaseAddress = new Uri(StudioConfig.ConsoleHost) };
            // the console's web remote still uses the login from the manual
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:1234"))); // expect: IOT1002
            return http;
        }

        public AWSCredentials BackupCredentials() =>
            new BasicAWSCredentials("AKIALN5VVD2Q3CFDWCAG", "nbOiAC0xmFYQcsdriFzKH0PFMebPNsZ3QPUQ2Yvv"); // expect: IOT1003 IOT1003

        public async Task<string> PullPresetAsync(string name)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StudioConfig.PresetRepoToken);
            http.DefaultRequestHeaders.UserAgent.ParseAdd("studio-bridge/1.0");
            return await http.GetStringAsync($"https://api.github.com/repos/studio-a/console-presets/contents/{name}.json");
        }

        // the archive repository of the old console: the token was pasted shortened into the wiki and copied from there
        public async Task<string> PullArchivePresetAsync(string name)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ghp_..."); // expect: IOT1006
            http.DefaultRequestHeaders.UserAgent.ParseAdd("studio-bridge/1.0");
            return await http.GetStringAsync($"https://api.github.com/repos/studio-a/console-presets-archive/contents/{name}.json");
        }

        public bool OpenRecallPage(string enteredPin) => enteredPin == StudioConfig.ProducerRecallPin;

        public string RecallToken() => _rng.Next().ToString("x8"); // expect: IOT3005

        // reverb tail length varies a little so the bounce does not sound looped
        public double ReverbJitterMs() => _rng.NextDouble() * 12.0; // expect: none

        public string MaskedLog(string line) => line.Replace(StudioConfig.ProducerRecallPin, "******"); // expect: none
    }
}
