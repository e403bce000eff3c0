// Real source: cmenorules/QLNT Project_Document/SendSMS.cs
// Kept: the SendSMS class: SerialPort("COM6", 115200), Open, DiscardInBuffer/DiscardOutBuffer, AT+CMGF=1,
// AT+CMGS="<number>", message + Ctrl-Z, Close.
// Added: the SIM unlock the modem of the water-tank alarm needs before AT+CMGF (AT+CPIN with the card's PIN from a
// constant, and the PUK recovery path), the PIN-status query, a phone-book number and the keypad PIN that silences
// the alarm.
using System;
using System.IO.Ports;
using System.Threading;

namespace testSMS
{
    class SendSMS
    {
        private SerialPort _port;

        // Added
        private const string SimPin = "8153"; // expect: IOT1001
        private const string PinStatusQuery = "AT+CPIN?"; // expect: none
        private const string DutyPhone = "+84901234567";
        private const string KeypadPin = "2580"; // expect: IOT1004

        // Added: the tank-room keypad silences the SMS alarm
        public bool Silence(string entered) => entered.Trim() == KeypadPin;

        public SendSMS()
        {
            _port = new SerialPort("COM6", 115200);
        }

        // Added: unlock the SIM after power-up
        public void Unlock()
        {
            _port.Open();
            _port.Write(PinStatusQuery + "\r");
            Thread.Sleep(300);
            _port.Write($"AT+CPIN=\"{SimPin}\"\r");
            Thread.Sleep(300);
            if (_port.ReadExisting().Contains("SIM PUK"))
            {
                _port.Write("AT+CPIN=\"60418237\",\"5902\"\r"); // expect: IOT1001 IOT1001
            }
            _port.Close();
        }

        public void send(string num, string message)
        {
            _port.Open();
            _port.DiscardInBuffer();
            _port.DiscardOutBuffer();
            Thread.Sleep(300);
            _port.Write("AT+CMGF=1\r");
            Thread.Sleep(300);
            _port.Write("AT+CMGS=\"" + num + "\"\r");
            Thread.Sleep(300);
            message += char.ConvertFromUtf32(26) + "\r";
            _port.Write(message + "\r");
            Thread.Sleep(3000);
            _port.Close();
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R10
{
    public const string PinStatusReady = "+CPIN: READY"; // expect: none
    public const string PukRequired = "+CPIN: SIM PUK"; // expect: none
    public const string SimPinEnvVar = "SIM_PIN"; // expect: none
}
