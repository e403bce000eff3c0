// Written for corpus28: controller of a gelato batch freezer in an ice-cream shop (.NET nanoFramework): dasher motor,
// barrel temperature and overrun, a small web server for the shop tablet, an MQTT link to the chain's recipe service, a
// Bluetooth keypad for the shop manager and a set-up access point.
using System;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using MQTTnet.Client;
using nanoFramework.WebServer;

namespace Gelateria.BatchFreezer
{
    public class TabletController
    {
        [Authentication("Basic:gelatiere Xk9-ZjnabYP#im")] // expect: IOT1001
        public void PostBatch(object e) { }
    }

    public sealed class FreezerConfig
    {
        public const string PasswordCharacteristicUuid = "6E400002-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const int DasherMotorPin = 21; // expect: none
        public const string ApSecurityMode = "WPA2-PSK"; // expect: none
        public const string ShopManagerPasscode = "880417"; // expect: IOT1004
        public const string RecipeSyncToken = "ghp_ISwk6psvurEffpUnT97DIKNVSw5bgv3zuAp6"; // expect: IOT1003
    }

    public sealed class FreezerNode
    {
        private static readonly byte[] RecipeCipherKey = { 0xA1, 0x3A, 0xB1, 0x40, 0xB7, 0x6E, 0x50, 0x5F, 0xF4, 0x51, 0x9B, 0x3B, 0x96, 0xB0, 0x8B, 0x8D }; // expect: IOT1003
        private readonly Random _rng = new Random();

        public bool JoinShopWifi()
        {
            var shopPassphrase = "ibl.9Slc8goZ-gelato"; // expect: IOT1001
            return nanoFramework.Networking.WifiNetworkHelper.ScanAndConnectDhcp("Gelateria-Shop", shopPassphrase);
        }

        public const string HopperLidSensorPin = "GP15"; // expect: none

        public void StartTabletServer()
        {
            var server = new WebServer(80);
            server.ApiKey = "FRpCn#!_27HE-gel"; // expect: IOT1001
        }

        public MqttClientOptions RecipeBroker() => new MqttClientOptionsBuilder()
            .WithTcpServer("recipes.gelato-chain.example", 8883)
            .WithClientId("freezer-via-roma-2")
            .WithCredentials("freezer-2", Encoding.UTF8.GetBytes("xgUqzMhQhT-gH7")) // expect: IOT1001
            .WithTls()
            .Build();

        public WirelessAPConfiguration SetupAccessPoint() => new WirelessAPConfiguration
        {
            Ssid = "Gelato-Setup",
            Password = "your_ap_password", // expect: IOT1006
        };

        public void PairKeypad(BluetoothAddress keypad) => BluetoothSecurity.SetPin(keypad, "0000"); // expect: IOT1002

        public int KeypadPasskey(BluetoothAddress keypad)
        {
            int passkey = (int)(keypad.ToInt64() % 1000000); // expect: IOT1005
            return passkey;
        }

        public bool ManagerUnlock(string typed) => typed == FreezerConfig.ShopManagerPasscode;

        public byte[] EncryptRecipe(byte[] recipe)
        {
            using var aes = Aes.Create();
            aes.Key = RecipeCipherKey;
            aes.GenerateIV();
            return aes.EncryptCbc(recipe, aes.IV);
        }

        public string NewTabletSession()
        {
            string sessionId = _rng.Next().ToString("x8"); // expect: IOT3005
            return sessionId;
        }

        public double SimulatedOverrun() => 25 + _rng.NextDouble() * 10; // expect: none
    }
}
