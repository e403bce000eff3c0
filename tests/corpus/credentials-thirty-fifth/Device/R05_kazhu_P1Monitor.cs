// Real source: kazhu/P1Monitor InfluxDbWriter.cs, InfluxDbOptions.cs (5f6202bf)
// Domain: a Raspberry Pi service that reads a Dutch / Belgian smart meter's P1 (DSMR) telegrams through an esp-link
//   serial bridge and writes the values to InfluxDB 2 as line protocol.
// Kept: InfluxDbOptions with its defaults (base URL, organisation, bucket; the token has none), InfluxDbWriter's
//   ExecuteAsync with the "Token" Authorization header and the write URI, GenerateLines.
// Trimmed: the DSMR reader and parser, OBIS mappings, the hosting set-up in Program.cs.
// Added: minimal P1Value / P1NumberValue / P1StringValue / P1TimeValue / P1Unit stand-ins (P1Value.cs was not read).
// Shimmed (_Stubs.cs): BackgroundService, IOptions<T>, ILogger<T> and its LogError / LogDebug extensions.
// Replaced: nothing; the token comes from configuration (appsettings.json, whose template says "<token>").
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace P1Monitor
{
    public class InfluxDbOptions
    {
        public string BaseUrl { get; set; } = "http://127.0.0.1:8086/";

        public string Token { get; set; } = null!; // expect: none

        public string Organization { get; set; } = "home";

        public string Bucket { get; set; } = "p1";
    }

    public class InfluxDbWriter : BackgroundService
    {
        private readonly ILogger<InfluxDbWriter> _logger;
        private readonly ChannelReader<List<P1Value>> _valuesReader;
        private readonly InfluxDbOptions _options;

        public InfluxDbWriter(ILogger<InfluxDbWriter> logger, ChannelReader<List<P1Value>> valuesReader, IOptions<InfluxDbOptions> options)
        {
            _logger = logger;
            _valuesReader = valuesReader;
            _options = options.Value;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var client = new HttpClient();
            client.BaseAddress = new Uri(_options.BaseUrl);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", _options.Token); // expect: none
            string requestUri = $"api/v2/write?org={_options.Organization}&bucket={_options.Bucket}&precision=s";

            while (true)
            {
                try
                {
                    List<P1Value> values = await _valuesReader.ReadAsync(stoppingToken);
                    string content = GenerateLines(values);
                    HttpResponseMessage response = await client.PostAsync(requestUri, new StringContent(content), stoppingToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        _logger.LogError("Error writing to InfluxDB: {StatusCode} {ReasonPhrase} {message}", response.StatusCode, response.ReasonPhrase, await response.Content.ReadAsStringAsync());
                    }
                    else
                    {
                        _logger.LogDebug("Wrote {Count} values to InfluxDB", values.Count);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogError(ex, "Error writing to InfluxDB");
                }
            }
        }

        private static string GenerateLines(List<P1Value> values)
        {
            var timeValue = values.OfType<P1TimeValue>().Single(x => x.FieldName == "time");
            var builder = new StringBuilder();
            foreach (var group in values.OfType<P1NumberValue>().GroupBy(x => x.Unit))
            {
                builder.Append("p1value");
                foreach (var tagValue in values.OfType<P1StringValue>().OrderBy(x => x.FieldName))
                {
                    builder.Append(',').Append(tagValue.FieldName).Append('=').Append(tagValue.Value);
                }
                if (group.Key != P1Unit.None)
                {
                    builder.Append(",unit=").Append(group.Key).Append(' ');
                }
                builder.Append(' ');
                bool isFirst = true;
                foreach (P1NumberValue tagValue in group.OrderBy(x => x.FieldName))
                {
                    if (isFirst) isFirst = false; else builder.Append(',');
                    builder.Append(tagValue.FieldName).Append('=').Append(tagValue.Value);
                }
                builder.Append(' ').Append(timeValue.Value.ToUnixTimeSeconds()).Append('\n');
            }
            return builder.ToString();
        }
    }

    // added: stand-ins for P1Value.cs
    public enum P1Unit { None, kWh, kW, V, A, m3 }
    public abstract record P1Value(string FieldName);
    public record P1NumberValue(string FieldName, decimal Value, P1Unit Unit) : P1Value(FieldName);
    public record P1StringValue(string FieldName, string Value) : P1Value(FieldName);
    public record P1TimeValue(string FieldName, DateTimeOffset Value) : P1Value(FieldName);
}
