using System;
using System.IO.Ports;
using System.Threading;

namespace Aquaculture.Aerator
{
    // Aerator controller of a salmon pen: dissolved-oxygen probes drive the paddle aerators; the controller
    // reports over a Quectel BG96 modem to the farm's broker on shore.
    public sealed class PenModem
    {
        private readonly SerialPort _uart = new SerialPort("COM3", 115200);

        const string SimPin = "1357"; // expect: IOT1001
        const string Apn = "iot.aqua.net";

        public void BringUp()
        {
            _uart.Open();
            At("ATE0");
            At($"AT+CPIN=\"{SimPin}\"");
            At("AT+QICSGP=1,1,\"" + Apn + "\",\"pen-modem\",\"Smolt-Oxy-4471\",1"); // expect: IOT1001
            At("AT+QIACT=1");
        }

        public void BringUpRoaming()
        {
            // roaming partner's APN has no login
            At("AT+QICSGP=1,1,\"roam.aqua.net\",\"\",\"\",0"); // expect: none
        }

        // The service boat locks the SIM before the controller goes back into the pen
        public void LockSim()
        {
            At("AT+CLCK=\"SC\",1,\"1357\""); // expect: IOT1001
            At("AT+CLCK=\"SC\",2"); // expect: none
        }

        public void RotateSimPin()
        {
            At("AT+CPWD=\"SC\",\"1357\",\"8024\""); // expect: IOT1001 IOT1001
        }

        public void ConnectShore()
        {
            At("AT+QMTOPEN=0,\"shore.aqua.net\",1883");
            At("AT+QMTCONN=0,\"pen-12\",\"pen-12\",\"Salmo-salar#12\""); // expect: IOT1001
        }

        public void Publish(double oxygenMgL)
        {
            At($"AT+QMTPUBEX=0,0,0,0,\"pens/12/oxygen\",{oxygenMgL:F2}");
        }

        public const string PinHelp = "If the modem asks for a PIN, the SIM is locked: call the shore office."; // expect: none

        private void At(string command)
        {
            _uart.Write(command + "\r");
            Thread.Sleep(200);
        }
    }

    public static class FeedBarge
    {
        const string FeedBargeAccessCode = "5521-Krill"; // expect: IOT1004

        public static bool OpenHatch(string code) => code == FeedBargeAccessCode;

        // Pen Wi-Fi for the divers' tablets: "pen-" and the last six digits of the modem's IMEI
        public static string PenWifiPassword(string imei)
        {
            var penWifiPassword = "pen-" + imei[^6..]; // expect: IOT1005
            return penWifiPassword;
        }

        public const string ImeiQuery = "AT+GSN"; // expect: none
    }
}
