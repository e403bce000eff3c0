// Real source: torbacz/nanoFramework.EspNow Samples/nanoFramework.EspNow.Sender/Program.cs
// Domain: a lambing shed's pen sensors (ESP32, nanoFramework) that report heat-lamp temperatures to the farm gateway
// over ESP-NOW.
// Kept: the sample's 16-byte local master key (0x10 ... 0x1F), the receiver MAC, EspNowController with DataSent,
// AddPeer(mac, 0, true, localMasterKey), the "ping" send loop with its error handling. Added (marked "// Added"): the
// shed's gateway peer with its own local master key, a per-message nonce, a retry back-off.
using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using nanoFramework.EspNow;

namespace nanoFramework.EspNow.Sender
{
    public class Program
    {
        public static void Main()
        {
            byte[] localMasterKey = new byte[]
            {
                    0x10, 0x11, 0x12, 0x13,
                    0x14, 0x15, 0x16, 0x17,
                    0x18, 0x19, 0x1A, 0x1B,
                    0x1C, 0x1D, 0x1E, 0x1F // expect: none
            };

            Debug.WriteLine("ESP-NOW sender starting...");

            try
            {
                var reciverMacAddress = new byte[] { 0x84, 0xFC, 0xE6, 0x65, 0xA5, 0x10 }; // expect: none
                var controller = new EspNowController();
                controller.DataSent += Controller_DataSent;
                controller.AddPeer(reciverMacAddress, 0, true, localMasterKey);

                // Added: the shed gateway, paired with the key written on its commissioning sheet
                var shedGateway = new byte[] { 0x84, 0xFC, 0xE6, 0x65, 0xB2, 0x3C };
                controller.AddPeer(shedGateway, 1, true, new byte[] { 0xEE, 0x8C, 0x03, 0x84, 0xA8, 0x7D, 0x29, 0xAB, 0x2E, 0x84, 0x1B, 0x9F, 0xD5, 0x12, 0xEF, 0xC4 }); // expect: IOT1003

                var rng = new Random();
                int counter = 0;
                while (true)
                {
                    try
                    {
                        // Added: a nonce the gateway uses to drop replayed frames
                        byte[] nonce = new byte[8];
                        rng.NextBytes(nonce); // expect: IOT3005

                        string message = "ping " + counter++;
                        byte[] payload = Encoding.UTF8.GetBytes(message + ";" + Convert.ToBase64String(nonce));

                        controller.Send(reciverMacAddress, payload, payload.Length);
                        Debug.WriteLine("Sent: " + message);
                    }
                    catch (Exception sendEx)
                    {
                        Debug.WriteLine("Send error: " + sendEx.Message);
                        // Added: back off before the next frame
                        Thread.Sleep(rng.Next(50, 400)); // expect: none
                    }

                    Thread.Sleep(1000);
                }
            }
            catch (Exception ex)
            {
                Debug.WriteLine($"Error: {ex.Message}");
            }

            Thread.Sleep(Timeout.Infinite);
        }

        private static void Controller_DataSent(object sender, DataSentEventArgs e)
        {
            Debug.WriteLine("DataSent status: " + e.Status);
        }
    }
}
