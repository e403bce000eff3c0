// Real source: dotnet/MQTTnet Samples/Client/Client_Connection_Samples.cs
// Adapted for a 3D-printer farm controller: connects to the farm broker, to each printer's LAN broker,
// and to the OctoPrint hosts of the older printers.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;

namespace PrintYard.Farm
{
    public static class FarmConnections
    {
        private const string ReportTopic = "device/{0}/report"; // expect: none
        private const string LanUser = "bblp"; // expect: none
        private const string AccessCodeLabel = "Access Code:"; // expect: none

        // LAN access codes shown on each printer's screen (Settings > Network).
        private static readonly Dictionary<string, string> PrinterAccessCodes = new()
        {
            ["01S00C123456789"] = "31415926", // expect: IOT1001
            ["01S00C987654321"] = "27182818", // expect: IOT1001
        };

        public static async Task Connect_Farm_Broker()
        {
            /*
             * This sample creates a simple MQTT client and connects to the farm broker.
             *
             * Always dispose the client when it is no longer used.
             * The default version of MQTT is 3.1.1.
             */

            var mqttFactory = new MqttFactory();

            using (var mqttClient = mqttFactory.CreateMqttClient())
            {
                // Use builder classes where possible in this project.
                var mqttClientOptions = new MqttClientOptionsBuilder()
                    .WithTcpServer("broker.printyard.example", 8883)
                    .WithCredentials("farm-controller", "YOUR_PASSWORD") // expect: IOT1006
                    .WithTls()
                    .Build();

                // This will throw an exception if the server is not available.
                await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);

                Console.WriteLine("The MQTT client is connected.");
            }
        }

        public static async Task Connect_Printer_Lan(string serial, string ip)
        {
            /*
             * Each printer runs its own broker on port 8883 with a self-signed certificate.
             */
            var mqttFactory = new MqttFactory();

            using (var mqttClient = mqttFactory.CreateMqttClient())
            {
                var mqttClientOptions = new MqttClientOptionsBuilder().WithTcpServer(ip, 8883)
                    .WithCredentials(LanUser, PrinterAccessCodes[serial])
                    .WithTlsOptions(o => o.WithSslProtocols(SslProtocols.Tls12))
                    .Build();

                using (var timeout = new CancellationTokenSource(5000))
                {
                    await mqttClient.ConnectAsync(mqttClientOptions, timeout.Token);
                    Console.WriteLine($"Subscribed to {string.Format(ReportTopic, serial)}");
                }
            }
        }

        public static MqttClientCredentials SpoolTrackerCredentials()
        {
            MqttClientCredentials creds = new("spool-tracker", Encoding.UTF8.GetBytes("Filament-PLA-88")); // expect: IOT1001
            return creds;
        }

        public static string Label => AccessCodeLabel;
    }

    public sealed class OctoPrintHosts
    {
        private readonly HttpClient _http = new();
        private readonly IReadOnlyDictionary<string, string> _hostKeys;

        public OctoPrintHosts(IReadOnlyDictionary<string, string> hostKeysFromVault) => _hostKeys = hostKeysFromVault;

        public Task<string> JobAsync(string host)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"http://{host}/api/job");
            request.Headers.Add("X-Api-Key", _hostKeys[host]); // expect: none
            return _http.SendAsync(request).ContinueWith(t => t.Result.Content.ReadAsStringAsync().Result);
        }

        public void UseDashboardLogin()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("farmops:Kr8!vane-Tilt"))); // expect: IOT1001
        }
    }

    public static class FarmBrokerClientKey
    {
        // Client key of the farm controller for mutual TLS with the farm broker (PKCS#8, DER, base64).
        private const string ClientKeyDer =
            "MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAK6c7cLMqQVgZ6oYcGp9mMClYXTVfhkRhDjhmYifB+L8YZkXuwR6a8MGWzcXtVaDHGbmUjiG4TIxKwzBb2iTId70JH1xjBlKH1RSvianeNunt7VJEohC632RSp63VXqjxoSaYqfivBE6V6di2vVgcr/IFRAHhPpxXpA69GZzfU0pAgMBAAECgYBJgayhtdBtgAED3Rft7IOSjcxy"; // expect: IOT1003

        public static RSA Load()
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(ClientKeyDer), out _);
            return rsa;
        }
    }
}
