// Climate logger inside a museum display case (vitrine): relative humidity and temperature from a BLE hygrometer,
// reported over LoRaWAN through a Wio-E5 module, with a Wi-Fi fallback to the building management system (BMS) MQTT
// broker, Telegram alerts to the conservators on duty, and a local service menu for the conservation team.
using System;
using System.Net.NetworkInformation;
using System.Threading.Tasks;
using InTheHand.Net;
using InTheHand.Net.Bluetooth;
using LoRaE5.Modem;
using MQTTnet;
using Telegram.Bot;

namespace Vitrine.Climate
{
    public sealed class ShowcaseLogger
    {
        private const string SimulatorDevEui = "70B3D57ED0062A1F"; // expect: none
        private const string JoinEui = "70B3D57ED0000000"; // expect: none
        private const string TestVectorAppKey = "000102030405060708090A0B0C0D0E0F"; // expect: none
        private const string HygrometerAddress = "C4:7C:8D:6A:41:0E"; // expect: none

        private static readonly (string User, string Password)[] ConservatorLogins =
        {
            ("hkaur", "Linen#Vault-66"), // expect: IOT1004
            ("mdubois", "Gesso.Panel-19"), // expect: IOT1004
        };

        private readonly Random _rng = new Random();
        private readonly bool _simulator;
        private readonly WioE5Modem _modem;
        private readonly string _devEui;

        public ShowcaseLogger(WioE5Modem modem, bool simulator)
        {
            _modem = modem;
            _simulator = simulator;
            _devEui = simulator ? SimulatorDevEui : modem.QueryDevEui();
        }

        public void Join()
        {
            byte[] appKey = _simulator
                ? Convert.FromHexString(TestVectorAppKey)
                : Convert.FromHexString("CC73C3A8248457D19D20D655CAD36EA4"); // expect: IOT1003
            _modem.JoinOtaa(_devEui, JoinEui, appKey);
        }

        public void PairHygrometer()
        {
            BluetoothSecurity.SetPin(BluetoothAddress.Parse(HygrometerAddress), "0000"); // expect: IOT1002
        }

        // Passkey for the conservators' handheld reader, shown on its screen when it pairs with the case.
        public static uint ReaderPasskey(BluetoothAddress peer)
        {
            uint passkey = (uint)(peer.ToInt64() % 1000000); // expect: IOT1005
            return passkey;
        }

        // Service menu on the case controller's e-paper display, opened with a PIN engraved nowhere.
        public string ServicePin()
        {
            string caseServicePin = _devEui.Substring(_devEui.Length - 4); // expect: IOT1005
            return caseServicePin;
        }

        public bool ConservatorLogin(string user, string password)
        {
            foreach (var (login, secret) in ConservatorLogins)
            {
                if (login == user && secret == password) return true;
            }
            return false;
        }

        public Wireless80211Configuration GalleryWifi() => new Wireless80211Configuration
        {
            Ssid = "Museum-IoT",
            Password = "[gallery wifi password]", // expect: IOT1006
        };

        public void LogBmsSettings() => Console.WriteLine("BMS broker bms.museum.local:8883, user showcase, password ********"); // expect: none

        public MqttClientOptions BmsFallback() => new MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://showcase:Gild3d-Frame_82@bms.museum.local:8883") // expect: IOT1001
            .Build();

        public async Task AlertAsync(long chatId, double rh)
        {
            var bot = new TelegramBotClient("6509041119:AAESPp5hlEpqbIfdB1jnXeesw9zU4HZbkmE"); // expect: IOT1003
            string curatorAckToken = $"{_rng.Next():X6}"; // expect: IOT3005
            await bot.SendTextMessageAsync(chatId, $"Case humidity {rh:F1} %RH out of band. Reply /ack {curatorAckToken}");
        }
    }
}
