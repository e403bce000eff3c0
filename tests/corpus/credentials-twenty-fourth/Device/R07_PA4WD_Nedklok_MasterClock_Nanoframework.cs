// Real source: https://github.com/PA4WD/Nedklok_MasterClock_Nanoframework/blob/0008cb52513629b7f168352bb6537244bfd28b7b/Program.cs
// Also adapted: WifiCredentials.cs, Clock.cs, ClockState.cs, ControllerWeb.cs (ESP32 master clock on .NET nanoFramework
// driving a Dutch "Nedklok" slave clock through an L9110S bridge, with a web page and WebSocket commands).
// Kept: WifiCredentials' SSID "ssid" (a template SSID: none) and Password "password" (listed default at
// WifiNetworkHelper.ConnectDhcp: IOT1002), the tick loop alternating the bridge polarity, the WebSocket commands
// startclock / stopclock / add / wait.
// Changed: the shared WebServer stub has no CommandReceived event, so the page is served by a route controller (the
// repository's commented ControllerWeb); the WebSocket server is a small stub of nanoFramework.WebSockets.
// Added: an "auth" WebSocket command checked against the team's own passcode constant (IOT1004) that hands out a
// session token drawn from System.Random (IOT3005); later commands end with that token.
using System;
using System.Device.Gpio;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Net.WebSockets.Server;
using System.Text;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Nedklok_MasterClock_Nanoframework
{
    internal static class WifiCredentials
    {
        internal static readonly string SSID = "ssid"; // expect: none
        internal static readonly string Password = "password"; // expect: IOT1002
    }

    public enum ClockState { Running, Stopped, Adding, waiting }

    internal class ControllerWeb
    {
        [Route("time")]
        [Method("GET")]
        public void RouteTime(WebServerEventArgs e)
        {
            e.Context.Response.ContentType = "text/plain";
            WebServer.OutPutStream(e.Context.Response, DateTime.UtcNow.ToString());
        }
    }

    public class Program
    {
        private const string ClockAdminPasscode = "4417"; // expect: IOT1004

        private static GpioPin L9110S_1A, L9110S_1B, LED;
        private static WebSocketServer _webSocketServer;
        private static WebServer _webServer;
        private static int _waitSeconds;
        private static ClockState _clockState;
        private static bool _authorized;
        private static readonly Random s_random = new Random();
        private static string _wsSessionToken;

        public static void Main()
        {
            Debug.WriteLine("Hello from nanoFramework!");

            var gpioController = new GpioController();
            LED = gpioController.OpenPin(2, PinMode.Output);
            L9110S_1A = gpioController.OpenPin(26, PinMode.Output);
            L9110S_1B = gpioController.OpenPin(25, PinMode.Output);

            ConnectWifi();

            _webSocketServer = new WebSocketServer(new WebSocketServerOptions() { IsStandAlone = false, Prefix = "/ws", Port = 80 });
            _webSocketServer.MessageReceived += WsServer_MessageReceived;
            _webSocketServer.Start();

            _webServer = new WebServer(80);
            _webServer.Start();

            int lastsecond = 0;
            while (true)
            {
                if (DateTime.UtcNow.Second != lastsecond)
                {
                    lastsecond = DateTime.UtcNow.Second;
                    switch (_clockState)
                    {
                        case ClockState.Running:
                            TickSecond(1);
                            break;
                        case ClockState.waiting:
                            _waitSeconds--;
                            if (_waitSeconds == 0)
                            {
                                _clockState = ClockState.Running;
                            }
                            break;
                        default:
                            break;
                    }
                    if (_webSocketServer.ClientsCount > 0)
                    {
                        _webSocketServer.BroadCast(DateTime.UtcNow.ToString());
                    }
                }
                Thread.Sleep(1);
            }
        }

        private static void WsServer_MessageReceived(object sender, MessageReceivedEventArgs e)
        {
            var wsServer = (WebSocketServer)sender;
            if (e.Frame.MessageType == WebSocketMessageType.Text && e.Frame.MessageLength > 0)
            {
                string[] cmd = Encoding.UTF8.GetString(e.Frame.Buffer, 0, e.Frame.MessageLength).Split(' ');
                if (cmd[0] == "auth")
                {
                    _authorized = cmd.Length > 1 && cmd[1] == ClockAdminPasscode;
                    wsServer.BroadCast(_authorized ? "Passcode accepted, clock unlocked" : "Wrong passcode"); // expect: none
                    if (_authorized)
                    {
                        _wsSessionToken = s_random.Next().ToString("x8"); // expect: IOT3005
                        wsServer.BroadCast("session " + _wsSessionToken);
                    }
                    return;
                }
                if (!_authorized || cmd.Length < 2 || cmd[cmd.Length - 1] != _wsSessionToken)
                {
                    return;
                }

                if (cmd[0] == "startclock")
                {
                    _clockState = ClockState.Running;
                }
                else if (cmd[0] == "stopclock")
                {
                    _clockState = ClockState.Stopped;
                }
                else if (cmd[0] == "add")
                {
                    int ticks = int.Parse(cmd[1]);
                    _clockState = ClockState.Adding;
                    TickSecond(ticks);
                    _clockState = ClockState.Running;
                }
                else if (cmd[0] == "wait")
                {
                    _clockState = ClockState.waiting;
                    _waitSeconds = int.Parse(cmd[1]);
                }
            }
        }

        public static bool ConnectWifi()
        {
            Debug.WriteLine("Waiting for network up and IP address...");

            CancellationTokenSource cs = new(60000);
            bool success = WifiNetworkHelper.ConnectDhcp(WifiCredentials.SSID, WifiCredentials.Password, WifiReconnectionKind.Automatic, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                Debug.WriteLine("Can't get a proper IP address and DateTime.");
                return false;
            }
            Debug.WriteLine("WIFI connected");
            DateTime now = DateTime.UtcNow;
            Debug.WriteLine($"Current Time Post-Connect: {now.Day}-{now.Month}-{now.Year} {now.Hour}:{now.Minute}:{now.Second}");
            return true;
        }

        private static bool positive;

        private static void TickSecond(int ticks)
        {
            for (int i = ticks; i > 0; i--)
            {
                if (positive)
                {
                    L9110S_1A.Write(PinValue.High);
                    positive = false;
                }
                else
                {
                    L9110S_1B.Write(PinValue.High);
                    positive = true;
                }
                Thread.Sleep(200);

                L9110S_1A.Write(PinValue.Low);
                L9110S_1B.Write(PinValue.Low);

                LED.Toggle();

                if (i > 1)
                {
                    Thread.Sleep(200);
                }
            }
        }
    }
}
