// Own file (corpus9): the cellular link of a gas-pipeline cathodic-protection rectifier RTU. A Quectel/SIMCom
// modem on a serial port carries the SCADA uplink and MQTT; a Yoctopuce hub is the backup path; an ESP-AT module
// serves the technician's laptop in the rectifier cabinet.
using System;
using System.IO.Ports;
using System.Text.RegularExpressions;
using System.Threading;

namespace Pipeline.Cp.Rtu
{
    public sealed class RectifierModem
    {
        private const string SimPin = "6093"; // expect: IOT1001
        private const string ImeiPattern = "^\\d{15}$"; // expect: none
        private const string AlarmSmsNumber = "+4915112345678"; // expect: none
        private const string Apn = "cp-scada.m2m.example";
        private readonly SerialPort _port = new SerialPort("/dev/ttyS1", 115200) { NewLine = "\r\n" };

        private string Send(string command)
        {
            _port.WriteLine(command);
            Thread.Sleep(300);
            return _port.ReadExisting() ?? string.Empty;
        }

        public void BringUp()
        {
            _port.Open();
            string status = Send("AT+CPIN?"); // expect: none
            if (status.Contains("+CPIN: SIM PUK")) // expect: none
            {
                Send("AT+CPIN=\"39517264\",\"6093\""); // expect: IOT1001 IOT1001
            }
            else if (status.Contains("+CPIN: SIM PIN"))
            {
                Send($"AT+CPIN=\"{SimPin}\"");
            }
            else if (status.Contains("+CPIN: PH-SIM PIN"))
            {
                // bench SIMs from the operator's test pool
                Send("AT+CPIN=\"1234\""); // expect: IOT1002
            }

            Send("AT+CLCK=\"SC\",2"); // expect: none
            Send("AT+CPIN=?"); // expect: none
            Send("AT+CPWD=\"SC\",\"0000\",\"7720\""); // expect: IOT1002 IOT1001
            Send("AT+CGDCONT=1,\"IP\",\"" + Apn + "\"");
            Send("AT+CGAUTH=1,1,\"cp-rtu-17\",\"Anode!Rect-55\""); // expect: IOT1001
            SetQuectelContext("cp-rtu-17", "Impressed-Current#9"); // expect: IOT1001
        }

        // Quectel context: the user and password are written into the command.
        private void SetQuectelContext(string user, string password) =>
            Send($"AT+QICSGP=1,1,\"{Apn}\",\"{user}\",\"{password}\",1");

        // Roaming fallback on the operator's public APN: its published login is the user name again.
        public void PublicApnFallback()
        {
            Send("AT+CSTT=\"internet.telekom\",\"telekom\",\"telekom\""); // expect: none
            Send("AT+SAPBR=3,1,\"APN\",\"internet.telekom\"");
            Send("AT+SAPBR=3,1,\"PWD\",\"Pipe-Grd9-Sapbr\""); // expect: IOT1001
        }

        public void ConnectScadaBroker()
        {
            Send("AT+CMQTTSTART");
            Send("AT+CMQTTACCQ=0,\"rtu-17\"");
            Send("AT+CMQTTCONNECT=0,\"tcp://scada.pipeline.example:1883\",60,1,\"rtu-17\",\"Cath0dic!Mq-17\""); // expect: IOT1001
        }

        public bool LooksLikeImei(string value) => Regex.IsMatch(value, ImeiPattern);

        public bool PukRequired(string reply) => reply.Contains("+CME ERROR: SIM PUK required"); // expect: none

        // The cabinet door keypad: last four digits of the modem's IMEI.
        public string CabinetDoorCode(string imei) => imei[^4..]; // expect: IOT1005

        public void SendAlarmSms(string text)
        {
            Send("AT+CMGF=1");
            Send($"AT+CMGS=\"{AlarmSmsNumber}\"");
            _port.Write(text + char.ConvertFromUtf32(26));
        }
    }

    public sealed class BackupLink
    {
        public void Unlock()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin("2847"); // expect: IOT1001
            cell.sendPUK("80413356", "2847"); // expect: IOT1001 IOT1001
        }
    }

    public sealed class CabinetAccessPoint
    {
        private readonly SerialPort _esp = new SerialPort("/dev/ttyS2", 115200);

        public void Start()
        {
            _esp.Open();
            _esp.WriteLine("AT+CWMODE=3");
            _esp.WriteLine("AT+CWSAP=\"CP-Cabinet-17\",\"Rectifier-Tech#5\",5,3"); // expect: IOT1001
            _esp.WriteLine("AT+CWJAP=\"CP-Yard\",\"xxxxxxxx\""); // expect: IOT1006
            _esp.WriteLine("AT+CWJAP?"); // expect: none
        }
    }
}
