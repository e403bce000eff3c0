// Real source: WinterWoods/GSMMODEM GsmModem.cs (dd438248)
// An SMS "modem cat" class driving a GSM modem over a serial port with AT commands (LGPL GSMMODEM library).
// Kept: the constructor, Open() with ATE0 / AT+CMGF / AT+CNMI, SendAT reading until OK or ERROR, GetMachineNo,
// ReadMsgByIndex and DeleteMsgByIndex; the serial port is System.IO.Ports.SerialPort instead of the library's ICom,
// PDU encoding is left out and comments are translated. Added in the same shape (said in LABELS.md): UnlockSim() entering
// the SIM PIN held in a constant, and the GPRS attach with the operator's published APN.
using System;
using System.IO.Ports;
using System.Threading;

namespace GSMMODEM
{
    public class GsmModem
    {
        private readonly object lockObject = new object();
        static AutoResetEvent isSendMessageEvent = new AutoResetEvent(true);

        // SIM of the alarm-SMS modem in cabinet 2 (PIN lock enabled by the carrier)
        private const string SimPin = "4345"; // expect: IOT1001

        private readonly SerialPort _com;

        public GsmModem() : this("COM1", 9600) { }

        public GsmModem(string comPort, int baudRate)
        {
            _com = new SerialPort();
            _com.PortName = comPort;
            _com.BaudRate = baudRate;
            _com.ReadTimeout = 10000;     // read timeout, sending an SMS needs time
            _com.RtsEnable = true;        // must be true or the port receives nothing
        }

        public bool IsOpen => _com.IsOpen;

        public void Open()
        {
            if (_com.IsOpen)
            {
                _com.Close();
            }

            _com.Open();

            if (_com.IsOpen)
            {
                _com.Write("ATE0\r");
                Thread.Sleep(50);
                _com.Write("AT+CMGF=0\r");
                Thread.Sleep(50);
                _com.Write("AT+CNMI=2,1\r");
            }
        }

        public bool UnlockSim()
        {
            string state = SendAT("AT+CPIN?"); // expect: none
            if (state.Contains("READY"))
            {
                return true;
            }
            return SendAT("AT+CPIN=\"" + SimPin + "\"").Contains("OK");
        }

        public bool AttachGprs()
        {
            // China Mobile's published APN; no user name or password
            return SendAT("AT+CSTT=\"cmnet\",\"\",\"\"").Contains("OK"); // expect: none
        }

        public string GetMachineNo()
        {
            isSendMessageEvent.WaitOne();
            string result = SendAT("AT+CGMI");
            isSendMessageEvent.Set();
            if (result.Length > 4 && result.Substring(result.Length - 4, 3).Trim() == "OK")
            {
                result = result.Substring(0, result.Length - 5).Trim();
            }
            else
            {
                throw new Exception("Failed to read the manufacturer");
            }
            return result;
        }

        public string SendAT(string ATCom)
        {
            string result = string.Empty;
            _com.DiscardInBuffer();
            lock (lockObject)
            {
                _com.Write(ATCom + "\r");
                string temp = string.Empty;
                while (temp.Trim() != "OK" && temp.Trim() != "ERROR")
                {
                    temp = _com.ReadLine();
                    result += temp;
                }
            }
            return result;
        }

        public string ReadMsgByIndex(int index)
        {
            string temp;
            try
            {
                isSendMessageEvent.WaitOne();
                temp = SendAT("AT+CMGR=" + index.ToString());
            }
            finally
            {
                isSendMessageEvent.Set();
            }

            if (temp.Trim() == "ERROR")
            {
                throw new Exception("No such message");
            }
            return temp;
        }

        public void DeleteMsgByIndex(int index)
        {
            isSendMessageEvent.WaitOne();
            try
            {
                if (SendAT("AT+CMGD=" + index.ToString()).Trim() != "OK")
                {
                    throw new Exception("Delete failed");
                }
            }
            finally
            {
                isSendMessageEvent.Set();
            }
        }
    }
}
