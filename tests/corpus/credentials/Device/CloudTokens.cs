// Cloud integrations of a home energy monitor: AWS upload, GitHub release check, Slack alerts, JWT, Azure storage.
#nullable enable
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using Amazon.Runtime;
using Azure.Storage.Blobs;

namespace Corpus.EnergyMonitor.Cloud
{
    internal static class CloudTokens
    {
        private const string AwsAccessKeyId = "AKIA4AMRPKMB73MI4A4K"; // expect: IOT1003
        private const string AwsSecretAccessKey = "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"; // expect: IOT1001

        public static BasicAWSCredentials Aws() => new BasicAWSCredentials(AwsAccessKeyId, AwsSecretAccessKey);

        public static HttpClient GitHub()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_MYX4kalzL16HDoOdXwvCOLHpn8GmaPL1gAnW"); // expect: IOT1003
            http.DefaultRequestHeaders.UserAgent.ParseAdd("energy-monitor/1.3"); // expect: none
            return http;
        }

        private const string SlackBotToken = "xoxb-219197244126-0938916791704-auBqBQt4Clrak2I0M9kvU5hy"; // expect: IOT1003

        public static HttpRequestMessage SlackAlert(string text)
        {
            var req = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SlackBotToken);
            req.Content = new StringContent("{\"channel\":\"#energy\",\"text\":\"" + text + "\"}"); // expect: none
            return req;
        }

        public static HttpClient Jwt()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAidGhlcm1vLTAwNDIiLCAiaXNzIjogImNsb3VkLmFjbWUtaG9tZS5pbyIsICJleHAiOiAxNzY3MjI1NjAwfQ.WP4Qdw4fnQmuuxuOALBHOrF42Y_bLuv_IaWQNKWKGEY"); // expect: IOT1003
            return http;
        }

        // A JWT kept for reference in a field, used nowhere: still key material by shape.
        private const string SampleDeviceJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkZXYiOiJlbS0wMDE3Iiwic2NvcGUiOiJ0ZWxlbWV0cnkifQ.Xk3v9Qm2Lp7Zr4Tw8Yn1Bc6Hd0Js5Fa2Ge7Iu3Ko9Pq"; // expect: IOT1003

        public static HttpRequestMessage HubRest()
        {
            var req = new HttpRequestMessage(HttpMethod.Post, "https://gh-prod-hub.azure-devices.net/devices/em-0017/messages/events?api-version=2021-04-12");
            req.Headers.TryAddWithoutValidation("Authorization", "SharedAccessSignature sr=gh-prod-hub.azure-devices.net%2Fdevices%2Fem-0017&sig=Zk9yQ2xXcVhkR3RrV0Z2b2NqZ1d3TnB5bUxhS3Q%3D&se=1767225600"); // expect: IOT1003
            return req;
        }

        public static BlobServiceClient Storage()
        {
            return new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=emreadings;AccountKey=jaMlsg66E4QPrauHhNtsZpV9Gjpy4QHF0B9kmmuW3BkGUcl6ifJwLO01D1wZ+KCGlDtMkN1eb5j6VeDfrYp1bw==;EndpointSuffix=core.windows.net"); // expect: IOT1003
        }

        public static BlobServiceClient StorageEmulator()
        {
            // local development storage emulator without a key in the string
            return new BlobServiceClient("UseDevelopmentStorage=true"); // expect: none
        }

        public static BlobServiceClient StorageSas()
        {
            return new BlobServiceClient("BlobEndpoint=https://emreadings.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T00:00:00Z&sig=q8Zr2Lm7Xp4Tv9Wn1Bc6Hd0Js5Fa3Ge8Iu2Ko7Pq%3D"); // expect: IOT1003
        }

        public static string SshDeployKey()
        {
            // gateway's key for pulling configuration over SSH
            return @"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACARe5e9BGwZ5rQwlOlQ4dTIB43IYvffoMwf9nJUMeg3QAAAAJCYn6IdmJ+i
HQAAAAtzc2gtZWQyNTUxOQAAACARe5e9BGwZ5rQwlOlQ4dTIB43IYvffoMwf9nJUMeg3QA
AAAEA4iC04xTzN4RZBdpVEKtX+UYnIheooWJJdEl2CiSdPWRF7l70EbBnmtDCU6VDh1MgH
jchi99+gzB/2clQx6DdAAAAACGd3QHBsYW50AQIDBAU=
-----END OPENSSH PRIVATE KEY-----"; // expect: IOT1003
        }

        public static string Pkcs8Key()
        {
            return "-----BEGIN PRIVATE KEY-----\n" + // expect: IOT1003
                   "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgTfCwZEvVf2mztEei\n" +
                   "UBaX02rTpJWKFt5T88ylTpPnxD2hRANCAATdeYKQVijCC0qMX6rolyfRo0hdbR/f\n" +
                   "oipuXHv5yJxbcuDRx2zdM+CpG7JLQTfqL1inAcKtb7rbs8XSuGA35i3/\n" +
                   "-----END PRIVATE KEY-----";
        }

        // Public key of the firmware signer: verification only, not secret.
        public const string FirmwareSignerPublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3XmCkFYowgtKjF+q6Jcn0aNIXW0f36Iqblx7+cicW3Lg0cds3TPgqRuyS0E36i9YpwHCrW+627PF0rhgN+Yt/w==\n-----END PUBLIC KEY-----"; // expect: none
    }
}
