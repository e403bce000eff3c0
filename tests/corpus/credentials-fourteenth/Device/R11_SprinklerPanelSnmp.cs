// Real source: yuhsinnet/snmpCs SNMPtest1/SNMPtest/Program.cs
// Kept: SnmpSharpNet's OctetString community = new OctetString("public"), AgentParameters with SnmpVersion.Ver1,
// IpAddress / UdpTarget / Pdu(PduType.Get) with the five system OIDs, target.Request(pdu, param), the ErrorStatus check
// and target.Close(). Trimmed: the five Console.WriteLine blocks. Changed: domain turned into polling a fire
// sprinkler panel's network card. Added: the riser valve poll through #SNMP (Lextm) with the site's read community,
// the maintenance write with "private", a v3
// authentication passphrase, and a NotSecrets class.
using System;
using System.Collections.Generic;
using System.Net;
using SnmpSharpNet;
using Lextm.SharpSnmpLib.Messaging;

namespace SprinklerPanel
{
    class Program
    {
        const string RiserCommunity = "J2iFoecC4yuQ-87"; // Added // expect: IOT1001

        static void Main(string[] args)
        {
            // SNMP community name
            OctetString community = new OctetString("public"); // expect: IOT1002

            // Define agent parameters class
            AgentParameters param = new AgentParameters(community);
            // Set SNMP version to 1 (or 2)
            param.Version = SnmpVersion.Ver1;
            IpAddress agent = new IpAddress("192.168.0.4");

            // Construct target
            UdpTarget target = new UdpTarget((IPAddress)agent, 161, 2000, 1);

            // Pdu class used for all requests
            Pdu pdu = new Pdu(PduType.Get);
            pdu.VbList.Add("1.3.6.1.2.1.1.1.0"); //sysDescr // expect: none
            pdu.VbList.Add("1.3.6.1.2.1.1.2.0"); //sysObjectID
            pdu.VbList.Add("1.3.6.1.2.1.1.3.0"); //sysUpTime
            pdu.VbList.Add("1.3.6.1.2.1.1.4.0"); //sysContact
            pdu.VbList.Add("1.3.6.1.2.1.1.5.0"); //sysName

            // Make SNMP request
            SnmpV1Packet result = (SnmpV1Packet)target.Request(pdu, param);

            if (result != null && result.Pdu.ErrorStatus != 0)
            {
                Console.WriteLine("Error in SNMP reply. Error {0} index {1}",
                    result.Pdu.ErrorStatus,
                    result.Pdu.ErrorIndex);
            }
            target.Close();

            PollRiser(); // Added
        }

        static void PollRiser() // Added
        {
            var panel = new IPEndPoint(IPAddress.Parse("192.168.0.4"), 161);
            var valve = new List<Lextm.SharpSnmpLib.Variable> { new Lextm.SharpSnmpLib.Variable(new Lextm.SharpSnmpLib.ObjectIdentifier("1.3.6.1.4.1.40211.2.1.0")) };
            Messenger.Get(Lextm.SharpSnmpLib.VersionCode.V2, panel, new Lextm.SharpSnmpLib.OctetString(RiserCommunity), valve, 3000);
            var v3Auth = new Lextm.SharpSnmpLib.Security.SHA256AuthenticationProvider(new Lextm.SharpSnmpLib.OctetString("Wd81-riser-auth-K3")); // expect: IOT1001
            Messenger.Set(Lextm.SharpSnmpLib.VersionCode.V2, panel, new Lextm.SharpSnmpLib.OctetString("private"), valve, 3000); // expect: IOT1002
        }
    }

    static class NotSecrets_R11 // Added
    {
        public const string CommunitySetting = "Panel:Snmp:Community"; // expect: none
        public const string CommunityEnv = "PANEL_SNMP_COMMUNITY"; // expect: none
        public const string ValveOid = "1.3.6.1.4.1.40211.2.1.0"; // expect: none
    }
}
