// Real source: StyxUT/Enphase EnphaseLocal/Services/EnphaseService.cs (41db3f66), EnphaseLocal/EnphaseOptions.cs (1a15fc08), EnphaseLocal/Program.cs (0426dd5e)
// Domain: local reader for an Enphase IQ Gateway (solar production / consumption meter) behind a small net-power web page.
// Kept: the options class (bearer token and base address, empty by default), the service that puts the configured token in
//   a Bearer Authorization header, the "Enphase" configuration section binding, the production endpoint and net-power sum.
// Trimmed: the web host, HTML page, Polly retry policy, logging setup, DTO classes (replaced by a minimal record), the
//   certificate callback (IOT3002, out of scope here).
// Added: ProductionDataDto stand-in (Production / Consumption lists with WNow), an EnphaseSetup.Bind helper for the
//   Configure<EnphaseOptions>(GetSection("Enphase")) call.
// Shimmed: IOptions<T>, ILogger<T>, IConfiguration.GetSection and ConfigurationBinder.Bind (_Stubs.cs).
// Replaced: nothing (the token is user configuration).
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnphaseLocal
{
    public sealed class EnphaseOptions
    {
        public string BearerToken { get; set; } = string.Empty;
        public string BaseAddress { get; set; } = string.Empty;
    }

    public static class EnphaseSetup
    {
        public static EnphaseOptions Bind(IConfiguration configuration)
        {
            var options = new EnphaseOptions();
            configuration.GetSection("Enphase").Bind(options); // expect: none
            return options;
        }
    }

    public sealed record ProductionEntry(string Type, double WNow);
    public sealed class ProductionDataDto
    {
        public List<ProductionEntry> Production { get; set; } = new();
        public List<ProductionEntry> Consumption { get; set; } = new();
    }
}

namespace EnphaseLocal.Services
{
    public class EnphaseService
    {
        private readonly HttpClient _httpClient;
        private readonly JsonSerializerOptions _jsonOptions;
        private ProductionDataDto? _productionDataDto;
        private readonly ILogger<EnphaseService> _logger;

        public EnphaseService(HttpClient httpClient, IOptions<EnphaseOptions> options, ILogger<EnphaseService> logger)
        {
            _httpClient = httpClient;
            _logger = logger;
            var bearerToken = options.Value.BearerToken;
            _httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken); // expect: none

            _jsonOptions = new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true
            };
        }

        public async Task<ProductionDataDto> GetProductionDataAsync()
        {
            var url = "/production.json";
            _logger.LogInformation($"Requesting production data from {url}");
            var response = await _httpClient.GetAsync(url);
            response.EnsureSuccessStatusCode();

            var responseContent = await response.Content.ReadAsStringAsync();
            _productionDataDto = JsonSerializer.Deserialize<ProductionDataDto>(responseContent, _jsonOptions);

            if (_productionDataDto == null)
            {
                _logger.LogError("Failed to deserialize production data.");
                throw new InvalidOperationException("Failed to deserialize production data.");
            }

            return _productionDataDto;
        }

        public double CalculateNetPowerProduction()
        {
            if (_productionDataDto == null)
            {
                throw new InvalidOperationException("Production data is not available.");
            }

            // Use the 'eim' type for net production if available, otherwise fallback to first
            var productionEim = _productionDataDto.Production
                .FirstOrDefault(p => string.Equals(p.Type, "eim", StringComparison.OrdinalIgnoreCase));
            var productionWNow = productionEim?.WNow ?? _productionDataDto.Production.FirstOrDefault()?.WNow ?? 0;

            var consumptionWNow = _productionDataDto.Consumption.FirstOrDefault()?.WNow ?? 0;

            return productionWNow - consumptionWNow;
        }
    }
}
