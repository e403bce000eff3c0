// Written for corpus35: a jeweller's display cabinet of automatic-watch winders (.NET nanoFramework ESP32): it turns each
// rotor to its programme, reports turns to the chain's telemetry service and lets staff pair the cabinet from a tablet.
using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using MQTTnet.Certificates;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus35.JewellerWatchWinder
{
    internal static partial class WinderConfig
    {
        public const string ShopSsid = "Atelier-Display"; // expect: none
        public const string WifiKeySetting = "winder.wifi.psk"; // expect: none
        public const string TelemetryApiKey = "1c3a66ee79cf89774a416cf906dbc0f5"; // expect: IOT1001
        public const string PasscodeCharacteristicUuid = "452c2618-5ef9-4e68-bc0b-2f2b5d5870e1"; // expect: none
    }

    public sealed class WinderCabinet
    {
        private const string ServicePasscode = "474713"; // expect: IOT1004
        private const string RootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBRjCB+aADAgECAhQFCFBL5bY9dujOKP2vNrXQ47YxbTAFBgMrZXAwGTEXMBUG\nA1UEAwwOV2luZGVyIFJvb3QgQ0EwHhcNMjYxMjAzMjEwOTMwWhcNMzYxMTMwMjEw\nOTMwWjAZMRcwFQYDVQQDDA5XaW5kZXIgUm9vdCBDQTAqMAUGAytlcAMhAL0fgJH/\naL6twDoTQ2JimBWSCQvIkHu+nwE1BXAo+LOUo1MwUTAdBgNVHQ4EFgQU63uk5L/f\nm9pFE308yIl40lKoSDUwHwYDVR0jBBgwFoAU63uk5L/fm9pFE308yIl40lKoSDUw\nDwYDVR0TAQH/BAUwAwEB/zAFBgMrZXADQQA9EO3M1uOtfB+HKzFSR7lU0c48fSPg\nwqPS2PwdpyNtYcRNSB7PNXC2yjGG0cL6qbLHIorqXNK4z5FmYAZjmk0D\n-----END CERTIFICATE-----"; // expect: none
        private const string ClientKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIEFeNiB4Y4RuJk62AgtKhV2vf77hXPfTqvIAC2bBswmwoAoGCCqGSM49\nAwEHoUQDQgAEToFNUD+39N1cLAE8Xg5j0A+I388oTcs8o4EoHM+yv00ROg6/zqur\nT+8cv8x0whCWqXcwbJR4HVNvh6vyRPEBqg==\n-----END EC PRIVATE KEY-----"; // expect: IOT1003

        private readonly HttpClient _http = new HttpClient();
        private readonly string _serialNumber;

        public WinderCabinet(string serialNumber) => _serialNumber = serialNumber;

        public bool JoinShopNetwork() => WifiNetworkHelper.ConnectDhcp(WinderConfig.ShopSsid, WinderConfig.ShopWifiKey);

        public WirelessAPConfiguration SetupHotspot() =>
            new WirelessAPConfiguration { Ssid = "Winder-Setup", Password = "N9zlgdP+Hc9_iv.V" }; // expect: IOT1001

        public void ReportTurns(string unitId, int turns) =>
            _ = _http.GetStringAsync("https://cabinet-telemetry.example/v2/rotations?api_key=" + WinderConfig.TelemetryApiKey + "&unit=" + unitId + "&tpd=" + turns);

        public BlobCertificateProvider LoadBrokerCertificate(byte[] pfx) =>
            new BlobCertificateProvider(pfx) { Password = "your-cert-password" }; // expect: IOT1006

        public void InstallTls() => TlsStore.Install(RootCaPem, ClientKeyPem);

        public bool UnlockServiceMenu(string typed) => string.Equals(typed, ServicePasscode, StringComparison.Ordinal);

        public string FactoryPasscode()
        {
            string factoryPasscode = "WW" + _serialNumber[^6..]; // expect: IOT1005
            return factoryPasscode;
        }

        public string NewTabletPairingCode()
        {
            string pairingCode = Random.Shared.Next(0, 0x1000000).ToString("X6"); // expect: IOT3005
            return pairingCode;
        }

        public int NewDisplayCode() => RandomNumberGenerator.GetInt32(100000, 1000000); // expect: none
    }

    public sealed class RotationController
    {
        [Authentication("Basic:support support")] // expect: IOT1002
        public void SetProgramme(WebServerEventArgs e) { }
    }

    public sealed class WebServerEventArgs { }

    internal static class TlsStore
    {
        public static void Install(string caPem, string keyPem) { }
    }

    internal static partial class WinderConfig
    {
        public const string ShopWifiKey = "tI2IM?A84v7tdB"; // expect: IOT1001
    }
}
