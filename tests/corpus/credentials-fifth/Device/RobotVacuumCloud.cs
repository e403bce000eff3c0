// Robot vacuum: cloud MQTT, map uploads to S3, local REST API for the dock, Wi-Fi onboarding hotspot.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using MQTTnet;

namespace CleanMap.Rv220
{
    public sealed class CloudLink
    {
        private const string StatusTopic = "rv/{0}/status"; // expect: none

        public MqttClientOptions BuildOptions() => new MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://rv220:Dust-Bunny-771@iot.cleanmap.example:8883") // expect: IOT1001
            .WithTlsOptions(o => o.UseTls())
            .Build();

        public string Topic(string serial) => string.Format(StatusTopic, serial);
    }

    public sealed class MapUploader
    {
        private const string MapBucket = "cleanmap-maps-eu"; // expect: none
        // Used by the log redaction unit check; AWS's documented example key id.
        public const string RedactionProbe = "AKIAIOSFODNN7EXAMPLE"; // expect: none

        public AmazonS3Client CreateClient()
        {
            var credentials = new BasicAWSCredentials(
                "AKIACFP3NJ4ROSEXCC7O", // expect: IOT1003
                "MAymerD9ofmp3shi9mXgiyN4C9RFJC+GoJLO8n9o"); // expect: IOT1003
            return new AmazonS3Client(credentials, RegionEndpoint.EUCentral1);
        }

        public NetworkCredential WebDavExport()
        {
            var (mapUser, mapPassword) = ("rv-maps", "Suction!Brush-40"); // expect: IOT1001
            return new NetworkCredential(mapUser, mapPassword);
        }

        public string Bucket => MapBucket;
    }

    public sealed class DockApi
    {
        // Token the dock presents to the vacuum's local API.
        private const string DockBearer = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ2YWN1dW0tcnYtMjIwIiwiYXVkIjoiY2xlYW5tYXAiLCJpYXQiOjE3MzU2ODk2MDB9.MmVQ-r2CZUiIpKoxMf2fL0JOH8Mjry6OeGIw4Qkm70k"; // expect: IOT1003
        private const string BearerScheme = "Bearer"; // expect: none
        private readonly HttpClient _http = new() { BaseAddress = new Uri("http://192.168.8.1:8080/") };

        public Task<string> DockStatusAsync()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(BearerScheme, DockBearer);
            return _http.GetStringAsync("api/dock/status");
        }
    }

    public sealed class FirmwareSettings
    {
        private readonly Dictionary<string, string> _settings = new();

        // Written to the settings partition when the vacuum is reset to factory state.
        public void LoadFactoryDefaults()
        {
            _settings.Add("cloud.region", "eu-central");
            _settings.Add("cloud.psk", "Vac-Psk-2291-Edge"); // expect: IOT1001
            _settings["ota:token"] = "ota_7c3e91a0b5d2f846"; // expect: IOT1001
            _settings["ota:tokenUrl"] = "https://ota.cleanmap.example/token"; // expect: none
        }

        public static readonly (string Key, string Value)[] DockDefaults =
        {
            ("dock.wifi.ssid", "CleanMap-Dock"),
            ("dock.wifi.psk", "Dock-Charging-Base-5"), // expect: IOT1001
        };
    }

    public sealed class Onboarding
    {
        // Hotspot shown while the vacuum waits for the app; the app computes the same password.
        public (string Ssid, string Password) Hotspot()
        {
            string host = Environment.MachineName;
            string hotspotPassword = $"RV-{host.ToLowerInvariant()}"; // expect: IOT1005
            return ($"CleanMap-{host[^4..]}", hotspotPassword);
        }

        public string Done => "Cleaning finished, returning to the dock."; // expect: none
    }
}
