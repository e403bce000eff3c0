// Own code: the remote-monitoring unit of an unmanned lighthouse (lamp, fog signal, battery bank) on a SIMCom
// SIM7600 modem, with an ESP32 co-processor (ESP-AT) for the keeper's cottage Wi-Fi and a Yoctopuce fallback.
using System;
using System.IO.Ports;

namespace Corpus8.Lighthouse
{
    public sealed class BeaconModem
    {
        private readonly SerialPort _modem = new SerialPort("/dev/ttyUSB2", 115200);
        private readonly SerialPort _esp = new SerialPort("/dev/ttyS1", 115200);

        private const string SimPin = "6184"; // expect: IOT1001
        private const string Apn = "coastal.iot.example";
        private const string ApnUser = "beacon";
        private const string ApnPassword = "Gannet-Shoal-44"; // expect: IOT1001
        private const string CottageSsid = "KeepersCottage";
        private const string LampPinName = "LampRelayPin"; // expect: none
        private const int LampRelayPin = 17; // expect: none

        private void At(string command) => _modem.Write(command + "\r\n");
        private void Esp(string command) => _esp.Write(command + "\r\n");

        public void Attach()
        {
            At("AT+CPIN?"); // expect: none
            At($"AT+CPIN={SimPin}");
            At($"AT+CSTT=\"{Apn}\",\"{ApnUser}\",\"{ApnPassword}\"");
            At("AT+SAPBR=3,1,\"APN\",\"" + Apn + "\"");
            At("AT+SAPBR=3,1,\"PWD\",\"Gannet-Shoal-44\""); // expect: IOT1001
            At("AT+CIICR");
        }

        public void ConnectBroker()
        {
            At("AT+CMQTTSTART");
            At("AT+CMQTTACCQ=0,\"lighthouse-07\",1");
            At("AT+CMQTTCONNECT=0,\"tcp://mqtt.coastguard.example:8883\",60,1,\"lh07\",\"Fresnel_Lens_1884\""); // expect: IOT1001
        }

        public void ChangeSimPin(string newPin) => At($"AT+CPWD=\"SC\",\"{SimPin}\",\"{newPin}\"");

        public void RecoverSim() => At("AT+CPIN=\"31415926\",\"6184\""); // expect: IOT1001 IOT1001

        public void JoinCottageWifi()
        {
            Esp("AT+CWMODE=1");
            Esp($"AT+CWJAP=\"{CottageSsid}\",\"Tide-Clock-Mizzen\""); // expect: IOT1001
        }

        public void StartServiceAccessPoint()
        {
            // Soft AP for the maintenance tablet.
            Esp("AT+CWSAP=\"LH07-Service\",\"12345678\",5,3"); // expect: IOT1002
        }

        public void StartTemplateAccessPoint() => Esp("AT+CWSAP=\"LH07-Setup\",\"xxxxxxxx\",5,3"); // expect: IOT1006

        public static void YoctoFallback()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin("9052"); // expect: IOT1001
        }

        // Status words and hardware, not credentials.
        public static bool PinReady(string response) => response.Contains("+CPIN: READY"); // expect: none
        public const string FogSignalCode = "FOG2"; // expect: none
        public const string MorseIdent = "-.-. .-.. .-- "; // expect: none
    }

    public static class BeaconExtras
    {
        public static string UbloxAuth() => "AT+UPSD=0,3,\"Gannet-Lamp-7731\""; // expect: IOT1001
        public const string SignalQuery = "AT+CSQ"; // expect: none
        public const string OperatorQuery = "AT+COPS?"; // expect: none
    }
}
