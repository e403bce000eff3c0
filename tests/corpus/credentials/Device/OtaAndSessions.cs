// Over-the-air update client of a smart lock: signing material that leaked into the device, session handling.
#nullable enable
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.SmartLock.Ota
{
    internal sealed class OtaAndSessions
    {
        // Vendor's firmware signing key, left in the device code by a build script
        private const string SigningKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIE3wsGRL1X9ps7RHolAWl9Nq06SVihbeU/PMpU6T58Q9oAoGCCqGSM49\nAwEHoUQDQgAE3XmCkFYowgtKjF+q6Jcn0aNIXW0f36Iqblx7+cicW3Lg0cds3TPg\nqRuyS0E36i9YpwHCrW+627PF0rhgN+Yt/w==\n-----END EC PRIVATE KEY-----"; // expect: IOT1003

        // Vendor's public verification key: fine to ship
        private const string VerifyKeyPem = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3XmCkFYowgtKjF+q6Jcn0aNIXW0f36Iqblx7+cicW3Lg0cds3TPgqRuyS0E36i9YpwHCrW+627PF0rhgN+Yt/w==\n-----END PUBLIC KEY-----"; // expect: none

        // CI token of the update server, used by the device to fetch manifests
        private const string ManifestToken = "ghp_R7tK2mQ9xL4vZ8wN1bC6hJ3dS5fG0aE2uY7i"; // expect: IOT1003
        private const string OtaAccessKey = "AKIA6QF3ZR7XK2M9TB4L"; // expect: IOT1003

        private readonly HttpClient _http = new();
        private readonly Random _rng = new();
        private static int _sequence;

        public bool Verify(byte[] image, byte[] signature)
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(VerifyKeyPem);
            return ecdsa.VerifyData(image, signature, HashAlgorithmName.SHA256);
        }

        public byte[] SignLocally(byte[] image)
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(SigningKeyPem);
            return ecdsa.SignData(image, HashAlgorithmName.SHA256);
        }

        public HttpRequestMessage ManifestRequest()
        {
            var req = new HttpRequestMessage(HttpMethod.Get, "https://updates.lock.example/manifest.json");
            req.Headers.Add("Authorization", "token " + ManifestToken);
            req.Headers.Add("X-Access-Key", OtaAccessKey);
            return req;
        }

        public string NewUnlockToken()
        {
            var unlockToken = _rng.Next(1_000_000, 9_999_999).ToString() + _sequence++; // expect: IOT3005
            return unlockToken;
        }

        public byte[] DownloadNonce()
        {
            var nonce = new byte[12];
            for (int i = 0; i < nonce.Length; i++) nonce[i] = (byte)_rng.Next(256); // expect: IOT3005
            return nonce;
        }

        public string GuestCode(DateTime validFrom)
        {
            // one-day guest PIN for the keypad: derived from the clock
            var guestPin = ((validFrom.DayOfYear * 7919 + validFrom.Year) % 1000000).ToString("D6"); // expect: IOT1005
            return guestPin;
        }

        public string GuestCodeRandom()
        {
            var guestPasscode = new Random(DateTime.Now.Millisecond).Next(100000, 999999).ToString(); // expect: IOT1005
            return guestPasscode;
        }

        public string StatusText() => Encoding.UTF8.GetString("Update token accepted"u8); // expect: none
    }
}
