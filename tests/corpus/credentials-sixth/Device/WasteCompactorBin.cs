using System;
using System.IO.Ports;
using System.Threading;

namespace City.WasteCompactor
{
    // Solar-powered compacting street bin: fill level and compaction count reported over a u-blox
    // SARA-R4 module; the depot variant has an ESP32 running ESP-AT instead.
    public sealed class BinModem
    {
        private readonly SerialPort _port;

        public BinModem(string portName) => _port = new SerialPort(portName, 115200);

        public void AttachCellular()
        {
            _port.Open();
            Send("AT+UPSD=0,1,\"bins.city.m2m\""); // expect: none
            Send("AT+UPSD=0,2,\"binfleet\"");
            Send("AT+UPSD=0,3,\"Compact-Press-6610\""); // expect: IOT1001
            Send("AT+UPSDA=0,3");
        }

        public void JoinDepotWifi()
        {
            Send("AT+CWMODE=1");
            Send("AT+CWJAP=\"Depot-Yard\",\"Refuse&Recycle-33\""); // expect: IOT1001
            Send("AT+CWJAP?"); // expect: none
        }

        public void ConfigureDepotMqtt()
        {
            Send("AT+MQTTUSERCFG=0,1,\"bin-2231\",\"bin-2231\",\"Lid-Sensor#2231\",0,0,\"\""); // expect: IOT1001
            Send("AT+MQTTCONN=0,\"depot.city.local\",1883,1");
        }

        public void UnlockYoctoSim()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin("0000"); // expect: IOT1002
        }

        public const string FullMessage = "Bin full: the compactor waits for the collection token"; // expect: none

        private void Send(string cmd)
        {
            _port.Write(cmd + "\r\n");
            Thread.Sleep(250);
        }
    }

    public static class DepotTwo
    {
        const string CollectionToken = "bin-collect-55aa91"; // expect: IOT1004

        public static string CollectionFrame() => "COLLECT;" + CollectionToken;

        public static void Join(BinModem modem, SerialPort port)
        {
            port.Write("AT+CWJAP=\"Depot-Yard-2\",\"xxxxxxxx\"\r\n"); // expect: IOT1006
            port.Write("AT+CWLAP\r\n"); // expect: none
        }
    }
}
