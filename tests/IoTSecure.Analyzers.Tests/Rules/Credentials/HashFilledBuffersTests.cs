using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// IOT1005: a PIN read from a byte buffer that a hash fills after the buffer is declared (red team 30's last IncrementalHash
/// miss, as a kind): <c>IncrementalHash.TryGetHashAndReset(digest, out _)</c> of a hash fed the serial, and the static
/// <c>SHA256.HashData(source, destination)</c> of the serial's bytes, derive what is read from the buffer. Hard negatives
/// beside them: a buffer filled by <c>RandomNumberGenerator.Fill</c>, by an HMAC keyed with the maker's secret (tested by an
/// <c>if</c>), and by a hash of that secret. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class HashFilledBuffersTests
{
    // docs/rules/IOT1005.md: "Encodings and unkeyed hashes of such data (... `SHA256.HashData(mac)`) are still derived from
    // public data. A keyed function (`HMACSHA256` with a factory secret, ...)" is not; a cryptographic random value is not public.
    [Fact]
    public Task Pins_read_from_a_buffer_a_hash_of_the_serial_fills_are_derived_and_keyed_or_random_fills_are_not() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Charger
            {
                private readonly byte[] _factorySecret = new byte[32];
                public string ServicePin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    Span<byte> digest = stackalloc byte[32];
                    h.TryGetHashAndReset(digest, out _);
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
                public string SetupPin(string serialNumber)
                {
                    var digest = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), digest);
                    var setupPin = (BitConverter.ToUInt32(digest, 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return setupPin;
                }
                public string RandomPin()
                {
                    Span<byte> digest = stackalloc byte[4];
                    RandomNumberGenerator.Fill(digest);
                    var randomPin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: none
                    return randomPin;
                }
                public string KeyedPin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _factorySecret);
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    Span<byte> digest = stackalloc byte[32];
                    if (!h.TryGetHashAndReset(digest, out _)) throw new InvalidOperationException();
                    var keyedPin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: none
                    return keyedPin;
                }
                public string SecretPin()
                {
                    Span<byte> digest = stackalloc byte[32];
                    SHA256.HashData(_factorySecret, digest);
                    var secretPin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: none
                    return secretPin;
                }
            }
            """);

    // IOT1005 (twenty-second session, red team 40): an unkeyed hash instance fed public data by TransformBlock or
    // TransformFinalBlock and read through its Hash property is a hash of that data. Hard negatives: an HMAC keyed with the
    // maker's secret fed the same way, and an unkeyed hash fed the maker's secret with the serial.
    [Fact]
    public Task Hash_instances_fed_by_transform_blocks_are_read_through_their_hash() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Camera
            {
                private readonly byte[] _factorySecret;
                public Camera(byte[] factorySecret) => _factorySecret = factorySecret;
                public static string AdminPassword(string serialNumber)
                {
                    using var sha = SHA256.Create();
                    var serial = Encoding.ASCII.GetBytes(serialNumber);
                    sha.TransformBlock(serial, 0, serial.Length, null, 0);
                    sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
                    var adminPassword = Convert.ToHexString(sha.Hash!)[..12]; // expect: IOT1005
                    return adminPassword;
                }
                public string ServicePassword(string serialNumber)
                {
                    using var hmac = new HMACSHA256(_factorySecret);
                    var serial = Encoding.ASCII.GetBytes(serialNumber);
                    hmac.TransformFinalBlock(serial, 0, serial.Length);
                    var servicePassword = Convert.ToHexString(hmac.Hash!)[..12];
                    return servicePassword;
                }
                public string GuestPassword(string serialNumber)
                {
                    using var sha = SHA256.Create();
                    sha.TransformBlock(_factorySecret, 0, _factorySecret.Length, null, 0);
                    var serial = Encoding.ASCII.GetBytes(serialNumber);
                    sha.TransformFinalBlock(serial, 0, serial.Length);
                    var guestPassword = Convert.ToHexString(sha.Hash!)[..12];
                    return guestPassword;
                }
            }
            """);
}
