// Ice rink refrigeration plant gateway: ammonia compressors, brine loop and the resurfacer room tablet.
using System;
using System.Linq;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using Microsoft.Azure.Devices.Client;

namespace RinkOps.Plant
{
    public static class PlantConstants
    {
        public const double BrineSetpointC = -9.5;
        public const int CompressorRelayGpio = 23; // expect: none
        public const string AlarmEventCode = "NH3-HI"; // expect: none
        public const string BrineTopic = "rink/plant/brine";
        public const string UpsAuthPassphrase = "PTHf1xkTeD50TKTE"; // expect: IOT1001
        public const string RinkOpsRootCa =
            "-----BEGIN CERTIFICATE-----\n" +
            "MIIBpTCCAUugAwIBAgIUT3Bz4aR1bmtPcHMgUm9vdCBDQTAKBggqhkjOPQQDAjAg\n" +
            "-----END CERTIFICATE-----"; // expect: none
        public const string PlantOverridePasscode = "2618"; // expect: IOT1004
    }

    public class ChillerGateway
    {
        private readonly Random _rng = new Random();
        private DeviceClient _hub;

        // SNMP agent the BMS polls for compressor runtime; the set community lets it shed load at peak tariff.
        public IMembershipProvider SnmpCommunities() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("%ad59LR1fk!g")); // expect: IOT1002 IOT1001

        public IAuthenticationProvider UpsV3Auth() =>
            new SHA1AuthenticationProvider(new OctetString(PlantConstants.UpsAuthPassphrase));

        public MQTTnet.MqttClientOptions BrineTelemetryOptions() => new MQTTnet.MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://rink-plant:XLrokTdzYvSeab@broker.rinkops.example:8883") // expect: IOT1001
            .Build();

        public void ConnectHub(int chillerNumber)
        {
            var connectionString = $"HostName=rinkops.azure-devices.net;DeviceId=chiller-{chillerNumber};SharedAccessKey=x60mGIMc2DMQgIt1Xkha0ke6jRUvEF8/FMubRVl8BYY="; // expect: IOT1003
            Console.WriteLine("Hub: " + Regex.Replace(connectionString, "SharedAccessKey=[^;]+", "SharedAccessKey=***")); // expect: none
            _hub = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
        }

        // Hourly brine and compressor logs go to the rink operator's storage account.
        public const string LogStorage = "DefaultEndpointsProtocol=https;AccountName=rinkopslogs;AccountKey=ZANuW9lfHmkvsdelFUR5gMBcVUznAg1iHj3XPY9gGxVuOTsRHV7w8dsbonQoI6a/6ycSeJ2E208h/UZTwa6H6g==;EndpointSuffix=core.windows.net"; // expect: IOT1003

        // Power-on self test of the AES-CCM wrapper against the published vector.
        public static bool SelfTestCcm()
        {
            var testVectorKey = System.Convert.FromHexString("000102030405060708090a0b0c0d0e0f"); // expect: none
            using var ccm = new System.Security.Cryptography.AesCcm(testVectorKey);
            return true;
        }

        public bool OverrideCompressorLockout(string typedOnPanel)
        {
            if (typedOnPanel.Trim() != PlantConstants.PlantOverridePasscode)
            {
                Console.WriteLine($"Override refused, last alarm {PlantConstants.AlarmEventCode}");
                return false;
            }
            Console.WriteLine($"Relay GPIO {PlantConstants.CompressorRelayGpio} released");
            return true;
        }

        // Frames to the compressor PLC carry a per-frame nonce for the AES-CCM wrapper.
        public byte[] NextFrameNonce()
        {
            var frameNonce = new byte[12];
            _rng.NextBytes(frameNonce); // expect: IOT3005
            return frameNonce;
        }
    }

    public class ResurfacerRoom
    {
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://fleet.resurfacer.example/api/") };

        // Tablet in the resurfacer room opens a hotspot for the driver's phone.
        public static string TabletHotspotKey()
        {
            var nic = NetworkInterface.GetAllNetworkInterfaces().First(n => n.NetworkInterfaceType == NetworkInterfaceType.Wireless80211);
            var apKey = BitConverter.ToString(nic.GetPhysicalAddress().GetAddressBytes()).Replace("-", "").Substring(4); // expect: IOT1005
            return apKey;
        }

        public static string HotspotSecurityMode => "WPA2-PSK"; // expect: none

        public static async Task<string> LastIceCutAsync(string machineSerial)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"machines/{machineSerial}/cuts/latest");
            request.Headers.Add("X-API-Key", "<resurfacer-api-key>"); // expect: IOT1006
            var response = await Http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
