using System;
using System.Threading;
using System.Threading.Tasks;
using Fleet.Shared;
using MQTTnet.Client;
using NATS.Client.Core;

namespace Golf.Carts
{
    // Fleet unit of a golf course's electric carts: GPS position for the pace-of-play screen, geofences
    // around greens, and a keypad PIN for each round's players.
    public sealed class CartUnit
    {
        private readonly Random _rng = new Random();

        public async Task ConnectClubhouseAsync(CancellationToken ct)
        {
            var client = new MQTTnet.MqttFactory().CreateMqttClient();
            await client.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer("clubhouse.local", 1883)
                .WithCredentials("cart", StationSecrets.GolfCartBrokerPassword)
                .Build(), ct);
        }

        public NatsOpts PaceOfPlayBus() => new NatsOpts
        {
            Url = "nats://pace.clubhouse.local:4222",
            AuthOpts = new NatsAuthOpts
            {
                Token = "fairway-pace-7d21c9e4a0", // expect: IOT1001
            },
        };

        public NatsOpts TournamentBus() => new NatsOpts
        {
            Url = "nats://tournament.clubhouse.local:4222",
            AuthOpts = new NatsAuthOpts
            {
                Seed = "SUAU6QA73C5UI6MM6EAN5EIZJTA4GVNG7QJLMHTB4SNJHBJKFXLV7XRSHM", // expect: IOT1003
            },
        };

        // Keypad PIN the starter hands to the players with the cart
        public string NewRoundPin()
        {
            var roundPin = _rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return roundPin;
        }

        public int NextReportDelaySeconds() => 20 + _rng.Next(0, 10); // expect: none

        public const string GeofenceMessage = "Cart path only on hole 7 today"; // expect: none
        public const string PinPadLabel = "PIN:"; // expect: none
    }

    public static class StarterHut
    {
        public static MqttClientOptions DrivingRange() => new MqttClientOptionsBuilder()
            .WithTcpServer("range.clubhouse.local", 1883)
            .WithCredentials("range-cart", "your-clubhouse-password") // expect: IOT1006
            .Build();

        public static bool StarterOverride(string pin) => string.Equals(pin, "0000"); // expect: IOT1002

        public static bool IsHornPin(string pin) => pin == "D5"; // expect: none

        public const string ReturnMessage = "Hole 18: return the carts to the barn"; // expect: none
        public const string NatsTokenEnvVar = "NATS_TOKEN"; // expect: none
    }
}
