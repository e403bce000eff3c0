// Own file (new domain): seed-bank cold vault controller (ESP32, .NET nanoFramework).
// Uses the constants of SeedVaultSecrets.cs; the labels of those constants are in that file.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using NfDeviceClient = nanoFramework.Azure.Devices.Client.DeviceClient;
using NfMqttClient = nanoFramework.M2Mqtt.MqttClient;

namespace SeedVault
{
    public static class VaultController
    {
        private static NfDeviceClient _hub;
        private static NfMqttClient _broker;

        public static void Main()
        {
            bool up = WifiNetworkHelper.ConnectDhcp(VaultSecrets.WifiSsid, VaultSecrets.WifiPassword, requiresDateTime: true);
            if (!up)
            {
                Debug.WriteLine("Primary Wi-Fi failed, trying the backup access point");
                up = WifiNetworkHelper.ScanAndConnectDhcp(VaultSecrets.BackupWifiSsid, VaultSecrets.BackupWifiPassword);
            }

            _hub = new NfDeviceClient(VaultSecrets.HubName, "vault-01", VaultSecrets.HubSasKey);

            _broker = new NfMqttClient("10.40.0.2");
            _broker.Connect("vault-01", VaultSecrets.BrokerUser, VaultSecrets.BrokerPassword);

            var server = new WebServer(80) { ApiKey = VaultSecrets.DashboardApiKey };
            var wifiFromEnv = Environment.GetEnvironmentVariable(VaultSecrets.WifiPasswordEnvVar);

            var standby = Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(VaultSecrets.HubConnectionString);

            var rackLogin = new NetworkCredential(VaultSecrets.RackGatewayUser, VaultSecrets.RackGatewayPassword);

            var doorLogger = new DoorLogger("10.40.0.9");
            doorLogger.Authenticate(VaultSecrets.DoorLoggerToken);

            Thread.Sleep(Timeout.Infinite);
        }

        public static void PushToCuratorPortal(HttpClient http)
        {
            http.DefaultRequestHeaders.Add(VaultSecrets.ApiKeyHeaderName, VaultSecrets.DashboardApiKey);
        }

        // Keypad at the airlock: the curator code opens the inner door; the factory code still works on
        // controllers that were never commissioned.
        public static bool CheckKeypad(string entered)
        {
            if (entered == VaultSecrets.CuratorPin)
            {
                return true;
            }

            if (entered == VaultSecrets.FactoryPin)
            {
                Debug.WriteLine("Factory code used; commission this controller"); // expect: none
                return true;
            }

            Debug.WriteLine("Wrong code, the airlock stays closed"); // expect: none
            return false;
        }
    }

    public class MaintenanceController
    {
        [Authentication(VaultSecrets.MaintenanceBasic)]
        public void DefrostNow(object e)
        {
            Debug.WriteLine("Defrost cycle started from the maintenance page");
        }

        public void ShowConfiguration(object e)
        {
            Debug.WriteLine("wifi.password=" + "********"); // expect: none
        }
    }

    // Our own logger protocol: no library involved.
    public class DoorLogger
    {
        private readonly string _host;

        public DoorLogger(string host)
        {
            _host = host;
        }

        public bool Authenticate(string loggerToken)
        {
            return loggerToken != null && _host != null;
        }
    }
}
