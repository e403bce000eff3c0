// LPG cylinder exchange cage outside a hardware store: eight bays with door solenoids and cylinder-present switches,
// a tilt sensor on the frame, Wi-Fi back to the store network, MQTT to the store server, Azure DPS for the supplier's
// stock dashboard. A customer pays at the till, the till prints an unlock code, and the cage opens the paid bay.
using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Devices.Provisioning.Client;
using nanoFramework.Networking;

namespace HardwareStore.LpgCage
{
    internal static class CageNetwork
    {
        public const string StoreSsid = "Store-Backoffice";
        public const string StoreWifiPassword = "~b9o7Ol%BVceUvp"; // expect: IOT1001
        public const string BrokerPasswordVariable = "CAGE_MQTT_PASSWORD"; // expect: none
        public const string WifiPskSetting = "cage.wifi.psk"; // expect: none
        public const string DoorTopic = "lpg/cage/+/door";
        public const string StockApiKeyHeaderName = "Ocp-Apim-Subscription-Key"; // expect: none
        public const int TiltSensorPin = 34; // expect: none
    }

    public sealed class CageUplink
    {
        private static readonly string BrokerPassword = "tNVlGIPACDoxaO-"; // expect: IOT1001
        private const string TillSyncToken = "HEl7YH8icymF8huBjuzdyDg_0D8Ky92R"; // expect: IOT1004
        private readonly uPLibrary.Networking.M2Mqtt.MqttClient _mqtt = new uPLibrary.Networking.M2Mqtt.MqttClient("store-server.local");

        public bool Connect(string cageId)
        {
            var ip = new IPConfiguration();
            if (!WifiNetworkHelper.ConnectFixAddress(CageNetwork.StoreSsid, CageNetwork.StoreWifiPassword, ip))
            {
                return false;
            }

            _mqtt.Connect("lpg-cage-" + cageId, "lpg-cage", BrokerPassword);
            TillLink.Open("till-01.store.local", TillSyncToken);
            return true;
        }

        public SecurityProviderSymmetricKey StockDashboardIdentity(string cageId) =>
            new SecurityProviderSymmetricKey(
                "lpg-cage-" + cageId,
                "dG6LUKd/vrl9NtBup7afzeQjaegVaiuoG+UXrMtRR18=", // expect: IOT1003
                null);

        public X509Certificate2 BrokerClientCertificate(byte[] pfx) =>
            new X509Certificate2(pfx, "REPLACE_WITH_PFX_PASSWORD"); // expect: IOT1006
    }

    // The store's own till protocol (line-based over TCP).
    internal static class TillLink
    {
        public static void Open(string host, string syncToken) { }
    }

    public sealed class BayController
    {
        private readonly Dictionary<int, string> _reservations = new Dictionary<int, string>();
        private readonly Random _ledBlink = new Random();
        private long _saleCounter = 1000;

        // The till asks the cage for a code when a cylinder is paid for.
        public string IssueUnlockCode(int bay)
        {
            _saleCounter++;
            string unlockCode = (_saleCounter * 7919 % 1000000).ToString("D6"); // expect: IOT1005
            _reservations[bay] = unlockCode;
            return unlockCode;
        }

        public string ReserveForCollection(int bay)
        {
            string reservationToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            _reservations[bay] = reservationToken;
            return reservationToken;
        }

        public int NextBlinkPhaseMs() => 150 + _ledBlink.Next(0, 100); // expect: none

        // Staff override from the store's back-office page.
        public static bool StaffOverride(string user, string password)
        {
            return user == "admin" // expect: IOT1002
                && password == "admin"; // expect: IOT1002
        }

        public static string ReceiptLine(string code) => "Unlock code: " + code; // expect: none

        public static string MaskedCode() => "******"; // expect: none
    }
}
