// Real source: Benjlet/HueManatee src/HueManatee.ExampleFunction/Configuration.cs (fcf4e5b71235535d981c4442198e08204a80fbd2), src/HueManatee/BridgeClient.cs (3ab159356d1bbd2f4907516cda86d160847e9801)
// Domain: HueManatee, a .NET client for the Philips Hue bridge (v1 API) and an Azure Functions example that changes
// lights; the bridge "username" (the whitelisted application key) comes from configuration.
// Kept: the example's Configuration class (keys HUE_BRIDGE_IP_ADDRESS / HUE_BRIDGE_USERNAME) and BridgeClient's
// constructor checks and GetLightData calls that put the username in the request path.
// Trimmed: groups, state changes, mapping of responses.
// Changed: namespace prefixed with Corpus32.R13; responses are returned as JSON text instead of mapped models.
// Shimmed (in _Stubs.cs): Microsoft.Extensions.Configuration.IConfiguration. Added: IHttpClientWrapper and
// BridgeClientHttpWrapper stand-ins (reduced to GetAsync). No secret in the original (hard negatives only).
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Corpus32.R13.HueManatee
{
    public class Configuration
    {
        private readonly IConfiguration _configuration;

        public string HueBridgeIpAddress => _configuration["HUE_BRIDGE_IP_ADDRESS"];
        public string HueBridgeUserName => _configuration["HUE_BRIDGE_USERNAME"]; // expect: none

        public Configuration(IConfiguration configuration)
        {
            _configuration = configuration;
        }
    }

    public interface IHttpClientWrapper { Task<string> GetAsync(string path); } // added stand-in
    internal class BridgeClientHttpWrapper : IHttpClientWrapper // added stand-in
    {
        private readonly HttpClient _http;
        public BridgeClientHttpWrapper(HttpClient http) { _http = http; }
        public Task<string> GetAsync(string path) => _http.GetStringAsync(path);
    }

    public class BridgeClient
    {
        private readonly IHttpClientWrapper _httpClient;
        private readonly string _userName;

        public BridgeClient(string bridgeIpAddress, string userName)
        {
            if (string.IsNullOrWhiteSpace(userName))
            {
                throw new ArgumentException("A registered UserName is required - you can generate this using the online 'developers.meethue' guide or via the BridgeRegistrationClient."); // expect: none
            }

            if (string.IsNullOrWhiteSpace(bridgeIpAddress))
            {
                throw new ArgumentException("The IP address of the Philips Hue Bridge is required. Use 'discovery.meethue' to find this address.");
            }

            _httpClient = new BridgeClientHttpWrapper(new HttpClient()
            {
                BaseAddress = new Uri(bridgeIpAddress)
            });

            _userName = userName;
        }

        public Task<string> GetLightData()
        {
            return _httpClient.GetAsync($"api/{_userName}/lights"); // expect: none
        }

        public Task<string> GetLightData(string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("Light ID is required to get specific light data. Get all light details to identify individual IDs.");
            }

            return _httpClient.GetAsync($"api/{_userName}/lights/{id}");
        }
    }
}
