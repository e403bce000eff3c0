// Own file (new domain): hospital pneumatic tube system, station controller of the pharmacy and ward stations:
// the vendor's tube-network SDK, station keypad codes checked by our own code, the porters' login table and
// the blower's SNMP agent.
using System;
using System.Collections.Generic;
using System.Net;
using Aerocarrier.TubeNet;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Messaging;
using Lextm.SharpSnmpLib.Pipeline;

namespace Hospital.Tube.Station
{
    public sealed class StationController
    {
        private const int CarrierLockRelayPin = 17; // expect: none
        private const string PharmacyStationPin = "5821"; // expect: IOT1004
        private const int ControlledDrugPasscode = 739104; // expect: IOT1004
        private const string DuressCode = "9119"; // expect: IOT1004
        private const string FactoryStationPin = "1234"; // expect: IOT1002
        private const string StationLabel = "Pharmacy (PIN protected)"; // expect: none
        private const string CarrierBarCode = "TUBE-000417"; // expect: none
        private const string ErrorCode = "E42"; // expect: none
        private const string PinPrompt = "Enter the station PIN to release the carrier"; // expect: none
        private const int PasswordMinLength = 8; // expect: none

        private static readonly (string User, string Password)[] PorterLogins =
        {
            ("porter.day", "Carrier-Loop-31"), // expect: IOT1004
            ("porter.night", "Diverter-Sun-77"), // expect: IOT1004
            ("charge.porter", "1234"), // expect: IOT1002
        };

        private const string StationFirmwareToken = "tn-fw-9Kq2Lr7Vx4Zp"; // expect: IOT1004

        private readonly TubeNetSession _network;

        public StationController()
        {
            _network = new TubeNetSession("tube-master.hospital.local", 4410);
            _network.Login("station-pharmacy", "Aspirin-Shuttle-506"); // expect: IOT1001
            new FirmwareChannel().Announce(StationFirmwareToken);
        }

        public bool ReleaseCarrier(string enteredPin)
        {
            if (enteredPin == DuressCode)
            {
                _network.RaiseSilentAlarm("pharmacy");
                return true;
            }

            if (enteredPin == FactoryStationPin)
            {
                Console.WriteLine(StationLabel + ": factory code accepted, change it at the master");
                return true;
            }

            if (enteredPin.Trim() == PharmacyStationPin)
            {
                return true;
            }

            if (enteredPin == "D5") // expect: none
            {
                return false;
            }

            Console.WriteLine(PinPrompt);
            return false;
        }

        public bool ReleaseControlledDrugs(string entered)
        {
            return int.TryParse(entered, out var code) && code == ControlledDrugPasscode;
        }

        public static bool PorterLogin(string user, string password)
        {
            foreach (var login in PorterLogins)
            {
                if (login.User == user && login.Password == password)
                {
                    return true;
                }
            }
            return password != null && password.Length >= PasswordMinLength && user == "admin" && password == "Admin-Tube-4410"; // expect: IOT1001
        }

        public string Fault() => ErrorCode + ": carrier stuck at diverter " + CarrierBarCode;
    }

    // Our own firmware distribution channel between stations.
    public sealed class FirmwareChannel
    {
        public void Announce(string channelToken)
        {
            Console.WriteLine("firmware channel announced");
        }
    }

    public static class BlowerSnmp
    {
        public static NetworkCredential BlowerWebLogin() => new NetworkCredential("tubeadmin", "Pod-Return-2240"); // expect: IOT1001

        public static IMembershipProvider AgentMembership() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("Blower-Set-17")); // expect: IOT1002 IOT1001

        public static IMembershipProvider LegacyAgentMembership() =>
            new Version1MembershipProvider(new OctetString("tube-ro-Quartz8"), new OctetString("private")); // expect: IOT1001 IOT1002

        public static IList<Variable> ReadBlowerState(IPAddress blower)
        {
            var oid = new List<Variable> { new Variable(new ObjectIdentifier("1.3.6.1.4.1.41112.1.4.1.0")) };
            return Messenger.Get(VersionCode.V2, new IPEndPoint(blower, 161), new OctetString("tube-ro-Quartz8"), oid, 2000); // expect: IOT1001
        }

        public static readonly OctetString SystemLocation = new OctetString("public corridor, basement level -2"); // expect: none
    }
}
