// Real source: nanoframework/Samples samples/WiFiAP/WirelessAP.cs
// Adapted for a reef aquarium controller: the soft AP is used to set up Wi-Fi from the phone,
// then the controller joins the home network and reports dosing to the cloud.
using System;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using Iot.Device.DhcpServer;
using nanoFramework.Networking;
using nanoFramework.Runtime.Native;

namespace ReefPilot.Controller
{
    /// <summary>
    /// Provides methods and properties to manage a wireless access point.
    /// </summary>
    public static class WirelessAP
    {
        /// <summary>
        /// Gets or sets the IP address of the Soft AP.
        /// </summary>
        public static string SoftApIP { get; set; } = "192.168.4.1"; // expect: none

        /// <summary>
        /// Gets or sets the SSID of the Soft AP.
        /// </summary>
        public static string SoftApSsid { get; set; } = "ReefPilot-Setup";

        private const string SetupPageTitle = "Enter your home Wi-Fi password to finish setup"; // expect: none

        // Salt of the stored setup-page password hash (not a secret on its own).
        private const string PasswordSalt = "reef-salt-v1"; // expect: none

        /// <summary>
        /// Sets the configuration for the wireless access point.
        /// </summary>
        public static void SetWifiAp()
        {
            if (Setup() == false)
            {
                // Reboot device to Activate Access Point on restart
                Console.WriteLine($"Setup Soft AP, Rebooting device");
                Power.RebootDevice();
            }

            var dhcpserver = new DhcpServer
            {
                CaptivePortalUrl = $"http://{SoftApIP}"
            };
            var dhcpInitResult = dhcpserver.Start(IPAddress.Parse(SoftApIP), new IPAddress(new byte[] { 255, 255, 255, 0 }));
            if (!dhcpInitResult)
            {
                Console.WriteLine($"Error initializing DHCP server.");
                Power.RebootDevice();
            }

            Console.WriteLine($"Running Soft AP, waiting for client to connect");
        }

        /// <summary>
        /// Set-up the Wireless AP settings, enable and save
        /// </summary>
        /// <returns>True if already set-up</returns>
        public static bool Setup()
        {
            WirelessAPConfiguration wapconf = SoftApInterface.GetConfiguration();

            // Check if already Enabled and return true
            if (wapconf.IsAutoStartEnabled() && SoftApInterface.IPv4Address == SoftApIP)
            {
                return true;
            }

            // Set up IP address for Soft AP
            SoftApInterface.EnableStaticIPv4(SoftApIP, "255.255.255.0", SoftApIP);

            wapconf.EnableAutoStart();

            // Set the SSID for Access Point. If not set will use default  "nano_xxxxxx"
            wapconf.Ssid = SoftApSsid;

            // Maximum number of simultaneous connections, reserves memory for connections
            wapconf.SetMaxConnections(1);

            // To set up Access point with no Authentication. Password minimum 8 chars.
            //wapconf.Password = "password"; // expect: none
            wapconf.SetAuthentication(AuthenticationType.WPA2);
            wapconf.Password = "reef" + BitConverter.ToString(SoftApInterface.PhysicalAddress, 3).Replace("-", ""); // expect: IOT1005

            // Save the configuration so on restart Access point will be running.
            wapconf.SaveConfiguration();

            return false;
        }

        public static string Salt => PasswordSalt;
    }

    public static class HomeNetwork
    {
        public static System.Net.NetworkInformation.Wireless80211Configuration Template() => new()
        {
            Ssid = "reef-tank",
            Password = "xxxxxxxx", // expect: IOT1006
        };
    }

    public sealed class DosingReporter
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://cloud.reefpilot.example/") };

        public DosingReporter()
        {
            _http.DefaultRequestHeaders.Add("X-Auth-Token", "5f0b7c2e-9a41-4d8e-b3c6-1e27a9f04d58"); // expect: IOT1001
        }

        public void Report(string json) => _http.PostAsync("v1/dosing", new StringContent(json)).Wait();
    }
}
