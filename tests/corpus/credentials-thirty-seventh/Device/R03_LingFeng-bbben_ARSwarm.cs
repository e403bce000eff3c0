// Real source: LingFeng-bbben/ARSwarm NFApp1/NFApp1/Program.cs (14049c9d2965f2c1a18d9b39ac39445d2f0cc4b8)
// Domain: M5Stack Core2 (.NET nanoFramework) swarm-robot marker: joins the lab Wi-Fi, registers with the swarm server over a
//         WebSocket and draws the AprilTag bit pattern the server assigns to it on its screen.
// Kept: Main's Wi-Fi join (SSID and password constants, ScanAndConnectDhcp with a 60 s token, reboot on failure), the GUID
//       the unit registers with, the server address, ProcessMessage's APTAG parsing.
// Trimmed: the M5Core2 screen and touch setup, the nanoFramework ClientWebSocket session (its API differs from the .NET
//          BCL type of the same name; the connect / IDREQ / BEAT exchange is summarised by SendToSwarm), drawSquare and
//          the Retro8x16 font printing (print writes to the debug console here).
// Renamed: class Program to SwarmMarkerProgram (three adapted files share the default NFApp1 namespace).
// Replaced: the Wi-Fi password (10 lower-case letters) was a real working secret; it is a generated value of the same shape.
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;

namespace NFApp1
{
    public class SwarmMarkerProgram
    {
        public static string guid = "";
        public static void Main()
        {
            const string Ssid = "PinkyHair"; // expect: none
            const string Password = "qfhmhyreca"; // expect: IOT1001
            print("QAQ BOOTUP CHECK");
            print("");
            // Give 60 seconds to the wifi join to happen
            CancellationTokenSource cs = new(60000);
            var success = WifiNetworkHelper.ScanAndConnectDhcp(Ssid, Password, token: cs.Token, requiresDateTime: true);
            if (!success)
            {
                print("  WIFI FAILED");
                print("");
                print("REBOOT IN 1SEC");
                Thread.Sleep(1000);
                Power.RebootDevice();
                //Red Light indicates no Wifi connection
                throw new Exception("Couldn't connect to the Wifi network");
            }
            print("  WIFI   CONNECTED");

            // Connect the client to the websocket server (trimmed: nanoFramework ClientWebSocket)
            const string SwarmServer = "ws://192.168.137.1/ws"; // expect: none
            guid = Guid.NewGuid().ToString();
            SendToSwarm(SwarmServer, "IDREQ " + guid);
            while (true)
            {
                Thread.Sleep(300);
                //Add something to report here
                SendToSwarm(SwarmServer, "BEAT " + DateTime.UtcNow.Ticks);
            }
        }

        private static void SendToSwarm(string server, string text) => Debug.WriteLine(server + " <- " + text);

        private static void ProcessMessage(string message)
        {
            if (message.StartsWith("APTAG"))
            {
                var tagbin = message.Split(' ')[1];
                for (ushort i = 0; i < 4; i++)
                {
                    for (ushort j = 0; j < 4; j++)
                    {
                        var thisbit = tagbin[i + j * 4] == '1' ? true : false;
                        if (thisbit)
                        {
                            Debug.WriteLine($"square {i * 60 + 40},{j * 60}");
                        }
                    }

                }
            }
        }

        static void print(string message)
        {
            Debug.WriteLine(message);
        }
    }
}
