// Survey drone companion computer: MAVLink 2 signing, ground-station hotspot, NATS telemetry and UTM flight plans.
using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Threading.Tasks;
using NATS.Client.Core;
using Fieldline.Shared;

namespace Aerolens.Companion
{
    public sealed class DroneTelemetryLink : IAsyncDisposable
    {
        // MAVLink 2 signing: signature = SHA-256(secret_key + header + payload + CRC + link id + timestamp)[0..6].
        private static readonly byte[] MavlinkSigningKey =
        {
            0x10, 0x82, 0xA9, 0x93, 0x83, 0x0F, 0x77, 0xE8, 0x3A, 0xA6, 0x16, 0x54, 0x22, 0x1B, 0x91, 0x8C,
            0x0A, 0xA7, 0xEB, 0xCA, 0xC3, 0xFD, 0x06, 0xC4, 0x46, 0x4B, 0x8E, 0x09, 0x42, 0x16, 0x2D, 0xBC,
        }; // expect: IOT1004

        private const string UtmBase = "https://utm.aerolens.example/v1/";
        private const string UtmTokenScope = "utm.flightplan.write"; // expect: none
        private const string SecretsManagerRegion = "eu-central-1"; // expect: none
        private const string NatsUrl = "tls://nats.aerolens.example:4222";

        private readonly HttpClient _utm = new() { BaseAddress = new Uri(UtmBase) };
        private readonly Random _rng = new();
        private readonly Random _windModel = new(42);
        private NatsConnection? _nats;

        public WirelessAPConfiguration GroundStationHotspot() => new()
        {
            Ssid = "GCS-Field-07", // expect: none
            Password = "Dr0ne-GCS-ap-4410", // expect: IOT1001
        };

        public async Task StartTelemetryAsync()
        {
            var opts = new NatsOpts
            {
                Url = NatsUrl,
                Name = "drone-07",
                AuthOpts = new NatsAuthOpts { Token = DeviceSecrets.NatsToken },
            };
            _nats = new NatsConnection(opts);
            await _nats.PublishAsync("drones.07.status", "armed=false");
        }

        public byte[] SignFrame(byte[] headerAndPayload, byte linkId, ulong timestamp48)
        {
            var material = new byte[MavlinkSigningKey.Length + headerAndPayload.Length + 7];
            MavlinkSigningKey.CopyTo(material, 0);
            headerAndPayload.CopyTo(material, MavlinkSigningKey.Length);
            material[^7] = linkId;
            BitConverter.GetBytes(timestamp48).AsSpan(0, 6).CopyTo(material.AsSpan(material.Length - 6));
            return SHA256.HashData(material)[..6];
        }

        public long NewHandshakeChallenge()
        {
            long challenge = _rng.NextInt64(); // expect: IOT3005
            return challenge;
        }

        public double SimulatedGust()
        {
            // Software-in-the-loop wind model; reproducible seed on purpose.
            return _windModel.NextDouble() * 4.0 - 2.0; // expect: none
        }

        public async Task FileFlightPlanAsync(string planJson)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "flightplans") { Content = new StringContent(planJson) };
            request.Headers.Add("X-Auth-Token", "<utm-access-token>"); // expect: IOT1006
            await _utm.SendAsync(request);
            Console.WriteLine($"filed with scope {UtmTokenScope}; production tokens come from {SecretsManagerRegion}");
        }

        public async ValueTask DisposeAsync()
        {
            _utm.Dispose();
            if (_nats is not null)
            {
                await _nats.DisposeAsync();
            }
        }
    }
}
