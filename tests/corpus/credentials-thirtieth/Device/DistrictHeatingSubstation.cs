// Written for corpus30 (invented code): controller of a building's district-heating substation (plate heat exchanger, primary
// control valve, M-Bus heat meter), with BACnet to the building management system, SNMP for the utility's network operations
// centre, a metering portal and archive upload to object storage.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;
using InfluxDB.Client;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using MBus.Net;
using System.IO.BACnet;

namespace Corpus30.DistrictHeating
{
    internal static class UtilityAccounts
    {
        public const string ArchiveAccessKeyId = "AKIAWPNLPNWJ6RH2VGN2"; // expect: IOT1003
        public const string ArchiveSecretKey = "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"; // expect: IOT1001
        public const string SnmpAuthPassphrase = "juniper-quarry-orchard-orchard"; // expect: IOT1001
        public const string AuthPassphraseSetting = "snmp/v3/authPassphrase"; // expect: none
        public const string EngineerPassword = "#dzNE*9_oJAo"; // expect: IOT1004
    }

    public sealed class NocSnmpAgent
    {
        private const string ReadCommunity = "public"; // expect: IOT1002
        private const string WriteCommunity = "dh-rw-ybxzsk"; // expect: IOT1001

        public IMembershipProvider Membership()
            => new Version1MembershipProvider(new OctetString(ReadCommunity), new OctetString(WriteCommunity));

        public IPrivacyProvider V3Privacy()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString(UtilityAccounts.SnmpAuthPassphrase));
            return new AES256PrivacyProvider(new OctetString(PrivacyPassphrase()), auth);
        }

        private static string PrivacyPassphrase() => "7xAeafEmK9-F7NbPE7Pl"; // expect: IOT1001
    }

    public sealed class BmsLink
    {
        private readonly BacnetClient _bacnet = new(new BacnetIpUdpProtocolTransport(0xBAC0));

        public bool Silence(BacnetAddress controller, string reinitPassword)
            => _bacnet.DeviceCommunicationControlRequest(controller, 15, 1, reinitPassword);

        public bool SilenceBms(BacnetAddress controller) => Silence(controller, "4BlWRST%m@"); // expect: IOT1001

        public bool EngineerLogin(string typed)
        {
            Console.Write("Engineer password: "); // expect: none
            return typed == UtilityAccounts.EngineerPassword;
        }
    }

    public sealed class MeterPortalClient
    {
        private readonly HttpClient _http = new();
        private readonly string _user;
        private readonly string _password;

        public MeterPortalClient(string baseUrl, string user, string password)
        {
            _http.BaseAddress = new Uri(baseUrl);
            _user = user;
            _password = password;
        }

        public void Authorize()
            => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_user}:{_password}")));

        public static MeterPortalClient ForSubstation()
            => new MeterPortalClient("https://meters.utility.example", "dh-substation-14", "B#Z5mAxHqoGesC"); // expect: IOT1001
    }

    public sealed class HeatMeterReader
    {
        private const string INFLUX_TOKEN = "INFLUX_TOKEN"; // expect: IOT1006
        public const string UtilityRootCa = @"-----BEGIN CERTIFICATE-----
MIICBjCCAa2gAwIBAgIUN95Khe+Odv8aSuk4KKKys6eyrEswCgYIKoZIzj0EAwIw
WTELMAkGA1UEBhMCREsxIDAeBgNVBAoMF0V4YW1wbGUgRGlzdHJpY3QgRW5lcmd5
MSgwJgYDVQQDDB9FeGFtcGxlIERpc3RyaWN0IEVuZXJneSBSb290IENBMB4XDTI2
MTIwMzA5MzIwNFoXDTM2MTEzMDA5MzIwNFowWTELMAkGA1UEBhMCREsxIDAeBgNV
BAoMF0V4YW1wbGUgRGlzdHJpY3QgRW5lcmd5MSgwJgYDVQQDDB9FeGFtcGxlIERp
c3RyaWN0IEVuZXJneSBSb290IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE
IzGVfN7OtyEMQc/1v2MsUaLRLsIVkxEJqikCVNAUsqsXVHk7Gq48vEPO+RGBu9Vq
VkBujZZucktsr+NvSIKygqNTMFEwHQYDVR0OBBYEFOcMYfCRXZTSLyrhR2vPKfld
OUuCMB8GA1UdIwQYMBaAFOcMYfCRXZTSLyrhR2vPKfldOUuCMA8GA1UdEwEB/wQF
MAMBAf8wCgYIKoZIzj0EAwIDRwAwRAIgRjdzRR1/Cwt4Esjlurpj0plIEWC7MAVV
3aQRwEYDDOECIBjPB9EdzTpx/g8bhZR67TNG2EicjkiQBa8St4J43nrF
-----END CERTIFICATE-----"; // expect: none
        private readonly MBusMaster _mbus = new("/dev/ttyAMA0", 2400);
        private readonly Random _rng = new();

        public void Configure()
            => _mbus.SetEncryptionKey(primaryAddress: 1, encryptionKey: Convert.FromHexString("56B5BF372755162985EB19FF6C51BBF7")); // expect: IOT1003

        public InfluxDBClient Trend() => new InfluxDBClient("https://trend.utility.example:8086", INFLUX_TOKEN);

        public AWSCredentials ArchiveCredentials()
            => new BasicAWSCredentials(UtilityAccounts.ArchiveAccessKeyId, UtilityAccounts.ArchiveSecretKey);

        public static string ResidentPortalPin(string meterSerial)
        {
            int sum = 0;
            foreach (char c in meterSerial) sum = sum * 31 + c;
            return (Math.Abs(sum) % 1_000_000).ToString("D6"); // expect: IOT1005
        }

        public byte[] NewBmsWebSession()
        {
            var sessionId = new byte[16];
            _rng.NextBytes(sessionId); // expect: IOT3005
            return sessionId;
        }

        public double ValveDither() => _rng.NextDouble() * 0.5; // expect: none
    }
}
