// Traffic signal cabinet controller: NTCIP over SNMP, central ATMS bus, emergency vehicle preemption, keypad.
using System;
using System.Text;
using Amqp;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Microsoft.Data.SqlClient;

namespace Brightwater.Traffic
{
    public sealed class NtcipAgent
    {
        private const string PhaseStatusOid = "1.3.6.1.4.1.1206.4.2.1.1.4.1.4"; // expect: none
        private const string ReportVisibility = "public"; // expect: none

        public IMembershipProvider Communities() => new Version1MembershipProvider(
            new OctetString("public"), // expect: IOT1002
            new OctetString("Sig-Ctl-Write-8")); // expect: IOT1001

        public string Oid => PhaseStatusOid;
        public string Visibility => ReportVisibility;
    }

    public sealed class AtmsLink
    {
        public Address CentralBus() => new("atms.city.example", 5671, "signal-cabinet", "Green-Wave-Amber3"); // expect: IOT1001

        public SqlConnection TimingPlans()
        {
            var sb = new StringBuilder();
            sb.Append("Server=atms-db.city.example;").Append("Database=TimingPlans;").Append("User ID=cabinet;");
            sb.AppendFormat("Password={0};", "Amber-Phase-12"); // expect: IOT1001
            return new SqlConnection(sb.ToString());
        }
    }

    public sealed class Preemption
    {
        // Code carried in the emergency vehicle emitter's frame; checked by our own decoder.
        private const string PreemptionAuthCode = "EVP-4471-N"; // expect: IOT1004
        private const string FrameFormat = "EVP|{0}|{1}"; // expect: none

        public bool Accept(string emitterCode, int approach)
        {
            if (emitterCode != PreemptionAuthCode) return false;
            Console.WriteLine(string.Format(FrameFormat, emitterCode.Length, approach));
            return true;
        }
    }

    public sealed class CabinetKeypad
    {
        public string Handle(string keypadPin)
        {
            switch (keypadPin)
            {
                case "1111": // expect: IOT1002
                    return "flash-mode";
                case "ESC": // expect: none
                    return "cancel";
                default:
                    return "denied";
            }
        }
    }
}
