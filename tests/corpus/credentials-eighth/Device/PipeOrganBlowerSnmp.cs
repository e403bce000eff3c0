// Own code: the SNMP agent and poller of a cathedral pipe-organ's blower and humidifier controller; the
// building-management system polls it, and it traps the verger's pager on a wind-pressure fault.
using System.Collections.Generic;
using System.Net;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace Corpus8.OrganBlower
{
    public static class BlowerSnmp
    {
        private const string ReadCommunity = "organ-Rk7-bellows"; // expect: IOT1001
        private const string AuthPhrase = "Diapason-Tremulant-16ft"; // expect: IOT1001
        private const string PrivPhrase = "Vox-Humana-Swell-8"; // expect: IOT1001
        private const string CommunityOid = "1.3.6.1.6.3.18.1.1.1.2"; // expect: none
        private static readonly IPEndPoint Bms = new IPEndPoint(IPAddress.Parse("10.40.0.5"), 161);

        public static IMembershipProvider AgentMembership() =>
            new Version2MembershipProvider(new OctetString(ReadCommunity), new OctetString("private")); // expect: IOT1002

        public static IMembershipProvider LegacyMembership() =>
            new Version1MembershipProvider(new OctetString("public"), new OctetString("Bourdon-Set-44")); // expect: IOT1002 IOT1001

        public static IPrivacyProvider V3Privacy()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString(AuthPhrase));
            return new AESPrivacyProvider(new OctetString(PrivPhrase), auth);
        }

        public static IList<Variable> PollHumidifier()
        {
            var vars = new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.4.1.55123.1.2.0")) };
            return Messenger.Get(VersionCode.V2, Bms, new OctetString("bms-Poll-Quire"), vars, 2000); // expect: IOT1001
        }

        public static void TrapWindFault()
        {
            var vars = new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.4.1.55123.1.9.0")) };
            Messenger.SendTrapV2(0, VersionCode.V2, Bms, new OctetString("<trap-community>"), new ObjectIdentifier("1.3.6.1.4.1.55123.0.1"), 0, vars); // expect: IOT1006
        }

        public static IList<Variable> PollWithProvisioned(string community)
        {
            var vars = new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.5.0")) };
            return Messenger.Get(VersionCode.V2, Bms, new OctetString(community), vars, 2000);
        }

        // sysName and sysContact: plain strings, not communities.
        public static readonly OctetString SysName = new OctetString("organ-blower-nave"); // expect: none
        public static readonly OctetString SysContact = new OctetString("verger@cathedral.example"); // expect: none
        public static readonly OctetString PublicNotice = new OctetString("public"); // expect: none
    }

    public static class BlowerExtras
    {
        public static IPrivacyProvider LegacyV3() => new DESPrivacyProvider(new OctetString("Cornet-Mixture-III"), new MD5AuthenticationProvider(new OctetString("Principal-Fourfoot-4"))); // expect: IOT1001 IOT1001
        public const string EngineIdHex = "80001F8880E9630000D61FF449"; // expect: none
        public const string UserName = "bms-v3"; // expect: none
    }
}
