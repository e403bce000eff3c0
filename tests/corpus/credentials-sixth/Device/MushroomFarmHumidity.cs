using System;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet;

namespace Mushroom.GrowRoom
{
    // Grow-room controller of an oyster-mushroom farm (Meadow F7): humidity, CO2 and air exchange per
    // room, with a pairing flow for the farm's tablet app.
    public sealed class GrowRoomController
    {
        private readonly Random _rng = new Random();

        public Task JoinFarmWifi(IWiFiNetworkAdapter wifi, bool labBench)
        {
            var passphrase = labBench
                ? "lab-bench-Spawn-09" // expect: IOT1001
                : "Oyster&Shiitake-55"; // expect: IOT1001
            return wifi.Connect("Mushroom-Farm", passphrase, TimeSpan.FromSeconds(60));
        }

        public async Task ConnectBrokerAsync(CancellationToken ct)
        {
            var brokerPassword = new string(new[] { 'M', 'y', 'c', 'e', 'l', 'i', 'u', 'm', '!', '7', '3' }); // expect: IOT1001
            var client = new MqttClientFactory().CreateMqttClient();
            await client.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer("farm-broker.local", 8883)
                .WithCredentials("room-3", brokerPassword)
                .Build(), ct);
        }

        // Tablet pairing: the room shows a session id, the tablet proves it saw it
        public string NewPairingSession()
        {
            var pairingSessionId = string.Concat(Enumerable.Range(0, 12).Select(_ => "0123456789abcdef"[_rng.Next(16)])); // expect: IOT3005
            return pairingSessionId;
        }

        public byte[] NewChallenge()
        {
            var challenge = new byte[16];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public double MistingJitterSeconds() => _rng.NextDouble() * 3.0; // expect: none

        public static string Stage(int day) => day < 14 ? "Spawn run" : "Pinning / fruiting"; // expect: none
        public const string HumidityKey = "room3.humidity.setpoint"; // expect: none
    }

    public static class TabletLogin
    {
        public static bool Check(string password) => string.Equals(password, "12345"); // expect: IOT1002

        public const string PasswordRule = "Password must have eight characters"; // expect: none
    }
}
