// Drone-in-a-box dock on a solar farm: the hangar controller uploads flight logs to S3, posts alerts to Slack and
// Telegram, looks up terrain elevation, and talks to the fleet over NATS.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Amazon.Runtime;
using Azure;
using NATS.Client.Core;

namespace SolarFarm.DroneDock
{
    public class DroneDockHangar
    {
        private const string SlackBotToken = "xoxb-285879084093-2582696561361-embg2mqblxWdeeneRIHI0ao7"; // expect: IOT1003
        private const string TelegramBotToken = "7338810730:AAC9sBTQlI4r-pY5IlAS_G31dA-0iRQIP9S"; // expect: IOT1003
        private const string SlackTokenPrefix = "xoxb-"; // expect: none
        private const string SecretsManagerRegion = "eu-central-1"; // expect: none
        private const string FlightLogBucket = "solarfarm-drone-logs"; // expect: none
        private const string FleetNkeyPublic = "UYUKQO7KZKDZZKRDXD2ZOLTWE5YPURB75PRVK6H6JSG2D4LDIB45SRWA"; // expect: none

        private readonly HttpClient _http = new HttpClient();

        public BasicAWSCredentials FlightLogUploader() => new BasicAWSCredentials(
            "AKIAOXS5QPKCHRCKDXK2", // expect: IOT1003
            "Z6dU5dofuGsxGZ4whM2PcLVUXOQpEa4d+ffn8EiQ"); // expect: IOT1003

        public async Task AlertAsync(string text)
        {
            if (!SlackBotToken.StartsWith(SlackTokenPrefix)) return;
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SlackBotToken);
            request.Content = new StringContent("{\"channel\":\"#dock-7\",\"text\":\"" + text + "\"}");
            await _http.SendAsync(request);
            await _http.GetAsync($"https://api.telegram.org/bot{TelegramBotToken}/sendMessage?chat_id=-100482&text={Uri.EscapeDataString(text)}");
        }

        public Task<string> ElevationAsync(double lat, double lon) =>
            _http.GetStringAsync($"https://maps.googleapis.com/maps/api/elevation/json?locations={lat},{lon}&key=AIzaagAMNdj_sdnaMNlbD1UscDvpCy9iDzjFH6e"); // expect: IOT1003

        public AzureKeyCredential WeatherMapsKey() => new AzureKeyCredential("TteYkBtlDjhJkoHV1Quht77eBjAXhJ2av7aRCZr9mBt"); // expect: IOT1001

        public NatsOpts FleetBus() => new NatsOpts
        {
            Url = "nats://dock-nats.local:4222",
            AuthOpts = new NatsAuthOpts { Token = "dock-jt83TowL3ulunx1H5iMpJrsLmT" }, // expect: IOT1001
        };

        public NatsOpts FleetBusNkey() => new NatsOpts
        {
            Url = "tls://fleet-nats.example.net:4222",
            AuthOpts = new NatsAuthOpts { NKey = FleetNkeyPublic, Seed = "SUEKCEF2MV4XN5ZUEIMJIJAB6M2KBQOXB6ELB6CENJ5M2Q3DLV6ZYLRQSL" }, // expect: IOT1003
        };

        public string Region => SecretsManagerRegion + "/" + FlightLogBucket;
    }
}
