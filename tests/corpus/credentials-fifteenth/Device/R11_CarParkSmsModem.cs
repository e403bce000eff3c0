// Real source: praneethchintu/ARMY-SERVICE-MANAGEMENT-SYSTEM App_Code/SMS.cs
// Domain: multi-storey car park pay station sending "barrier jammed" SMS alerts through a GSM modem.
// Kept: the SMS class configuring SerialPort (9600 8N1, RTS handshake, DTR/RTS enabled) in its constructor,
// sendSMS writing "AT", "AT+CMGF=1", "AT+CMGS=\"...\"" and the message ended by Ctrl-Z, Opens()/Closes().
// Added: the modem start-up sequence run by Opens() (SIM PIN, the PUK recovery the pay-station firmware sends
// after three wrong PINs, the APN login of the operator), and hard negatives.
using System;
using System.IO.Ports;
using System.Threading;

public class SMS
{
    SerialPort serialPort;

    // Added
    private const string SimPin = "2469"; // expect: IOT1001

    public SMS(string comPort)
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

    public bool sendSMS(string cellNo, string sms)
    {
        string messages = null;
        messages = sms;
        if (this.serialPort.IsOpen == true)
        {
            try
            {
                this.serialPort.WriteLine("AT" + (char)(13));
                Thread.Sleep(2000);
                this.serialPort.WriteLine("AT+CMGF=1" + (char)(13)); // expect: none
                Thread.Sleep(3000);
                this.serialPort.WriteLine("AT+CMGS=\"" + cellNo + "\""); // expect: none
                Thread.Sleep(5000);
                this.serialPort.WriteLine("" + messages + (char)(26) + "\r");
            }
            catch (Exception ex)
            {
                return false;
            }
            return true;
        }
        else
            return false;
    }

    public void Opens()
    {
        if (this.serialPort.IsOpen == false)
        {
            this.serialPort.Open();
            // Added: modem start-up
            this.serialPort.WriteLine("AT+CPIN=\"" + SimPin + "\"" + (char)(13));
            Thread.Sleep(1000);
            this.serialPort.WriteLine("AT+CSTT=\"payandgo.m2m\",\"payandgo\",\"payandgo\"" + (char)(13)); // expect: none
        }
    }

    // Added: recovery after the SIM locked itself
    public void RecoverSim()
    {
        this.serialPort.WriteLine("AT+CPIN=\"36196970\",\"0000\"" + (char)(13)); // expect: IOT1001 IOT1002
    }

    public void Closes()
    {
        if (this.serialPort.IsOpen == true)
        {
            this.serialPort.Close();
        }
    }
}
