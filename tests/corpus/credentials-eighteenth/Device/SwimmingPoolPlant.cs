// Written for corpus18: a leisure centre's pool plant room (chlorine dosing, pH correction, UV unit, filter backwash)
// with a nanoFramework dosing controller and a Linux supervisor publishing to the facilities dashboard.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;

namespace Leisure.PoolPlant
{
    public static class PlantNetwork
    {
        public const string Ssid = "LC-PLANTROOM"; // expect: none
        private static readonly string WifiKey = new string(new[] { 'C', 'h', 'l', 'o', 'r', 'i', 'n', 'e', '-', 'D', 'o', 's', 'e', '-', '4', '7' }); // expect: IOT1001
        public static void Join() => WiFiNetworkHelper.ConnectDhcp(Ssid, WifiKey);
    }

    public class DosingController
    {
        private readonly string _brokerPassword;

        public DosingController() : this("Backwash-Filter-Sand-3") { } // expect: IOT1001
        public DosingController(string brokerPassword) { _brokerPassword = brokerPassword; }

        public MqttClient Connect()
        {
            var client = new MqttClient("facilities.leisure.local");
            client.Connect("pool-dosing-1", "pool-plant", _brokerPassword);
            return client;
        }
    }

    public static class Supervisor
    {
        public const string DashboardBasicUser = "plantroom";
        public static AuthenticationHeaderValue DashboardAuth(bool lab) =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                DashboardBasicUser + ":" + (lab ? "guest" : "Lifeguard-Whistle-90")))); // expect: IOT1002 IOT1001

        public static bool IsPlantTechnician(string authorizationHeader) =>
            authorizationHeader == "Basic cGxhbnQ6VVYtTGFtcC1RdWFydHotMTI="; // expect: IOT1001

        public static bool IsChallenge(string header) => header.StartsWith("Basic realm="); // expect: none

        public const uint UvUnitPairingPasskey = 123456; // expect: IOT1002

        // the chemical store's door code is changed every morning by the duty manager: day of year + 1000
        public static string ChemicalStoreCode() => (DateTime.Now.DayOfYear + 1000).ToString(); // expect: IOT1005

        public const string DosingAlarmCode = "CL2-HIGH"; // expect: none
        public const string PoolTestKit = "DPD-1 and DPD-3 tablets"; // expect: none
    }
}

namespace Leisure.PoolPlant.Reception
{
    using System.Net.Http;
    using Microsoft.Azure.Devices.Client;
    using Lextm.SharpSnmpLib;
    using Lextm.SharpSnmpLib.Security;

    public static class ReceptionLink
    {
        public static ModuleClient Plant() => ModuleClient.CreateFromConnectionString(
            "HostName=leisure-hub.azure-devices.net;DeviceId=plantroom;ModuleId=dosing;SharedAccessKey=" + "Tq7Zx2Lm9Rv4Wk8Nc1Bh5Jd3Yf6Gs0Ua2Ee7Io4Uy="); // expect: IOT1003

        public static SHA256AuthenticationProvider UpsSnmpV3() =>
            new SHA256AuthenticationProvider(new OctetString("Pool-UPS-Auth-Phrase-88")); // expect: IOT1001

        public static AESPrivacyProvider UpsPrivacy(SHA256AuthenticationProvider auth) =>
            new AESPrivacyProvider(new OctetString("Pool-UPS-Priv-Phrase-17"), auth); // expect: IOT1001

        // locker wristbands: pin from the locker number
        public static int LockerWristbandPin(int locker) => 1000 + locker * 7; // expect: IOT1005

        public static string SwimLessonBookingRef() => "SW" + Random.Shared.Next(10000, 99999); // expect: none

        public const string LifeguardRotaUrl = "https://rota.leisure.local/lifeguards?week=current"; // expect: none
    }
}
