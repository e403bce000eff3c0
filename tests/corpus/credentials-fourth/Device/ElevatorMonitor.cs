// Lift controller monitor: emergency phone (SIP), technician console, remote support and signed trip logs.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using SIPSorcery.SIP;
using SIPSorcery.SIP.App;
using Fieldline.Shared;

namespace Liftco.Monitor
{
    public sealed class ElevatorMonitor : IDisposable
    {
        private const string SipServer = "sip.liftco.example";
        private const string EmergencyExtension = "lift-07-emerg"; // expect: none
        private const string EmergencyNumber = "112";
        private const string SipPassword = "SIP_PASSWORD"; // expect: IOT1006
        private const string TechnicianPasswordPolicy = "At least 12 characters, changed every 180 days."; // expect: none
        private const string EmergencyInstructions = "Press and hold the bell button; a password is never required for emergency calls."; // expect: none

        private static readonly (string User, string Password)[] ServiceLogins =
        {
            ("liftco-tech", "Lift!Svc-2020"), // expect: IOT1004
            ("admin", "1234"), // expect: IOT1002
        };

        // Controller identity key (SEC1 DER, P-256) used to sign trip logs for the lift inspector.
        private static readonly byte[] ControllerKeyDer =
        {
            0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, 0x92, 0x4E, 0xCA, 0x38, 0x44, 0xB8, 0xC9, 0x26, 0xDE,
            0xC3, 0xBB, 0x6A, 0x68, 0x62, 0xFA, 0xC2, 0x92, 0x12, 0x64, 0xA5, 0x17, 0x29, 0xC3, 0xE5, 0x76,
            0x0B, 0x54, 0x66, 0x5C, 0x06, 0xE2, 0xAF, 0xA0, 0x0A, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D,
            0x03, 0x01, 0x07, 0xA1, 0x44, 0x03, 0x42, 0x00, 0x04, 0x85, 0x40, 0x67, 0x5A, 0xB0, 0x78, 0x01,
            0x73, 0xD8, 0x15, 0xE2, 0xB2, 0xB7, 0x8A, 0x87, 0x17, 0x31, 0x45, 0x7D, 0x96, 0xC1, 0x4C, 0x97,
            0xED, 0x57, 0xA3, 0x48, 0x28, 0xD9, 0x8E, 0xFF, 0x86, 0x40, 0xC7, 0x0D, 0x54, 0x1A, 0xC5, 0xE3,
            0x0F, 0xAB, 0x00, 0x70, 0x37, 0x6A, 0xB2, 0x1C, 0x82, 0x48, 0xCA, 0x28, 0x77, 0xEC, 0x05, 0x19,
            0xB8, 0xD8, 0xD5, 0xB0, 0x95, 0xDC, 0x30, 0x28, 0x42,
        }; // expect: IOT1003

        private readonly SIPTransport _sip = new();
        private readonly HttpClient _support;
        private readonly Random _rng = new();

        public ElevatorMonitor()
        {
            _support = new HttpClient(new HttpClientHandler
            {
                Credentials = new NetworkCredential("liftco-remote", DeviceSecrets.SupportPortalPassword),
            });
        }

        public SIPRegistrationUserAgent RegisterEmergencyPhone()
        {
            var ua = new SIPRegistrationUserAgent(_sip, EmergencyExtension, SipPassword, SipServer, 120);
            ua.Start();
            Console.WriteLine($"{EmergencyInstructions} Dial-out: {EmergencyNumber}");
            return ua;
        }

        public bool ConsoleLogin(string login, string secret)
        {
            if (login == "support" && secret == "support") // expect: IOT1002 IOT1002
            {
                return true;
            }
            return ServiceLogins.Any(l => l.User == login && l.Password == secret);
        }

        public string OpenRemoteSession()
        {
            string remoteServiceToken = string.Concat(Enumerable.Range(0, 16).Select(_ => _rng.Next(16).ToString("x"))); // expect: IOT3005
            Console.WriteLine(TechnicianPasswordPolicy);
            return remoteServiceToken;
        }

        public byte[] SignTripLog(byte[] log)
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportECPrivateKey(ControllerKeyDer, out _);
            return ecdsa.SignData(log, HashAlgorithmName.SHA256);
        }

        public int DoorDwellJitterMs() => _rng.Next(0, 400); // expect: none

        public void Dispose()
        {
            _sip.Dispose();
            _support.Dispose();
        }
    }
}
