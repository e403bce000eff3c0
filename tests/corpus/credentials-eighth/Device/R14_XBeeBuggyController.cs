// Real source: K3ystone/2E10-Buggy-Project-Group-H6- 2E10-1415-H6/ConsoleApplication/ConsoleApplication/Program.cs
// Adapted: the buggy's XBee base-station console; it keeps the command-mode entry and the ATID/CH setup and
// adds the AES link key and a remote-console login the later firmware used (invented values).
using System;
using System.IO.Ports;
using System.Text;
using System.Threading;

namespace Corpus8.ConsoleApplication
{
    class BuggyBaseStation
    {
        static SerialPort _serialPort;

        // XBee AES link key (ATKY), 128 bit, hex.
        private const string LinkEncryptionKey = "5FB33ECB133B7CE6772C3EED8FA097A8"; // expect: IOT1004
        private const string RemoteConsolePassword = "Buggy-H6-Quokka"; // expect: IOT1004
        private const string PanId = "3332"; // expect: none
        private const string KeyCommand = "ATKY"; // expect: none

        public static void Run()
        {
            _serialPort = new SerialPort();
            _serialPort.PortName = "COM6";
            _serialPort.BaudRate = 9600;
            _serialPort.Open();
            _serialPort.Write("+++"); // expect: none
            Thread.Sleep(1100); // Guard Time
            _serialPort.WriteLine("ATID 3332, CH C, CN"); // expect: none
            _serialPort.WriteLine("ATEE 1, " + KeyCommand + " " + LinkEncryptionKey + ", WR, CN");

            _serialPort.DataReceived += new SerialDataReceivedEventHandler(DataReceivedHandler);
            _serialPort.WriteLine("yoyoyo");
            Console.ReadLine();
            _serialPort.Close();
        }

        private static void DataReceivedHandler(object sender, SerialDataReceivedEventArgs e)
        {
            SerialPort sp = (SerialPort)sender;
            string indata = sp.ReadExisting();
            if (indata.StartsWith("LOGIN "))
            {
                var password = indata.Substring(6).Trim();
                sp.WriteLine(password == RemoteConsolePassword ? "OK" : "DENIED");
            }
            Console.WriteLine(indata);
        }

        // The old buggies had a fixed console PIN; the base station refuses it now.
        public static bool IsLegacyPin(string pin) => pin == "1234"; // expect: IOT1002

        public static string ChannelFor(int team) => team % 2 == 0 ? "C" : "D"; // expect: none

        public static byte[] FrameHeader() => Encoding.ASCII.GetBytes("H6BUGGY1"); // expect: none
    }

    static class BaseStationExtras
    {
        public const string NodeIdentifier = "ATNI BUGGY-H6"; // expect: none
        public const string ApiModeCommand = "ATAP 2"; // expect: none
        private const string TelemetryHmacKey = "b6-Hq9-Zt4-Lr2-Vx7-Pn1"; // expect: IOT1004
        public static int KeyLength() => TelemetryHmacKey.Length;
    }
}
