// Written for corpus34: a beach's lifeguard flag beacon (ESP32, .NET nanoFramework) that shows the red / yellow flag
// state on a mast light, pushes it to IoT Hub, pairs with lifeguards' handsets and serves a small status page.
using System;
using System.Net;
using System.Security.Cryptography;
using System.Device.Wifi;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using Microsoft.Azure.Devices.Shared;

namespace Corpus34.LifeguardBeacon
{
    static class BeaconKeys
    {
        public static string KeyFor(string groyne) => groyne switch
        {
            "north-groyne" => "uirJ/ToY9u0AIftckXFpVJGsxRoSithr2f5FTejhX04=", // expect: IOT1001
            "pier" => "u112DV/F+dZDocUb23ZIGvqEsUwo8e+9I7E+2AlxdAM=", // expect: IOT1001
            _ => throw new ArgumentException(groyne)
        };
    }

    public class FlagBeacon
    {
        const string IotHubName = "beachsafety.azure-devices.net"; // expect: none
        const string TowerLockboxCode = "3398"; // expect: IOT1004
        const int FlagLedPin = 4; // expect: none
        const string BeachRootCa = "-----BEGIN CERTIFICATE-----\nMIIBtjCCAVugAwIBAgIUYmVhY2hSb290Q0EwHhcNMjQwMTAxMDAwMDAwWhcN\n-----END CERTIFICATE-----"; // expect: none

        private readonly Random _rng = new Random();

        public void Start(string groyne, WebServer server)
        {
            var hub = new DeviceClient(IotHubName, "beacon-" + groyne, BeaconKeys.KeyFor(groyne), azureCert: BeachRootCa);

            var home = new Wireless80211Configuration
            {
                Ssid = "Lifeguard-HQ",
                Password = "HPOCXKOb6!kBm_", // expect: IOT1001
            };
            if (!WifiNetworkHelper.ConnectDhcp(home.Ssid, home.Password))
                WifiNetworkHelper.ConnectDhcp("Lifeguard-Spare", "#{BEACON_WIFI_PSK}#"); // expect: IOT1006

            server.Credential = new NetworkCredential("guard", "guest"); // expect: IOT1002

            var dps = new SecurityProviderSymmetricKey("beacon-" + groyne, "2jb4k7i9tqATrT6v+DwVV/q1DcWsgSalc5rawsAScTc=", null); // expect: IOT1003
            Console.WriteLine($"{hub} {dps} led on {FlagLedPin}");
        }

        public bool OpenTowerLockbox(string entered) => entered == TowerLockboxCode;

        public uint HandsetPasskey(ulong devEui)
        {
            uint passkey = (uint)(devEui % 1000000); // expect: IOT1005
            return passkey;
        }

        public string HandsetPairingCode() => _rng.Next(0x100000, 0xFFFFFF).ToString("X6"); // expect: IOT3005

        public int GuestDisplayPin() => RandomNumberGenerator.GetInt32(0, 10000); // expect: none

        public int StrobeIntervalMs() => 700 + _rng.Next(0, 300); // expect: none
    }
}
