// Real source: doingnz/MeadowClockGraphic MeadowApp.cs (f8013630535dfc436386aa4a2b8e2fda945909ae)
// Domain: Meadow F7 analogue clock face on an ST7789 SPI display, waiting for the Wi-Fi adapter's network time.
// Kept: the Wi-Fi connected wait (the adapter joins with the credentials stored on the board, none in code), the NZ
// custom time zone, the System.Random colours of the idle shape demo. Trimmed: the watch-face and hand drawing
// geometry, the text demo, the commented-out access-point scan. Changed: the GraphicsLibrary / St7789 driver became a
// console stand-in; the WiFiConnected event became a method the adapter callback calls. Added: the `Show` stand-in.
using System;
using System.Threading;

namespace MeadowClockGraphics
{
    public class MeadowApp
    {
        private readonly int displayWidth = 239;
        private readonly int displayHeight = 239;

        private static TimeZoneInfo? localZone;
        private static readonly ManualResetEvent gotTime = new ManualResetEvent(false);

        // added: called from the board's WiFiConnected event
        public void OnWiFiConnected()
        {
            Console.WriteLine("WiFi adapter connected.");
            gotTime.Set();
        }

        public void Run()
        {
            bool drawClock = true;
            for (int tick = 0; tick < 60; tick++)
            {
                Thread.Sleep(1000);
                if (gotTime.WaitOne(0))
                {
                    if (drawClock)
                    {
                        drawClock = false;
                        localZone = TimeZoneInfo.CreateCustomTimeZone("NZ", new TimeSpan(0, 13, 0, 0), "NZ", "NZ");
                        Console.WriteLine("Local Time Zone ID: {0}", localZone.Id);
                    }
                    Console.WriteLine($"Now = {DateTime.Now}");
                }
                else
                {
                    DrawShapes();
                }
            }
        }

        void DrawShapes()
        {
            Random rand = new Random();

            int radius = 10;
            int originX = displayWidth / 2;
            int originY = displayHeight / 2;
            for (int i = 1; i < 5; i++)
            {
                var color = (rand.Next(255), rand.Next(255), rand.Next(255)); // expect: none
                Show($"circle ({originX},{originY}) r={radius} rgb={color}");
                radius += 30;
            }
            Show($"line rgb=({rand.Next(255)},{rand.Next(255)},{rand.Next(255)})");
            Thread.Sleep(5000);
        }

        // added: console stand-in for graphics.Draw... / graphics.Show()
        static void Show(string what) => Console.WriteLine(what);
    }
}
