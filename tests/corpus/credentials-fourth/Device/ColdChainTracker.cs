// Reefer container tracker: temperature excursions to AWS IoT (legacy fleet) and Azure IoT Hub (new fleet).
using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Amazon.IotData;
using Amazon.Runtime;
using Microsoft.Azure.Devices.Client;
using Fieldline.Shared;

namespace Fieldline.ColdChain
{
    public sealed class ColdChainTracker
    {
        // Used by the log redactor's self-test; AWS documents this key id as an example.
        private const string RedactorSampleKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none

        private const string RootCaPem = """
            -----BEGIN CERTIFICATE-----
            MIIBlzCCAT2gAwIBAgIUX9EIy95XfHtEFVzjp6NEegAIz1QwCgYIKoZIzj0EAwIw
            ITEfMB0GA1UEAwwWZ2F0ZXdheS1jYS5leGFtcGxlLm5ldDAeFw0yNjEyMDEwMjIw
            MDVaFw0zNjExMjgwMjIwMDVaMCExHzAdBgNVBAMMFmdhdGV3YXktY2EuZXhhbXBs
            ZS5uZXQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARodTKUSlCaH2xfgXIMGYSY
            44G+ZbKiJEkXCz8aE9kexaPHqvC8i2TxWNAt6ubNM1anPW2yVLeVyPLxtvNVPxfr
            o1MwUTAdBgNVHQ4EFgQUa6QA05BTlwWN1V9gJ5uWKV+U0i4wHwYDVR0jBBgwFoAU
            a6QA05BTlwWN1V9gJ5uWKV+U0i4wDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
            AgNIADBFAiEA/wTip4eGqlNdp8XfyEeRkfftBqt/CwqBpHs7voNXJBQCIE70cmfR
            1klQ5pAvZS/yHCUt7n/zGqZH+mRV4/LID+8c
            -----END CERTIFICATE-----
            """; // expect: none

        private const string FirmwareSigningPublicKey = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaHUylEpQmh9sX4FyDBmEmOOBvmWy
            oiRJFws/GhPZHsWjx6rwvItk8VjQLermzTNWpz1tslS3lcjy8bbzVT8X6w==
            -----END PUBLIC KEY-----
            """; // expect: none

        private const string DeviceKeyPem = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIBLyvUZForL6G/iI3tdcUWg4LuFygBkX0Xr5KIwXNdamoAoGCCqGSM49
            AwEHoUQDQgAEaHUylEpQmh9sX4FyDBmEmOOBvmWyoiRJFws/GhPZHsWjx6rwvItk
            8VjQLermzTNWpz1tslS3lcjy8bbzVT8X6w==
            -----END EC PRIVATE KEY-----
            """; // expect: IOT1003

        private const string DeviceIdentityPfxBase64 = "MIIELAIBAzCCA+IGCSqGSIb3DQEHAaCCA9MEggPPMIIDyzCCAoIGCSqGSIb3DQEHBqCCAnMwggJvAgEAMIICaAYJKoZIhvcNAQcBMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjLTseDO3kUzAICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEKN5MLuhoccc7rlOttgIPP2AggIAq+vB6FD2vhPlmcJDSiYNXE8982T3ny00zmSgAq1sSDipaptn4gbpHScl6PVYW5uyInTiN0aYXtgxd6p5uzai7gCox+d7oFsEld0Ea8C2TnpayhGwGtepPrDPgWBW2uOP38x7ALCa8HsfP+rv7Hc8H4A94JC6dENB9jLmnBI7rsUuoUFizmeyUTKNNhpG61+C1ne5A3lsQB5BVcuvLi0kVMiok+077P0v4pWvlNKvrPb1BKpwAWSG+5xbAtJcJBqBJ8GD9NeIhp3UwaAUO1ox2kXy+LqwPD5kDj5Av1DZNvo+zNiCAhQf0eIFuzPI4MuUEL8tHKE/FgMB9nG0QEqXG4R1CATTvFZmV+VWRZOIgdNoLDGNGQSJFoXA91r0D7pqlu8fMzkDMWQndmfikfqSqgYav7RDJT12jWmfsuLVLGLqWuI9SBUnH8GNEZCRWeBf+pzHW0fxLEshPvzwK9OibUuwX7Mx20a9SoEKiUTsj5P0Fx3H1aAQIO4lTyA1SkTDPJz9SbtPGujGi4GpjXdrtwhKfY8BdSEq8N8ryZSFeeS3MgxJqxwR05Q0oMduKJRD8A9pxY0CrFGIHcSMtdRKTicGsk903CCL8PdRm24Ii5d2INmElXBNipuX+IvqdAEE3PSxMeYsED30/MbqV5buXYbrY/Z+ZlCQkWdRa70SQiswggFBBgkqhkiG9w0BBwGgggEyBIIBLjCCASowggEmBgsqhkiG9w0BDAoBAqCB7zCB7DBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQICfnxYqCUHoACAggAMAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBCRYQqSUTbu3EfLsuIucmxyBIGQ5oY2ake340bZ/jBgsqvRkqsDeEjfT5UJzKobUY1o67yor4JsPz2mZQfmjDueGGn1Ab3JSkHRabi4Qyrf8NY3O/yw03AHlJvBhmC7oAzVvvYxmXky3hMoOdtlGleU5h2uBMcD8734Zn+UDmpe6psWxW9elKfKQ9vMjq9AWcKzZ/wlq4IcLUGiWHeZiENPiwvDMSUwIwYJKoZIhvcNAQkVMRYEFH3OVq+p/tmsV9VlhEwN4JdxLmqsMEEwMTANBglghkgBZQMEAgEFAAQgJZjKVeTxDscspz3u+W2Zooo7Wks/7fy/S8bdQXDv5nIECDjKzRlBlA7wAgIIAA=="; // expect: IOT1003

        public AmazonIotDataClient LegacyAwsClient()
        {
            var credentials = new BasicAWSCredentials(
                "AKIAP6LUVVDYSBMA43NS", // expect: IOT1003
                "Wrr4Bo6O+yp+DROXcWrLom8OkbMC38wCPNLF9d4L"); // expect: IOT1003
            return new AmazonIotDataClient(credentials, new AmazonIotDataConfig { ServiceURL = "https://a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com" });
        }

        public DeviceClient AzureClient()
        {
            var auth = new DeviceAuthenticationWithRegistrySymmetricKey(DeviceSecrets.TrackerDeviceId, DeviceSecrets.TrackerDeviceKey);
            return DeviceClient.Create(DeviceSecrets.HubHostName, auth);
        }

        public X509Certificate2 DeviceCertificate()
        {
            byte[] pfx = Convert.FromBase64String(DeviceIdentityPfxBase64);
            return new X509Certificate2(pfx, "Tr4ck3r-Pfx-2024"); // expect: IOT1001
        }

        public ECDsa DeviceSigningKey()
        {
            var key = ECDsa.Create();
            key.ImportFromPem(DeviceKeyPem);
            return key;
        }

        public bool VerifyFirmware(byte[] image, byte[] signature)
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(FirmwareSigningPublicKey);
            return ecdsa.VerifyData(image, signature, HashAlgorithmName.SHA256);
        }

        public X509Certificate2 TrustAnchor() => X509Certificate2.CreateFromPem(RootCaPem);

        public async Task ReportExcursionAsync(DeviceClient client, double celsius)
        {
            var payload = Encoding.UTF8.GetBytes($"{{\"container\":\"{DeviceSecrets.TrackerDeviceId}\",\"temp\":{celsius}}}");
            await client.SendEventAsync(new Message(payload) { ContentType = "application/json" });
        }

        public static string RedactorSelfTest(string line) => line.Replace(RedactorSampleKeyId, "AKIA****************");
    }
}
