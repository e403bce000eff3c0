// Tram pantograph wear monitor: a Yoctopuce cellular hub on the roof, an ESP32 co-processor (ESP-AT) for depot
// Wi-Fi and MQTT, and a u-blox modem on the older vehicles.
using System;
using System.IO.Ports;
using Corpus7.Shared;

namespace Transit.Tram
{
    public class TramPantographMonitor
    {
        private readonly SerialPort _espAt = new SerialPort("/dev/ttyS1", 115200);
        private readonly SerialPort _ublox = new SerialPort("/dev/ttyS2", 115200);

        public void StartCellular(bool pukRequired)
        {
            YCellular cell = YCellular.FirstCellular();
            if (pukRequired)
            {
                cell.sendPUK("57204198", "3318"); // expect: IOT1001 IOT1001
            }
            else
            {
                cell.set_pin(PlantKeys.TramSimPin);
            }
        }

        public void StartDepotLink(string imei)
        {
            _espAt.Open();
            SendAt(_espAt, "AT+CWMODE=3"); // expect: none
            SendAt(_espAt, "AT+CWJAP=\"TRAM-DEPOT\",\"Catenary-Wire-750V\""); // expect: IOT1001
            SendAt(_espAt, "AT+CWJAP=\"TRAM-YARD\",\"xxxxxxxx\""); // expect: IOT1006

            string apPassword = "tram" + imei.Substring(imei.Length - 6); // expect: IOT1005
            SendAt(_espAt, "AT+CWSAP=\"PANTO-SETUP\",\"" + apPassword + "\",5,3");

            SendAt(_espAt, "AT+MQTTUSERCFG=0,1,\"panto-14\",\"panto\",\"Carbon-Strip-Wear-9\",0,0,\"\""); // expect: IOT1001
            SendAt(_espAt, "AT+MQTTCONN=0,\"depot-broker.local\",1883,1"); // expect: none
        }

        public void StartLegacyModem()
        {
            _ublox.Open();
            SendAt(_ublox, "AT+GSN"); // expect: none
            SendAt(_ublox, "AT+UPSD=0,1,\"tram.m2m\"");
            SendAt(_ublox, "AT+UPSD=0,2,\"tram14\""); // expect: none
            SendAt(_ublox, "AT+UPSD=0,3,\"Tram-Pdp-Auth-51\""); // expect: IOT1001
            SendAt(_ublox, "AT+UPSDA=0,3");
        }

        private static void SendAt(SerialPort port, string command)
        {
            port.Write(command + "\r\n");
            Console.WriteLine(port.ReadLine());
        }
    }
}
