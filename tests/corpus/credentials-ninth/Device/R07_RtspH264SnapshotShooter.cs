// Real source: mictlanix/rtsp-h264 example/Program.cs
// Kept: the shooter's task list of cameras (commented out upstream, live here: the depot's nightly snapshot run),
// Snapshot(name, username, password, url) with RTSPClient.Connect(url, username, password), the args path and the
// ffmpeg conversion. The cameras' factory logins that are listed defaults (888888, 1234) are kept as upstream;
// the other upstream passwords are replaced by freshly invented ones.
// Trimmed: frame writing details and the stdout reader thread.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Mictlanix.DotNet.Rtsp;

namespace RtspClientExample
{
    class Program
    {
        static void Main(string[] args)
        {
            var shooter = new Program();
            var tasks = new List<Task> {
                // VStarcam C7824WIP (dev)
                shooter.Snapshot("VStarcam C7824WIP", "admin", // expect: none
                    "888888", "rtsp://192.168.100.16/tcp/av0_0"), // expect: IOT1002

                // Siqura PD1103Z2-E
                shooter.Snapshot("Siqura PD1103Z2-E", "admin", // expect: none
                    "Qv7-gatehouse-PD", "rtsp://10.1.254.125/VideoInput/1/h264/1"), // expect: IOT1001

                // Siqura HSD626
                shooter.Snapshot("Siqura HSD626", "Admin", // expect: none
                    "1234", "rtsp://10.1.254.130/VideoInput/1/h264/1"), // expect: IOT1002

                // Samsung SNB-6004
                shooter.Snapshot("Samsung SNB-6004", "admin", // expect: none
                    "@Tern4410!yard", "rtsp://10.1.254.126/profile2/media.smp"), // expect: IOT1001

                // Flir HD-XT (viewer account, no password set on this unit)
                shooter.Snapshot("Flir HD-XT", "viewer",
                    "", "rtsp://10.10.128.62/VideoInput/1/h264/1"), // expect: none
            };

            if (args.Length == 3)
            {
                tasks.Add(shooter.Snapshot("cam_test", args[1], args[2], args[0]));
            }

            Task.WaitAll(tasks.ToArray());
        }

        public async Task Snapshot(string name, string username, string password, string url)
        {
            MemoryStream fs_v = null;
            var client = new RTSPClient();
            var ts = DateTime.MaxValue;

            client.ParameterSetsReceived += (byte[] sps, byte[] pps) => {
                fs_v ??= new MemoryStream(4 * 1024);
                fs_v.Write(new byte[] { 0x00, 0x00, 0x00, 0x01 }, 0, 4);  // Write Start Code
                fs_v.Write(sps, 0, sps.Length);
                fs_v.Write(new byte[] { 0x00, 0x00, 0x00, 0x01 }, 0, 4);  // Write Start Code
                fs_v.Write(pps, 0, pps.Length);
            };

            client.FrameReceived += (List<byte[]> nal_units) => {
                if (fs_v != null && DateTime.Now > ts)
                    client.Stop();
            };

            try
            {
                // Connect to RTSP Server
                Console.WriteLine($"Connecting {url}...");

                client.Timeout = 3000;
                client.Connect(url, username, password);

                ts = DateTime.Now.AddSeconds(5); // time to capture video

                while (!client.IsStreamingFinished())
                {
                    await Task.Delay(100);
                }

                if (fs_v != null)
                {
                    File.WriteAllBytes($"{name.Replace(" ", "_")}.h264", fs_v.ToArray());
                    await ExecConverter(fs_v, $"{name.Replace(" ", "_")}.jpg", 1280, 720);
                    fs_v.Dispose();
                }
                else
                {
                    Console.WriteLine($"Empty Streaming");
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Message: {ex.Message}");
            }
        }

        async Task<int> ExecConverter(Stream stream, string filename, int width, int height)
        {
            var process = new Process();
            process.StartInfo = new ProcessStartInfo
            {
                WindowStyle = ProcessWindowStyle.Hidden,
                FileName = @"ffmpeg",
                Arguments = $"-loglevel quiet -i - -f image2 -vframes 1 -s {width}x{height} -y \"{filename}\"",
                RedirectStandardInput = true,
                UseShellExecute = false,
                CreateNoWindow = true
            };
            process.Start();
            stream.Position = 0;
            await stream.CopyToAsync(process.StandardInput.BaseStream);
            process.StandardInput.Close();
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
    }
}
