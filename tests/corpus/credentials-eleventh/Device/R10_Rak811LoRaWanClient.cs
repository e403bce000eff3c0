// Real source: KiwiBryn/RAK811LoRaWAN-NetCore RAK811LoRaWANDeviceClient/Program.cs (+ RAK811LoRaWANDeviceClient/Config.cs)
// Domain: Raspberry Pi with a RAK811 pHAT on a vineyard frost sensor, joining The Things Network (AS923).
// Kept: Config constants with the repository's "..." values, device.OtaaInitialise(Config.AppEui, Config.AppKey)
// of the RAK811 driver library (Rak811LoRaWanDevice.OtaaInitialise(string appEui, string appKey)), the timer-driven
// uplink of the hex payload, the join/receive handlers.
// Changed: the OTAA/ABP/PAYLOAD_HEX/CONFIRMED #if blocks resolved to OTAA, hex payload, unconfirmed (the ABP keys
// of the original are "..." too and are left out).
// Added: the vineyard's second frost sensor with its own JoinEUI and AppKey, and the AppKey format check.
namespace devMobile.IoT.LoRaWAN.NetCore.Rak811
{
    public class Config
    {
        public const string AppEui = "..."; // expect: none
        public const string AppKey = "..."; // expect: IOT1006
    }

    // Added
    public static class FrostSensorB
    {
        public const string JoinEui = "70B3D57ED004E1A2"; // expect: none
        public const string AppKey = "F772E2EC0FEBAC080A59D50DF5004EF6"; // expect: IOT1001
        public const string AppKeyFormat = "32 hex digits, MSB first"; // expect: none
    }
}

namespace devMobile.IoT.LoRaWAN.NetCore.RAK811
{
    using System;
    using System.IO.Ports;
    using System.Threading;
    using System.Diagnostics;
    using Config = devMobile.IoT.LoRaWAN.NetCore.Rak811.Config;
    using FrostSensorB = devMobile.IoT.LoRaWAN.NetCore.Rak811.FrostSensorB;

    public class Program
    {
        private const string SerialPortId = "/dev/ttyS0";
        private const LoRaWANDeviceClass Class = LoRaWANDeviceClass.A;
        private const string Region = "AS923";
        private const int JoinTimeoutmSec = 25000;
        private const int SendTimeoutmSec = 10000;
        private static readonly TimeSpan MessageSendTimerDue = new TimeSpan(0, 0, 15);
        private static readonly TimeSpan MessageSendTimerPeriod = new TimeSpan(0, 5, 0);
        private static Timer MessageSendTimer;
        private const byte MessagePort = 1;
        private const string PayloadHex = "48656c6c6f204c6f526157414e"; // expect: none

        public static void Main(string[] args)
        {
            Result result;
            bool sensorB = args.Length > 0 && args[0] == "B";

            Debug.WriteLine("devMobile.IoT.NetCore.Rak811.Rak811LoRaWanDeviceClient starting");

            try
            {
                using (Rak811LoRaWanDevice device = new Rak811LoRaWanDevice())
                {
                    result = device.Initialise(SerialPortId, 9600, Parity.None, 8, StopBits.One);
                    if (result != Result.Success)
                    {
                        Debug.WriteLine($"Initialise failed {result}");
                        return;
                    }

                    MessageSendTimer = new Timer(MessageSendTimerCallback, device, Timeout.Infinite, Timeout.Infinite);

                    device.OnJoinCompletion += OnJoinCompletionHandler;
                    device.OnReceiveMessage += OnReceiveMessageHandler;

                    Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Class {Class}");
                    result = device.Class(Class);
                    if (result != Result.Success)
                    {
                        Debug.WriteLine($"Class failed {result}");
                        return;
                    }

                    Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Region {Region}");
                    result = device.Region(Region);
                    if (result != Result.Success)
                    {
                        Debug.WriteLine($"Region failed {result}");
                        return;
                    }

                    result = device.AdrOn();
                    result = device.UplinkMessageConfirmationOff();

                    Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} OTAA");
                    result = sensorB
                        ? device.OtaaInitialise(FrostSensorB.JoinEui, FrostSensorB.AppKey)
                        : device.OtaaInitialise(Config.AppEui, Config.AppKey);
                    if (result != Result.Success)
                    {
                        Debug.WriteLine($"OTAA Initialise failed {result}");
                        return;
                    }

                    Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join start Timeout:{JoinTimeoutmSec}mSec");
                    result = device.Join(JoinTimeoutmSec);
                    if (result != Result.Success)
                    {
                        Debug.WriteLine($"Join failed {result}");
                        return;
                    }
                    Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join Started");

                    Thread.Sleep(Timeout.Infinite);
                }
            }
            catch (Exception ex)
            {
                Debug.WriteLine(ex.Message);
            }
        }

        static void OnJoinCompletionHandler(bool result)
        {
            Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join finished:{result}");

            if (result)
            {
                MessageSendTimer.Change(MessageSendTimerDue, MessageSendTimerPeriod);
            }
        }

        static void MessageSendTimerCallback(object state)
        {
            Rak811LoRaWanDevice device = (Rak811LoRaWanDevice)state;

            Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} port:{MessagePort} payload HEX:{PayloadHex}");
            Result result = device.Send(MessagePort, PayloadHex, SendTimeoutmSec);
            if (result != Result.Success)
            {
                Debug.WriteLine($"Send failed {result}");
            }
        }

        static void OnReceiveMessageHandler(byte port, int rssi, int snr, string payload)
        {
            byte[] payloadBytes = Rak811LoRaWanDevice.HexToByes(payload);

            Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Receive Message RSSI:{rssi} SNR:{snr} Port:{port} Payload:{payload} PayLoadBytes:{BitConverter.ToString(payloadBytes)}");
        }
    }
}
