// Written for corpus14: a fire sprinkler panel's cellular fallback modem (SIM PIN, PUK, APN logins in AT commands
// sent over System.IO.Ports) and its front-panel keypad.
using System;
using System.IO.Ports;

namespace FireSprinklerPanel
{
    sealed class CellularFallback
    {
        const string SimPin = "7391"; // expect: IOT1001
        readonly SerialPort _port = new SerialPort("/dev/ttyS2", 115200);

        void Send(string command) => _port.Write(command + "\r");

        public void Unlock()
        {
            _port.Open();
            Send("AT+CPIN?"); // expect: none
            Send($"AT+CPIN=\"{SimPin}\"");
        }

        public void RecoverWithPuk() => Send("AT+CPIN=\"48120937\",\"2864\""); // expect: IOT1001 IOT1001

        public void DisablePinLock() => Send("AT+CLCK=\"SC\",0,\"0000\""); // expect: IOT1002

        public void AttachApn()
        {
            Send("AT+CGDCONT=1,\"IP\",\"internet\""); // expect: none
            Send("AT+CGAUTH=1,1,\"sprinkler\",\"Xl3g-hNXpV-29\""); // expect: IOT1001
            Send("AT+SAPBR=3,1,\"APN\",\"iot.1nce.net\""); // expect: none
        }

        void SetQuectelContext(string user, string password) =>
            Send($"AT+QICSGP=1,1,\"m2m.operator.example\",\"{user}\",\"{password}\",1");

        public void AttachQuectel() => SetQuectelContext("panel", "W9Xh-A5uIu-13"); // expect: IOT1001
    }

    sealed class MonitoringCentreLink
    {
        const string MonitoringCentreSecret = "PlaX-AV5Yd-47"; // expect: IOT1004
        readonly AlarmNotifier _notifier = new AlarmNotifier();

        public void Report(string zone) => _notifier.Send(zone, MonitoringCentreSecret);
    }

    sealed class AlarmNotifier
    {
        public void Send(string zone, string centreSecret) { }
    }

    sealed class Keypad
    {
        const string InstallerPin = "1234"; // expect: IOT1002
        const string ZoneIsolatePin = "58203"; // expect: IOT1004
        const int StatusLedPin = 17; // expect: none

        public bool InstallerMenu(string entry) => entry == InstallerPin;

        public bool IsolateZone(string entry) => entry.Trim() == ZoneIsolatePin;

        public string IssueVisitorPin() => Random.Shared.Next(0, 10000).ToString("D4"); // expect: IOT1005

        public string PanelPasscode(string serialNumber)
        {
            string panelPasscode = serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
            return panelPasscode;
        }
    }

    static class NotSecrets
    {
        public const string SimPinKey = "Modem:SimPin"; // expect: none
        public const string PinPrompt = "Enter PIN"; // expect: none
        public const string DoorFaultCode = "E4411"; // expect: none
        public const string PinStatusQuery = "AT+CPIN?"; // expect: none
    }
}
