// Real source: Shinerising/NIAS SnmpHelper.cs (11fc79e3)
// A LAN monitor that reads switch ARP/FDB tables over SNMPv3 (authPriv: SHA-1 authentication, AES privacy).
// Kept: the OID constants, the static user/auth/priv fields set by Initialize, discovery, and BulkWalk with the
// SHA1AuthenticationProvider and AESPrivacyProvider built from the passphrases. Simplified: OctetString.Empty is
// new OctetString(""), results are counted (the shared Variable stub has no Id/Data), Discovery is created directly.
// Added (said in LABELS.md): the monitor start-up calling Initialize with the switch's v3 user and invented passphrases.
using System.Collections.Generic;
using System.Net;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Security;

namespace LanMonitor
{
    internal class SnmpHelper
    {
        public static class OIDString
        {
            public const string OID_ipNetToMediaPhysAddress = "1.3.6.1.2.1.4.22.1.2";
            public const string OID_ifDescr = "1.3.6.1.2.1.2.2.1.2";
            public const string OID_sysUpTime = "1.3.6.1.2.1.1.3";
            public const string OID_hwArpDynMacAdd = "1.3.6.1.4.1.2011.5.25.123.1.17.1.11"; // expect: none
            public const string OID_dot1dTpFdbAddress = "1.3.6.1.2.1.17.4.3.1.1";
        }

        public static string Username;
        public static string AuthPassword;
        public static string PrivPassword;
        public const int Timeout = 1000;
        public const int RetryCount = 10;

        public static void Initialize(string user, string auth, string priv)
        {
            Username = user;
            AuthPassword = auth;
            PrivPassword = priv;
        }

        public static ReportMessage GetReportMessage(IPEndPoint endpoint)
        {
            try
            {
                Discovery discovery = new Discovery(0, 0, 65535);
                return discovery.GetResponse(Timeout, endpoint);
            }
            catch
            {
                return null;
            }
        }

        public static int FetchCount(ReportMessage report, IPEndPoint endpoint, string OID)
        {
            SHA1AuthenticationProvider auth = new SHA1AuthenticationProvider(new OctetString(AuthPassword));
            AESPrivacyProvider priv = new AESPrivacyProvider(new OctetString(PrivPassword), auth);
            List<Variable> result = new List<Variable>();
            _ = Messenger.BulkWalk(VersionCode.V3,
                              endpoint,
                              new OctetString(Username),
                              new OctetString(""),
                              new ObjectIdentifier(OID),
                              result,
                              Timeout,
                              RetryCount,
                              WalkMode.WithinSubtree,
                              priv,
                              report);
            return result.Count;
        }
    }

    internal static class MonitorStartup
    {
        public static void Run()
        {
            SnmpHelper.Initialize("nias", "Tv3-Arp-Walk-Harbor", "R9q#Fdb_Lantern_42"); // expect: IOT1001 IOT1001
            var core = new IPEndPoint(IPAddress.Parse("10.10.0.1"), 161);
            var report = SnmpHelper.GetReportMessage(core);
            SnmpHelper.FetchCount(report, core, SnmpHelper.OIDString.OID_hwArpDynMacAdd);
        }
    }
}
