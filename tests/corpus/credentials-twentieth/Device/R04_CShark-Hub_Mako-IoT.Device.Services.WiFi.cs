// Real source: CShark-Hub/Mako-IoT.Device.Services.WiFi
//   src/MakoIoT.Device.Services.WiFi/Configuration/WiFiConfig.cs ([ParameterMetadata("Password", isSecret: true)]),
//   src/MakoIoT.Device.Services.WiFi/WiFiNetworkProvider.cs (config section read in the constructor and kept in a field,
//   WifiNetworkHelper.ConnectDhcp(_wifiConfig.Ssid, _wifiConfig.Password, requiresDateTime: true, token: cs.Token)),
//   src/MakoIoT.Device.Services.WiFi/WiFiInterfaceManager.cs (EnableAP copies WiFiAPConfig.Ssid / Password into the
//   WirelessAPConfiguration and chooses WPA2 when a password is set)
// Kept: the classes' shapes, the section names and the metadata attributes.
// Changed: nanoFramework's NetworkInterface lookups and the WifiNetworkHelper.Status checks are left out (the shared
//   stubs do not carry them); the access-point configuration is reached through a shim store.
// Added (a community workshop's tool-charging cabinet): the WiFiAPConfig the real package references, the settings the
//   device image seeds on first boot, and an access-point password made from the MAC.
using System;
using System.Threading;
using MakoIoT.Device.Services.Configuration.Metadata.Attributes;
using MakoIoT.Device.Services.Interface;
using MakoIoT.Device.Services.WiFi.Configuration;
using MakoIoT.Device.Services.WiFi.Interface;
using nanoFramework.Networking;

namespace MakoIoT.Device.Services.WiFi.Configuration
{
    [SectionMetadata("Wi-Fi")]

    public class WiFiConfig
    {
        [ParameterMetadata("SSID")]
        public string Ssid { get; set; }
        [ParameterMetadata("Password", isSecret: true)] // expect: none
        public string Password { get; set; }
        [ParameterMetadata("Connection timeout")]
        public int ConnectionTimeout { get; set; } = 60;

        public static string SectionName => "WiFi";
    }

    [SectionMetadata("Wi-Fi access point")]
    public class WiFiAPConfig
    {
        public string Ssid { get; set; } = "MakoIoT-Setup";
        public string Password { get; set; }
        public string IpAddress { get; set; } = "192.168.4.1";
        public string SubnetMask { get; set; } = "255.255.255.0";
        public int MaxConnections { get; set; } = 1;
        public bool EnableDhcp { get; set; } = true;

        public static string SectionName => "WiFiAP";
    }
}

namespace MakoIoT.Device.Services.WiFi
{
    public class WiFiNetworkProvider : INetworkProvider
    {
        private readonly WiFiConfig _wifiConfig;
        private readonly ILog _logger;

        public WiFiNetworkProvider(IConfigurationService configService, ILog logger)
        {
            _wifiConfig = (WiFiConfig)configService.GetConfigSection(WiFiConfig.SectionName, typeof(WiFiConfig));
            _logger = logger;
        }

        public bool IsConnected { get; private set; }

        public string ClientAddress => "0.0.0.0";

        public void Connect()
        {
            if (!IsConnected)
            {
                _logger.Trace("WifiNetworkHelper.ConnectDhcp");
                CancellationTokenSource cs = new(_wifiConfig.ConnectionTimeout * 1000);
                bool success = WifiNetworkHelper.ConnectDhcp(_wifiConfig.Ssid, _wifiConfig.Password, requiresDateTime: true, token: cs.Token);
                _logger.Trace($"WifiNetworkHelper.ConnectDhcp result: {success}");
                IsConnected = success;
            }
        }

        public void Disconnect()
        {
        }
    }

    public class WiFiInterfaceManager : INetworkInterfaceManager
    {
        private readonly System.Net.NetworkInformation.WirelessAPConfiguration _apConfiguration;
        private readonly WiFiAPConfig _config;

        public WiFiInterfaceManager(IConfigurationService configService)
        {
            _config = (WiFiAPConfig)configService.GetConfigSection(WiFiAPConfig.SectionName, typeof(WiFiAPConfig));
            _apConfiguration = System.Net.NetworkInformation.WirelessAPConfigurationStoreShim.GetAllWirelessAPConfigurations()[0];
        }

        public bool IsApEnabled { get; private set; }

        public void EnableAP()
        {
            _apConfiguration.Ssid = _config.Ssid;
            if (!String.IsNullOrEmpty(_config.Password))
            {
                _apConfiguration.Password = _config.Password;
            }
            System.Net.NetworkInformation.WirelessAPConfigurationStoreShim.SaveConfiguration(_apConfiguration);
            IsApEnabled = true;
        }

        public void DisableAP()
        {
            IsApEnabled = false;
        }
    }

    // Added: what the cabinet's image writes into the configuration store on first boot.
    public static class CabinetFirstBoot
    {
        public static void Seed(IConfigurationService configService, bool benchImage)
        {
            if (benchImage)
            {
                configService.UpdateConfigSection(WiFiConfig.SectionName, new WiFiConfig
                {
                    Ssid = "Workshop-Tools",
                    Password = "SRx8I_m3UgQgTwC1", // expect: IOT1001
                });
            }
            else
            {
                configService.UpdateConfigSection(WiFiConfig.SectionName, new WiFiConfig
                {
                    Ssid = "Workshop-Tools",
                    Password = "REPLACE_WITH_SITE_PSK", // expect: IOT1006
                });
            }

            byte[] mac = nanoFramework.Runtime.Native.NanoHardwareShim.GetWirelessMacAddress();
            string apPassword = "Mako" + BitConverter.ToString(mac, 3, 3).Replace("-", ""); // expect: IOT1005
            configService.UpdateConfigSection(WiFiAPConfig.SectionName, new WiFiAPConfig { Password = apPassword });
        }

        // The open-day demo cabinet runs its own access point with a fixed password.
        public static void SeedOpenDayAccessPoint(IConfigurationService configService)
        {
            configService.UpdateConfigSection(WiFiAPConfig.SectionName, new WiFiAPConfig
            {
                Ssid = "ToolCabinet-Demo",
                Password = "26tMnV.wATIEJpD", // expect: IOT1001
            });
        }

        public const string ApPasswordPolicy = "Access point password must be 8 to 63 characters."; // expect: none
    }
}
