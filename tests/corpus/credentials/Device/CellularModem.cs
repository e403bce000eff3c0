// LTE-M tracker: SIM unlock and data session over AT commands (Quectel-style modem on a serial port), Yoctopuce hub.
#nullable enable
using System;
using System.IO.Ports;
using System.Text;
using System.Threading;

namespace Corpus.Tracker.Cellular
{
    internal sealed class CellularModem
    {
        private const string SimPin = "4719"; // expect: IOT1001
        private const string Apn = "iot.1nce.net"; // expect: none
        private readonly SerialPort _port = new("/dev/ttyUSB2", 115200);

        public void Unlock()
        {
            _port.Open();
            Send("AT"); // expect: none
            Send("AT+CPIN?"); // expect: none
            Send($"AT+CPIN=\"{SimPin}\"");
        }

        public void UnlockInline()
        {
            Send("AT+CPIN=\"8302\""); // expect: IOT1001
        }

        public void UnlockDefault()
        {
            _port.WriteLine("AT+CPIN=1234"); // expect: IOT1002
        }

        public void UnlockFormat()
        {
            Send(string.Format("AT+CPIN=\"{0}\"", "6650")); // expect: IOT1001
        }

        public void ChangePin()
        {
            // AT+CPWD="SC","<old>","<new>"
            Send("AT+CPWD=\"SC\",\"0000\",\"5927\""); // expect: IOT1002 IOT1001
        }

        public void Puk()
        {
            Send("AT+CPIN=\"31415926\",\"2718\""); // expect: IOT1001 IOT1001
        }

        public void DataSession()
        {
            Send($"AT+CGDCONT=1,\"IP\",\"{Apn}\""); // expect: none
            Send("AT+QICSGP=1,1,\"iot.1nce.net\",\"tracker\",\"Trk-apn-pw-5\",1"); // expect: IOT1001
            Send("AT+CSQ"); // expect: none
            Send("AT+CREG?"); // expect: none
            Send("AT+CGSN"); // expect: none
        }

        public void Yocto()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin("2468"); // expect: IOT1001
            cell.sendPUK("73519284", "1357"); // expect: IOT1001 IOT1001
        }

        public void YoctoFromConfig(string pinFromSecureElement)
        {
            YCellular.FirstCellular().set_pin(pinFromSecureElement);
        }

        public string ReadImei()
        {
            Send("AT+GSN");
            return _port.ReadLine().Trim();
        }

        // Pairing code for the companion app, printed on the tracker's screen: last six IMEI digits.
        public string CompanionPairingCode()
        {
            var imei = ReadImei();
            return imei.Substring(imei.Length - 6); // expect: IOT1005
        }

        public void Diagnostics()
        {
            Console.WriteLine("SIM PIN required: enter the 4-digit PIN in the app"); // expect: none
            Console.WriteLine("+CME ERROR: 16 (incorrect password)"); // expect: none
        }

        private void Send(string command)
        {
            _port.Write(command + "\r");
            Thread.Sleep(100);
        }
    }
}
