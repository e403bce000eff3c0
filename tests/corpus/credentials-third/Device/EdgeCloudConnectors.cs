// Cold-chain edge gateway: forwards reefer container telemetry to Kafka, NATS, AWS and Google Cloud.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Confluent.Kafka;
using Google.Apis.Auth.OAuth2;
using NATS.Client.Core;

namespace ColdChain.Edge
{
    public sealed class EdgeCloudConnectors
    {
        private const string TelemetryTopic = "reefer.telemetry.v1"; // expect: none
        private const string AlarmSubject = "reefer.*.alarm"; // expect: none
        private const string FirebaseProject = "coldchain-edge-7781"; // expect: none

        // AWS documentation's example access key id, only used to self-test the shape check.
        private const string DocumentedExampleKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        private static readonly Regex AccessKeyIdShape = new("^AKIA[0-9A-Z]{16}$"); // expect: none

        private readonly HttpClient _http = new();

        public ProducerConfig KafkaConfig() => new ProducerConfig
        {
            BootstrapServers = "pkc-3w22q.eu-central-1.aws.confluent.cloud:9092",
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "QX7LKD2MNV4RTB8Y", // expect: none
            SaslPassword = "a8L4L/EUl9VEid4NkxwhgGbj0PUVPZqshz1hoUhQadRDh8GDT4PHnpgzdATCFncg", // expect: IOT1001
            ClientId = "reefer-gw-0042",
        };

        public NatsOpts NatsWithUserCreds() => NatsOpts.Default with
        {
            Url = "tls://nats.coldchain.example:4222",
            AuthOpts = new NatsAuthOpts
            {
                Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiJHNFFOUEZCNE5SNkM1NlBPUlFXMiIsInN1YiI6IlVVRExIR04yVUpISVFOSkxPVUw2UFVTREY0RlVNRUJXUlgzTllKMldGTkNRNk1DNkVINEdDWEZNIiwibmF0cyI6eyJ0eXBlIjoidXNlciJ9fQ.khTfOHg4-oiHLrWmbqRaZnM8BtgOjZ8UHzvsrtuH6z0", // expect: IOT1003
                Seed = "SUOCZIWRVZDQLVLWQ4JZU2VXU6HDRPQRHGBX572IL3NY7RYT4JMQ2SBUAW", // expect: IOT1003
            },
        };

        public NatsOpts NatsWithToken() => NatsOpts.Default with
        {
            Url = "nats://nats-local.coldchain.lan:4222",
            AuthOpts = NatsAuthOpts.Default with { Token = "reefer-local-Tk9pW3mZq7Lx" }, // expect: IOT1001
        };

        public AmazonS3Client ArchiveBucket()
        {
            var credentials = new BasicAWSCredentials(
                "AKIAQ6VHF2OFZDVMXBRA", // expect: IOT1003
                "ueH3+5ZEdVi45hXcHq72vKZg+R0aasatWzbaxVz0"); // expect: IOT1003
            return new AmazonS3Client(credentials, RegionEndpoint.EUCentral1);
        }

        public GoogleCredential BigQueryCredential()
        {
            const string serviceAccountJson = """
                {
                  "type": "service_account",
                  "project_id": "coldchain-analytics",
                  "private_key_id": "01e8f177ca1eb9511e944bf5709374a0c7509742",
                  "private_key": "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgTPHOAlaNdhYlrM93\nGVsOw+suBJ3jbo2sxfW2d9UZnA6hRANCAASzuSLxnNaQnzV4GEu0Z/HSrHiNQq22\ndYA1JRe2e5Jj8kjM5cmOTjZeOJ6Xl5QpJ3ssVG2NE3ziZCiFOCKuteDu\n-----END PRIVATE KEY-----\n",
                  "client_email": "edge-uploader@coldchain-analytics.iam.gserviceaccount.com",
                  "token_uri": "https://oauth2.googleapis.com/token"
                }
                """; // expect: IOT1003
            return GoogleCredential.FromJson(serviceAccountJson);
        }

        public async Task PushToFirebaseAsync(string containerId, string json)
        {
            var url = $"https://{FirebaseProject}-default-rtdb.europe-west1.firebasedatabase.app/reefers/{containerId}.json"
                + "?auth=3ufoTZznwa7nQlMtp5nLkkuiopPoTfaRvGuof5oa"; // expect: IOT1001
            using var _ = await _http.PutAsync(url, new StringContent(json));
        }

        public async Task<string> ReverseGeocodeAsync(double lat, double lon)
        {
            var url = $"https://maps.googleapis.com/maps/api/geocode/json?latlng={lat},{lon}&key=AIzaHYNqIcTAIGjZcI6o_e8cgIpAG1iMlnxzEC1"; // expect: IOT1003
            return await _http.GetStringAsync(url);
        }

        public async Task<string> FetchRoutingRulesAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/coldchain/edge-rules/contents/rules.json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ghp_tS0cwgaVDrxXE2Lo2vre9cPLr82SDyT8OdFB"); // expect: IOT1003
            request.Headers.UserAgent.ParseAdd("coldchain-edge/2.1");
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task NotifyOpsAsync(string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-082492183539-1811952291128-t2RTIFE2Mil7Hwjzv82RRFar"); // expect: IOT1003
            request.Content = new StringContent($"{{\"channel\":\"#reefer-alarms\",\"text\":\"{text}\"}}");
            using var _ = await _http.SendAsync(request);
        }

        public bool SelfTest() => AccessKeyIdShape.IsMatch(DocumentedExampleKeyId);

        public string DescribeTargets() =>
            $"kafka:{TelemetryTopic} nats:{AlarmSubject} firebase:{FirebaseProject} s3:coldchain-archive";
    }
}
