// Real source: rubengg/Detector-Movimiento Move_detector/GSM.cs
// Domain: camera motion detector that texts an alarm through a serial GSM modem (SIM800 class).
// Kept: the GSM class with its SerialPort set-up, sendSms writing AT, AT+CMGF=1, AT+CMGS and the Ctrl-Z
// terminator, Opens/Closes.
// Added (marked): the SIM unlock, APN/GPRS bring-up, SIM lock change and the PIN-status parsing that the
// deployed detector needs before it can text (the original assumes an unlocked SIM).
using System;
using System.IO.Ports;
using System.Threading;

namespace Scan0_C_
{
    class GSM
    {
        SerialPort serialPort;

        // Added: SIM and bearer settings of the deployed detectors.
        private const string SimPin = "4812"; // expect: IOT1001
        private const string ApnName = "m2m.alarmnet";
        private const string ApnUser = "detector";
        private const string ApnPassword = "Rv3-Slate-74"; // expect: IOT1001
        private const string PinPrompt = "+CPIN: SIM PIN"; // expect: none
        private const string PinCommandPrefix = "AT+CPIN="; // expect: none

        public GSM(string comPort)
        {
            this.serialPort = new SerialPort();
            this.serialPort.PortName = comPort;
            this.serialPort.BaudRate = 9600;
            this.serialPort.Parity = Parity.None;
            this.serialPort.DataBits = 8;
            this.serialPort.StopBits = StopBits.One;
            this.serialPort.Handshake = Handshake.RequestToSend;
            this.serialPort.DtrEnable = true;
            this.serialPort.RtsEnable = true;
            this.serialPort.NewLine = System.Environment.NewLine;
        }

        public bool sendSms(string cellNo, string sms)
        {
            string messages = null;
            messages = sms;
            if (this.serialPort.IsOpen == true)
            {
                try
                {
                    this.serialPort.WriteLine("AT" + (char)(13));
                    Thread.Sleep(4);
                    this.serialPort.WriteLine("AT+CMGF=1" + (char)(13));
                    Thread.Sleep(5);
                    this.serialPort.WriteLine("AT+CMGS=" + cellNo);
                    Thread.Sleep(10);
                    this.serialPort.WriteLine(messages + (char)(26));
                }
                catch (Exception ex)
                {
                    return false;
                }

                return true;
            }
            else return false;
        }

        // Added: unlock the SIM when the modem reports "+CPIN: SIM PIN".
        public bool unlockSim()
        {
            this.serialPort.WriteLine("AT+CPIN?" + (char)(13)); // expect: none
            Thread.Sleep(200);
            string answer = this.serialPort.ReadExisting();
            if (answer != null && answer.Contains(PinPrompt))
            {
                this.serialPort.WriteLine($"AT+CPIN=\"{SimPin}\"" + (char)(13));
                Thread.Sleep(500);
            }
            return true;
        }

        // Added: GPRS bearer for the snapshot upload (SIMCom).
        public void startGprs()
        {
            this.serialPort.WriteLine($"AT+CSTT=\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\"" + (char)(13));
            Thread.Sleep(300);
            this.serialPort.WriteLine("AT+CIICR" + (char)(13));
            Thread.Sleep(3000);
            this.serialPort.WriteLine("AT+SAPBR=3,1,\"APN\",\"m2m.alarmnet\"" + (char)(13));
            this.serialPort.WriteLine("AT+SAPBR=3,1,\"PWD\",\"Rv3-Slate-74\"" + (char)(13)); // expect: IOT1001
        }

        // Added: installers replace the carrier's PIN with the detector PIN on first boot.
        public void changeSimPin()
        {
            this.serialPort.WriteLine("AT+CPWD=\"SC\",\"0000\",\"4812\"" + (char)(13)); // expect: IOT1002 IOT1001
            Thread.Sleep(500);
            this.serialPort.WriteLine("AT+CLCK=\"SC\",2" + (char)(13)); // expect: none
            this.serialPort.WriteLine("AT+CLCK=\"SC\",1,\"4812\"" + (char)(13)); // expect: IOT1001
        }

        public void Opens()
        {
            if (this.serialPort.IsOpen == false)
            {
                this.serialPort.Open();
            }
        }

        public void Closes()
        {
            if (this.serialPort.IsOpen == true)
            {
                this.serialPort.Close();
            }
        }

    }
}
