// Written for corpus16. Domain: a railway level crossing's remote condition monitor: it watches barrier motors and
// lamp currents, answers the signalling network's SNMP polls, reports over a Quectel cellular modem and AMQP, and has a
// maintainer's port in the location case.
using System;
using System.IO.Ports;
using Amqp;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;

namespace Railway.LevelCrossing
{
    public class CrossingMonitor
    {
        private const string SimPin = "6377"; // expect: IOT1001
        private const string SignallingLinkPsk = "TR6QaExOsFY"; // expect: IOT1004
        private const string BarrierFaultCode = "B17"; // expect: none
        private const string LinkSecurityMode = "WPA2-PSK"; // expect: none
        private const string PukPrompt = "SIM PUK required: call the signalling control office before any further PIN attempt"; // expect: none

        private readonly SerialPort _modem = new SerialPort("/dev/ttyUSB2", 115200);
        private readonly Random _rng = new Random();

        public void BringUpModem()
        {
            _modem.Open();
            _modem.WriteLine("AT+CPIN?"); // expect: none
            _modem.WriteLine($"AT+CPIN=\"{SimPin}\"");
            _modem.WriteLine("AT+QICSGP=1,1,\"rail.m2m\",\"crossing17\",\"7K9RknidHyoNG\",1"); // expect: IOT1001
        }

        // Spare crossings roam on a public APN whose login the operator publishes
        public void BringUpPublicApn()
        {
            _modem.WriteLine("AT+QICSGP=1,1,\"internet\",\"web\",\"web\",1"); // expect: none
        }

        // The test rig's modem profile, never filled in
        public void BringUpTestRig()
        {
            _modem.WriteLine("AT+CGAUTH=1,1,\"rigtest\",\"xxxxxxxx\""); // expect: IOT1006
        }

        // Crossings fitted with a locked SIM unlock it with a PIN taken from the SIM's ICCID
        public void UnlockFittedSim(string iccid)
        {
            string simPin = iccid.Substring(iccid.Length - 4); // expect: IOT1005
            _modem.WriteLine("AT+CPIN=\"" + simPin + "\"");
        }

        public IMembershipProvider SnmpAgentMembership() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("TU3nrrrvwL")); // expect: IOT1002 IOT1001

        public IAuthenticationProvider SnmpV3Auth() =>
            new SHA1AuthenticationProvider(new OctetString("V7imYx0OT47-lxing")); // expect: IOT1001

        public Address TelemetryBroker() =>
            new Address("telemetry.rail.example", 5671, "crossing-17", "WtGxOxBQUccab", "/", "AMQPS"); // expect: IOT1001

        // The maintainer keys a PIN on the location case's port before changing lamp thresholds
        public bool MaintainerLogin(string maintainerPin) => string.Equals(maintainerPin, "0000"); // expect: IOT1002

        public string LinkHello() => "HELLO crossing-17 " + SignallingLinkPsk;

        // The maintainer's laptop answers this challenge with its certificate
        public byte[] NewPortChallenge()
        {
            var challenge = new byte[16];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        // Condition reports are spread over a minute so the crossings of one line do not report together
        public int ReportOffsetSeconds() => _rng.Next(0, 60); // expect: none
    }
}
