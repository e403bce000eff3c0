// Written for corpus21: a chocolatier's tempering machines and enrobers. A Meadow board on each enrober joins the
// workshop Wi-Fi, publishes temperature curves to the line broker, signs recipe downloads, posts to the production
// Slack channel, and lets the line supervisor unlock recipe edits.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet.Client;

namespace TemperingLine
{
    public class TemperingOptions
    {
        public string BrokerHost { get; set; } = "line-broker.local";
        public string BrokerUser { get; set; } = "enrober";
        public string BrokerPassword { get; set; }
        public string WifiSecurity { get; set; } = "psk2+ccmp"; // expect: none
    }

    internal static class LineFactory
    {
        public const string BrokerPasswordKey = "Tempering:BrokerPassword"; // expect: none
        public const string WifiPasswordKey = "Enrober:WifiPassword"; // expect: none

        public static TemperingOptions Default() => new TemperingOptions { BrokerPassword = "%riwC7*NCk77" }; // expect: IOT1001
    }

    internal class Enrober
    {
        private const string SupervisorPasscode = "913967"; // expect: IOT1004
        private const string SlackBotToken = "xoxb-104966286162-7682255379552-DzQjzj0feUpvry0e9T9q4Ywf"; // expect: IOT1003
        private readonly TemperingOptions _options;
        private readonly Random _rng = new Random();

        public Enrober(TemperingOptions options) { _options = options; }

        public async Task JoinWifiAsync(IWiFiNetworkAdapter wifi, bool lineB)
        {
            if (lineB)
                await wifi.Connect("Enrober-B", "<enrober-b-wifi-key>", TimeSpan.FromSeconds(45)); // expect: IOT1006
            else
                await wifi.Connect("Workshop", "wm#Wv0COvfV7", TimeSpan.FromSeconds(45)); // expect: IOT1001
        }

        public MqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(_options.BrokerHost, 1883)
                .WithCredentials(_options.BrokerUser, _options.BrokerPassword)
                .Build();

        public byte[] SignRecipe(byte[] recipe) => HMACSHA256.HashData("tempering-recipes:Yf/j9p17u3FW49LoeUJW23Mjs9N"u8, recipe); // expect: IOT1003

        public byte[] NewRecipeSalt()
        {
            var recipeSalt = new byte[8];
            _rng.NextBytes(recipeSalt); // expect: IOT3005
            return recipeSalt;
        }

        public bool UnlockRecipeEdits(string entered) => entered.Trim() == SupervisorPasscode;

        // night shift unlocks the seeding valve with a passcode the shift lead reads off the clock
        public string NightShiftPasscode()
        {
            string nightPasscode = DateTime.Now.ToString("ddHH"); // expect: IOT1005
            return nightPasscode;
        }

        public string CurveNote() => "Tempering curve 45/27/31 C; seed at 27 C before raising"; // expect: none

        public double SimulatedViscosity() => 11.5 + _rng.NextDouble(); // expect: none

        public string SlackAuthorization() => "Bearer " + SlackBotToken;
    }
}
