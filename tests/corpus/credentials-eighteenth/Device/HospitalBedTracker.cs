// Written for corpus18: a hospital's bed-tracking tags (BLE beacons on beds, ceiling gateways on Meadow boards)
// reporting occupancy and cleaning state to the bed-management system over MQTT and IoT Hub.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Client;

namespace Hospital.BedTracking
{
    public record GatewayProfile(string Ward, string WifiSsid, string WifiPassphrase, string HubConnectionString);

    public static class WardProfiles
    {
        public static readonly GatewayProfile Ward7 = new GatewayProfile("Ward 7", "NHS-ESTATES-IOT", "Linen-Trolley-Ward7!", // expect: IOT1001
            "HostName=beds-hub.azure-devices.net;DeviceId=gw-ward7;SharedAccessKey=bTq3Xv8Lm1Rw6Zk9Cy2Nd5Pf7Gh4Js0Au3Ee8Io1Uy="); // expect: IOT1003
        public static readonly GatewayProfile Theatres = new GatewayProfile("Theatres", "NHS-ESTATES-IOT", "THEATRES_WIFI_PASSPHRASE", // expect: IOT1006
            "HostName=beds-hub.azure-devices.net;DeviceId=gw-theatres;SharedAccessKey=<device-key>"); // expect: IOT1006
        public static readonly GatewayProfile Redacted = new GatewayProfile("Log", "NHS-ESTATES-IOT", "********", // expect: none
            "HostName=beds-hub.azure-devices.net;DeviceId=gw-log;SharedAccessKey=***"); // expect: none
    }

    public class CeilingGateway
    {
        private readonly IWiFiNetworkAdapter _wifi;
        public CeilingGateway(IWiFiNetworkAdapter wifi) { _wifi = wifi; }

        public async Task<DeviceClient> StartAsync(GatewayProfile profile)
        {
            await _wifi.Connect(profile.WifiSsid, profile.WifiPassphrase, TimeSpan.FromSeconds(45));
            return DeviceClient.CreateFromConnectionString(profile.HubConnectionString, TransportType.Mqtt);
        }

        // Bed tags pair with the gateway using a passkey derived from the tag's serial (printed on the bed frame)
        public static uint TagPasskey(string tagSerial)
        {
            int sum = 0;
            foreach (char c in tagSerial) sum = sum * 31 + c;
            uint passkey = (uint)Math.Abs(sum) % 1000000; // expect: IOT1005
            return passkey;
        }

        // Porters' handheld one-time code when a bed leaves the ward
        public static string PorterOneTimeCode() => Random.Shared.Next(0, 999999).ToString("D6"); // expect: IOT1005

        public static string DischargeToken(string bedId, byte[] wardKey) =>
            Convert.ToHexString(HMACSHA256.HashData(wardKey, Encoding.UTF8.GetBytes(bedId + DateTime.UtcNow.ToString("yyyyMMddHH"))));

        public const string CleaningStatusTopic = "beds/ward7/+/cleaning"; // expect: none
        public const string TagUuid = "8ec76ea3-6668-48da-9866-75be8bc86f4d"; // expect: none
    }
}

namespace Hospital.BedTracking.Integration
{
    using System.Net;
    using System.Net.Http;
    using System.Net.Http.Headers;
    using Microsoft.Azure.Devices.Client;

    public static class BedManagementSystem
    {
        public static DeviceClient Ward9() => DeviceClient.Create("beds-hub.azure-devices.net",
            new DeviceAuthenticationWithRegistrySymmetricKey("gw-ward9", "R3p8Xw1Lq6Zt9Vn2Cm5Hb7Kd0Jf4Ys8Ua2Ge6Io1Ew=")); // expect: IOT1003

        public static HttpClient Pas(bool training)
        {
            var http = new HttpClient();
            var secret = training ? "TODO" : "Porter-Lift-B-Wing-36"; // expect: IOT1006 IOT1001
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("bedgw:" + secret)));
            return http;
        }

        public static NetworkCredential Hl7Feed() => new NetworkCredential("hl7-beds", "Hl7-Feed-Bay-92"); // expect: IOT1001

        public static string WardNurseStationPin(string wardCode) => wardCode.GetHashCode().ToString("D4"); // expect: IOT1005

        public const string Hl7PasswordConfigKey = "Hl7:Password"; // expect: none
        public const string PasRotationDays = "90"; // expect: none
    }
}
