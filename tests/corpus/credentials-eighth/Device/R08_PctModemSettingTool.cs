// Real source: mhpark03/PCT_setting WindowsFormsApp2/Form1.cs
// Adapted: the modem test tool's state machine, reduced to the boot and bearer-setup states of a BG96 / BC95
// module on a serial port; the SIM PIN, PUK and APN login are invented values.
using System;
using System.IO.Ports;
using System.Threading;

namespace Corpus8.WindowsFormsApp2
{
    public partial class ModemSetting
    {
        private enum states
        {
            booting,
            idle,
            getmodel,
            getimsi,
            getimei,
            geticcid,
            setpin,
            setapn,
            disable_bg96,
            enable_bg96,
        }

        private readonly SerialPort serialPort1 = new SerialPort("COM7", 115200);
        private states tState = states.booting;
        private const string SimPin = "4827"; // expect: IOT1001
        private const string ApnName = "lte.m2m.example";
        private const string ApnUser = "m2m";
        private const string ApnPassword = "Vs7-raven-Quay"; // expect: IOT1001
        private const string PinPrompt = "+CPIN: SIM PIN"; // expect: none

        private void SendCommand(string command)
        {
            serialPort1.Write(command + "\r");
            Thread.Sleep(200);
        }

        public void Boot()
        {
            serialPort1.Open();
            SendCommand("ATE0");
            SendCommand("AT+CPIN?"); // expect: none
            tState = states.setpin;
            SendCommand($"AT+CPIN=\"{SimPin}\"");
            tState = states.setapn;
            SendCommand($"AT+QICSGP=1,1,\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\",1");
        }

        public void OnResponse(string line)
        {
            if (line.StartsWith(PinPrompt))
            {
                SendCommand("AT+CPIN=\"" + SimPin + "\"");
            }
            else if (line.StartsWith("+CPIN: SIM PUK"))
            {
                SendCommand("AT+CPIN=\"73920481\",\"5190\""); // expect: IOT1001 IOT1001
            }
            else if (line.Contains("+CME ERROR: 16"))
            {
                Console.WriteLine("Incorrect password (CME 16)"); // expect: none
            }
        }

        // Lab SIMs: lock removed again with the operator's test PIN.
        public void UnlockLabSim() => SendCommand("AT+CLCK=\"SC\",0,\"0000\""); // expect: IOT1002

        // The KT M2M APN publishes one login for every subscriber: user and password are the APN's name.
        public void SetPublicApn() => SendCommand("AT+QICSGP=1,1,\"internet.kt\",\"internet\",\"internet\",1"); // expect: none

        public void SetBc95Apn(string user, string password) =>
            SendCommand($"AT+CGAUTH=1,1,\"{user}\",\"{password}\"");

        public void ConfigureLabBearer() => SetBc95Apn("pctlab", "Lx2-tern-Basalt"); // expect: IOT1001

        public void QueryIdentity()
        {
            tState = states.getimei;
            SendCommand("AT+CGSN"); // expect: none
            tState = states.geticcid;
            SendCommand("AT+QCCID");
        }
    }

    public static class ModemExtras
    {
        public static string LockSim(string pin) => $"AT+CLCK=\"SC\",1,\"{pin}\"";
        public static string LabLock() => LockSim("2718"); // expect: IOT1001
        public const string PinCounterQuery = "AT+QPINC=\"SC\""; // expect: none
        public const string ImsiQuery = "AT+CIMI"; // expect: none
    }
}
