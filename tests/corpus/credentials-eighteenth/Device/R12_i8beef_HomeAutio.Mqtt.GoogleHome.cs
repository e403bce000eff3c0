// Real source: i8beef/HomeAutio.Mqtt.GoogleHome
//   src/HomeAutio.Mqtt.GoogleHome/Startup.cs (BrokerSettings from "mqtt:*" configuration, broker TLS certificates built
//   with new X509Certificate2(file, passPhrase), test users for the OAuth server, signing certificates)
// Domain: a converted chapel's holiday apartments: MQTT devices exposed to Google Home for the guests.
// Kept: the BrokerSettings initializer reading mqtt:brokerIp / brokerPort / brokerUsername / brokerPassword /
// brokerUseTls, the TLS protocol switch, the certificate list with passPhrase, the signing certificate choice.
// Changed: the ASP.NET Core service registrations reduced to factory methods. Added: written fallbacks for the
// broker password and the certificate pass phrase, the apartment guest user, the topic root.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using HomeAutio.Mqtt.Core;
using IdentityServer4.Test;
using Microsoft.Extensions.Configuration;

namespace HomeAutio.Mqtt.GoogleHome
{
    public class Startup
    {
        public IConfiguration Configuration { get; }
        public Startup(IConfiguration configuration) { Configuration = configuration; }

        public BrokerSettings CreateBrokerSettings()
        {
            var brokerSettings = new BrokerSettings
            {
                BrokerIp = Configuration.GetValue<string>("mqtt:brokerIp"),
                BrokerPort = Configuration.GetValue<int>("mqtt:brokerPort"),
                BrokerUsername = Configuration.GetValue<string>("mqtt:brokerUsername", "chapel-bridge"), // expect: none
                BrokerPassword = Configuration.GetValue<string>("mqtt:brokerPassword", "Pew7-nave-Lx31"), // expect: IOT1001
                BrokerUseTls = Configuration.GetValue<bool>("mqtt:brokerUseTls", false)
            };

            if (brokerSettings.BrokerUseTls)
            {
                var brokerTlsSettings = new BrokerTlsSettings
                {
                    AllowUntrustedCertificates = Configuration.GetValue<bool>("mqtt:brokerTlsSettings:allowUntrustedCertificates", false),
                };

                switch (Configuration.GetValue<string>("mqtt:brokerTlsSettings:protocol", "1.2"))
                {
                    case "1.1":
                        brokerTlsSettings.SslProtocol = System.Security.Authentication.SslProtocols.None;
                        break;
                    default:
                        brokerTlsSettings.SslProtocol = System.Security.Authentication.SslProtocols.Tls12;
                        break;
                }

                var brokerTlsCertificatesSection = Configuration.GetSection("mqtt:brokerTlsSettings:certificates");
                brokerTlsSettings.Certificates = brokerTlsCertificatesSection.GetChildren()
                    .Select(x =>
                    {
                        var file = x.GetValue<string>("file");
                        var passPhrase = x.GetValue<string>("passPhrase") ?? "vestry-Oak-2291"; // expect: IOT1001
                        if (!File.Exists(file))
                            throw new FileNotFoundException($"Broker Certificate '{file}' is missing!");
                        return (X509Certificate)(!string.IsNullOrEmpty(passPhrase) ?
                            new X509Certificate2(file, passPhrase) :
                            new X509Certificate2(file));
                    }).ToList();

                brokerSettings.BrokerTlsSettings = brokerTlsSettings;
            }
            return brokerSettings;
        }

        public string TopicRoot() => Configuration.GetValue<string>("mqtt:topicRoot", "google/home");

        // Users.Get(Configuration) in the original reads the users section; the apartments add their guest login
        public List<TestUser> Users()
        {
            var users = new List<TestUser>
            {
                new TestUser
                {
                    SubjectId = "1",
                    Username = Configuration.GetValue<string>("users:0:username", "guest"), // expect: none
                    Password = Configuration.GetValue<string>("users:0:password", "chapel-Guest-4471"), // expect: IOT1001
                },
            };
            return users;
        }

        public X509Certificate2 SigningCertificate()
        {
            var file = Configuration.GetValue<string>("oauth:signingCerts:0:file");
            var passPhrase = Configuration.GetValue<string>("oauth:signingCerts:0:passPhrase"); // expect: none
            return !string.IsNullOrEmpty(passPhrase) ? new X509Certificate2(file, passPhrase) : new X509Certificate2(file);
        }
    }
}
