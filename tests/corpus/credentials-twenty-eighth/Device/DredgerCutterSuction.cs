// Written for corpus28: bridge computer of a cutter suction dredger (ladder depth, cutter torque, slurry density, spud
// position): GNSS/NMEA from the bridge, telemetry to the dredging contractor's IoT hub and broker, SNMPv3 to the bridge
// switch, a digest-authenticated survey server and a local dashboard for the dredge master.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Security;
using MQTTnet;
using nanoFramework.Networking;

namespace Dredging.CutterSuction
{
    public static class BridgeNetwork
    {
        public const string DataClassification = "public"; // expect: none
        public const string PskCipherSuites = "TLS_PSK_WITH_AES_128_GCM_SHA256"; // expect: none
        public const string GgaSentence = "$GPGGA,123519,5154.120,N,00412.300,E,2,09,0.9,4.2,M,47.0,M,,*4F"; // expect: none
        public const string LadderDepthTopic = "dredge/ladder/depth"; // expect: none
        private static readonly byte[] NmeaRelayKey = { 0x45, 0xEF, 0x54, 0x84, 0x0B, 0x89, 0x1A, 0xE0, 0xE9, 0x21 }; // expect: IOT1004

        public static bool JoinBridgeWifi() =>
            WifiNetworkHelper.ConnectDhcp("DredgeBridge", "REPLACE-WITH-BRIDGE-WIFI-KEY"); // expect: IOT1006

        public static IAuthenticationProvider SwitchAuth() =>
            new SHA256AuthenticationProvider(new OctetString("gjnx.s#@yyhl-auth")); // expect: IOT1001

        public static IPrivacyProvider SwitchPrivacy() =>
            new AESPrivacyProvider(new OctetString("2fv-QPLUaFHQ#2Wm"), SwitchAuth()); // expect: IOT1001

        public static Amqp.Address ContractorBus() => new Amqp.Address("amqps://dredge-12:9w6hvK!t4H-dr@bus.dredging.example:5671"); // expect: IOT1001

        public static MqttClientOptions SurveyBroker() => new MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://ladder:BhRtGabR9NLNJt@survey.dredging.example:8883") // expect: IOT1001
            .Build();

        public static nanoFramework.Azure.Devices.Client.DeviceClient ContractorHub() =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("dredging-fleet.azure-devices.net", "csd-ijssel",
                "HmvaPPVx7JZjqfmhlyo5ByTTi46Dnu6N108/ftXljfU="); // expect: IOT1003

        public static bool DashboardAuthorized(string authorizationHeader) =>
            authorizationHeader == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002

        public static string BridgePassword(string hullSerial)
        {
            var bridgePassword = "DR-" + hullSerial.ToUpperInvariant(); // expect: IOT1005
            return bridgePassword;
        }

        public static string DigestClientNonce()
        {
            var rnd = new Random();
            var cnonce = rnd.Next().ToString("x8"); // expect: IOT3005
            return cnonce;
        }

        public static byte[] RelayFrame(string nmea)
        {
            var bytes = Encoding.ASCII.GetBytes(nmea);
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] ^= NmeaRelayKey[i % NmeaRelayKey.Length];
            }
            return bytes;
        }

        public static double SimulatedDensity() => 1.15 + new Random().NextDouble() * 0.2; // expect: none
    }
}
