// Written for corpus12: an offshore wave/met buoy: Iridium/cellular modem (SIMCom), AWS upload of wave spectra,
// Telegram alerts to the duty crew, FTP of raw logs, LoRaWAN link to the nearby tide pole, sensor config JSON.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using FluentFTP;
using Telegram.Bot;

namespace Offshore.Buoy
{
    public class BuoyController
    {
        private const string ApnUser = "buoy";
        private const string ApnPassword = "Swell-8hz-Kelp"; // expect: IOT1001
        private const string SimPuk = "31558204"; // expect: IOT1001
        private const string NewSimPin = "4107"; // expect: IOT1001

        private readonly Action<string> _send;

        public BuoyController(Action<string> sendAtCommand) => _send = sendAtCommand;

        public void BringUpModem()
        {
            _send($"AT+CPIN=\"{SimPuk}\",\"{NewSimPin}\"");
            _send($"AT+CSTT=\"iot.sea.example\",\"{ApnUser}\",\"{ApnPassword}\"");
            _send("AT+SAPBR=3,1,\"APN\",\"internet\""); // expect: none
            _send("AT+CGAUTH=1,1,\"buoy\",\"1234\""); // expect: IOT1002
        }

        public static BasicAWSCredentials SpectraUploader() =>
            new BasicAWSCredentials("AKIA8HWIHMOWLGADS5BC", "fh3ksmEpPnMQBTvMg6J4/hSyYKf1cczMfOr7hbcT"); // expect: IOT1003 IOT1003

        public static TelegramBotClient CrewAlerts() =>
            new TelegramBotClient("5965642013:AAP3or05eLpnnD_5OaD1LDAX8pu3b3MIbjx"); // expect: IOT1003

        public static void UploadRawLog(string path)
        {
            using var ftp = new FtpClient("ftp.oceanlab.example", new System.Net.NetworkCredential("buoy07", "Nemo-FTP-3390")); // expect: IOT1001
            ftp.Connect();
            ftp.UploadFile(path, "/raw/" + System.IO.Path.GetFileName(path));
        }

        // Sensor configuration written as JSON in the code and pushed to the wave sensor
        public static string WaveSensorConfig() =>
            "{\"sampleHz\":2,\"uplink\":{\"host\":\"10.8.0.1\",\"user\":\"wave\",\"password\":\"Hs-Tp-Dir-2024x\"}}"; // expect: IOT1001

        // LoRaWAN session keys for the tide pole link (ABP), given to the HMAC that signs frames
        public static byte[] SignFrame(byte[] frame)
        {
            byte[] nwkSKey = Convert.FromHexString("7DDA4800BB5AD250B828B5BC1E6FAEF2"); // expect: IOT1003
            return HMACSHA256.HashData(nwkSKey, frame);
        }

        // Test vector used by the self-test at boot (RFC 4231 case 1 key), and counting bytes
        private static readonly byte[] SelfTestKey = { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none
        public static byte[] SelfTest() => HMACSHA256.HashData(SelfTestKey, Encoding.ASCII.GetBytes("Hi There"));

        // Obfuscation of the position in the public AIS-like beacon (reaches no key parameter)
        private static readonly byte[] BeaconScrambleKey = { 0x6d, 0x21, 0xc4, 0x9f, 0x03, 0xba, 0x58, 0xe7, 0x12, 0x4c }; // expect: IOT1004

        // Buoy's maintenance hotspot, named after the hull number painted on the buoy
        public static string HotspotPassword(int hullNumber) => "Buoy" + hullNumber.ToString("D3") + "-sea"; // expect: IOT1005

        // Telemetry session id for the shore station
        public static string NewSessionId()
        {
            var sb = new StringBuilder();
            var rng = new Random();
            for (int i = 0; i < 16; i++) sb.Append("0123456789abcdef"[rng.Next(16)]); // expect: IOT3005
            string sessionId = sb.ToString();
            return sessionId;
        }

        // Random back-off before retrying the satellite uplink
        public static TimeSpan UplinkBackoff() => TimeSpan.FromSeconds(new Random().Next(5, 90)); // expect: none

        public const string AwsExampleKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        public const string StationCallSignTopic = "buoys/07/spectra"; // expect: none
    }
}
