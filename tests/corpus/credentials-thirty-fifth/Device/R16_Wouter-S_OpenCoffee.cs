// Real source: Wouter-S/OpenCoffee CryptoUtil.cs, Settings.cs, MqttPublisher.cs (7760e2f3)
// Domain: a bridge for a JURA automatic coffee machine with the Wi-Fi Connect dongle: it speaks the machine's obfuscated
//   TCP protocol, reads counters and status, and publishes them to MQTT.
// Kept: CryptoUtil's substitution discs, GenerateKey (the per-message key byte drawn from System.Random seeded with the
//   clock), Encrypt and the nibble cipher; Settings with its defaults (machine IP, an empty PIN, device name, broker);
//   MqttPublisher with the client id made from the machine name.
// Trimmed: Decrypt, the escape helpers' users, the UDP scanner, polling service and hash store.
// Changed: `using MQTTnet;` is written as aliases for MqttFactory and MqttApplicationMessageBuilder (the shared stubs
//   declare the v4 and v5 option builders in both namespaces); WithRetainFlag() is given its default true explicitly.
// Shimmed (_Stubs.cs): MqttFactory, the v4 IMqttClient, MqttApplicationMessageBuilder, the builder's WithCleanSession,
//   IOptions<T>, ILogger<T>.
// Replaced: nothing; no credential is written in the source (the machine PIN is empty by default).
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Client;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;
using MqttFactory = MQTTnet.MqttFactory;

namespace OpenCoffee
{
    /// <summary>
    /// Replicates the coffee machine WiFi encryption/decryption protocol: two substitution discs and a per-message random
    /// key byte; each nibble is passed through the discs with the key and a running turn counter.
    /// </summary>
    public static class CryptoUtil
    {
        // Substitution disc tables (from decompiled WifiCryptoUtil)
        private static readonly byte[] DiscOne = { 1, 0, 3, 2, 15, 14, 8, 10, 6, 13, 7, 12, 11, 9, 5, 4 }; // expect: none
        private static readonly byte[] DiscTwo = { 9, 12, 6, 11, 10, 15, 2, 14, 13, 0, 4, 3, 1, 8, 7, 5 };

        // Characters that must be escaped in the wire protocol
        private static readonly HashSet<int> EscapedChars = new HashSet<int> { 0, 10, 13, 38, 27 };

        /// <summary>
        /// Generate a random key byte for encryption.
        /// The low nibble must not be 14 (0x0E) or 15 (0x0F).
        /// </summary>
        public static int GenerateKey()
        {
            var random = new Random((int)(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() & int.MaxValue));
            while (true)
            {
                int key = random.Next(256); // expect: IOT3005
                int lowNibble = key & 0x0F;
                if (lowNibble != 15 && lowNibble != 14)
                    return key;
            }
        }

        public static byte[] Encrypt(byte[] sourceBytes, int key)
        {
            byte[] buffer = new byte[sourceBytes.Length * 2 + 2];

            int ucBaseDiscOne = NormalizeTo255(NormalizeTo255(key >> 4));
            int ucBaseDiscTwo = NormalizeTo255(key);

            byte keyByte = (byte)key;
            int writePos = 0;

            if (NeedsESC(keyByte))
            {
                buffer[writePos++] = 0x1B; // ESC
                buffer[writePos++] = (byte)(key ^ 0x80);
            }
            else
            {
                buffer[writePos++] = keyByte;
            }

            int turn = 0;
            for (int i = 0; i < sourceBytes.Length; i++)
            {
                byte b = sourceBytes[i];
                int encodedHigh = EncodeDecodeHalfByte(NormalizeTo255(b >> 4), turn, ucBaseDiscOne, ucBaseDiscTwo);
                int encodedLow = EncodeDecodeHalfByte(NormalizeTo255(b & 0x0F), turn + 1, ucBaseDiscOne, ucBaseDiscTwo);
                turn += 2;

                int encodedByte = NormalizeTo255(encodedLow | NormalizeTo255(encodedHigh << 4));
                if (NeedsESC((byte)encodedByte))
                {
                    buffer[writePos++] = 0x1B; // ESC
                    encodedByte ^= 0x80;
                }
                buffer[writePos++] = (byte)NormalizeTo255(encodedByte);
            }

            byte[] result = new byte[writePos];
            Array.Copy(buffer, result, writePos);
            return result;
        }

        private static int EncodeDecodeHalfByte(int ucData, int ucTurn, int ucBaseDiscOne, int ucBaseDiscTwo)
        {
            int step1 = NormalizeTo255((ucData + ucTurn) + ucBaseDiscOne) % 16;
            int disc1Val = DiscOne[NormalizeTo255(step1)];
            int turnShift = ucTurn >> 4;
            int disc2Index = NormalizeTo255((((disc1Val + ucBaseDiscTwo) + NormalizeTo255(turnShift)) - ucTurn) - ucBaseDiscOne) % 16;
            int disc2Val = DiscTwo[disc2Index];
            int disc1Index2 = NormalizeTo255((((disc2Val + ucBaseDiscOne) + ucTurn) - ucBaseDiscTwo) - NormalizeTo255(turnShift)) % 16;
            int disc1Val2 = DiscOne[disc1Index2];
            return NormalizeTo255(NormalizeTo255((disc1Val2 - ucTurn) - ucBaseDiscOne) % 16);
        }

        private static int NormalizeTo255(int value)
        {
            while (value > 255) value -= 256;
            while (value < 0) value += 256;
            return value;
        }

        private static bool NeedsESC(byte b) => EscapedChars.Contains(b);
    }

    public class Settings
    {
        public string MachineIp { get; set; } = "";
        public string Pin { get; set; } = ""; // expect: none
        public string DeviceName { get; set; } = "CSharpCoffee";
        public int PollIntervalMinutes { get; set; } = 5;
        public string MqttHost { get; set; } = "localhost";
        public int MqttPort { get; set; } = 1883;
        public string MqttTopic { get; set; } = "/coffee";
    }

    /// <summary>
    /// Manages a persistent MQTT connection and exposes a simple publish method.
    /// </summary>
    public sealed class MqttPublisher
    {
        private readonly Settings _settings;
        private readonly ILogger<MqttPublisher> _logger;
        private readonly IMqttClient _client;
        private readonly MqttClientOptions _options;

        public MqttPublisher(IOptions<Settings> settings, ILogger<MqttPublisher> logger)
        {
            _settings = settings.Value;
            _logger = logger;

            var factory = new MqttFactory();
            _client = factory.CreateMqttClient();

            _options = new MqttClientOptionsBuilder()
                .WithTcpServer(_settings.MqttHost, _settings.MqttPort)
                .WithClientId($"OpenCoffee-{Environment.MachineName}") // expect: none
                .WithCleanSession()
                .Build();
        }

        public async Task PublishAsync(string json, CancellationToken ct = default)
        {
            if (!_client.IsConnected)
            {
                _logger.LogInformation("Connecting to MQTT broker {Host}:{Port}...", _settings.MqttHost, _settings.MqttPort);
                await _client.ConnectAsync(_options, ct);
            }

            var message = new MqttApplicationMessageBuilder()
                .WithTopic(_settings.MqttTopic)
                .WithPayload(Encoding.UTF8.GetBytes(json))
                .WithRetainFlag(true)
                .Build();

            await _client.PublishAsync(message, ct);
        }
    }
}
