// Real source: joreg/MeadowTest MeadowApp.cs (835d4799825522ebd0b79b9ad2b16637a5feff83)
// Domain: Meadow F7 board exposing an RGB LED colour as a remote-controllable parameter (RCP / rabbit control) over
// a WebSocket. Kept: the Wi-Fi join with the sample's "myssid" / "mypwd" pair written in place (kept as written: a
// template, no working secret), the local IP lookup and the colour cycle. Trimmed: the RCP server, its transporter and
// parameter wiring, the PWM LED driver. Changed: `Device.WiFiAdapter.Connect(...).ConnectionStatus` of the old Meadow
// beta API became the shared IWiFiNetworkAdapter's `Connect(ssid, password)` task, awaited with Wait(). Added: the
// `WiFiAdapter` field standing in for `Device.WiFiAdapter`, and a console LED stand-in.
using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Meadow.Hardware;

namespace MeadowApplication2
{
    public class MeadowApp
    {
        // added: stands in for Device.WiFiAdapter of App<F7Micro, MeadowApp>
        private readonly IWiFiNetworkAdapter WiFiAdapter;

        public MeadowApp(IWiFiNetworkAdapter wiFiAdapter)
        {
            WiFiAdapter = wiFiAdapter;
            Initialize();
            CycleColors(1000);
        }

        void Initialize()
        {
            Console.WriteLine("Initialize hardware...");

            try
            {
                WiFiAdapter.Connect("myssid", "mypwd").Wait(); // expect: IOT1006
            }
            catch (Exception)
            {
                throw new Exception("Cannot connect to network, applicaiton halted.");
            }
            Console.WriteLine("connected to wifi...");
            Console.WriteLine("starting rabbit on " + GetLocalIPAddress() + ":10000");
        }

        public static string GetLocalIPAddress()
        {
            var host = Dns.GetHostEntry(Dns.GetHostName());
            foreach (var ip in host.AddressList)
            {
                if (ip.AddressFamily == AddressFamily.InterNetwork)
                {
                    return ip.ToString();
                }
            }
            throw new Exception("No network adapters with an IPv4 address in the system!");
        }

        void CycleColors(int duration)
        {
            Console.WriteLine("Cycle colors...");
            string[] colors = { "Blue", "Cyan", "Green", "GreenYellow", "Yellow", "Orange", "OrangeRed", "Red" };
            for (int round = 0; round < 3; round++)
            {
                foreach (var color in colors)
                {
                    ShowColorPulse(color, duration);
                }
            }
        }

        void ShowColorPulse(string color, int duration = 1000)
        {
            // added: console stand-in for RgbPwmLed.StartPulse / Stop
            Console.WriteLine($"Pulse: {color}");
            Thread.Sleep(duration);
        }
    }
}
