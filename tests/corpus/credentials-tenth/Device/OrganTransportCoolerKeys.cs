// Own file (new domain): organ transport cooler (hypothermic perfusion box) with a cellular gateway:
// DPS enrollment, chain-of-custody log signing, payload encryption, BLE pairing with the courier's tablet,
// log upload to S3 and to the vendor's issue tracker.
using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Amazon.Runtime;
using Kryo.Courier.Ble;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace OrganCooler.Security
{
    public static class CoolerKeys
    {
        // Chain-of-custody log signing (HMAC over every temperature record)
        private static readonly byte[] CustodyHmacKey = Convert.FromHexString("666AF205793666F1978E9887D240D44B"); // expect: IOT1003

        // Published RFC 4231 test case 1 key, used by the self-test only
        private static readonly byte[] SelfTestKey = { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none

        // Counting bytes from the vendor's integration guide
        private static readonly byte[] GuideVectorKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f }; // expect: none

        // Telemetry scrambling for the cellular link budget (XOR only, not handed to any cipher)
        private static readonly byte[] TelemetryObfuscationKey = { 0x5c, 0x21, 0x9e, 0x44, 0xd7, 0x0a, 0x63, 0xb1, 0x2f, 0x88 }; // expect: IOT1004

        private const string ProductionPerfusionKeyB64 = "mkoXIGZ0vIRZDkfuAcHa+Q=="; // expect: IOT1003
        private const string PerfusionKeyConfigPath = "/etc/cooler/keys/perfusion.key"; // expect: none
        private const string FirmwareSha256 = "d3f1a7c90b2e44c8a1f05e6b7d9c3a2e8f4b6c1d0e9a8b7c6d5e4f3a2b1c0d9e"; // expect: none

        public static byte[] SignRecord(byte[] record, bool selfTest)
        {
            using var hmac = new HMACSHA256(selfTest ? SelfTestKey : CustodyHmacKey);
            return hmac.ComputeHash(record);
        }

        public static byte[] SignGuideVector(byte[] record) => HMACSHA256.HashData(GuideVectorKey, record);

        public static byte[] EncryptPerfusionLog(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromBase64String(ProductionPerfusionKeyB64);
            aes.GenerateIV();
            return aes.EncryptCbc(plain, aes.IV);
        }

        public static byte[] Scramble(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                output[i] = (byte)(frame[i] ^ TelemetryObfuscationKey[i % TelemetryObfuscationKey.Length]);
            }
            return output;
        }

        public static byte[] NewGcmNonce()
        {
            var nonce = new byte[12];
            new Random().NextBytes(nonce); // expect: IOT3005
            return nonce;
        }
    }

    public static class CoolerProvisioning
    {
        private const string IdScope = "0ne00B3C1D7";
        private const string StandbyDeviceKey = "1M/YFYASZA+A8CmfYbIe7p66whSUeF0YoNB2Ugt2RRw="; // expect: IOT1001

        public static SecurityProviderSymmetricKey IndividualEnrollment(string registrationId)
        {
            return new SecurityProviderSymmetricKey(
                registrationId,
                "rQkLmF5cjUnMXneVYxMcwyD5bQCTHaHUYa4rt0KRa3I=", // expect: IOT1003
                "FM2rxKgR1aFdD/3p8iiPZWxHEUAIhxjNAvh/mPXjqqk="); // expect: IOT1003
        }

        public static SecurityProviderSymmetricKey GroupEnrollment(string registrationId)
        {
            string derived = ComputeDerivedKey("eR7w747anvBPlC6d006Uzl49kUggsDtfzpMytVV5gwA=", registrationId); // expect: IOT1003
            return new SecurityProviderSymmetricKey(registrationId, derived, null);
        }

        private static string ComputeDerivedKey(string enrollmentGroupKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentGroupKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public static DeviceClient StandbyClient()
        {
            return DeviceClient.Create("cooler-hub.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey("cooler-standby", StandbyDeviceKey));
        }

        public static string IdScopeForLogs() => "scope " + IdScope;
    }

    public static class CoolerIdentity
    {
        // Gateway TLS identity: private key and certificate for the hospital's MQTT bridge.
        public const string GatewayKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQghGfrh21mtJdVdb1m
yD6+6OQQbSjPNvtqBvBaqvVY9HihRANCAARmNKeee++4WUpH2W6KIjvT9V67/Xj5
vyT1U8TYhwZTb7wO5njgEcLvteDBxlEKQ1+NXZc7zV6nJCPfnJlE+mJG
-----END PRIVATE KEY-----"; // expect: IOT1003

        public const string HospitalRootCaPem = @"-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2mVb0oYf3rZ1H8x4cJpT6nE2dQwCgYIKoZIzj0EAwIw
-----END CERTIFICATE-----"; // expect: none

        public static X509Certificate2 LoadGatewayCertificate(string certPem)
        {
            return X509Certificate2.CreateFromPem(certPem, GatewayKeyPem);
        }
    }

    public static class CoolerUploads
    {
        public static AWSCredentials CustodyBucketCredentials()
        {
            return new BasicAWSCredentials("AKIAADATU33RGTNS233K", "i81ygbgL6g4fPjz/k8b7JGvhr9zhsVOZQRWedO1x"); // expect: IOT1003 IOT1003
        }

        public static AWSCredentials DocsExampleCredentials()
        {
            return new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")); // expect: none
        }

        private const string IssueTrackerToken = "ghp_ZJxkPFMnXQfV5AzpfHBoJLS8tgHLGdp6bHtF"; // expect: IOT1003
        private const string IssueTrackerTokenName = "GITHUB_TOKEN"; // expect: none

        public static string TrackerAuthorization() => "token " + IssueTrackerToken;
    }

    public static class CourierPairing
    {
        private const string CourierOverridePasscode = "604417"; // expect: IOT1004
        private const string CustodyKeyId = "kid-2024-07-cooler"; // expect: none
        private const string SealWarning = "Seal broken: rotate the custody key before the next run"; // expect: none

        public static bool OverrideLidLock(string entered) => entered == CourierOverridePasscode;

        public static string KeyLabel() => CustodyKeyId + " / " + SealWarning;

        public static bool PairTablet(string address)
        {
            var link = new CourierLink(address);
            return link.Pair(address, Encoding.UTF8.GetBytes("Perfuse-Lid-2207-Seal")); // expect: IOT1003
        }
    }
}
