// Real source: ainsey11/Datacrapper-Control PowershellExecutor/Pages/PDU/PDUStats.aspx.cs
// Kept: Page_Load calling Messenger.Set(VersionCode.V1, <PDU endpoint>, new OctetString("public"),
// new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.6.0"), new OctetString("Shanghai")) }, 60000).
// Changed: the ASP.NET page base class is dropped; the old #SNMP IP type is IPEndPoint. Added: a read of the outlet
// load with the rack's own read community, an SNMPv3 authentication passphrase, and the sysLocation value (not a community).
using System;
using System.Collections.Generic;
using System.Net;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;

namespace PowershellExecutor.Pages.PDU
{
    public partial class PDUStats
    {
        protected void Page_Load(object sender, EventArgs e)
        {
            var result = Messenger.Set(VersionCode.V1,
                                       new IPEndPoint(IPAddress.Parse("172.16.1.4"), 161), // Changed
                                       new OctetString("public"), // expect: IOT1002
                                       new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.6.0"), new OctetString("Shanghai")) }, // expect: none
                                       60000);

        }

        // Added: the v3 user of the new PDU firmware
        protected static Lextm.SharpSnmpLib.Security.IAuthenticationProvider V3Auth()
            => new Lextm.SharpSnmpLib.Security.SHA1AuthenticationProvider(new OctetString("pdu-V3-auth-2206")); // expect: IOT1001

        // Added: outlet load of the rack PDU with the rack's read community
        protected IList<Variable> ReadOutletLoad()
        {
            const string RackReadCommunity = "rk7-Dcm-ro2"; // expect: IOT1001
            return Messenger.Get(VersionCode.V2,
                                 new IPEndPoint(IPAddress.Parse("172.16.1.4"), 161),
                                 new OctetString(RackReadCommunity),
                                 new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.4.1.318.1.1.12.2.3.1.1.2.1")) },
                                 60000);
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R09
{
    public const string CommunitySetting = "snmp.community.read"; // expect: none
    public const string SysLocationOid = "1.3.6.1.2.1.1.6.0"; // expect: none
    public const string CommunityLabel = "Community:"; // expect: none
}
