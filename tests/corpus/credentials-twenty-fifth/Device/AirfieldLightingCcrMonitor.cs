// Written for corpus25: a monitor for the constant current regulators (CCRs) that feed an airfield's runway and taxiway
// lights. It polls each CCR, reports to the tower's network management over SNMPv3 (a v2c agent stays for the
// legacy lighting panel), publishes alarms to the airport operations broker and accepts step overrides typed on the
// AGL control panel.
using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using MQTTnet.Client.Options;
using MqttFactory = MQTTnet.MqttFactory;

namespace Corpus25.Airfield
{
    public sealed class CcrMonitor
    {
        private const string AccessLevel = "public"; // expect: none
        private const string TokenStatusExpired = "expired"; // expect: none
        private const string AglPanelOverrideCode = "459170"; // expect: IOT1004
        private const string OpsApiKey = "<ops-api-key>"; // expect: IOT1006
        private const string ConfigPath = "/etc/ccrmon/config.yaml"; // expect: none
        private const string PrivacyProtocol = "AES-128"; // expect: none
        private const string TowerCaPem =
            "-----BEGIN CERTIFICATE-----\n" +
            "MIIBpDCCAUqgAwIBAgIUAiC/p8JGzZ8s8k+7FyDwu6dFsRcm9x2OPTVwt7nVn0hD\n" +
            "ng3Kbw2eRJ43AVcR2lwKrYE++mzmqNFeMdz009tre9UacNMQFR/H6Cy+6zdQcidS\n" +
            "xVgwckzNNXcNMD9nl9OAmo6bAruiVW4WMS2zS8m9NC9ixa+nkpxo\n" +
            "-----END CERTIFICATE-----"; // expect: none
        private readonly Random random = new Random();
        private readonly HttpClient _ops = new HttpClient { BaseAddress = new Uri("https://api.ops.airport-north.aero/") };

        public CcrMonitor()
        {
            _ops.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", OpsApiKey);
        }

        public (IAuthenticationProvider auth, IPrivacyProvider priv) TowerSnmpV3()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Tw3r-Auth-8841kq")); // expect: IOT1001
            var priv = new AESPrivacyProvider(new OctetString("Tw3r-Priv-5520mz"), auth); // expect: IOT1001
            return (auth, priv);
        }

        public IMembershipProvider LegacyPanelAgent() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002

        // Written on first boot when no configuration file exists yet.
        private static string DefaultConfigYaml() =>
            "mqtt:\n" +
            "  host: ops-broker.airport-north.local\n" +
            "  user: ccr-monitor\n" +
            "  password: \"TOs0eMAXZGlJ\"\n" + // expect: IOT1001
            "ccr:\n" +
            "  poll_seconds: 5\n";

        public void EnsureConfig()
        {
            if (!File.Exists(ConfigPath))
                File.WriteAllText(ConfigPath, DefaultConfigYaml());
        }

        public async Task ConnectOpsBrokerAsync(string user, string password)
        {
            var clientCert = new X509Certificate2(File.ReadAllBytes("/etc/ccrmon/ops-client.pfx"), "u7#Kq2!vRz9W"); // expect: IOT1001
            var tls = new MqttClientOptionsBuilderTlsParameters { UseTls = true, Certificates = new() { clientCert } };
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("ops-broker.airport-north.local", 8883)
                .WithCredentials(user, password)
                .WithTls(tls)
                .Build();
            await new MqttFactory().CreateMqttClient().ConnectAsync(options);
        }

        // Each CCR's web interface password, as set by the commissioning script.
        public static string CcrWebPassword(string ccrSerial)
        {
            var ccrWebPassword = "CCR" + ccrSerial.Substring(ccrSerial.Length - 5); // expect: IOT1005
            return ccrWebPassword;
        }

        public async Task<string> FetchCcrProfilesAsync()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", "ghp_U2ilBbSh8dc5OsxCMiYm92U1pcqXG8JJ0AZj"); // expect: IOT1003
            return await http.GetStringAsync("https://api.github.com/repos/airport-north/agl-config/contents/ccr-profiles.json");
        }

        public string TowerCa() => TowerCaPem + PrivacyProtocol;

        public string NewAlarmAckToken() => random.Next(0x10000).ToString("X4"); // expect: IOT3005

        public bool AcceptStepOverride(string typed) => typed == AglPanelOverrideCode;

        public string Describe(string tokenStatus) => tokenStatus == TokenStatusExpired ? "re-login needed" : AccessLevel;
    }
}
