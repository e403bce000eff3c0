// Written for corpus33 (not from a repository). Domain: the controller of a coin-operated mechanical bull ride hired out
// to pubs and fairs (a Raspberry Pi on .NET IoT driving the motor inverter): it reports ride telemetry to the operator's
// MQTT broker, fetches OTA updates, logs in to the operator portal and uploads ride-camera clips. Every secret below is
// invented with python `secrets` in the published shape of its kind.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using MQTTnet.Client;

namespace MechanicalBull
{
    internal static class BullSecrets
    {
        public static readonly string BrokerPassword = "S@Qz.9n-@L@9iR"; // expect: IOT1001
        public const string PortalPassword = "B@uVceewfaRUWh6"; // expect: IOT1001
        public const string PortalPasswordKey = "Ride:Portal:Password"; // expect: none
        public const string RideCamUploadKeyId = "AKIAF33VFRUG2Z4ZE53P"; // expect: IOT1003
        public const string DummyRiderToken = "dummy-rider-token-0001"; // expect: none
        public const int ResetPinLed = 17; // expect: none
    }

    public class BullRideController
    {
        private static readonly byte[] ThrottleTelemetryKey = Convert.FromHexString("8A588A6600A404F8775F863F505D3FFA"); // expect: IOT1004
        private readonly HttpClient _portal = new HttpClient();

        public MqttClientOptions BuildBrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("broker.funfair.local", 8883)
                .WithClientId("bull-ride-2")
                .WithCredentials("bull-ride", BullSecrets.BrokerPassword)
                .WithTls()
                .Build();

        public Dictionary<string, string> RideSettings() => new()
        {
            ["ride.ota.url"] = "https://ota.funfair.example/bull/stable", // expect: none
            ["ride.ota.token"] = "p8QNgNXRLgk6jU0vlV5KrZtZ", // expect: IOT1001
            ["ride.safety.mode"] = "strict",
        };

        public void AuthenticatePortal()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("operator:" + BullSecrets.PortalPassword));
            _portal.DefaultRequestHeaders.Add("Authorization", "Basic " + basic);
        }

        public NetworkCredential ControlCabinetLogin() => new NetworkCredential("rideop", "your-ride-portal-password"); // expect: IOT1006

        public bool ResetEmergencyStop(string enteredResetPin) => string.Equals(enteredResetPin, "0000"); // expect: IOT1002

        public byte[] ObfuscateFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
                output[i] = (byte)(frame[i] ^ ThrottleTelemetryKey[i % ThrottleTelemetryKey.Length]);
            return output;
        }

        public static string RiderPasscode(string rideSerial) => "Bull" + rideSerial[^4..]; // expect: IOT1005

        public string NewRideSessionId(Random rng)
        {
            var buffer = new byte[12];
            rng.NextBytes(buffer); // expect: IOT3005
            return Convert.ToHexString(buffer);
        }

        public int BuckIntensity(Random rng, int level) => level * 10 + rng.Next(-5, 6); // expect: none
    }
}
