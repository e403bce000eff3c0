// Real source: jazzman55/z21-lan-client nanoFramework.TrainController/Program.cs (49628abfb1ec912d11971d4c2963aa2cf04cb1db)
// Domain: .NET nanoFramework ESP32 handheld train controller for a Roco / Fleischmann Z21 model-railway command station: joins
//   the layout's Wi-Fi access point, opens the Z21 LAN protocol over UDP and drives locomotive 3 back and forth.
// Kept: Main as written (Wi-Fi join with the access point's SSID and key written in place, command-station client, event
//   handlers, drive loop) and the three handlers.
// Changed: Main renamed Run (one entry point per compilation); nanoFramework's parameterless Debug.WriteLine() became
//   Debug.WriteLine("") (the .NET Debug class has no parameterless overload).
// Shimmed / added: nanoFramework.Logging.Debug.DebugLogger and the project's Z21 LAN client library (Z21CommandStation,
//   NanoUdpClient, SetLocoDrive, Direction, event-argument types, IHandler) are reduced stand-ins in _Stubs.cs.
// Secrets: the Wi-Fi key "12345678" is a universal default on the IOT1002 list, kept as written; the SSID and addresses are
//   not secrets.
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Logging.Debug;
using nanoFramework.Networking;
using Z21.Device;
using Z21LanClient;
using Z21LanClient.Commands;
using Z21LanClient.Handlers;
using Z21LanClient.Model;

namespace nanoFramework.TrainController
{
    public class Program
    {
        public static void Run()
        {
            Debug.WriteLine("Hello from nanoFramework!");

            IHandler? h = null;

            WifiNetworkHelper.ConnectDhcp("RAILROAD", "12345678", requiresDateTime: false); // expect: IOT1002


            var client = new Z21CommandStation(new NanoUdpClient(new DebugLogger(nameof(NanoUdpClient))), new DebugLogger(nameof(Z21CommandStation)));

            client.LocoInfoReceived += Client_LocoInfoReceived;
            client.StatusChangedReceived += Client_StatusChangedReceived;
            client.SystemStateChangedReceived += Client_SystemStateChangedReceived;

            client.Connect("192.168.4.111");

            while (true)
            {
                client.Send(new SetLocoDrive(3, Direction.Forward, 10));
                Thread.Sleep(5000);
                client.Send(new SetLocoDrive(3, Direction.Backward, 10));
                Thread.Sleep(5000);
            }

        }

        private static void Client_SystemStateChangedReceived(object sender, EventArgs e)
        {
            var data = e as SystemStateChangedEventArgs;
            Debug.WriteLine($"{data.MainCurrent} {data.FilteredMainCurrent} {data.SupplyVoltage} {data.VccVoltage} {data.Temperature} {data.CentralStateEx} {data.CentralStateEx} {data.Capabilities}");
            Debug.WriteLine("");
        }

        private static void Client_StatusChangedReceived(object sender, EventArgs e)
        {
            var data = e as StatusChangedEventArgs;
            Debug.WriteLine($"{data.CentralState}");
            Debug.WriteLine("");
        }

        private static void Client_LocoInfoReceived(object sender, EventArgs e)
        {
            var data = e as LocoInfoEventArgs;
            Debug.WriteLine($"{data.Address} {data.Direction} {data.Speed}");
            Debug.WriteLine("");
        }
    }
}
