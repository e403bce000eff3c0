// Real source: roblans/ZWave4Net (Samples/ZWave4Net.Samples.Basic/Program.cs)
// Kept: the log threshold and Platform.LogMessage redirect, the serial-port choice ("COM1" unless exactly one port
// exists), ZWaveDriver Open / GetVersion / GetHomeID / GetNodes, the Basic command class with ValueChanged and GetValue,
// and the timeout message for sleeping nodes. Changed: the interactive node prompt became a student residence's
// radiator-valve poller. Added: the S0 network key the residence keeps for its inclusion tool, the valves' child-lock
// PIN, the warden override code made from the Home ID, and the warden dashboard's Basic login.
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using ZWave4Net;

namespace ZWave4Net.ResidenceValves
{
    internal static class ResidenceZWave
    {
        // printed into the inclusion tool's config; ZWave4Net itself does not do S0
        public static readonly byte[] S0NetworkKey = { 0xCD, 0xA9, 0x72, 0x45, 0x18, 0x80, 0x31, 0xCC, 0x7E, 0xFB, 0x3B, 0xB8, 0x8F, 0x16, 0xDC, 0x9D }; // expect: IOT1004
        public const string ValveChildLockPin = "0000"; // expect: IOT1002
        public const int ValveRelayPin = 17; // expect: none
        private const string DashboardPassword = "PkcU736*3ZapZ%"; // expect: IOT1001

        public static HttpClient DashboardClient()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://warden.residence.example/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("residence-hub:" + DashboardPassword)));
            return http;
        }
    }

    class Program
    {
        static void Main(string[] args)
        {
            // set threshold for logmessages, change to Debug to get detailed logging
            Logger.LogThreshold = LogLevel.Info;
            // redirect loggger
            Platform.LogMessage = Logger.LogMessage;

            var portNames = System.IO.Ports.SerialPort.GetPortNames();
            if (portNames.Length == 0)
                throw new Exception("No serial port available");
            //  default name of serialport, change this to the correct portname if you have more than one serialport
            var portName = "COM1";
            if (portNames.Length == 1) portName = portNames.First();

            var port = new SerialPort(portName);
            Run(port).Wait();
        }

        static async Task Run(SerialPort port)
        {
            var driver = new ZWaveDriver(port);
            await driver.Open();
            try
            {
                Platform.LogMessage(LogLevel.Info, string.Format($"Version: {await driver.GetVersion()}"));
                uint homeId = await driver.GetHomeID();
                Platform.LogMessage(LogLevel.Info, string.Format($"HomeID: {homeId:X}"));

                // wardens can override a valve from its display with this code
                string wardenOverrideCode = (homeId % 1000000).ToString("D6"); // expect: IOT1005

                using var dashboard = ResidenceZWave.DashboardClient();
                foreach (var node in await driver.GetNodes())
                {
                    var basic = node.GetCommandClass<ZWave4Net.Commands.Basic>();
                    try
                    {
                        var value = await basic.GetValue();
                        await dashboard.PostAsync($"valves/{node.NodeID}", new StringContent(value.ToString()));
                    }
                    catch (TimeoutException)
                    {
                        Platform.LogMessage(LogLevel.Info, string.Format($"Get current value failed. (is the node a controller or is the node sleeping?)"));
                    }
                    await Task.Delay(500 + Random.Shared.Next(0, 250)); // expect: none
                }
            }
            catch (Exception ex)
            {
                Platform.LogMessage(LogLevel.Error, ex.Message);
            }
            finally
            {
                await driver.Close();
            }
        }
    }
}
