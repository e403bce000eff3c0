// Own file (new domain): off-grid alpine hut, solar battery monitor with a cellular modem (Quectel/SIMCom AT
// set over a serial port), an ESP-AT Wi-Fi module for the guest hotspot and a Yoctopuce cellular hub as fallback.
using System;
using System.IO.Ports;
using System.Threading;

namespace AlpineHut.Power
{
    public sealed class HutModem
    {
        private readonly SerialPort _port;

        private const string SimPin = "2593"; // expect: IOT1001
        private const string SimPuk = "83920174"; // expect: IOT1001
        private const string NewSimPin = "6481"; // expect: IOT1001
        private const string Apn = "hut.m2m.example";
        private const string ApnUser = "hutwart";
        private const string BrokerUser = "hut-bms";
        private const string PinErrorPrefix = "+CME ERROR: SIM PUK required"; // expect: none
        private const string PinReady = "+CPIN: READY"; // expect: none
        private const string ApnPasswordConfigKey = "modem.apn.password"; // expect: none

        public HutModem(string portName)
        {
            _port = new SerialPort(portName, 115200) { NewLine = "\r\n", ReadTimeout = 3000 };
        }

        private string Send(string command)
        {
            _port.WriteLine(command);
            Thread.Sleep(300);
            return _port.ReadExisting();
        }

        public void Unlock()
        {
            string state = Send("AT+CPIN?"); // expect: none
            if (state.Contains(PinErrorPrefix))
            {
                Send($"AT+CPIN=\"{SimPuk}\",\"{NewSimPin}\"");
                return;
            }

            Send("AT+CPIN=\"2593\""); // expect: IOT1001
            Send($"AT+CPIN=\"{SimPin}\"");
            Send("AT+CLCK=\"SC\",1,\"2593\""); // expect: IOT1001
            Send("AT+CPWD=?"); // expect: none
        }

        public void AttachBearer()
        {
            Send("AT+CGDCONT=1,\"IP\",\"hut.m2m.example\"");
            Send("AT+QICSGP=1,1,\"hut.m2m.example\",\"hutwart\",\"Edelweiss-Stove-12\",1"); // expect: IOT1001
            SetPdpAuth(ApnUser, "Edelweiss-Stove-12"); // expect: IOT1001
            Send("AT+QICSGP=1"); // expect: none
        }

        // The u-blox modem of the winter room uses the same bearer login.
        public void AttachBearerUblox()
        {
            Send("AT+UPSD=0,1,\"hut.m2m.example\"");
            Send("AT+UPSD=0,2,\"hutwart\"");
            Send("AT+UPSD=0,3,\"Edelweiss-Stove-12\""); // expect: IOT1001
            Send("AT+QMTCFG=\"recv/mode\",0,0,1"); // expect: none
        }

        // The roaming operator publishes its APN login: user and password are both "web".
        public void AttachRoamingBearer()
        {
            Send("AT+CSTT=\"web.roaming.example\",\"web\",\"web\""); // expect: none
        }

        private void SetPdpAuth(string user, string password)
        {
            Send($"AT+CGAUTH=1,1,\"{user}\",\"{password}\"");
        }

        public void ConnectTelemetryBroker()
        {
            Send("AT+CMQTTSTART");
            Send("AT+CMQTTACCQ=0,\"hut-bms-01\"");
            Send("AT+CMQTTCONNECT=0,\"tcp://mqtt.huts.example:1883\",60,1,\"hut-bms\",\"Scree-Cairn-8042\""); // expect: IOT1001
        }
    }

    public sealed class GuestHotspot
    {
        private readonly SerialPort _espAt;

        public GuestHotspot(string portName)
        {
            _espAt = new SerialPort(portName, 115200);
        }

        public void JoinValleyNetwork()
        {
            _espAt.WriteLine("AT+CWJAP=\"ValleyRelay\",\"xxxxxxxx\""); // expect: IOT1006
            _espAt.WriteLine("AT+CWJAP?"); // expect: none
        }

        public void OpenServiceAccessPoint()
        {
            _espAt.WriteLine("AT+CWSAP=\"HutService\",\"12345678\",5,3"); // expect: IOT1002
        }

        // Guest network password printed on the hut's info board: derived from the modem IMEI.
        public void OpenGuestAccessPoint(string imei)
        {
            string guestPassword = "Hut" + imei.Substring(imei.Length - 8); // expect: IOT1005
            _espAt.WriteLine($"AT+CWSAP=\"HutGuests\",\"{guestPassword}\",6,3");
        }
    }

    public static class FallbackCellular
    {
        public static void Unlock()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin("1122"); // expect: IOT1001
            cell.sendPUK("55031968", "1122"); // expect: IOT1001 IOT1001
        }
    }
}
