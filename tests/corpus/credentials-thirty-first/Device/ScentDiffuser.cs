// Written for corpus31 (not adapted from a repository).
// Domain: a commercial scent-marketing diffuser (hotel lobbies, retail floors): the unit pulls its fragrance schedule from the
//   vendor cloud, reports usage over MQTT (MQTTnet v5) through a store proxy, caches cartridge levels in Redis, reads the
//   cartridge's NFC tag, offers a setup access point and a small local web login, and pairs with the vendor's phone app.
// Shapes: a positional record built by target-typed new in a static field, UTF-8 `u8` password bytes, a Redis options object by
//   target-typed new with an initializer, configuration written as a dictionary, key bytes in a static readonly array used by the
//   team's own XOR, a received login pair compared with literals, a derived setup password, a hex pairing token from
//   System.Random; hard negatives (prose under a token name, GUID, hash, sample token, a path under a password-file key).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using MQTTnet;
using StackExchange.Redis;

namespace Corpus31.ScentDiffuser
{
    public sealed record CloudProfile(string Endpoint, string BearerJwt);

    public sealed class DiffuserAgent
    {
        private static readonly CloudProfile Cloud = new(
            "https://api.scent-cloud.example/v2",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsb2JieS1kaWZmdXNlci0wNyIsImlzcyI6InNjZW50Y2xvdWQiLCJpYXQiOjE3MzU2ODk2MDB9.6-7mhl7aK_X46C3J9_e62QG07IUjeApv3GUU1BmGXds"); // expect: IOT1003

        private static readonly byte[] CartridgeTagEncryptionKey = { 0xfd, 0x89, 0xc3, 0x29, 0x72, 0xd7, 0x3c, 0xda, 0x7c, 0xf6, 0x4d, 0x05, 0x52, 0x29, 0x04, 0xba }; // expect: IOT1004
        public const string ExpiredToken = "Token expired, press Pair on the diffuser and try again."; // expect: none
        public const string TenantToken = "5b0c6f9e-2d41-4b8a-9f3e-7c1d2a6e8b40"; // expect: none
        public const string FragranceRecipeSha256 = "d2a5ab6d6b0e360ed3505f1b5db30855c2191311c4e141eb7ebba44db3f0f6ad"; // expect: none
        public const string SampleCloudToken = "sample-cloud-token"; // expect: none

        private readonly Random _rng = new Random();

        public MqttClientOptions UsageBrokerOptions(string serialNumber) =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.scent-cloud.example", 8883)
                .WithCredentials("diffuser-" + serialNumber, "OEWLe#Rteu"u8.ToArray()) // expect: IOT1001
                .WithTlsOptions(o => o.UseTls())
                .Build();

        public MqttClientWebSocketProxyOptionsBuilder StoreProxy() =>
            new MqttClientWebSocketProxyOptionsBuilder().WithPassword("REPLACE-WITH-PROXY-PASSWORD"); // expect: IOT1006

        public ConnectionMultiplexer ConnectLevelCache()
        {
            ConfigurationOptions options = new()
            {
                EndPoints = { "cache.scent-cloud.example:6380" },
                Password = "Go.cKUKUAv", // expect: IOT1001
                Ssl = true,
            };
            return ConnectionMultiplexer.Connect(options);
        }

        public Dictionary<string, string> FactorySettings() => new()
        {
            ["diffuser.ota.host"] = "ota.scent-cloud.example",
            ["diffuser.ota.password"] = "TzLsu6acAG", // expect: IOT1001
            ["diffuser.ota.passwordFile"] = "/data/ota/password", // expect: none
            ["diffuser.mist.intensity"] = "3",
        };

        public async Task<string> FetchScheduleAsync(HttpClient http)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Cloud.BearerJwt);
            return await http.GetStringAsync(Cloud.Endpoint + "/schedule");
        }

        public byte[] DecodeCartridgeTag(byte[] tag)
        {
            var plain = new byte[tag.Length];
            for (int i = 0; i < tag.Length; i++)
                plain[i] = (byte)(tag[i] ^ CartridgeTagEncryptionKey[i % CartridgeTagEncryptionKey.Length]);
            return plain;
        }

        public static string SetupPassword(string serialNumber)
        {
            var setupPassword = "SCENT-" + serialNumber[^6..]; // expect: IOT1005
            return setupPassword;
        }

        public static bool CheckLocalLogin(string login, string secret)
        {
            if (login == "admin" && secret == "admin") // expect: IOT1002 IOT1002
                return true;
            return false;
        }

        public string NewPairingToken()
        {
            var pairingToken = _rng.Next().ToString("X8"); // expect: IOT3005
            return pairingToken;
        }
    }
}
