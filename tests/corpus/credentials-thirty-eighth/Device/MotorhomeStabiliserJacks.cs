// Written for corpus38 (not adapted from a repository). Domain: a motorhome's hydraulic stabiliser (auto-levelling) jacks
// controller on a Raspberry Pi CM4: it levels the van over the CAN bus, pairs with the owner's phone app over BLE, sends
// telemetry to the maker's cloud over AMQP and MQTT-over-WebSocket, and pulls OTA updates from the maker's feed.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Amqp;
using InTheHand.Net;
using MQTTnet.Client;

namespace Corpus38.MotorhomeStabiliserJacks
{
    static class JackCloud
    {
        public const string AmqpHost = "iot.caravanlink.example"; // expect: none
        public const string AmqpPassword = "4b2ikjwJtu2z"; // expect: IOT1001
        public static readonly string OtaFeedPassword = "46YU3iHy!aH6"; // expect: IOT1001
    }

    // the team's own CAN frame builder (not a library)
    static class CanFrames
    {
        public static byte[] Unlock(string password) => Encoding.ASCII.GetBytes(password);
    }

    public class CanBus
    {
        public void Send(uint canId, byte[] frame) { }
    }

    public class StabiliserController
    {
        const string TelemetryJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAiamFja3MtMTg1NTYxIiwgImlzcyI6ICJjYXJhdmFubGluayIsICJpYXQiOiAxNzM1Njg5NjAwLCAiZXhwIjogMTg5MzQ1NjAwMH0.D5axx4TzWcZVlN9nMDVVMyMe0NIw51qOD0PuE2jeHm8"; // expect: IOT1003
        const string JackOverridePassword = "D%NJkNtj7O"; // expect: IOT1004
        static readonly Guid PasskeyCharacteristicUuid = new Guid("6e400002-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
        const uint LevelCanId = 0x18FF50E5;
        readonly Random _rng = new();

        public Address TelemetryAddress() => new Address(JackCloud.AmqpHost, 5671, "jacks-v2", JackCloud.AmqpPassword);

        public NetworkCredential OtaCredential()
        {
            NetworkCredential otaCred = new("jacks-ota", JackCloud.OtaFeedPassword);
            return otaCred;
        }

        public X509Certificate2 LoadClientCertificate(byte[] pfx) => new X509Certificate2(pfx, "12345678"); // expect: IOT1002

        public void AuthorizeTelemetry(HttpClient http) =>
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TelemetryJwt);

        public MqttClientWebSocketProxyOptionsBuilder WorkshopProxy() =>
            new MqttClientWebSocketProxyOptionsBuilder().WithPassword("TODO"); // expect: IOT1006

        public void OverrideJacks(CanBus bus) => bus.Send(LevelCanId, CanFrames.Unlock(JackOverridePassword));

        public uint AppPasskey(BluetoothAddress adapterAddress)
        {
            uint passkey = (uint)(adapterAddress.ToInt64() % 1000000); // expect: IOT1005
            return passkey;
        }

        public string NewLevellingSession()
        {
            var levelSessionId = _rng.NextInt64().ToString("x16"); // expect: IOT3005
            return levelSessionId;
        }

        public int PumpJitterMs() => _rng.Next(5, 25); // expect: none

        public string PasskeyCharacteristic => PasskeyCharacteristicUuid.ToString();
    }
}
