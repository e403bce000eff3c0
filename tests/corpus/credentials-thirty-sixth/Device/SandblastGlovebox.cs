// Written for corpus36: an abrasive-blasting glovebox in a metal-finishing shop (Linux single-board computer behind the
// door interlock, compressor pressure sensor and dust-collector fan), logging jobs to the shop's MES database, posting
// cycle reports with HTTP Basic, answering the shop's SNMP monitoring and encrypting operator notes at rest.
// Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Npgsql;

namespace Corpus36.Sandblast
{
    internal static class MesDb
    {
        public const string Host = "mes-db.finishing.local";                              // expect: none
        public const string User = "blastcab";                                            // expect: none
        public const string Password = "qR3Q1Ktlm0dlRys";                                 // expect: IOT1001
        public const string PasswordSetting = "sandblast/mes/db_password";                // expect: none
    }

    public sealed class GloveboxController
    {
        private static readonly string MesReportUser = "glovebox-2";
        private static readonly string MesReportPassword = "XTJf57!W5Ei6-kC";            // expect: IOT1001
        private const int DoorInterlockPin = 17;                                          // expect: none
        private const int PasswordMinLength = 12;                                         // expect: none
        private const int CabinetOverridePin = 4820;                                      // expect: IOT1004
        private const string TlsPskCipherSuites = "TLS_PSK_WITH_AES_128_GCM_SHA256";      // expect: none

        public NpgsqlConnection OpenJobLog() =>
            new NpgsqlConnection($"Host={MesDb.Host};Username={MesDb.User};Password={MesDb.Password};Database=finishing");

        public HttpRequestMessage CycleReport(string json)
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{MesReportUser}:{MesReportPassword}"));
            var request = new HttpRequestMessage(HttpMethod.Post, "https://mes.finishing.local/api/cycles")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json")
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            return request;
        }

        // The shop's monitoring polls the glovebox with SNMP v2c; the agent was left on the factory communities.
        public IMembershipProvider SnmpMembership() =>
            new Version2MembershipProvider(new OctetString("public"),                       // expect: IOT1002
                                           new OctetString("private"));                     // expect: IOT1002

        public byte[] SealOperatorNote(string note, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("513d3fb66bd24c3ba991760298acba04");            // expect: IOT1003
            aes.IV = iv;
            using var encryptor = aes.CreateEncryptor();
            var plain = Encoding.UTF8.GetBytes(note);
            return encryptor.TransformFinalBlock(plain, 0, plain.Length);
        }

        // The foreman's override lets the door open while the blast valve is still pressurised.
        public bool ForemanOverride(string entered) => int.Parse(entered) == CabinetOverridePin;

        // Maintenance menu password of the touch panel, made from the controller's Ethernet MAC.
        public string MaintenancePassword()
        {
            var nic = NetworkInterface.GetAllNetworkInterfaces().First();
            var maintenancePassword = BitConverter.ToString(nic.GetPhysicalAddress().GetAddressBytes()).Replace("-", ""); // expect: IOT1005
            return maintenancePassword;
        }

        public X509Certificate2 MesClientCertificate(byte[] pfx) =>
            new X509Certificate2(pfx, "<mes-client-pfx-password>");                        // expect: IOT1006

        // Challenge sent to the hand-held badge reader before it may unlock the door.
        public byte[] BadgeChallengeNonce()
        {
            var challengeNonce = new byte[16];
            new Random().NextBytes(challengeNonce);                                         // expect: IOT3005
            return challengeNonce;
        }

        // Simulated compressor pressure while the real transducer is being calibrated.
        public double SimulatedPressureBar() => 6.2 + new Random().NextDouble() * 0.3;      // expect: none

        public bool IsMesChallenge(string wwwAuthenticate) => wwwAuthenticate == "Basic realm=\"mes\""; // expect: none
    }
}
