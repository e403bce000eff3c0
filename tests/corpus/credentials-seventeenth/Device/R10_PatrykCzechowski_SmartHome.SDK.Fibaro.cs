// Real source: PatrykCzechowski/SmartHome.SDK.Fibaro
//   Services/FibaroClientOptions.cs, Services/ServiceCollectionExtensions.cs,
//   examples/SmartHome.SDK.Fibaro.Example/Program.cs (+ docs/getting-started.md for the Basic sample)
// Domain: a boutique hotel's Fibaro Home Center 3; a night-audit service turns the rooms' heating up
// for arriving guests and runs the alarm scenes.
// Kept: FibaroClientOptions (BaseAddress, AccessToken, Username, Password); AddFibaroClient(services,
// Action<FibaroClientOptions>) preferring Bearer, else Basic from $"{options.Username}:{options.Password}";
// the example reading FIBARO_BASE_URL / FIBARO_USERNAME / FIBARO_PASSWORD from the environment; the
// docs' getting-started values (kept where they stood, in a set-up method); scene execution with the
// Fibaro-User-PIN header.
// Added: the hotel's fallback login when the variables are missing, the annex HC3's token, the alarm
// scene PIN.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus17.R10.HotelFibaro
{
    public sealed class FibaroClientOptions
    {
        public Uri BaseAddress { get; set; }
        public string AccessToken { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }

    public interface IFibaroClient
    {
        Task ExecuteActionAsync(int deviceId, string action, object parameters = null);
        Task ExecuteSceneAsync(int sceneId, string pin = null);
    }

    public class FibaroClient : IFibaroClient
    {
        private readonly HttpClient _http;
        public FibaroClient(HttpClient http) { _http = http; }

        public Task ExecuteActionAsync(int deviceId, string action, object parameters = null)
            => _http.PostAsync($"devices/{deviceId}/action/{action}", new StringContent("{}", Encoding.UTF8, "application/json"));

        public Task ExecuteSceneAsync(int sceneId, string pin = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"scenes/{sceneId}/execute");
            if (!string.IsNullOrEmpty(pin))
            {
                request.Headers.Add("Fibaro-User-PIN", pin); // expect: none
            }
            request.Headers.Add("X-Fibaro-Version", "2");
            return _http.SendAsync(request);
        }
    }

    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddFibaroClient(this IServiceCollection services, Action<FibaroClientOptions> configure)
        {
            if (configure == null) throw new ArgumentNullException(nameof(configure));

            services.AddHttpClient<IFibaroClient, FibaroClient>((sp, client) =>
            {
                var options = new FibaroClientOptions();
                configure(options);

                client.BaseAddress = options.BaseAddress ?? new Uri("http://localhost/api/");

                if (!string.IsNullOrWhiteSpace(options.AccessToken))
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
                }
                else if (!string.IsNullOrWhiteSpace(options.Username) && options.Password is not null)
                {
                    var raw = Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}");
                    var basic = Convert.ToBase64String(raw);
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                }
            });

            return services;
        }
    }

    public static class NightAudit
    {
        // Added: the arming scene of the lobby alarm asks for the installer's PIN.
        private const string AlarmScenePin = "1234"; // expect: IOT1002

        public static async Task<int> Main()
        {
            var baseUrl = Environment.GetEnvironmentVariable("FIBARO_BASE_URL") ?? "https://hc3.hotel-am-see.example/api/";
            var user = Environment.GetEnvironmentVariable("FIBARO_USERNAME") ?? "nachtportier"; // expect: none
            var pass = Environment.GetEnvironmentVariable("FIBARO_PASSWORD") // expect: none
                ?? "q4dYog5rfiAC"; // expect: IOT1001

            var services = new ServiceCollection();
            services.AddFibaroClient(o =>
            {
                o.BaseAddress = new Uri(baseUrl);
                o.Username = user;
                o.Password = pass;
            });

            var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<IFibaroClient>();

            await client.ExecuteActionAsync(123, "setHeatingThermostatSetpoint", new { args = new object[] { 21.5 } });
            await client.ExecuteSceneAsync(42, AlarmScenePin);
            return 0;
        }

        // Added: the garden annex has its own HC3, configured by the integrator with an API token.
        public static IServiceCollection AddAnnex(IServiceCollection services)
        {
            return services.AddFibaroClient(o =>
            {
                o.BaseAddress = new Uri("https://hc3-annex.hotel-am-see.example/api/");
                o.AccessToken = "pCNrMl6U3QENpfee2hcbMvMIb5cxpexG"; // expect: IOT1001
            });
        }

        // Kept from docs/getting-started.md, used on the integrator's laptop.
        public static IServiceCollection AddGettingStartedSample(IServiceCollection services)
        {
            return services.AddFibaroClient(o =>
            {
                o.BaseAddress = new Uri("https://your-home-center/api/"); // expect: none
                o.Username = "apiuser";
                o.Password = "apipass"; // expect: IOT1006
            });
        }
    }
}
