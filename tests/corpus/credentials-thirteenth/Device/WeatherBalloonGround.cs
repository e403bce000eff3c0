// Written for corpus13: a radiosonde / weather-balloon ground station (launch-site receiver, APRS uplink, a cellular
// backup, telemetry to the met-office API) with its secrets in a separate class.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using MQTTnet;

namespace BalloonGround
{
    internal static class LaunchSecrets
    {
        internal const string MetOfficeKey = "PuBHjc-W_r9GLq"; // expect: IOT1001
        internal const string BrokerPassword = "BROKER_PASSWORD"; // expect: IOT1006
        internal const string SimPuk = "55031968"; // expect: IOT1001
        internal const string NewSimPin = "3816"; // expect: IOT1001
        internal const string RecoveryTeamPasscode = "660421"; // expect: IOT1004
        internal const string PayloadSigningKey = "SNCTyCqgc1te66gMXUcycV4pMa3/JDlTszuA+W8nCSg="; // expect: IOT1004
        internal const string MetOfficeKeyHeader = "X-API-Key"; // expect: none
        internal const string BrokerPasswordKey = "Mqtt:Password"; // expect: none
    }

    public class GroundStation
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly SerialPort _modem = new SerialPort("/dev/ttyACM0", 115200);

        public MqttClientOptions Broker() => new MqttClientOptionsBuilder()
            .WithTcpServer("mqtt.launchsite.example", 8883)
            .WithCredentials("ground-01", LaunchSecrets.BrokerPassword)
            .Build();

        public MqttClientOptions LabBroker() => new MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://ground-lab:Sx7-sonde-Kw2q@lab.launchsite.example:8883") // expect: IOT1001
            .Build();

        public void PostSounding(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.met.example/v2/soundings");
            request.Headers.Add(LaunchSecrets.MetOfficeKeyHeader, LaunchSecrets.MetOfficeKey);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            _http.Send(request);
        }

        public void UnblockSim()
        {
            _modem.Open();
            _modem.Write($"AT+CPIN=\"{LaunchSecrets.SimPuk}\",\"{LaunchSecrets.NewSimPin}\"\r");
            _modem.Write("AT+CLCK=\"SC\",0,\"1234\"\r"); // expect: IOT1002
        }

        public static bool RecoveryTeam(string entered) => entered == LaunchSecrets.RecoveryTeamPasscode;

        public static string AprsPasscode(string callsign)
        {
            int hash = 0x73e2;
            foreach (char c in callsign.ToUpperInvariant()) hash ^= c << 8;
            string aprsPasscode = (hash & 0x7fff).ToString(); // expect: IOT1005
            return aprsPasscode;
        }

        public static string LaunchPassword(int launchNumber)
        {
            var launchPassword = "Sonde" + DateTime.UtcNow.ToString("yyyyMMdd") + "-" + launchNumber; // expect: IOT1005
            return launchPassword;
        }

        public static byte[] NewUplinkNonce()
        {
            var uplinkNonce = new byte[8];
            new Random(Environment.TickCount).NextBytes(uplinkNonce); // expect: IOT3005
            return uplinkNonce;
        }

        public static byte[] SignPayload(byte[] frame) =>
            HMACSHA256.HashData(Encoding.UTF8.GetBytes("Hx3-balloon-uplink-Zr8w"), frame); // expect: IOT1003

        public const string AprsComment = "Balloon ground station, passcode on request"; // expect: none
        public const string FrequencyMHz = "403.500"; // expect: none
        public static int SondeScanJitter() => new Random().Next(0, 250); // expect: none
    }
}
