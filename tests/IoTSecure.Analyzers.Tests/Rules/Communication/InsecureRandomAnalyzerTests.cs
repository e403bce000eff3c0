using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.InsecureRandomAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class InsecureRandomAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string destination, string purpose) =>
        VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(location).WithArguments(destination, purpose);

    [Fact]
    public Task Random_reaching_security_values() =>
        VerifyCS.AnalyzerAsync("""
            using System;
            class Session
            {
                private readonly Random _random = new();
                string SessionId { get; set; } = "";
                void Start()
                {
                    var key = new byte[32];
                    {|#0:_random.NextBytes(key)|};
                    var passcode = Random.Shared.Next(0, 9999).ToString("D4"); // a passcode in a variable: IOT1005's (one value, one rule)
                    int pin = {|#1:Random.Shared.Next(0, 9999)|}; // a bare int "pin" may be a GPIO pin for IOT1005: stays here
                    SessionId = Convert.ToBase64String(BitConverter.GetBytes({|#2:_random.NextInt64()|}));
                    Pair({|#3:_random.Next(100000, 999999)|});
                }
                void Pair(int pairingCode) { }
                string CreateToken() => {|#4:_random.Next()|}.ToString("x8");
            }
            """,
            Finding(0, "key", "key"),
            Finding(1, "pin", "pin"),
            Finding(2, "SessionId", "session"),
            Finding(3, "pairingCode", "pairing"),
            Finding(4, "CreateToken", "token"));

    [Fact]
    public Task Jitter_backoff_sampling_and_simulation_are_fine() =>
        VerifyCS.AnalyzerAsync("""
            using System;
            using System.Linq;
            using System.Security.Cryptography;
            class Telemetry
            {
                static readonly string[] Servers = { "a.example", "b.example" };
                static readonly double[] Readings = { 1, 2, 3 };
                void Run()
                {
                    var random = new Random();
                    var jitter = TimeSpan.FromMilliseconds(random.Next(0, 500));
                    var backoffDelay = random.Next(1000, 5000);
                    var sample = random.NextDouble() < 0.1;
                    var simulatedTemperature = 20 + random.NextDouble() * 5;
                    var key = RandomNumberGenerator.GetBytes(32);
                    var keyIndex = random.Next(4);
                    var server = Servers[random.Next(Servers.Length)];           // load balancing: picks an element
                    var subset = Readings.OrderBy(_ => random.Next()).Take(10);    // sampling through LINQ
                    var retryDelay = TimeSpan.FromMilliseconds(random.Next(100, 500));
                    var apPassword = random.Next(100000, 999999).ToString();       // a password: IOT1005's finding, not reported twice
                }
            }
            """);

    /// <summary>
    /// A narrow draw given to a record's or a message's <c>Key</c> beside its <c>Value</c> (red team 100's Kafka producer:
    /// <c>new Message&lt;string, string&gt; { Key = $"{rd.Next(0, 100)}", Value = ... }</c>) is a partition key, no secret;
    /// a wide draw there, or a bare key with no value beside it, still is a key.
    /// </summary>
    [Fact]
    public Task A_narrow_draw_into_a_messages_key_beside_its_value_is_fine() =>
        VerifyCS.AnalyzerAsync("""
            using System;
            class Message<TKey, TValue> { public TKey Key { get; set; } public TValue Value { get; set; } }
            class Crypto { public string Key { get; set; } public string Mode { get; set; } }
            class Producer
            {
                void Run()
                {
                    var rd = new Random();
                    var partitioned = new Message<string, string> { Key = $"{rd.Next(0, 100)}", Value = "reading" };
                    var numbered = new Message<string, string> { Key = rd.Next(0, 100).ToString(), Value = "reading" };
                    var wide = new Message<string, string> { Key = {|#0:rd.Next()|}.ToString("X8"), Value = "reading" };
                    var cipher = new Crypto { Key = {|#1:rd.Next(0, 100)|}.ToString(), Mode = "CBC" };
                }
            }
            """,
            Finding(0, "Key", "key"),
            Finding(1, "Key", "key"));

    /// <summary>Secrets built piece by piece from System.Random: through indexing, char arithmetic, arrays, builders, string constructors and LINQ.</summary>
    [Fact]
    public Task A_secret_built_piece_by_piece_is_followed_to_its_name() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Linq;
                using System.Text;
                class Provisioning
                {
                    const string Digits = "0123456789";
                    const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                    string Make(Random rng)
                    {
                        var pin = new char[8];
                        for (var i = 0; i < pin.Length; i++)
                        {
                            pin[i] = Digits[{|#0:rng.Next(Digits.Length)|}];
                        }

                        var wpsPin = new string(pin);
                        var builder = new StringBuilder();
                        for (var i = 0; i < 16; i++)
                        {
                            builder.Append(Alphabet[{|#1:rng.Next(Alphabet.Length)|}]);
                        }

                        var apiToken = builder.ToString();
                        var sessionId = new string(Enumerable.Range(0, 24).Select(_ => Alphabet[{|#2:rng.Next(Alphabet.Length)|}]).ToArray());
                        var otp = string.Empty;
                        for (var i = 0; i < 6; i++)
                        {
                            otp += (char)('0' + {|#3:rng.Next(10)|});
                        }

                        var sessionToken = {|#4:rng.Next()|}.ToString("x8");
                        return wpsPin + apiToken + sessionId + otp + sessionToken;
                    }
                }
                """,
            },
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(0).WithArguments("pin", "pin"),
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(1).WithArguments("apiToken", "token"),
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(2).WithArguments("sessionId", "session"),
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(3).WithArguments("otp", "otp"),
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(4).WithArguments("sessionToken", "session"));

    /// <summary>Buffers followed to their names, property initializers, header names; timing and hardware names stay clean.</summary>
    [Fact]
    public Task Buffers_properties_and_headers_are_followed_and_timing_and_hardware_names_are_not_secrets() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net.Http;
                class Pairing
                {
                    public int ProvisioningCode { get; } = {|#0:Random.Shared.Next(100000, 999999)|};
                    void Run(Random rng, HttpRequestMessage request)
                    {
                        var buffer = new byte[16];
                        {|#1:rng.NextBytes(buffer)|};
                        var authCookie = Convert.ToBase64String(buffer);
                        uint passkey = (uint)Random.Shared.Next(0, 1_000_000); // a BLE passkey from Random: IOT1005's (one value, one rule)
                        request.Headers.Add("X-Auth-Nonce", {|#3:Random.Shared.Next()|}.ToString());
                        int tokenBucketJitterMs = Random.Shared.Next(0, 50);
                        var ledPin = Random.Shared.Next(2, 14);
                        request.Headers.Add("X-Request-Delay", Random.Shared.Next(100).ToString());
                        Console.WriteLine(authCookie + passkey + tokenBucketJitterMs + ledPin);
                    }
                }
                """,
            },
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(0).WithArguments("ProvisioningCode", "code"),
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(1).WithArguments("authCookie", "auth"),
            VerifyCS.Diagnostic(Descriptors.InsecureRandom).WithLocation(3).WithArguments("X-Auth-Nonce", "auth"));
}
