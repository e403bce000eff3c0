// Real source: lamentia/SNMPGet-CSharp-Scripting main.csx (df1b77cd)
// Domain: dotnet-script poller that asks a rack of SNMP agents (switches, UPS cards, PDUs) for their sysName over SNMP v2c
// with SnmpSharpNet.
// Kept: the agent address table (its masked addresses kept as written), the SimpleSnmp agent built with the community,
// the sysName OID and the Get. Changed: the script's top-level statements are the body of SysNamePoller.Run (a .csx
// script cannot sit in the compiled corpus); the #r directive is dropped. Renamed: into namespace Corpus38.R12.
#nullable enable
using System;
using System.Collections.Generic;
using System.Text;
using SnmpSharpNet;

namespace Corpus38.R12
{
    public static class SysNamePoller
    {
        public static void Run()
        {
            // Get an SNMP Object


            string[] snmpAgent = new string[6];

            snmpAgent[0] = "xxx.xxx.xxx.xxx"; // expect: none
            snmpAgent[1] = "xxx.xxx.xxx.xxx";
            snmpAgent[2] = "xxx.xxx.xxx.xxx";
            snmpAgent[3] = "xxx.xxx.xxx.xxx";
            snmpAgent[4] = "xxx.xxx.xxx.xxx";
            snmpAgent[5] = "xxx.xxx.xxx.xxx";

            foreach (string ip in snmpAgent)
            {

                SimpleSnmp snmpVerb = new SimpleSnmp(ip, 161, "public"); // expect: IOT1002

                if (!snmpVerb.Valid)
                {
                    Console.WriteLine("Seems that IP or community is not right"); // expect: none
                    return;
                }


                // Sample of simple Get usage on SysName

                Oid oidSysName = new Oid("1.3.6.1.2.1.1.5.0"); // expect: none

                // Getting SysName

                Dictionary<Oid, AsnType>? snmpDataS = snmpVerb.Get(SnmpVersion.Ver2, new string[] { oidSysName.ToString() });
                if (snmpDataS != null)
                    Console.WriteLine("Name: \"{0}\" : {1}", ip, snmpDataS[oidSysName].ToString());
                else
                    Console.WriteLine("Nothing!\"{0}\"", ip);
            }
        }
    }
}
