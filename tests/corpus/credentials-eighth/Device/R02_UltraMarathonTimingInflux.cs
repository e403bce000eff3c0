// Real source: mdacar/UmsteadTiming MetricsCollection/InfluxClient.cs
// Adapted: the timing mats' gateway writes lap metrics to InfluxDB Cloud; the original read the token from its
// caller, this version adds the gateway's start-up code that supplies it. All values are invented.
using System;
using InfluxDB.Client;
using InfluxDB.Client.Writes;

namespace Corpus8.MetricsCollection
{
    public class InfluxClient
    {
        private InfluxDBClient _client;

        const string bucket = "umsteadtiming";
        const string org = "timing-ops@example.org";
        const string influxUrl = "https://eastus-1.azure.cloud2.influxdata.com";

        public InfluxClient(string token)
        {
            _client = InfluxDBClientFactory.Create(influxUrl, token.ToCharArray());
        }

        public InfluxClient(string url, string token, bool direct)
        {
            _client = new InfluxDBClient(url, token);
        }

        public void SendMetric(string metricName, int value)
        {
            using (var writeApi = _client.GetWriteApi())
            {
                var point = PointData.Measurement(metricName)
                    .Field("value", value)
                    .Timestamp(DateTime.UtcNow, InfluxDB.Client.Api.Domain.WritePrecision.Ms);
                writeApi.WritePoint(bucket, org, point);
            }
        }
    }

    public static class TimingGateway
    {
        // Token of the "mat-gateway" write-only authorization.
        private const string WriteToken = "MA09cEVt-inTRod25DBJzSVLbxbkHcSAUDimWoC-waA9YjYEEd7sdKKHVfXhUwwNmSia49pY2HqW705mglDTdw=="; // expect: IOT1001
        private const string TokenHint = "Generate a token in the Load Data > API Tokens tab"; // expect: none
        private const string LocalUrl = "http://timing-pi.local:8086";

        public static InfluxClient CreateCloud() => new InfluxClient(WriteToken);

        public static InfluxClient CreateAidStation(string station)
        {
            // The aid-station Pis write to the finish-line InfluxDB OSS instance.
            var token = station == "Finish" ? "finish-line-Zx81-kw2P-oss" : "xxxxxxxx"; // expect: IOT1001 IOT1006
            return new InfluxClient(LocalUrl, token, true);
        }

        public static InfluxClient CreateFromEnvironment()
        {
            var token = Environment.GetEnvironmentVariable("INFLUX_TOKEN"); // expect: none
            return new InfluxClient(LocalUrl, token ?? string.Empty, true);
        }

        public static string DescribeHelp() => TokenHint;
    }

    public static class TimingExtras
    {
        private const string BibScannerPassword = "Umstead-Mile-12.5-Loop"; // expect: IOT1004
        public const string TokenEnv = "INFLUX_TOKEN"; // expect: none
        public const string TokenConfigKey = "Influx:Token"; // expect: none
        public static InfluxDB.Client.InfluxDBClient Finish() => new InfluxDB.Client.InfluxDBClient("http://finish.local:8086", "YOUR_INFLUX_TOKEN"); // expect: IOT1006
        public static bool CheckScanner(string password) => password == BibScannerPassword;
    }
}
