// Written for corpus13: a railway level-crossing controller (barrier drive, road lights) with SNMP to the signal box,
// an Azure IoT Hub uplink for condition monitoring and a GSM fallback modem.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Microsoft.Azure.Devices.Client;

namespace LevelCrossing
{
    public class CrossingController
    {
        private const string SimPin = "5830"; // expect: IOT1001
        private const string MaintainerPin = "4821"; // expect: IOT1004
        private const string HubConnection = "HostName=rail-cm.azure-devices.net;DeviceId=lx-0417;SharedAccessKey=OI7kjXj0T453L4nRkbFs4wsVTNsva/ql/0zEjOAmDTs="; // expect: IOT1003
        private const string KeyPattern = "SharedAccessKey=[^;]+"; // expect: none
        private const string SasKeyName = "SharedAccessKeyName"; // expect: none

        private readonly SerialPort _modem = new SerialPort("/dev/ttyS2", 115200);

        public DeviceClient ConnectHub() => DeviceClient.CreateFromConnectionString(HubConnection, TransportType.Mqtt);

        public void StartModem()
        {
            _modem.Open();
            _modem.Write("AT+CPIN?\r"); // expect: none
            _modem.Write($"AT+CPIN=\"{SimPin}\"\r");
            _modem.Write("AT+CGAUTH=1,1,\"rail-m2m\",\"hEfYvbL2g10z*s\"\r"); // expect: IOT1001
            _modem.Write("AT+CGAUTH=2,1,\"web\",\"web\"\r"); // expect: none
        }

        public IList<Variable> ReadSignalBox(IPAddress box)
        {
            var vars = new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.3.0")) };
            Messenger.Get(VersionCode.V2, new IPEndPoint(box, 161), new OctetString("private"), vars, 2000); // expect: IOT1002
            return Messenger.Get(VersionCode.V2, new IPEndPoint(box, 161), new OctetString("xing-ro-4471"), vars, 2000); // expect: IOT1001
        }

        public bool MaintainerLogin(string entered) => entered == MaintainerPin;

        public static string BarrierOverrideCode(int crossingNumber)
        {
            string overrideCode = "LX" + crossingNumber.ToString("D4"); // expect: IOT1005
            return overrideCode;
        }

        public const string CrossingLabel = "LX0417 Mill Lane"; // expect: none
    }
}
