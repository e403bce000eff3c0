// Real source: ludobruynseels/AT-modemTest AT-modemTest/Form1.cs
// Moved to an avalanche-warning snow station: the station PC drives a cellular modem on a serial port to send
// snowpack readings. The WinForms handlers become methods of a modem service; the AT commands are added.
using System;
using System.IO.Ports;
using System.Threading;

namespace Snowpack.Station
{
    public class AvalancheBeaconModem : IDisposable
    {
        private const string DutyPhone = "+41 79 555 01 23"; // expect: none

        private static SerialPort MySerialPort { get; set; }

        public void Open()
        {
            // Create a new SerialPort object with default settings.
            MySerialPort = new SerialPort
            {
                PortName = "/dev/ttyUSB2",
                BaudRate = 19200,
                Parity = Parity.None,
                DataBits = 8,
                StopBits = StopBits.One,
                Handshake = Handshake.None,
                ReadTimeout = 500,
                WriteTimeout = 500
            };

            MySerialPort.DataReceived += DataReceivedHandler;
            MySerialPort.Open();
        }

        public void Send(string cmd)
        {
            MySerialPort.Write($"{cmd}\r");
            Thread.Sleep(300);
        }

        public void Attach(bool simLocked, int failedPinAttempts)
        {
            Send("AT+CPIN?"); // expect: none
            if (simLocked && failedPinAttempts < 3)
            {
                Send("AT+CPIN=\"2807\""); // expect: IOT1001
            }
            else if (simLocked)
            {
                Send("AT+CPIN=\"83920174\",\"4416\""); // expect: IOT1001 IOT1001
            }

            Send("AT+CGDCONT=1,\"IP\",\"alpine.m2m\""); // expect: none
            SetApnAuth("alpine.m2m", "snowpack", "Couloir-Wind-88"); // expect: IOT1001
            Send("AT+QICSGP=1,1,\"alpine.m2m\",\"web\",\"web\",1"); // expect: none
            Send("AT+CSQ");
        }

        // The spare SIM in the winter kit was never personalised.
        public void AttachSpareSim() => Send("AT+CPIN=\"0000\""); // expect: IOT1002

        // Field technicians switch the PIN lock off before swapping the SIM.
        public void DisablePinLock() => Send("AT+CLCK=\"SC\",0,\"2807\""); // expect: IOT1001

        private void SetApnAuth(string apn, string user, string password)
        {
            Send($"AT+CGAUTH=1,1,\"{user}\",\"{password}\"");
            Console.WriteLine("APN " + apn + " authenticated");
        }

        public void SmsAlarm(string text)
        {
            Send("AT+CMGF=1"); // expect: none
            Send($"AT+CMGS=\"{DutyPhone}\"");
            MySerialPort.Write(text + char.ConvertFromUtf32(26));
        }

        private static void DataReceivedHandler(object sender, SerialDataReceivedEventArgs e)
        {
            var sp = (SerialPort)sender;
            var data = sp.ReadExisting();
            Console.Write(data);
        }

        public void Dispose()
        {
            MySerialPort.Close();
            Thread.Sleep(500);
        }
    }
}
