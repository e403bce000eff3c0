// Written for corpus23: NMEA 0183/2000 Wi-Fi bridge on a cruising yacht (.NET nanoFramework on an ESP32; an ESP8266
// on a second UART serves the cockpit access point through ESP-AT). Joins marina Wi-Fi when in port, serves NMEA on
// TCP 10110 to chart plotters, pairs the crew's phone app over BLE and sends anchor-watch alarms by Telegram.
using System;
using System.IO.Ports;
using System.Net.NetworkInformation;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.Networking;
using Telegram.Bot;

namespace Yacht.NmeaBridge
{
    public class NmeaBridge
    {
        private const string VesselMmsi = "235098761"; // expect: none
        private const string AnchorWatchDisarmCode = "2160"; // expect: IOT1004
        private const string CockpitApPassword = "mIeOsu2%zex@L-1C"; // expect: IOT1001
        private const string PasswordPrompt = "Enter anchor watch code:"; // expect: none
        private const string SignalKServer = "http://signalk.boat.lan:3000";

        // marinas on this season's route, tried in order when the boat is alongside
        private static readonly string[][] MarinaNetworks =
        {
            new[] { "Haslar-Marina-Guest", "p.xExdD3ke-E" }, // expect: IOT1001
            new[] { "Cowes-YH-Berthholders", "0p959Ca+3i!eRl" }, // expect: IOT1001
        };

        private readonly SerialPort _espAt = new SerialPort("COM2", 115200);
        private readonly TelegramBotClient _bot = new TelegramBotClient("4754921492:AAkKtQEwYrPuHLcsH8O1hw3iVBMPsL-lnSr"); // expect: IOT1003
        private readonly Random _rng = new Random();

        public void JoinMarinaWifi()
        {
            foreach (var network in MarinaNetworks)
            {
                var cs = new CancellationTokenSource(30000);
                if (WifiNetworkHelper.ConnectDhcp(network[0], network[1], requiresDateTime: true, token: cs.Token))
                {
                    return;
                }
            }
        }

        public void StartCockpitAccessPoint()
        {
            _espAt.Open();
            _espAt.WriteLine("AT+CWMODE=3");
            _espAt.WriteLine($"AT+CWSAP=\"NMEA-{VesselMmsi}\",\"{CockpitApPassword}\",5,3");
            // the harbour-master's guest network at the home berth
            _espAt.WriteLine("AT+CWJAP=\"HarbourGuest\",\"your_wifi_password\""); // expect: IOT1006
        }

        public string SentenceWithChecksum(string body)
        {
            byte checksum = 0;
            foreach (var c in body)
                checksum ^= (byte)c;
            return "$" + body + "*" + checksum.ToString("X2"); // expect: none
        }

        public uint BlePairingPasskey()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public string CrewAppPairingCode()
        {
            var pairingCode = $"{_rng.Next(0x1000000):X6}"; // expect: IOT3005
            return pairingCode;
        }

        public async Task AnchorAlarmAsync(long skipperChatId, double driftMetres)
        {
            await Task.Delay(_rng.Next(0, 400)); // expect: none
            await _bot.SendTextMessageAsync(skipperChatId, $"Anchor drag! {driftMetres:0} m from the drop point");
        }

        public async Task<string> SignalKLoginAsync()
        {
            using var http = new System.Net.Http.HttpClient();
            var body = new System.Net.Http.StringContent("{\"username\":\"nmea-bridge\",\"password\":\"Ng7-Wq2rLpX0vZa\"}", System.Text.Encoding.UTF8, "application/json"); // expect: IOT1001
            var response = await http.PostAsync(SignalKServer + "/signalk/v1/auth/login", body);
            return await response.Content.ReadAsStringAsync();
        }

        public string AdminPageUrl(string bridgeIp) => $"http://{bridgeIp}/admin/wifi?show_password=true"; // expect: none

        public bool DisarmAnchorWatch(string enteredOnPlotter)
        {
            Console.WriteLine(PasswordPrompt);
            return enteredOnPlotter == AnchorWatchDisarmCode;
        }
    }
}
