// Real source: welly87/GSMComm
//   GSMCommunication/GsmCommunication/GsmCommMain.cs (GsmCommMain(portName, baudRate, timeout), Open, GetPinStatus,
//   EnterPin(pin) "Enters a password at the phone which is necessary before it can operated", SendMessage)
//   PDUConverter/GsmComm.PduConverter (SmsSubmitPdu(userDataText, destinationAddress))
// Domain: a lifeboat station's boathouse alarm dialler (door contacts, slipway winch fault) sending SMS to the crew.
// Kept: the GsmCommMain life cycle, the PIN status check before EnterPin, SmsSubmitPdu + SendMessage.
// Added: the station's SIM PIN and PUK, the fallback raw AT path when the library reports SimPuk, the crew list, the
// SMS command password checked by the dialler.
using System;
using System.IO.Ports;
using GsmComm.GsmCommunication;
using GsmComm.PduConverter;

namespace Boathouse.AlarmDialler
{
    public static class DiallerConfig
    {
        public const string ModemPort = "/dev/ttyUSB2";
        public const int BaudRate = 115200;
        public const string SimPin = "6194"; // expect: IOT1001
        public const string SimPuk = "40187362"; // expect: IOT1001
        public const string CoxswainNumber = "+447700900412"; // expect: none
        public const string SmsCommandPassword = "slipway-tide-44"; // expect: IOT1004
        public const string ImeiOnLabel = "356938035643809"; // expect: none
    }

    public class AlarmDialler : IDisposable
    {
        private readonly GsmCommMain comm = new GsmCommMain(DiallerConfig.ModemPort, DiallerConfig.BaudRate, 300);

        public void Start()
        {
            comm.Open();
            PinStatus status = comm.GetPinStatus();
            if (status == PinStatus.SimPin)
            {
                comm.EnterPin(DiallerConfig.SimPin);
            }
            else if (status == PinStatus.SimPuk)
            {
                comm.Close();
                // GSMComm has no PUK call: unblock with the raw command and set the PIN again
                using var port = new SerialPort(DiallerConfig.ModemPort, DiallerConfig.BaudRate);
                port.Open();
                port.WriteLine($"AT+CPIN=\"{DiallerConfig.SimPuk}\",\"{DiallerConfig.SimPin}\"");
                port.WriteLine("AT+CPIN?"); // expect: none
                port.Close();
                comm.Open();
            }
        }

        public void Alert(string text)
        {
            var pdu = new SmsSubmitPdu(text, DiallerConfig.CoxswainNumber);
            comm.SendMessage(pdu);
        }

        // "ARM <password>" / "DISARM <password>" from a crew phone
        public bool AcceptCommand(string body)
        {
            var parts = body.Split(' ', 2);
            return parts.Length == 2 && parts[1] == DiallerConfig.SmsCommandPassword;
        }

        public void Dispose() => comm.Close();
    }
}
