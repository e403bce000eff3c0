// Real source: KiwiBryn/RAK3172LoRaWAN-NetNF
//   NetworkJoinOTAA/Program.cs (AT+DEVEUI / AT+NWM / AT+BAND / AT+NJM / AT+APPEUI / AT+APPKEY / AT+JOIN / AT+SEND
//   written to a SerialPort), RAK3712LoRaWANDeviceClient/Config.cs ("..." placeholders)
// Kept: the sample's "..." constants, its hex payload and the AT command sequence.
// Changed: nanoFramework's WatchChar / DataReceived plumbing reduced to ReadExisting.
// Added (a hill farm's water-trough level sensors): the farm build's join values.
namespace devMobile.IoT.LoRaWAN.nanoFramework.RAK3172
{
    using System;
    using System.IO.Ports;
    using System.Threading;

    public class Program
    {
        private const string SerialPortId = "COM2";
        private const string DevEui = "...";
        private const string AppEui = "...";
        private const string AppKey = "..."; // expect: none
        private const byte MessagePort = 1;
        private const string Payload = "A0EEE456D02AFF4AB8BAFD58101D2A2A"; // expect: none

        // Farm build: the trough sensors join the farm's own network server.
        private const string TroughDevEui = "AC1F09FFFE0A1B2C"; // expect: none
        private const string TroughJoinEui = "70B3D57ED0051E3A";
        private const string TroughAppKey = "50DDAE79D5DCE18D129ED5B073FA74C0"; // expect: IOT1004

        public static void Main()
        {
            bool farm = true;
            using (SerialPort serialPort = new SerialPort(SerialPortId))
            {
                serialPort.BaudRate = 115200;
                serialPort.Parity = Parity.None;
                serialPort.DataBits = 8;
                serialPort.StopBits = StopBits.One;
                serialPort.Handshake = Handshake.None;
                serialPort.NewLine = "\r\n";
                serialPort.ReadTimeout = 1000;
                serialPort.Open();
                serialPort.ReadExisting();

                Console.WriteLine("Set Dev Eui");
                serialPort.WriteLine($"AT+DEVEUI={(farm ? TroughDevEui : DevEui)}");

                Console.WriteLine("Set Work mode");
                serialPort.WriteLine("AT+NWM=1");

                Console.WriteLine("Set Region");
                serialPort.WriteLine("AT+BAND=8-1");

                Console.WriteLine("Set Join mode");
                serialPort.WriteLine("AT+NJM=1");

                Console.WriteLine("Set App Eui");
                serialPort.WriteLine($"AT+APPEUI={(farm ? TroughJoinEui : AppEui)}");

                Console.WriteLine("Set App Key");
                serialPort.WriteLine($"AT+APPKEY={(farm ? TroughAppKey : AppKey)}");

                Console.WriteLine("Set Confirm off");
                serialPort.WriteLine("AT+CFM=0");

                Console.WriteLine("Start Join");
                serialPort.WriteLine("AT+JOIN=1:0:10:2");

                while (true)
                {
                    Console.WriteLine("Sending");
                    serialPort.WriteLine($"AT+SEND={MessagePort}:{Payload}");
                    Console.Write(serialPort.ReadExisting());
                    Thread.Sleep(300000);
                }
            }
        }
    }
}
