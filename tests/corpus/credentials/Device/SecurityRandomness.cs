// Security values on a door lock bridge: nonces, challenge tokens, keys (and non-security uses of Random).
#nullable enable
using System;
using System.Security.Cryptography;

namespace Corpus.LockBridge.Crypto
{
    internal sealed class SecurityRandomness
    {
        private readonly Random _random = new Random(Environment.TickCount);
        private static readonly Random Shared = new Random();

        public byte[] SessionKey()
        {
            var key = new byte[32];
            _random.NextBytes(key); // expect: IOT3005
            return key;
        }

        public byte[] AesIv()
        {
            byte[] iv = new byte[16];
            Shared.NextBytes(iv); // expect: IOT3005
            return iv;
        }

        public uint ChallengeNonce() => (uint)_random.Next(); // expect: IOT3005

        public string ApiToken()
        {
            var token = Convert.ToBase64String(BitConverter.GetBytes(Random.Shared.NextInt64())); // expect: IOT3005
            return token;
        }

        public Guid WeakSessionId()
        {
            var b = new byte[16];
            new Random().NextBytes(b); // expect: IOT3005
            return new Guid(b);
        }

        public string OtaUnlockCode()
        {
            var unlockKey = Shared.Next(0x10000000, int.MaxValue).ToString("X8"); // expect: IOT3005
            return unlockKey;
        }

        // --- not security values ---
        public TimeSpan ReconnectDelay(int attempt)
        {
            var jitter = _random.Next(0, 500); // expect: none
            return TimeSpan.FromMilliseconds(Math.Min(30_000, 1000 * Math.Pow(2, attempt)) + jitter);
        }

        public int PollOffsetSeconds() => Shared.Next(0, 60); // expect: none

        public double SimulatedTemperature() => 20 + _random.NextDouble() * 5; // expect: none

        public string LedPattern() => new[] { "blink", "pulse", "solid" }[_random.Next(3)]; // expect: none

        // --- correct ---
        public byte[] GoodKey() => RandomNumberGenerator.GetBytes(32); // expect: none

        public string GoodToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // expect: none
    }
}
