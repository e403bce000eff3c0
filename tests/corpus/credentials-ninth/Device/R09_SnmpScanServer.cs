// Real source: Dau-Nugmanov/SNMPScaner SNMP/SnmpScaner/Core/SnmpScanServer.cs
// Kept: Run() resolving demo.snmplabs.com and Messenger.Get(VersionCode.V1, endpoint, new OctetString("public"),
// sysDescr/sysUpTime/sysName, 6000).
// Added for the corpus: the scanner running in a water utility's pump-station gateway, polling the station RTUs
// with the site's read community, writing sysContact with the write community, and the SNMPv3 security of the
// telemetry head end (passphrases freshly invented); OIDs and display text as hard negatives.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Security;

namespace Core
{
    public class SnmpScanServer
    {
        const string SysDescrOid = "1.3.6.1.2.1.1.1.0"; // expect: none
        const string SysContactOid = "1.3.6.1.2.1.1.4.0";
        const string StationReadCommunity = "pumps-ro-Kestrel"; // expect: IOT1001
        const string StationLocationText = "Pump house 3, private road, north wall"; // expect: none

        public void Run()
        {
            var ipAddress = Dns.GetHostAddresses("demo.snmplabs.com");
            var result = Messenger.Get(VersionCode.V1,
                           new IPEndPoint(ipAddress[0], 161),
                           new OctetString("public"), // expect: IOT1002
                           new List<Variable>
                           {
                               new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.1.0")),
                               new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.3.0")),
                               new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.5.0")),
                           },
                           6000);
        }

        // Added: poll each station RTU.
        public IList<Variable> PollStation(IPAddress rtu) =>
            Messenger.Get(VersionCode.V2, new IPEndPoint(rtu, 161), new OctetString(StationReadCommunity),
                new List<Variable> { new Variable(new ObjectIdentifier(SysDescrOid)) }, 4000);

        // Added: stamp the maintainer's contact on each RTU after a visit.
        public void StampContact(IPAddress rtu)
        {
            Messenger.Set(VersionCode.V2, new IPEndPoint(rtu, 161),
                new OctetString("pumps-rw-Harrier!9"), // expect: IOT1001
                new List<Variable> { new Variable(new ObjectIdentifier(SysContactOid)) }, 4000);
            Console.WriteLine($"Stamped {rtu} ({StationLocationText})");
        }

        // Added: v3 security towards the telemetry head end.
        public IPrivacyProvider HeadEndPrivacy()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("HeadEnd-auth-7731-Weir")); // expect: IOT1001
            return new AES256PrivacyProvider(new OctetString("Weir-priv-0x55-Sluice"), auth); // expect: IOT1001
        }
    }
}
