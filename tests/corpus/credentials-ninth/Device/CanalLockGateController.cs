// Own file (corpus9): the lock-gate controller of lock 7. Every credential it uses is declared in
// CanalLockSecrets.cs (labelled there); the literals of this file are its own.
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using CanalWorks.Lock7;
using InfluxDB.Client;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Microsoft.Azure.Devices.Client;
using nanoFramework.Networking;
using Npgsql;

namespace CanalWorks.Lock7.Controller
{
    // The team's own RS-485 paddle bus: not a library.
    public sealed class PaddleBus
    {
        private string _session;
        public bool Authenticate(string busToken) { _session = busToken; return busToken.Length > 8; }
        public void Raise(int paddle, int percent) { }
    }

    public sealed class LockGateController
    {
        private const string KeeperOverridePin = "7204"; // expect: IOT1004
        private const int PaddleRelayPin = 23; // expect: none
        private const string KeeperPinPrompt = "Enter keeper PIN to open both gates"; // expect: none
        private const string KeeperPasswordLabel = "Password:"; // expect: none
        private const string MaskedPassword = "••••••••"; // expect: none
        private const string TokenExpiredMessage = "Token expired, sign in again at the lock cabin."; // expect: none
        private const string SecretsManagerRegion = "eu-west-2"; // expect: none
        private const string PskCipherSuites = "TLS_PSK_WITH_AES_128_GCM_SHA256"; // expect: none
        private const string KeeperPasswordSalt = "c2FsdC1sb2NrNy1rZWVwZXI="; // expect: none
        private const string KeeperPasswordHash = "$2b$12$Q9v1l6mW3sXo0eYc8LQ2Su7m1G2Jqf8c0nQe7yHk3w4rTzP5aBcDe"; // expect: none
        private const string ExampleApiKey = "example-api-key-123"; // expect: none
        private const string ReadOnlyLevels = "Server=historian.canalworks.example;Database=locks;Trusted_Connection=True"; // expect: none
        private const string KeeperResetTopic = "canal/lock7/keeper/password-reset"; // expect: none
        private const string KeeperPinField = "<input type=\"password\" name=\"keeper_pin\" autocomplete=\"off\">"; // expect: none

        private readonly PaddleBus _paddles = new PaddleBus();
        private readonly HttpClient _ops = new HttpClient { BaseAddress = new Uri("https://ops.canalworks.example/") };

        public bool JoinSiteNetwork()
        {
            string password = Environment.GetEnvironmentVariable(LockSecrets.WifiPasswordEnvVar) ?? LockSecrets.WifiPassword;
            return WifiNetworkHelper.ScanAndConnectDhcp(LockSecrets.WifiSsid, password, requiresDateTime: true);
        }

        public MQTTnet.Client.MqttClientOptions BrokerOptions() =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.canalworks.example", 8883)
                .WithClientId("lock-7")
                .WithCredentials(LockSecrets.BrokerUser, LockSecrets.BrokerPassword)
                .WithTls()
                .Build();

        public DeviceClient Hub(bool standby) => standby
            ? DeviceClient.Create("canal-iot.azure-devices.net", new DeviceAuthenticationWithRegistrySymmetricKey("lock-7", LockSecrets.HubStandbyDeviceKey))
            : DeviceClient.CreateFromConnectionString(LockSecrets.HubConnection);

        public Address NavigationBus() => new Address("bus.canalworks.example", 5671, LockSecrets.AmqpUser, LockSecrets.AmqpPassword);

        public void UploadGateLog(string file)
        {
            var request = (FtpWebRequest)WebRequest.Create($"ftp://logs.canalworks.example/lock7/{file}");
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("lock7-logger", LockSecrets.FtpPassword);
        }

        public IMembershipProvider SnmpAgent() =>
            new Version2MembershipProvider(new OctetString(LockSecrets.SnmpReadCommunity), new OctetString(LockSecrets.SnmpWriteCommunity));

        public ICredentials CctvLogin() => new NetworkCredential("admin", LockSecrets.CctvAdminPassword);

        public InfluxDBClient Trends() => new InfluxDBClient("https://influx.canalworks.example", LockSecrets.InfluxToken);

        public NpgsqlConnection Historian() =>
            new NpgsqlConnection($"Host=historian.canalworks.example;Username=lock7;Password={LockSecrets.HistorianDbPassword};Database=locks");

        public void StartPaddles() => _paddles.Authenticate(LockSecrets.PaddleBusToken);

        public async Task ReportLevelsAsync(double upstream, double downstream)
        {
            _ops.DefaultRequestHeaders.Add(LockSecrets.ApiKeyHeaderName, LockSecrets.OpsPortalApiKey);
            await _ops.PostAsync($"api/locks/7/levels?up={upstream:F2}&down={downstream:F2}", null);
        }

        public string HubKeyFromEnvironment() => Environment.GetEnvironmentVariable("LOCK7_HUB_DEVICE_KEY") ?? string.Empty; // expect: none

        // The 1990s gate PLC's serial console still answers to its maker's login.
        public bool LegacyConsole(string user, string password) => user == "root" && password == "vizxv"; // expect: IOT1002 IOT1002

        public bool KeeperOverride(string enteredPin)
        {
            Console.WriteLine(KeeperPinPrompt);
            return enteredPin.Trim() == KeeperOverridePin;
        }
    }
}
