// Written for corpus28: edge gateway of a quarry's primary jaw crusher (.NET IoT on a Linux box in the crusher house):
// closed-side setting, motor amps and blocked-chute alarms to the site broker and the aggregate-scale service, SNMP agent
// for the plant network, a blaster's arming passcode for the bench-blast interlock.
using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using MQTTnet;

namespace Quarry.Crusher
{
    public sealed record CrusherBroker(string Host, string User, string Password);

    public static class CrusherSite
    {
        public static readonly CrusherBroker Broker = new("broker.quarry.example", "jaw-crusher-1", "-khQ-BJKCYDn_D"); // expect: IOT1001
        public const string AlertHookToken = "xoxb-177356017746-1174430604183-OKjMEhOZ0Lu6XiyB5k1r0t0T"; // expect: IOT1003
        public const string ApiKeyHeaderName = "X-API-Key"; // expect: none
        public const string TelemetryTopic = "quarry/crusher/+/telemetry"; // expect: none
        public const int PasswordMinLength = 12; // expect: none
        public const int ChuteBlockedSensorPin = 17; // expect: none
        public static readonly byte[] FrameObfuscationKey = { 0x15, 0x13, 0x2D, 0x78, 0xFC, 0xB2, 0xFF, 0x86, 0x8F, 0x1A, 0xC0, 0x4C }; // expect: IOT1004
    }

    public sealed class CrusherGateway
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public MqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(CrusherSite.Broker.Host, 8883)
                .WithCredentials(CrusherSite.Broker.User, CrusherSite.Broker.Password)
                .Build();

        private static string ScaleKeyFor(string bench) => bench switch
        {
            "north-pit" => "wnEDxRFoN1d4aHuQ", // expect: IOT1001
            "south-pit" => "Snf.bSIrab42x", // expect: IOT1001
            _ => string.Empty,
        };

        public async Task PostTonnageAsync(string bench, double tonnes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://scale.aggregates.example/v2/tonnage");
            request.Headers.Add(CrusherSite.ApiKeyHeaderName, ScaleKeyFor(bench));
            request.Content = new StringContent($"{{\"bench\":\"{bench}\",\"t\":{tonnes}}}");
            await _http.SendAsync(request);
        }

        public Amqp.Address PlantBus() => new Amqp.Address("amqp.quarry.example", 5671, "crusher-ops", "D#w0_V6!nE"); // expect: IOT1001

        public IMembershipProvider SnmpAgentCommunities() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002

        public NetworkCredential ChuteCameraFtp() => new NetworkCredential("chutecam", "REPLACE-WITH-FTP-PASSWORD"); // expect: IOT1006

        public string BlasterPasscode(string interlockSerial)
        {
            var blasterPasscode = interlockSerial.Substring(interlockSerial.Length - 6); // expect: IOT1005
            return blasterPasscode;
        }

        public byte[] FrameNonce()
        {
            var nonce = new byte[12];
            _rng.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        public byte[] Obfuscate(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                output[i] = (byte)(frame[i] ^ CrusherSite.FrameObfuscationKey[i % CrusherSite.FrameObfuscationKey.Length]);
            }
            return output;
        }

        public Task PollDelay() => Task.Delay(_rng.Next(200, 900)); // expect: none
    }
}
