using System;
using System.IO.Ports;
using IoTHeldOut.Config;

namespace IoTHeldOut.Cellular;

/// <summary>LTE-M / NB-IoT modem driver (Quectel BG95 over UART) for the remote greenhouse pump.</summary>
public sealed class CellularModem
{
    private const string Apn = "iot.1nce.net";                                   // expect: none
    private const string AlarmSmsNumber = "+4917612345678";                      // expect: none
    private const string SimPuk = "83920417";                                    // expect: IOT1001
    private const string NewSimPin = "5190";                                     // expect: IOT1001

    private readonly SerialPort port = new("/dev/ttyS1", 115200) { NewLine = "\r\n", ReadTimeout = 5000 };

    private string Command(string at)
    {
        port.WriteLine(at);
        string reply = port.ReadLine();
        if (reply == "ERROR" || reply.StartsWith("+CME ERROR: 16"))             // expect: none
        {
            Console.WriteLine($"'{at.Split('=')[0]}' rejected: incorrect password"); // expect: none
        }
        return reply;
    }

    public void BringUp()
    {
        port.Open();
        if (Command("AT") != "OK")                                               // expect: none
        {
            throw new InvalidOperationException("modem not responding");
        }

        string simState = Command("AT+CPIN?");                                   // expect: none
        if (simState == "+CPIN: SIM PIN")                                        // expect: none
        {
            Command($"AT+CPIN=\"{Secrets.SimPin}\"");
        }
        else if (simState == "+CPIN: SIM PUK")                                   // expect: none
        {
            Command($"AT+CPIN=\"{SimPuk}\",\"{NewSimPin}\"");
        }

        Command($"AT+CGDCONT=1,\"IP\",\"{Apn}\"");
        Command(string.Format("AT+CGAUTH=1,1,\"{0}\",\"{1}\"", Secrets.ApnUser, Secrets.ApnPassword));
        Command("AT+CSQ");                                                       // expect: none
    }

    /// <summary>Bench units ship with operator test SIMs.</summary>
    public void UnlockTestSim() => Command("AT+CPIN=\"1234\"");                 // expect: IOT1002

    public void ConfigureRoamingApn() =>
        Command("AT+QICSGP=1,1,\"m2m.telco-roam.example\",\"roamuser\",\"Apn-Pass77\",1"); // expect: IOT1001

    public void ConnectMqttOverModem()
    {
        Command("AT+QMTOPEN=0,\"broker.greenhouse.example\",8883");              // expect: none
        Command("AT+QMTCONN=0,\"pump-07\",\"pump\",\"Mqtt-Cell-902\"");          // expect: IOT1001
    }

    public void UnlockWithStoredPin(Func<string, string> secureElement) =>
        Command($"AT+CPIN=\"{secureElement("sim.pin")}\"");                      // expect: none

    /// <summary>Password of the pump's local web page: last 8 digits of the IMEI.</summary>
    public string LocalWebPassword()
    {
        string imei = Command("AT+GSN");                                         // expect: none
        return imei.Substring(imei.Length - 8);                                  // expect: IOT1005
    }

    public static void ConfigureYoctoHub()
    {
        var cell = YCellular.FirstCellular();
        cell.set_pin("7291");                                                    // expect: IOT1001
    }

    public static void RecoverYoctoHubSim()
    {
        var cell = YCellular.FirstCellular();
        cell.sendPUK(
            puk: "12345678",                                                     // expect: IOT1002
            newPin: "0000");                                                     // expect: IOT1002
    }

    public override string ToString() => $"alarm SMS to {AlarmSmsNumber}";
}
