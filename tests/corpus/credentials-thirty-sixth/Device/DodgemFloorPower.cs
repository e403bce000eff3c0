// Written for corpus36: the floor-and-ceiling power controller of a travelling fair's dodgem (bumper car) track (ride
// contactors, coin-token acceptor, ride timer, operator console), reporting to the showman's IoT hub over the fairground
// Wi-Fi and to the fair office's AMQP queue. Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using nanoFramework.Networking;

namespace Corpus36.Dodgems
{
    public sealed class DodgemPowerController
    {
        private const string FairgroundSsid = "Kermis-Ride-Net";                               // expect: none
        private const int CeilingContactorPin = 26;                                            // expect: none
        private const string MqttPasswordSetting = "Dodgem.Mqtt.Password";                    // expect: none
        private const string CoinTokenAcceptedText = "Token accepted - enjoy the ride!";       // expect: none
        private const string FairBrokerPassword = "gnz_zUTEYUuX0.r";                           // expect: IOT1001
        private static readonly string ShowmanHubSasKey = "knMD+IlZoy51LYyDp3h4z/BMBFr7/gPbzYjWSAydXcM="; // expect: IOT1001

        private static readonly string OperatorConsoleKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIEkeNcyzu0/Kk5i5PwIcfkyEaZ39VbZOU9BM1YV9/VSeoAoGCCqGSM49\nAwEHoUQDQgAEpFK37XG6AzCLu1CN34s1aDUvfifJ6kM5yqv6X+x2HC4T0N2xtvsJ\nqIwrwc/uckkiz3c+Op/H16Sr+c9nuhuTnw==\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003

        // Ride operators sign in on the console before the track can be powered.
        private static readonly Dictionary<string, string> RideOperatorPasswords = new Dictionary<string, string>
        {
            ["op-north"] = "-EkeTKKTibF5@98",                                                  // expect: IOT1004
        };

        private readonly Random _animation = new Random();

        public bool JoinFairground() => WifiNetworkHelper.ConnectDhcp(FairgroundSsid, "12345678"); // expect: IOT1002

        public nanoFramework.Azure.Devices.Client.DeviceClient ShowmanHub(string rideId) =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("showman-hub.azure-devices.net", rideId, ShowmanHubSasKey);

        public Amqp.Address FairOffice() =>
            new Amqp.Address("fair-office.kermis.local", 5671, "dodgem-track", FairBrokerPassword);

        public MQTTnet.Client.MqttClientOptions RideBoardOptions() =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer("ride-board.kermis.local")
                .WithCredentials("dodgem", "#{DODGEM_MQTT_PASSWORD}#")                         // expect: IOT1006
                .Build();

        public ECDsa ConsoleSigningKey()
        {
            var key = ECDsa.Create();
            key.ImportFromPem(OperatorConsoleKeyPem);
            return key;
        }

        public bool OperatorMaySignIn(string user, string password) =>
            RideOperatorPasswords.TryGetValue(user, out var expected) && expected == password;

        // The coin acceptor's service PIN is drawn fresh each morning and shown on the console.
        public string NewCoinAcceptorServicePin()
        {
            var servicePin = new Random().Next(0, 10000).ToString("D4");                      // expect: IOT1005
            return servicePin;
        }

        // Token printed on the ride ticket and checked at the gate.
        public string NewRideTicketToken(Random rng)
        {
            var rideTicketToken = $"{rng.Next():X8}";                                          // expect: IOT3005
            return rideTicketToken;
        }

        public int ChaseLightStepMs() => 80 + _animation.Next(0, 40);                         // expect: none
    }
}
