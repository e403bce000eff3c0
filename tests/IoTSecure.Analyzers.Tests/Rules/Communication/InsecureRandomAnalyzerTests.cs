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
                    var pin = {|#1:Random.Shared.Next(0, 9999)|}.ToString("D4");
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
            using System.Security.Cryptography;
            class Telemetry
            {
                void Run()
                {
                    var random = new Random();
                    var jitter = TimeSpan.FromMilliseconds(random.Next(0, 500));
                    var backoffDelay = random.Next(1000, 5000);
                    var sample = random.NextDouble() < 0.1;
                    var simulatedTemperature = 20 + random.NextDouble() * 5;
                    var key = RandomNumberGenerator.GetBytes(32);
                    var keyIndex = random.Next(4);
                    var sessionToken = random.Next().ToString("x8"); // a secret-named string: IOT1005's finding, not reported twice
                }
            }
            """);
}
