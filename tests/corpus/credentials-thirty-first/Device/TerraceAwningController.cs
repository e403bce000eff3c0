// Written for corpus31 (not adapted from a repository).
// Domain: the retractable terrace awnings of a restaurant (a Linux gateway by the motor drives): it forms the Zigbee network the
//   staff remotes join, watches the anemometer and a gust forecast, joins the staff or the guest Wi-Fi, writes its setup file,
//   publishes events to the restaurant's AMQP bus, reports the awning position to Home Assistant and signs OTA requests.
// Shapes: literal network-key bytes at a Zigbee coordinator's networkKey, an anonymous object serialised as configuration, a
//   function returning named tuples by `yield return` read at WifiAdapter.Connect, an API key in a constant of another class put
//   into an appid= query, a listed default at AMQP Address, rolling-code key bytes used by the team's own routine, a bearer
//   JWT on its own line, a pairing code from the remote's IEEE address, an OTA token of characters picked by LINQ over
//   System.Random; hard negatives (anemometer GPIO, IEEE address, key file path, simulated gust).
using System;
using System.Collections.Generic;
using System.Device.Wifi;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using Amqp;
using Zigbee.Coordinator;

namespace Corpus31.TerraceAwningController
{
    internal static class WindServiceKeys
    {
        public const string AppId = "MZ6QRPCO_lcwrdIEZZUxEypnutNI6Wjp"; // expect: IOT1001
    }

    public sealed class AwningGateway
    {
        public const int AnemometerPin = 27; // expect: none
        public const string RemoteIeee = "00:12:4b:00:1e:2f:41:c7"; // expect: none
        public const string NetworkKeyPath = "/data/zigbee/network.key"; // expect: none
        private static readonly byte[] RemoteRollingCodeKey = { 0x67, 0x92, 0xae, 0x72, 0x42, 0x39, 0x26, 0x48 }; // expect: IOT1004
        private const string Hex = "0123456789abcdef";
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();

        public void FormRemoteNetwork(ZigbeeCoordinator coordinator)
        {
            coordinator.FormNetwork(0x1A62, 0xDDDDDDDDDDDDDDDDUL,
                new byte[] { 0x52, 0x57, 0x7b, 0x62, 0xc8, 0xbe, 0x8a, 0x20, 0x04, 0xf2, 0x35, 0x53, 0x41, 0x68, 0x85, 0x6e }); // expect: IOT1003
            coordinator.PermitJoin(60);
        }

        public string SetupFileJson() => JsonSerializer.Serialize(new
        {
            Ssid = "Terrace-Awnings-Setup",
            Password = "GCwaC*#OjGn%fx", // expect: IOT1001
            Channel = 6,
        });

        private static IEnumerable<(string Ssid, string Psk)> KnownNetworks()
        {
            yield return ("Terrace-Staff", "ytW7xULLUBMn"); // expect: IOT1001
            yield return ("Terrace-Guest", "${GUEST_WIFI_PSK}"); // expect: IOT1006
        }

        public bool JoinWifi(WifiAdapter adapter)
        {
            foreach (var network in KnownNetworks())
            {
                var result = adapter.Connect(network.Ssid, WifiReconnectionKind.Automatic, network.Psk);
                if (result.ConnectionStatus == WifiConnectionStatus.Success)
                    return true;
            }
            return false;
        }

        public Address EventBus() => new Address("bus.terrace.example", 5671, "awning", "guest"); // expect: IOT1002

        public Task<string> GustForecastAsync(double lat, double lon) =>
            _http.GetStringAsync($"https://api.windwatch.example/v1/gusts?lat={lat}&lon={lon}&appid={WindServiceKeys.AppId}");

        public async Task ReportPositionAsync(int percent)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "http://homeassistant.local:8123/api/states/cover.terrace_awning_1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJibGluZHMtaHViLWhhIiwiaWF0IjoxNzQwNzg3MjAwLCJleHAiOjIwNTYxNDcyMDB9.Cjc51NZ1Z7GddgJ25iI8H965yn9zHNAiOirF4gct0DU"); // expect: IOT1003
            request.Content = new StringContent($"{{\"state\":\"{percent}\"}}");
            await _http.SendAsync(request);
        }

        public uint NextRemoteFrame(uint counter)
        {
            uint frame = counter;
            foreach (var b in RemoteRollingCodeKey)
                frame = ((frame << 3) | (frame >> 29)) ^ b;
            return frame;
        }

        public static string RemotePairingCode(ulong ieeeAddress)
        {
            string remotePairingCode = (ieeeAddress % 100000000UL).ToString("D8"); // expect: IOT1005
            return remotePairingCode;
        }

        public string NewOtaToken()
        {
            var otaToken = string.Concat(Enumerable.Range(0, 32).Select(_ => Hex[_rng.Next(16)])); // expect: IOT3005
            return otaToken;
        }

        public double SimulatedGust() => 4.0 + _rng.NextDouble() * 6.0; // expect: none
    }
}
