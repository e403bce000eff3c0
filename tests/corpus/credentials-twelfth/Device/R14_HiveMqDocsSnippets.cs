// Real source: hivemq/hivemq-mqtt-client-dotnet Documentation/docs/how-to/connect-with-auth.md (two versions),
// Documentation/docs/how-to/client-certificates.md, Documentation/docs/how-to/configure-proxy.md
// Kept: the documentation snippets as a pool-controller's connect helpers: WithUserName("my-username")
// .WithPassword("my-password") on HiveMQClientOptionsBuilder, the older HiveMQClientOptions initializer with
// UserName/Password, new X509Certificate2(path, "certificate-password") and WithClientCertificate(path,
// "certificate-password"), the environment-variable variant, WebProxy with NetworkCredential("proxyUsername",
// "proxyPassword") for the WebSocket and the TCP proxy, and the proxy credentials read from the environment.
// Changed: the docs' single-quoted C# strings are double-quoted; HiveMQttClient (a typo in the docs) is HiveMQClient.
// Added: the pool controller's own broker password (fresh value).
using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using HiveMQtt.Client;
using HiveMQtt.Client.Options;

namespace PoolController.Mqtt
{
    public static class HiveMqConnect
    {
        public static async Task BasicAuth()
        {
            var options = new HiveMQClientOptionsBuilder()
                .WithBroker("b273h09193b.s1.eu.hivemq.cloud")
                .WithPort(8883)
                .WithUseTls(true)
                .WithUserName("my-username")
                .WithPassword("my-password") // expect: IOT1006
                .Build();

            var client = new HiveMQClient(options);
            var connectResult = await client.ConnectAsync().ConfigureAwait(false);
        }

        public static async Task BasicAuthOlderDocs()
        {
            var options = new HiveMQClientOptions()
            {
                Host = "b8293h09193b.s1.eu.hivemq.cloud",
                Port = 8883,
                UseTLS = true,
                UserName = "my-username",
                Password = "my-password", // expect: IOT1006
            };

            var client = new HiveMQClient(options);
            var connectResult = await client.ConnectAsync().ConfigureAwait(false);
        }

        public static void ClientCertificates()
        {
            var clientCertificate = new X509Certificate2(
                                    "path/to/certificate-with-password.pem",
                                    "certificate-password"); // expect: IOT1006

            var options = new HiveMQClientOptionsBuilder()
                                .WithClientCertificate(clientCertificate);

            var options2 = new HiveMQClientOptionsBuilder()
                                .WithClientCertificate(
                                    "path/to/certificate-with-password.pem",
                                    "certificate-password" // expect: IOT1006
                                );

            var certPassword = Environment.GetEnvironmentVariable("CERT_PASSWORD"); // expect: none
            if (string.IsNullOrEmpty(certPassword))
            {
                throw new InvalidOperationException(
                    "Certificate password not found in environment variables"); // expect: none
            }
            var options3 = new HiveMQClientOptionsBuilder()
                                .WithClientCertificate("path/to/certificate-with-password.pem", certPassword);
        }

        public static void Proxies()
        {
            var proxy = new WebProxy("http://proxy.example.com:8080");
            proxy.Credentials = new NetworkCredential("proxyUsername", "proxyPassword"); // expect: IOT1006

            var options = new HiveMQClientOptionsBuilder()
                .WithWebSocketServer("wss://broker.example.com:8884/mqtt")
                .WithWebSocketProxy(proxy)
                .Build();

            var tcpProxy = new WebProxy("http://proxy.example.com:8080");
            tcpProxy.Credentials = new NetworkCredential("proxyUsername", "proxyPassword"); // expect: IOT1006

            var tcpOptions = new HiveMQClientOptionsBuilder()
                .WithBroker("broker.example.com")
                .WithPort(8883)
                .WithUseTls(true)
                .WithProxy(tcpProxy)
                .Build();

            var proxyUser = Environment.GetEnvironmentVariable("PROXY_USER");
            var proxyPass = Environment.GetEnvironmentVariable("PROXY_PASS"); // expect: none
            if (!string.IsNullOrEmpty(proxyUser))
            {
                tcpProxy.Credentials = new NetworkCredential(proxyUser, proxyPass);
            }
        }

        // Added: the pool controller's broker account
        public static async Task PoolBroker()
        {
            var options = new HiveMQClientOptionsBuilder()
                .WithBroker("pool-ctl.s1.eu.hivemq.cloud")
                .WithPort(8883)
                .WithUseTls(true)
                .WithUserName("pool-ctl-04")
                .WithPassword("Chl0r!ne-Pump-58") // expect: IOT1001
                .Build();
            await new HiveMQClient(options).ConnectAsync();
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R14
{
    public const string CertPasswordEnvVar = "CERT_PASSWORD"; // expect: none
    public const string CertificatePasswordSetting = "CertificateSettings:CertificatePassword"; // expect: none
    public const string ProxyPassEnvVar = "PROXY_PASS"; // expect: none
}
