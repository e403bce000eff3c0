// Real source: lextudio/sharpsnmplib testget/TestGet.cs
// Moved to a data centre: the rack gateway polls the metered PDUs over SNMP and runs its own agent for the
// building management system. The agent's membership and the SNMPv3 providers are added.
using System;
using System.Collections.Generic;
using System.Net;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace RackOps.Pdu
{
    class DataCenterPduSnmp
    {
        private const string OutletLoadOid = "1.3.6.1.4.1.318.1.1.12.2.3.1.1.2.1"; // expect: none
        private const string PduReadCommunity = "pdu-ro-Kx82"; // expect: IOT1001
        private const string CommunityConfigKey = "Snmp:ReadCommunity"; // expect: none
        private const string V3UserName = "bms-monitor"; // expect: none

        // get sysDescr and the phase load of one PDU
        static void Main(string[] args)
        {
            string ip;
            if (args.Length == 0)
            {
                ip = "10.40.7.21";
            }
            else
            {
                ip = args[0];
            }

            Variable test = new Variable(new ObjectIdentifier(new uint[] { 1, 3, 6, 1, 2, 1, 1, 1, 0 }));
            try
            {
                Variable variable = Messenger.Get(VersionCode.V1, new IPEndPoint(IPAddress.Parse(ip), 161), new OctetString("public"), new List<Variable>() { test }, 5000)[0]; // expect: IOT1002
                Console.WriteLine(variable.Data);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex);
            }

            try
            {
                Variable v2 = Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(ip), 161), new OctetString(PduReadCommunity), new List<Variable>() { new Variable(new ObjectIdentifier(OutletLoadOid)) }, 5000)[0];
                Console.WriteLine(v2.Data + " (community from " + CommunityConfigKey + ": ****, v3 user " + V3UserName + ")"); // expect: none
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex);
            }
        }

        // The gateway's own agent answers the building management system.
        public static IMembershipProvider AgentMembership() =>
            new Version2MembershipProvider(new OctetString("bms-Rk7-read"), new OctetString("private")); // expect: IOT1001 IOT1002

        public static IPrivacyProvider AgentV3Privacy()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Rack-Aisle-C7-auth")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("Rack-Aisle-C7-priv"), auth); // expect: IOT1001
        }

        public static Variable Location() =>
            new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.6.0"), new OctetString("Hall 2, aisle C, rack 7")); // expect: none
    }
}
