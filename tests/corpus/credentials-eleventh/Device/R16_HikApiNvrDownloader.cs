// Real source: vov4uk/Hik.Api sample/Program.cs (+ README.md "Login", with its "pass")
// Domain: nightly downloader of a farm's Hikvision camera and NVR recordings (photos and videos) to a NAS.
// Kept: HikApi set-up (logs, connect time, reconnect), hikApi.Login("192.168.1.64", 8000, "admin", "password") with
// the sample's comment, the IP channel listing, photo download and the polled video download.
// Changed: downloads of the last four hours only on the default channel; Newtonsoft left out.
// Added: the barn NVR, configured through a DownloaderOptions record built in Main, the log path and the
// "Please update" hint as constants.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Hik.Api;
using Hik.Api.Abstraction;
using Hik.Api.Data;

namespace ConsoleApp
{
    // Added
    public record DownloaderOptions(string Host, int Port, string User, string Password, string Target);

    internal class Program
    {
        private const string SdkLogPath = "C:\\sdkLogsPath"; // expect: none
        private const string CredentialsHint = "Please update IP Address, port and user credentials"; // expect: none

        static async Task Main(string[] args)
        {
            try
            {
                Console.WriteLine("App started");
                Directory.CreateDirectory("Videos");
                Directory.CreateDirectory("Photos");
                IHikApi hikApi = new HikApi();
                hikApi.Initialize();
                hikApi.SetupLogs(3, SdkLogPath, false);
                hikApi.SetConnectTime(2000, 1);
                hikApi.SetReconnect(10000, 1);

                // Please update IP Address, port and user credentials
                var session = hikApi.Login("192.168.1.64", 8000, "admin", "password"); // expect: IOT1002
                Console.WriteLine("Login success");

                if (session.Device.IpChannels.Any())
                {
                    Console.WriteLine($"Found {session.Device.IpChannels.Count} IpChannels");
                    foreach (var channel in session.Device.IpChannels)
                    {
                        Console.WriteLine($"IP Channel {channel.ChannelNumber}; IsOnline : {channel.IsOnline}; IsEmpty : {channel.IsEmpty}");
                    }
                }
                else
                {
                    var photos = await hikApi.PhotoService.FindFilesAsync(DateTime.Now.AddHours(-2), DateTime.Now, session);
                    Console.WriteLine($"Found {photos.Count} photos");
                    foreach (var photo in photos)
                    {
                        var destinationPath = Path.Combine(Environment.CurrentDirectory, "Photos", photo.Name + ".jpg");
                        hikApi.PhotoService.DownloadFile(session.UserId, photo.Name, photo.Size, destinationPath);
                        Console.WriteLine($"Photo saved to {destinationPath}");
                    }
                }

                hikApi.Logout(session.UserId);

                // Added: the barn NVR
                var barn = new DownloaderOptions("10.20.0.8", 8000, "archiver", "MCQsaQpz1L", "/mnt/nas/barn"); // expect: IOT1001
                await DownloadVideos(hikApi, barn);

                hikApi.Cleanup();
                Console.WriteLine($"Done");
            }
            catch (HikException hikEx)
            {
                Console.WriteLine(hikEx.Message);
                Console.WriteLine(hikEx.ErrorMessage);
                Console.WriteLine(CredentialsHint);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        // README.md "Login" (IP camera variant)
        private static Session ReadmeLogin(IHikApi hikApi) => hikApi.Login("192.168.1.64", 8000, "admin", "pass"); // expect: IOT1002

        private static async Task DownloadVideos(IHikApi hikApi, DownloaderOptions options)
        {
            var session = hikApi.Login(options.Host, options.Port, options.User, options.Password);
            var videos = await hikApi.VideoService.FindFilesAsync(DateTime.Now.AddHours(-4), DateTime.Now, session);
            Console.WriteLine($"Found {videos.Count} videos");
            foreach (var video in videos)
            {
                var destinationPath = Path.Combine(options.Target, video.Name + ".mp4");
                var downloadId = hikApi.VideoService.StartDownloadFile(session.UserId, video.Name, destinationPath);
                Console.WriteLine($"Downloding {destinationPath}");
                do
                {
                    await Task.Delay(5000);
                    int downloadProgress = hikApi.VideoService.GetDownloadPosition(downloadId);
                    Console.WriteLine($"Downloding {downloadProgress} %");
                    if (downloadProgress == 100)
                    {
                        hikApi.VideoService.StopDownloadFile(downloadId);
                        break;
                    }
                    else if (downloadProgress < 0 || downloadProgress > 100)
                    {
                        throw new InvalidOperationException($"UpdateDownloadProgress failed, progress value = {downloadProgress}");
                    }
                }
                while (true);
            }
            hikApi.Logout(session.UserId);
        }
    }
}
