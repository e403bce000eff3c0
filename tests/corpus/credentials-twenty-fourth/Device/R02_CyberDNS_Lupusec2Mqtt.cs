// Real source: https://github.com/CyberDNS/Lupusec2Mqtt/blob/3a8e54d69ff475311b1cb33918a857476ea970e2/src/Lupusec2Mqtt/Startup.cs
// Also adapted: src/Lupusec2Mqtt/Lupusec/LupusecTokenHandler.cs, Lupusec/LupusecService.cs, Mqtt/MqttService.cs
// (Lupusec XT alarm panel to Home Assistant over MQTT).
// Kept: HttpClient registrations with Basic authentication built from Configuration["Lupusec:Login"] and
// ["Lupusec:Password"], the X-Token delegating handler, the M2Mqtt client connecting with Mqtt:Login / Mqtt:Password.
// Changed: the three identical client lambdas are one method; M2Mqtt's receive event is not in the shared stub, so
// incoming commands are dispatched by the caller; the TLS enum is passed as the stub's int.
// Added: the bench-panel fallbacks after the configuration lookups (IOT1001), a mock panel token (none).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using uPLibrary.Networking.M2Mqtt;

namespace Lupusec2Mqtt
{
    public class Startup
    {
        private const string PasswordConfigKey = "Lupusec:Password"; // expect: none
        public readonly IConfiguration Configuration;

        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddHttpClient<Lupusec.LupusecTokenHandler>(ConfigureLupusecClient)
                .ConfigurePrimaryHttpMessageHandler(x => new HttpClientHandler());

            if (Configuration.GetValue<bool>("Lupusec:MockMode"))
            {
                services.AddHttpClient<Lupusec.ILupusecService, Lupusec.MockLupusecService>(ConfigureLupusecClient)
                    .AddHttpMessageHandler<Lupusec.LupusecTokenHandler>();
            }
            else
            {
                services.AddHttpClient<Lupusec.ILupusecService, Lupusec.LupusecService>(ConfigureLupusecClient)
                    .AddHttpMessageHandler<Lupusec.LupusecTokenHandler>();
            }

            services.AddSingleton<Mqtt.MqttService>();
        }

        private void ConfigureLupusecClient(HttpClient client)
        {
            client.BaseAddress = new Uri(Configuration["Lupusec:Url"] ?? "https://192.168.0.50");
            client.DefaultRequestHeaders.Accept.Clear();
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            string login = Configuration["Lupusec:Login"] ?? "admin"; // expect: none
            string password = Configuration[PasswordConfigKey] ?? "Xw2.pLs8-Ruq7"; // expect: IOT1001
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login}:{password}")));
        }
    }
}

namespace Lupusec2Mqtt.Lupusec
{
    public class LupusecResponseBody { public int Result { get; set; } public string Message { get; set; } }

    public interface ILupusecService
    {
        Task<string> GetPanelConditionAsync();
    }

    public class LupusecTokenHandler : DelegatingHandler
    {
        private const string TokenEndpoint = "/action/tokenGet"; // expect: none
        static private string _token; // Same token for all
        private readonly HttpClient _client;

        public LupusecTokenHandler(HttpClient client)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _token = _token ?? await GetToken();

            request.Headers.Add("X-Token", _token);
            var response = await base.SendAsync(request, cancellationToken);

            if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
            {
                // Token might be expired, reset and get a new one
                ResetToken();
                _token = await GetToken();

                request.Headers.Remove("X-Token");
                request.Headers.Add("X-Token", _token);
                response = await base.SendAsync(request, cancellationToken);
            }

            return response;
        }

        private async Task<string> GetToken()
        {
            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, TokenEndpoint);
            HttpResponseMessage response = await _client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            LupusecResponseBody responseBody = Newtonsoft.Json.JsonConvert.DeserializeObject<LupusecResponseBody>(
                await response.Content.ReadAsStringAsync());
            return responseBody.Message;
        }

        static public void ResetToken()
        {
            _token = null;
        }
    }

    public class LupusecService : ILupusecService
    {
        private readonly ILogger<LupusecService> _logger;
        private readonly HttpClient _client;

        public LupusecService(ILogger<LupusecService> logger, HttpClient client)
        {
            _logger = logger;
            _client = client;
        }

        public async Task<string> GetPanelConditionAsync()
        {
            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "/action/panelCondGet");
            HttpResponseMessage response = await _client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            string body = await response.Content.ReadAsStringAsync();
            _logger.LogDebug("This was the Answer for requesting {uri}:\n{body}", request.RequestUri, body);
            return body;
        }

        public async Task<string> SetAlarmMode(int area, int mode)
        {
            IList<KeyValuePair<string, string>> formData = new List<KeyValuePair<string, string>> {
                { new KeyValuePair<string, string>("area", $"{area}") },
                { new KeyValuePair<string, string>("mode", $"{mode}") },
            };
            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, "/action/panelCondPost");
            request.Content = new FormUrlEncodedContent(formData);
            HttpResponseMessage response = await _client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }

    // Used with Lupusec:MockMode to run the bridge without a panel.
    public class MockLupusecService : ILupusecService
    {
        private const string MockPanelToken = "mock-9f3c2d71"; // expect: none
        public Task<string> GetPanelConditionAsync() =>
            Task.FromResult("{\"updates\":{\"mode_a1\":\"0\"},\"token\":\"" + MockPanelToken + "\"}");
    }
}

namespace Lupusec2Mqtt.Mqtt
{
    public class MqttService
    {
        private readonly MqttClient _client;
        private readonly IDictionary<string, Action<string>> _registrations = new Dictionary<string, Action<string>>();

        public MqttService(IConfiguration configuration)
        {
            _client = new MqttClient(configuration["Mqtt:Server"], configuration.GetValue("Mqtt:Port", 1883), false, null, null, (int)MqttSslProtocols.None);
            _client.Connect("Lupusec2Mqtt", configuration["Mqtt:Login"], configuration.GetValue("Mqtt:Password", "hA4-Ttq9!zuE")); // expect: IOT1001
        }

        public void Publish(string topic, string payload)
        {
            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }
            _client.Publish(topic, Encoding.UTF8.GetBytes(payload), 0, true);
        }

        public void Register(string topic, Action<string> callback)
        {
            if (!_registrations.ContainsKey(topic)) { _registrations.Add(topic, null); }
            _registrations[topic] = callback;
            _client.Subscribe(new string[] { topic }, new byte[] { 0 });
        }

        public void Dispatch(string topic, byte[] message)
        {
            if (_registrations.ContainsKey(topic))
            {
                _registrations[topic].Invoke(Encoding.UTF8.GetString(message));
            }
        }
    }
}
