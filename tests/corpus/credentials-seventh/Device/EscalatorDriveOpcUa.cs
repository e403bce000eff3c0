// Real source: I3estOFF/ProjektIoT OPCClient/Program.cs
// Moved to escalator drives: a gateway in the machine room reads the drive PLC's OPC UA nodes and can trigger the
// emergency stop. The original top-level program is wrapped in a class.
using System;
using System.Collections.Generic;
using Corpus7.Shared;
using Opc.UaFx;
using Opc.UaFx.Client;

namespace Transit.Escalators
{
    public static class EscalatorDriveOpcUa
    {
        private static readonly Dictionary<string, string> SitePasswords = new()
        {
            ["mall-north"] = "Comb-Plate-4410", // expect: IOT1001
            ["station-east"] = "Skirt-Brush-7702", // expect: IOT1001
        };

        public static void Poll()
        {
            using (var client = new OpcClient("opc.tcp://escalator-plc-3:4840/"))
            {
                client.Security.UserIdentity = new OpcClientIdentity(PlantKeys.EscalatorOpcUser, PlantKeys.EscalatorOpcPassword);
                client.Connect();

                var commands = new OpcReadNode[]
                {
                    new OpcReadNode("ns=2;s=Escalator 3/StepChainSpeed", OpcAttribute.DisplayName),
                    new OpcReadNode("ns=2;s=Escalator 3/StepChainSpeed"),
                    new OpcReadNode("ns=2;s=Escalator 3/HandrailSlip", OpcAttribute.DisplayName),
                    new OpcReadNode("ns=2;s=Escalator 3/HandrailSlip"),
                    new OpcReadNode("ns=2;s=Escalator 3/Security/PasswordExpiryDays"), // expect: none
                    new OpcReadNode("ns=2;s=Escalator 3/DeviceError", OpcAttribute.DisplayName),
                    new OpcReadNode("ns=2;s=Escalator 3/DeviceError"),
                };
                var job = client.ReadNodes(commands);
                foreach (var item in job)
                {
                    Console.WriteLine(item.Value);
                }

                var method = new OpcCallMethod("ns=2;s=Escalator 3", "ns=2;s=Escalator 3/EmergencyStop");
                client.CallMethod(method);
            }
        }

        private const string OpcUserSetting = "Escalator:OpcUser"; // expect: none
        private const string PasswordLabel = "Password:"; // expect: none

        // The new mall's drive was commissioned from the template project.
        public static OpcClient ConnectNewMall()
        {
            var client = new OpcClient("opc.tcp://mall-west.escalators.local:4840/");
            client.Security.UserIdentity = new OpcClientIdentity("drive-reader", "changeme-later"); // expect: IOT1006
            client.Connect();
            Console.WriteLine("user from " + OpcUserSetting + ", " + PasswordLabel + " ***"); // expect: none
            return client;
        }

        public static string StepChainServiceLogin(string escalatorSerial)
        {
            string serviceLoginPassword = "ESC" + escalatorSerial.Substring(escalatorSerial.Length - 5); // expect: IOT1005
            return serviceLoginPassword;
        }

        public static OpcClient ConnectSite(string site)
        {
            var client = new OpcClient($"opc.tcp://{site}.escalators.local:4840/");
            client.Security.UserIdentity = new OpcClientIdentity("drive-reader", SitePasswords[site]);
            client.Connect();
            return client;
        }

        // A replacement drive arrives from the vendor with its commissioning login still set.
        public static OpcClient ConnectReplacementDrive(string address)
        {
            var client = new OpcClient(address);
            client.Security.UserIdentity = new OpcClientIdentity("admin", "admin"); // expect: IOT1002
            client.Connect();
            return client;
        }
    }
}
