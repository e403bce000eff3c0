// Real source: isaacrlevin/presencelight src/PresenceLight.Worker/Program.cs (0059b1f91966a872da13f4e298f33acae593b489)
// Domain: PresenceLight worker (runs on a Raspberry Pi or in a container) that turns a smart bulb (Hue, LIFX, Yeelight, Wiz)
//   red or green from the user's Microsoft Teams presence; its Kestrel host serves the settings UI over HTTPS.
// Kept: ConfigureConfiguration as written; the Application Insights key read from configuration; the body of the
//   ConfigureKestrel lambda as written (server IP check, HTTPS certificate file and password read from configuration unless the
//   ASP.NET certificate environment variable is set, TLS 1.2 in containers).
// Changed: the Host.CreateDefaultBuilder / ConfigureWebHostDefaults chain, Serilog set-up and Main are trimmed; the Kestrel lambda
//   body is kept as the method ConfigureKestrel(options, configForMain) and the telemetry lines as CreateTelemetryConfiguration.
// Shimmed: Microsoft.Extensions.Configuration builder and JSON / environment sources, KestrelServerOptions, ListenOptions,
//   ListenOptionsHttpsExtensions.UseHttps(fileName, password), HttpsConnectionAdapterOptions and Application Insights'
//   TelemetryConfiguration in _Stubs.cs.
// Secrets: none in this version (the certificate password comes from configuration); nothing replaced.
using System;
using System.IO;
using System.Net;
using System.Security.Authentication;
using Microsoft.ApplicationInsights.Extensibility;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;

namespace PresenceLight.Worker
{
    public class Program
    {
        private static void ConfigureConfiguration(IConfigurationBuilder config)
        {
            config
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: false, reloadOnChange: false)
                .AddJsonFile("appsettings.Development.json", optional: true, reloadOnChange: false)
                .AddJsonFile("PresenceLightSettings.json", optional: false, reloadOnChange: false)
                .AddJsonFile("PresenceLightSettings.Development.json", optional: true, reloadOnChange: false)
                .AddJsonFile(System.IO.Path.Combine("config", "appsettings.json"), optional: true, reloadOnChange: false)
                .AddJsonFile(System.IO.Path.Combine("config", "PresenceLightSettings.json"), optional: true, reloadOnChange: false)
                .AddEnvironmentVariables();

            config.Build();
        }

        public static TelemetryConfiguration CreateTelemetryConfiguration()
        {
            IConfigurationBuilder configBuilderForMain = new ConfigurationBuilder();
            ConfigureConfiguration(configBuilderForMain);

            IConfiguration configForMain = configBuilderForMain.Build();

            var telemetryConfiguration = TelemetryConfiguration.CreateDefault();
            telemetryConfiguration.InstrumentationKey = configForMain["ApplicationInsights:InstrumentationKey"]; // expect: none
            return telemetryConfiguration;
        }

        public static void ConfigureKestrel(KestrelServerOptions options, IConfiguration configForMain)
        {
                         if (Convert.ToBoolean(configForMain["DeployedToServer"]))
                         {
                             if (string.IsNullOrEmpty(configForMain["ServerIP"]) || configForMain["ServerIP"] != "192.168.86.27")
                             {
                                 throw new ArgumentException("Supplied Server Ip Address is not configured or it is not in list of redirect Uris for Azure Active Directory");
                             }

                             options.Listen(System.Net.IPAddress.Parse(configForMain["ServerIP"]!), 5001, listenOptions =>
                             {
                                 var envCertPath = Environment.GetEnvironmentVariable("ASPNETCORE_Kestrel__Certificates__Default__Path");
                                 if (string.IsNullOrEmpty(envCertPath))
                                 {
                                     // Cert Env Not provided, use appsettings
                                     //assumes cert is at same level as exe
                                     listenOptions.UseHttps(configForMain["Certificate:Name"]!, configForMain["Certificate:Password"]); // expect: none
                                 }
                                 else
                                 { }
                             });

                             options.ListenLocalhost(5000, listenOptions =>
                             {
                             });
                         }
                         else
                         {
                             options.ListenLocalhost(5001, listenOptions =>
                             {
                                 var envCertPath = Environment.GetEnvironmentVariable("ASPNETCORE_Kestrel__Certificates__Default__Path"); // expect: none
                                 if (string.IsNullOrEmpty(envCertPath) && !string.IsNullOrWhiteSpace(configForMain["Certificate:Name"]) && !string.IsNullOrWhiteSpace(configForMain["Certificate:Password"]))
                                 {
                                     // Cert Env Not provided, use appsettings
                                     //assumes cert is at same level as exe
                                     listenOptions.UseHttps(configForMain["Certificate:Name"]!, configForMain["Certificate:Password"]); // expect: none
                                 }
                                 else
                                 { }
                             });

                             options.ListenLocalhost(5000, listenOptions =>
                             {
                             });
                         }
                         if (Convert.ToBoolean(configForMain["DeployedToContainer"]))
                         {
                             options.ConfigureHttpsDefaults(listenOptions =>
                             {
                                 listenOptions.SslProtocols = SslProtocols.Tls12;
                             });
                         }
        }
    }
}
