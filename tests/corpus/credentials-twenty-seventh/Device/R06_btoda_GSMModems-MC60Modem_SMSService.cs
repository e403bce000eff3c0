// Real source: btoda/GSMModems-MC60Modem_SMSService src/GsmModem/GsmHandler.cs (30b8d796) and
// src/GsmModem/Program.cs (2701f880)
// SMS service for a Quectel MC60 GSM modem on a serial port. Kept: the handler that takes the SIM PIN in its
// constructor, checks it is four digits, asks AT+CPIN? and sends AT+CPIN=<pin> when the SIM asks for it, the SMS
// commands, and the start-up that builds the handler with the SIM's PIN "0000" (kept: a listed universal default).
// Changed: the test phone number (invented). Trimmed: the reply parser is shorter.
using System;
using System.IO.Ports;

namespace GsmModem
{
    class Program
    {
        static void Main(string[] args)
        {
            string portName = "COM4";
            if (args.Length > 0)
            {
                portName = args[0];
            }
            Console.WriteLine(portName);
            GsmHandler handler = new GsmHandler(portName, 9600, "0000"); // expect: IOT1002
            handler.SendSms("0754297657", " TEST GSM MODEM 1"); // expect: none
            handler.SendSms("0754297657", " TEST GSM MODEM 2");
        }
    }

    public class GsmHandler
    {
        private string _pinCode = null;
        private SerialPort _port = null;

        public GsmHandler(string serialPort, int baudRate, string pinCode)
        {
            _port = new SerialPort(serialPort, baudRate);
            _port.Open();
            _pinCode = pinCode;
            if (_pinCode == null || _pinCode.Length != 4)
            {
                throw new Exception("Invalid pincode.");
            }

            this.Test();
            this.Init();
        }

        private void Test()
        {
            Console.WriteLine("testing");
            SendMessage("ATI");
            WaitForReply();
        }

        private void SendMessage(string message)
        {
            Console.WriteLine("Sending message: " + message);
            _port.WriteLine(message);
        }

        private string WaitForReply(params string[] waitedMessages)
        {
            int maxLines = 5;
            string resultMessage = null;
            for (int lines = 0; lines < maxLines; lines++)
            {
                string line = _port.ReadLine();
                if (line.Contains("ERROR"))
                {
                    throw new Exception("GSM Error " + line);
                }
                foreach (string waitedMessage in waitedMessages)
                {
                    if (line.Contains(waitedMessage))
                    {
                        resultMessage = waitedMessage;
                    }
                }
                if (line.Contains("OK"))
                {
                    return resultMessage;
                }
            }
            return null;
        }

        private void CheckPIN()
        {
            SendMessage("AT+CPIN?"); // expect: none
            string result = WaitForReply("+CPIN: SIM PIN");
            if (result == "+CPIN: SIM PIN")
            {
                // enter pin
                SendMessage("AT+CPIN=" + _pinCode);
                result = WaitForReply("+CPIN: READY");
                if (result != "+CPIN: READY")
                {
                    throw new Exception("Invalid pincode.");
                }
                WaitForReply("SMS Ready");
            }
        }

        private void Init()
        {
            CheckPIN();
        }

        public void SendSms(string phoneNumber, string message)
        {
            SendMessage("AT+CMGF=1");
            if (WaitForReply("OK") != "OK") throw new Exception("Could not send SMS");

            SendMessage("AT+CSCS=\"GSM\"");
            if (WaitForReply("OK") != "OK") throw new Exception("Could not send SMS");

            SendMessage("AT+CMGS=\"" + phoneNumber + "\"");
            SendMessage(message + (char)26); // (char)26 - ctrl+z
            WaitForReply("OK");
        }
    }
}
