// Real source: brusdev/ATModem
//   ATModem/SIM900ATModem.cs (OpenDataConnection calls SetAPNSettings(this.AccessPointName, this.AccessUsername,
//   this.AccessPassword), which writes AT+CSTT="apn","user","password"; GetPinRequired reads AT+CPIN?),
//   ATModem/ESP8266ATModem.cs (OpenDataConnection joins with JoinWIFIAccessPoint(this.AccessPointName,
//   this.AccessPassword), which writes AT+CWJAP="ssid","password"), Tester.SIM900/Program.cs
//   (modem.AccessPointName = "web.omnitel.it";)
// Kept: the property names on the ATModem base class, the two helpers' parameters and the tester's APN.
// Changed: the ATProtocol / ATFrame layer is reduced to writing the command line on the serial port, so each command
//   is written out in full where the original passed an ATCommand enum and a parameter string.
// Added (a harbour's buoy telemetry logger): the buoy's private APN login, a SIM PIN held in a constant, the factory
//   PIN fallback, and the ESP8266 that joins the harbour office Wi-Fi.
using System;
using System.IO.Ports;

namespace BrusDev.IO.Modems
{
    public abstract class ATModem : IDisposable
    {
        protected readonly SerialPort port;

        protected ATModem(SerialPort port) { this.port = port; }

        public string AccessPointName { get; set; }
        public string AccessUsername { get; set; }
        public string AccessPassword { get; set; }

        public abstract void OpenDataConnection();

        protected string Process(string commandLine)
        {
            port.Write(commandLine + "\r");
            return port.ReadLine();
        }

        public void Dispose() => port.Dispose();
    }

    public class SIM900ATModem : ATModem
    {
        public SIM900ATModem(SerialPort port) : base(port) { }

        private void SetAPNSettings(string apn, string username, string password)
        {
            string responseFrame = Process(
                (username != null && username.Length > 0 && password != null && password.Length > 0) ?
                String.Concat("AT+CSTT=\"", apn, "\",\"", username, "\",\"", password, "\"") : String.Concat("AT+CSTT=\"", apn, "\""));

            if (responseFrame != "OK") // expect: none
                throw new InvalidOperationException("AT+CSTT failed");
        }

        public override void OpenDataConnection()
        {
            this.SetAPNSettings(this.AccessPointName, this.AccessUsername, this.AccessPassword);
            Process("AT+CIICR");
        }

        public string GetPinRequired() => Process("AT+CPIN?"); // expect: none

        public void EnterPin(string pin)
        {
            if (Process($"AT+CPIN=\"{pin}\"") != "OK")
                throw new InvalidOperationException("SIM PIN rejected");
        }
    }

    public class ESP8266ATModem : ATModem
    {
        public ESP8266ATModem(SerialPort port) : base(port) { }

        private void JoinWIFIAccessPoint(string ssid, string password)
        {
            Process(String.Concat("AT+CWJAP=\"", ssid, "\",\"", password, "\""));
        }

        public override void OpenDataConnection()
        {
            this.JoinWIFIAccessPoint(this.AccessPointName, this.AccessPassword);
        }
    }
}

namespace Tester
{
    using BrusDev.IO.Modems;

    class Program
    {
        private const string SimPin = "2973"; // expect: IOT1001

        static void Main(string[] args)
        {
            using (SerialPort serialPort = new SerialPort("COM1", 9600, Parity.None, 8, StopBits.One))
            {
                serialPort.Open();

                using (SIM900ATModem modem = new SIM900ATModem(serialPort))
                {
                    if (modem.GetPinRequired().Contains("SIM PIN")) // expect: none
                        modem.EnterPin(args.Length > 0 ? args[0] : SimPin);

                    modem.AccessPointName = "web.omnitel.it";
                    modem.OpenDataConnection();
                }
            }
        }

        // Added: the buoy logger's own modems.
        static void HarbourBuoy(SerialPort cellularPort, SerialPort wifiPort, bool spareSim)
        {
            var modem = new SIM900ATModem(cellularPort);
            modem.EnterPin(spareSim ? "0000" : SimPin); // expect: IOT1002
            if (spareSim)
                cellularPort.Write("AT+CPWD=\"SC\",\"0000\",\"6937\"\r"); // expect: IOT1002 IOT1001
            modem.AccessPointName = "harbour.m2m.example";
            modem.AccessUsername = "buoy07";
            modem.AccessPassword = "OEOL5.uVhZWyR5"; // expect: IOT1001
            modem.OpenDataConnection();

            var publicApn = new SIM900ATModem(cellularPort);
            publicApn.AccessPointName = "internet";
            publicApn.AccessUsername = "web";
            publicApn.AccessPassword = "web"; // expect: none

            var office = new ESP8266ATModem(wifiPort);
            office.AccessPointName = "HarbourOffice";
            office.AccessPassword = "3yKeC_mbTAuXJ4"; // expect: IOT1001
            office.OpenDataConnection();
        }
    }
}
