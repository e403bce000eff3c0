// Real source: wuangnguyen/OPC-UA-Client-Example OpcUaClient/Services/OpcUaSessionProvider.cs
// Also from the same repository: OpcUaClient/Models/OpcUaSettings.cs (OpcUaSettings, UserIdentitySettings with their
// string.Empty defaults). Kept: IOptions<OpcUaSettings>, the semaphore, the UserTokenType switch building
// new UserIdentity(opcUaSettings.UserIdentity.Username, opcUaSettings.UserIdentity.Password), Session.Create.
// Changed: BlazorExample/Program.cs binds the settings from configuration (GetSection("OpcUaSettings")); the
// packaging-line gateway here fills them in code (added: OpcUaSetup, values invented), plus a bench profile.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Opc.Ua;
using Opc.Ua.Client;
using Opc.Ua.Configuration;

namespace OpcUaClient.Models
{
    public class OpcUaSettings
    {
        public string ServerEndpoint { get; set; } = string.Empty;
        public UserTokenType UserTokenType { get; set; } = UserTokenType.Anonymous;
        public string ApplicationConfigurationFilePath { get; set; } = "App.Config.xml"; // expect: none
        public UserIdentitySettings UserIdentity { get; set; } = new UserIdentitySettings();
    }

    public class UserIdentitySettings
    {
        public string Username { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
    }
}

namespace OpcUaClient.Services
{
    using OpcUaClient.Models;

    /// <summary>
    /// Provides an instance of communication session.
    /// </summary>
    public class OpcUaSessionProvider : IAsyncDisposable
    {
        private readonly OpcUaSettings opcUaSettings;
        private Session? session;
        private readonly SemaphoreSlim semaphore = new SemaphoreSlim(1, 1);

        public OpcUaSessionProvider(IOptions<OpcUaSettings> options)
        {
            opcUaSettings = options.Value;
        }

        public async Task<Session> CreateSessionAsync()
        {
            await semaphore.WaitAsync();
            try
            {
                if (session != null)
                {
                    return session;
                }
                return await CreateSessionInternalAsync();
            }
            finally
            {
                semaphore.Release();
            }
        }

        private async Task<Session> CreateSessionInternalAsync()
        {
            ApplicationInstance applicationInstance = await LoadApplicationConfigurationAsync();
            ConfiguredEndpoint configuredEndpoint = GetConfiguredEndpoint(applicationInstance);

            UserIdentity userIdentity = opcUaSettings.UserTokenType switch
            {
                UserTokenType.Anonymous => new UserIdentity(new AnonymousIdentityToken()),
                UserTokenType.UserName => new UserIdentity(opcUaSettings.UserIdentity.Username, opcUaSettings.UserIdentity.Password),
                _ => throw new ArgumentException($"{opcUaSettings.UserTokenType.ToString()} is not yet supported")
            };

            var applicationConfiguration = applicationInstance.ApplicationConfiguration;

            session = await Session.Create(
                applicationConfiguration,
                configuredEndpoint,
                true,
                applicationConfiguration.ApplicationName,
                (uint)applicationConfiguration.ClientConfiguration.DefaultSessionTimeout,
                userIdentity, null
            );

            return session;
        }

        private ConfiguredEndpoint GetConfiguredEndpoint(ApplicationInstance applicationInstance)
        {
            string endpointUrl = opcUaSettings.ServerEndpoint;
            var endpoint = CoreClientUtils.SelectEndpoint(endpointUrl, useSecurity: false);
            return new ConfiguredEndpoint(null, endpoint, EndpointConfiguration.Create(applicationInstance.ApplicationConfiguration));
        }

        private async Task<ApplicationInstance> LoadApplicationConfigurationAsync()
        {
            string configFilePath = Path.Combine(AppDomain.CurrentDomain.BaseDirectory, opcUaSettings.ApplicationConfigurationFilePath);
            var applicationInstance = new ApplicationInstance();
            await applicationInstance.LoadApplicationConfiguration(configFilePath, false);
            bool certOk = await applicationInstance.CheckApplicationInstanceCertificate(false, 2048);
            if (!certOk)
            {
                throw new Exception("Application instance certificate invalid or missing.");
            }
            return applicationInstance;
        }

        public async ValueTask DisposeAsync()
        {
            if (session == null)
            {
                return;
            }
            await session.CloseAsync();
            session.Dispose();
        }
    }

    // Added: the packaging line's gateway wires the provider without appsettings.json.
    public static class OpcUaSetup
    {
        public const string SettingsSection = "OpcUaSettings"; // expect: none
        public const string PasswordConfigKey = "OpcUaSettings:UserIdentity:Password"; // expect: none

        public static IServiceCollection AddPackagingLineOpcUa(this IServiceCollection services, bool bench)
        {
            services.Configure<OpcUaSettings>(o =>
            {
                o.ServerEndpoint = bench ? "opc.tcp://localhost:4840" : "opc.tcp://blister-line-2.plant.local:4840";
                o.UserTokenType = UserTokenType.UserName;
                o.UserIdentity = new UserIdentitySettings
                {
                    Username = "line2-historian",
                    Password = bench ? "" : "Blister#Line2-Trend", // expect: IOT1001
                };
            });
            services.AddScoped<OpcUaSessionProvider>();
            return services;
        }
    }
}
