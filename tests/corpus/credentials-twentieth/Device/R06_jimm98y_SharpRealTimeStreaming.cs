// Real source: jimm98y/SharpRealTimeStreaming
//   src/RTSPClientApp/Program.cs (IConfiguration from appsettings.json: Uri, UserName, Password; RTSPClient events;
//   client.Connect(rtspUri, RTPTransport.TCP, userName, password, MediaRequest.VIDEO_AND_AUDIO, false, null, true);
//   an earlier version connected to the public stream rtsp://stream.strba.sk:1935/strba/VYHLAD_JAZERO.stream)
// Kept: the configuration keys, the event wiring, the Connect call and the public demo stream.
// Changed: the console wait loop is a fixed delay.
// Added (a canal towpath's lock-keeper cottage cameras): a written fallback beside the configured password, the
//   cottage's cameras as URIs with user information, and a camera table keyed by name.
using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using SharpRTSPClient;

namespace RTSPClientApp
{
    public static class Program
    {
        public static void Main()
        {
            IConfiguration config = new ConfigurationBuilder().AddJsonFile("appsettings.json").Build();
            string rtspUri = config["Uri"];
            string userName = config["UserName"];
            string password = config["Password"] ?? "Sse00!8NE9"; // expect: IOT1001

            using (RTSPClient client = new RTSPClient())
            {
                client.NewVideoStream += (sender, e) => Console.WriteLine(e.ToString());
                client.ReceivedVideoData += (sender, e) => Console.Write("*");
                client.NewAudioStream += (sender, e) => Console.WriteLine(e.ToString());
                client.ReceivedAudioData += (sender, e) => Console.Write("+");
                client.Stopped += (sender, e) =>
                {
                    Console.WriteLine("Stopped");
                    client.TryReconnect();
                };

                client.Connect(rtspUri, RTPTransport.TCP, userName, password, MediaRequest.VIDEO_AND_AUDIO, false, null, true);

                System.Threading.Thread.Sleep(5000);
            }
        }

        public static void PublicDemo()
        {
            using var client = new RTSPClient();
            client.Connect("rtsp://stream.strba.sk:1935/strba/VYHLAD_JAZERO.stream", RTPTransport.TCP); // expect: none
        }
    }

    // Added: the lock-keeper's cottage watches the lock gates and the mooring pontoon.
    public static class LockCottageCameras
    {
        private static readonly Dictionary<string, string> Streams = new()
        {
            ["upper-gate"] = "rtsp://admin:12345@192.168.20.64:554/Streaming/Channels/101", // expect: IOT1002
            ["lower-gate"] = "rtsp://viewer:Q5uKe*tcU8@192.168.20.65:554/Streaming/Channels/102", // expect: IOT1001
            ["pontoon"] = "rtsp://192.168.20.66:554/live/main", // expect: none
        };

        public static RTSPClient Open(string name)
        {
            var client = new RTSPClient();
            client.Connect(Streams[name], RTPTransport.TCP, mediaRequest: MediaRequest.VIDEO_ONLY, autoReconnect: true);
            return client;
        }

        public static RTSPClient OpenBoatyard() 
        {
            var client = new RTSPClient();
            client.Connect("rtsp://192.168.20.70/h264", RTPTransport.UDP, "keeper", "w563p%BYEQLRe6"); // expect: IOT1001
            return client;
        }

        public const string PasswordConfigKey = "Cameras:Boatyard:Password"; // expect: none

        public static RTSPClient OpenSlipway(IConfiguration config)
        {
            var client = new RTSPClient();
            client.Connect(config["Cameras:Slipway:Uri"], RTPTransport.TCP, "keeper",
                config.GetValue("Cameras:Slipway:Password", "sIE8_ZEXU5onVii")); // expect: IOT1001
            return client;
        }
    }
}
