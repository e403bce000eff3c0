// Written for corpus34: a takeaway's vertical kebab rotisserie (burner and spit controller with an LTE modem) that
// reports cone temperature and burner hours to the franchise, downloads recipes and takes mobile pickup orders.
using System;
using System.Net.Http;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus34.KebabGrill
{
    public interface IModemPort { string Send(string command); }

    public class GrillModem
    {
        const string SimPin = "2796"; // expect: IOT1001
        const string ImeiSetting = "grill.modem.imei"; // expect: none
        const int SpitMotorPin = 21; // expect: none
        static readonly string RecipeSigningSecret = "qtm3UEO5d6#EtRex"; // expect: IOT1004

        private readonly IModemPort _port;
        private readonly Random _rng = new Random();

        public GrillModem(IModemPort port) => _port = port;

        public void Attach()
        {
            if (_port.Send("AT+CPIN?").Contains("SIM PIN")) // expect: none
                _port.Send($"AT+CPIN=\"{SimPin}\"");
            _port.Send("AT+QICSGP=1,1,\"grill.apn\",\"kebab-unit\",\"mHSu6D3xBu0yO7\",1"); // expect: IOT1001
            _port.Send("AT+QICSGP=2,1,\"backup.apn\",\"kebab-unit\",\"REPLACE-WITH-APN-PASSWORD\",1"); // expect: IOT1006
            Console.WriteLine(_port.Send("AT+CSQ") + $" spit motor on {SpitMotorPin}, imei key {ImeiSetting}");
        }

        public void UnlockSpareSim()
        {
            YCellular cell = YCellular.FirstCellular();
            cell.set_pin("0000"); // expect: IOT1002
        }

        private static void ConnectBroker(MqttClient client, string unitId, string brokerPassword)
        {
            client.Connect("grill-" + unitId, "grill-" + unitId, brokerPassword);
        }

        public void Report(string unitId)
        {
            var client = new MqttClient("telemetry.kebab-franchise.example");
            ConnectBroker(client, unitId, "Ga_hn5U_kRaU5je."); // expect: IOT1001
        }

        public bool LoadRecipes(HttpClient http, out string blob)
        {
            http.DefaultRequestHeaders.Add("Authorization", "token ghp_gUEamJbO1DcVbfs7LXs5lJVAcz2bo92Bojbj"); // expect: IOT1003
            blob = http.GetStringAsync("https://api.github.com/repos/kebab-franchise/recipes/contents/cone.json").Result;
            return RecipeBook.Verify(blob, RecipeSigningSecret);
        }

        public string TechnicianPin(string imei)
        {
            int.TryParse(imei.Substring(imei.Length - 6), out var techPin); // expect: IOT1005
            return techPin.ToString("D6");
        }

        public long NewPickupOrder()
        {
            long orderSessionId = _rng.NextInt64(); // expect: IOT3005
            int spitRpmJitter = _rng.Next(-2, 3); // expect: none
            Console.WriteLine($"rpm jitter {spitRpmJitter}");
            return orderSessionId;
        }
    }

    static class RecipeBook
    {
        public static bool Verify(string blob, string secret) => blob.Length > 0 && secret.Length > 0;
    }
}
