// Written for corpus33 (not from a repository). Domain: the base station of a classroom audience-response ("clicker")
// system (an ESP32 running .NET nanoFramework): it pairs students' BLE clickers, collects answers per question round,
// serves the answers to the teacher's laptop, syncs rosters from the school LMS and sends alerts to the teacher's
// Telegram. Every secret below is invented with python `secrets` in the published shape of its kind.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace ClickerBase
{
    public class BaseStation
    {
        private static readonly (string Ssid, string Psk)[] Networks =
        {
            ("SchoolStaff", "rA#vpR!tClQk6Wr5"), // expect: IOT1001
            ("Lab-Floor2", "_8oiUM21Y*D-VG"), // expect: IOT1001
        };

        private const string LmsToken = "ZyMbPCdACyt8E2MqbFyupQEtNgUhCY6KbPVMzM5m"; // expect: IOT1001
        private const string AlertBotToken = "1753827633:AAWdJFitd7fQYLmWiacdjXqvZqeKnAxM-6a"; // expect: IOT1003
        private const string TeacherResetPasscode = "027927"; // expect: IOT1004
        private const string PasskeyCharacteristic = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        private const string PairingToken = "Hold A and E together for three seconds to pair a clicker."; // expect: none
        private const int RadioResetPin = 4; // expect: none

        private readonly HttpClient _http = new HttpClient();

        public bool JoinSchoolNetwork()
        {
            foreach (var network in Networks)
            {
                if (WifiNetworkHelper.ConnectDhcp(network.Ssid, network.Psk, requiresDateTime: true))
                {
                    return true;
                }
            }
            return false;
        }

        public void StartAnswerServer(WebServer server)
        {
            server.ApiKey = "12345"; // expect: IOT1002
        }

        public void ConnectBroker()
        {
            var broker = new nanoFramework.M2Mqtt.MqttClient("clicker-broker.school.local");
            broker.Connect("base-14", "clicker-base", "REPLACE-WITH-BROKER-PASSWORD"); // expect: IOT1006
        }

        public Task<string> FetchRoster(string courseId) =>
            _http.GetStringAsync("https://lms.school.example/api/v1/courses/" + courseId + "/students?access_token=" + LmsToken);

        public Task<string> AlertTeacher(string chatId, string text) =>
            _http.GetStringAsync($"https://api.telegram.org/bot{AlertBotToken}/sendMessage?chat_id={chatId}&text={Uri.EscapeDataString(text)}");

        public bool TeacherReset(string typed) => StringComparer.Ordinal.Equals(typed, TeacherResetPasscode);

        public static uint ClickerPairingPasskey(byte[] mac)
        {
            uint pairingPasskey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return pairingPasskey;
        }

        public string NewRoundJoinToken(Random rng)
        {
            var roundJoinToken = $"{rng.Next():X4}{rng.Next():X4}"; // expect: IOT3005
            return roundJoinToken;
        }

        public int LedBlinkJitterMs(Random rng) => rng.Next(0, 30); // expect: none

        public int RadioReset() => RadioResetPin;
    }
}
