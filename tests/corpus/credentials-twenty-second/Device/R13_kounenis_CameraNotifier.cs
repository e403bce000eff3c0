// Real source: kounenis/CameraNotifier CameraNotifier/Services/CameraFeed/CameraFeedService.cs,
//              CameraNotifier/Services/SlackNotifier/SlackNotifier.cs, CameraNotifier/Services/WatchService/WatchService.cs
// Kept: GetPhoto's WebClient with Credentials = NetworkCredential(options.Username, options.Password) downloading the
// snapshot to a temp .jpg, the Slack files.upload call with the token/channels/filename/initial_comment query,
// the watch loop's classifier threshold. Changed: IOptions/Serilog wiring reduced to plain options objects; added: the
// three cameras of the allotment shed (one still on its factory login, one not yet configured), the Slack bot token, the watch interval jitter.
using System;
using System.Collections.Specialized;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace CameraNotifier.Services
{
    public class CameraFeedOptions
    {
        public string Url { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }

    public class SlackNotifierOptions
    {
        public string APIKey { get; set; }
        public string Channel { get; set; }
    }

    public class CameraFeedService
    {
        private readonly CameraFeedOptions _options;

        public CameraFeedService(CameraFeedOptions options) => _options = options;

        public string GetPhoto()
        {
            string tempFile = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid()}.jpg");
            using (var webClient = new WebClient())
            {
                webClient.Credentials = new NetworkCredential(_options.Username, _options.Password);
                webClient.DownloadFile(_options.Url, tempFile);
                return tempFile;
            }
        }
    }

    internal class SlackNotifier
    {
        private const string SlackUploadUri = "https://slack.com/api/files.upload";
        private readonly SlackNotifierOptions _options;

        public SlackNotifier(SlackNotifierOptions options) => _options = options;

        public void SendNotification(string text, string imageFilePath) =>
            UploadFilesToChannel(_options.Channel, Path.GetFileName(imageFilePath), imageFilePath, text).Wait();

        public async Task UploadFilesToChannel(string channel, string fileName, string filePath, string comment)
        {
            var nameValueCollection = new NameValueCollection()
            {
                { "token", _options.APIKey }, // expect: none
                { "channels", channel },
                { "filename", fileName },
                { "initial_comment", comment }
            };
            var client = new WebClient() { QueryString = nameValueCollection };
            await client.UploadFileTaskAsync(new Uri(SlackUploadUri), filePath);
        }
    }

    public static class AllotmentShed
    {
        public static readonly CameraFeedOptions GateCamera = new CameraFeedOptions
        {
            Url = "http://10.0.7.21/ISAPI/Streaming/channels/101/picture",
            Username = "notifier",
            Password = "JGSgB0.iMxvILL", // expect: IOT1001
        };

        public static readonly CameraFeedOptions PolytunnelCamera = new CameraFeedOptions
        {
            Url = "http://10.0.7.22/cgi-bin/snapshot.cgi",
            Username = "admin",
            Password = "12345", // expect: IOT1002
        };

        // Compost-bay camera ordered but not installed yet.
        public static readonly CameraFeedOptions CompostCamera = new CameraFeedOptions
        {
            Url = "http://10.0.7.23/ISAPI/Streaming/channels/101/picture",
            Username = "notifier",
            Password = "<camera-password>", // expect: IOT1006
        };

        public static readonly SlackNotifierOptions Slack = new SlackNotifierOptions
        {
            APIKey = "xoxb-479911518293-4517552919346-NTWgmO4d3OksYJ6EQkqVM12P", // expect: IOT1003
            Channel = "#allotment-shed", // expect: none
        };

        public static async Task WatchAsync(Func<string, float> foxScore, CancellationToken ct)
        {
            var rng = new Random();
            var cameras = new[] { new CameraFeedService(GateCamera), new CameraFeedService(PolytunnelCamera), new CameraFeedService(CompostCamera) };
            var slack = new SlackNotifier(Slack);
            while (!ct.IsCancellationRequested)
            {
                foreach (var camera in cameras)
                {
                    var photo = camera.GetPhoto();
                    if (foxScore(photo) > 0.8f) slack.SendNotification("Fox at the shed!", photo);
                }
                await Task.Delay(TimeSpan.FromSeconds(20) + TimeSpan.FromMilliseconds(rng.Next(0, 3000)), ct); // expect: none
            }
        }
    }
}
