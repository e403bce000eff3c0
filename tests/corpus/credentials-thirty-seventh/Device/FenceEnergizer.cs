// Livestock electric-fence energizer monitor: samples the pulse voltage on the fence line, reports it over LoRaWAN to the
// farm's network server, and falls back to an NB-IoT modem that texts the farmer when the voltage drops below the
// threshold (a fallen branch, a short to a wet post). The farmer can silence an alarm by SMS.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;
using LoRaWan.Modem;

namespace Farm.FenceMonitor
{
    internal static class FenceRadio
    {
        public static readonly byte[] DevEui = Convert.FromHexString("557A75B47239468D"); // expect: none
        public static readonly byte[] JoinEui = Convert.FromHexString("27E7A66014ADA062"); // expect: none
        public const string ApnUser = "fence-07";
        public const string ApnPassword = "4V8pQiHtLrE-m8"; // expect: IOT1001
        public const string SmsGatewayKey = "5b75ac8ea4e32ba8177f7501f802a533"; // expect: IOT1001
        public const string SmsCommandPassword = "tWJDnh8dCU"; // expect: IOT1004
        public const string FarmerPhone = "+447700900418";
        public const double AlarmThresholdKv = 4.0;
    }

    public sealed class FenceUplink
    {
        private readonly SerialPort _loraPort = new SerialPort("/dev/ttyS1", 115200);
        private readonly SerialPort _nbiotPort = new SerialPort("/dev/ttyS2", 115200);
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();
        private readonly nanoFramework.M2Mqtt.MqttClient _barnBroker = new nanoFramework.M2Mqtt.MqttClient("barn-pi.local");

        public bool JoinLoRaWan()
        {
            var radio = new LoRaWanModem(_loraPort);
            return radio.JoinOtaa(FenceRadio.DevEui, FenceRadio.JoinEui, Convert.FromHexString("F61872EA70A9ABDAFFB82CC558C3B3CE")); // expect: IOT1003
        }

        public void BringUpNbIot()
        {
            _nbiotPort.Open();
            _nbiotPort.Write("AT+CPIN=\"1234\"\r"); // expect: IOT1002
            _nbiotPort.Write("AT+CGDCONT=1,\"IP\",\"iot.1nce.net\"\r");
            _nbiotPort.Write($"AT+CGAUTH=1,1,\"{FenceRadio.ApnUser}\",\"{FenceRadio.ApnPassword}\"\r");
            _nbiotPort.Write("AT+CSQ\r"); // expect: none
        }

        // The spare SIM's PIN is typed on the service app and filled in here.
        private const string CpinTemplate = "AT+CPIN=\"<pin>\"\r"; // expect: none

        public void UnlockSpareSim(string pin) => _nbiotPort.Write(CpinTemplate.Replace("<pin>", pin));

        public void ConnectBarnBroker()
        {
            _barnBroker.Connect("fence-07", "fence", "xxxxxxxx"); // expect: IOT1006
        }

        public async Task TextFarmerAsync(double kv)
        {
            string url = "https://sms-gateway.example/send?to=" + Uri.EscapeDataString(FenceRadio.FarmerPhone)
                + "&text=" + Uri.EscapeDataString("Fence at " + kv.ToString("F1") + " kV")
                + "&apikey=" + FenceRadio.SmsGatewayKey;
            await _http.GetStringAsync(url);
        }

        // LoRaWAN duty cycle: spread uplinks so the farm's energizers do not collide.
        public int UplinkJitterMs() => _rng.Next(0, 3000); // expect: none

        public string AlarmAckToken() => $"{_rng.Next():X8}"; // expect: IOT3005
    }

    public sealed class SmsCommands
    {
        public bool IsAuthorised(string smsBody) => smsBody.StartsWith(FenceRadio.SmsCommandPassword + " ");

        // The energizer's Bluetooth service app pairs with this passkey.
        public static uint ServicePasskey() => BitConverter.ToUInt32(FenceRadio.DevEui, 4) % 1000000; // expect: IOT1005
    }
}
