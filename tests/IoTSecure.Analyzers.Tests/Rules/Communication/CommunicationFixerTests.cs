using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class CommunicationFixerTests
{
    private static DiagnosticResult Any(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int location) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreSeverity).WithMessage(null);

    private static (string, string)[] WithStubs(string source) =>
        new[] { ("/0/Device.cs", source) }.Concat(Stubs.All.Select((s, i) => ($"/0/Stub{i}.cs", s))).ToArray();

    [Fact]
    public Task Clear_text_schemes_become_secure_and_MQTT_moves_to_8883_with_TLS() =>
        Verify<IoTSecure.Analyzers.Rules.Communication.ClearTextProtocolAnalyzer, IoTSecure.Analyzers.CodeFixes.Rules.Communication.ClearTextProtocolFixer>.FixAsync(
            WithStubs("""
                class Device
                {
                    const string Api = {|#0:"http://api.contoso.example/v1"|};
                    string Stream(string host) => $"{|#1:ws://|}{host}/stream";
                    void Run() => new MQTTnet.Client.MqttClientOptionsBuilder().{|#2:WithTcpServer("broker.contoso.example", 1883)|}.Build();
                }
                """),
            WithStubs("""
                class Device
                {
                    const string Api = "https://api.contoso.example/v1";
                    string Stream(string host) => $"wss://{host}/stream";
                    void Run() => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("broker.contoso.example", 8883).WithTls().Build();
                }
                """),
            new[] { Any(Descriptors.ClearTextProtocol, 0), Any(Descriptors.ClearTextProtocol, 1), Any(Descriptors.ClearTextProtocol, 2) },
            fixAllIterations: 2); // two kinds of fix (scheme, MQTT port), one equivalence key each

    [Fact]
    public Task MD5_and_SHA1_become_SHA256() =>
        Verify<IoTSecure.Analyzers.Rules.Communication.WeakCryptographyAnalyzer, IoTSecure.Analyzers.CodeFixes.Rules.Communication.WeakCryptographyFixer>.FixAsync(
            new[] { ("/0/Crypto.cs", """
                using System.Security.Cryptography;
                class Crypto
                {
                    byte[] Digest(byte[] data) => {|#0:MD5|}.HashData(data);
                    HashAlgorithm Create() => {|#1:SHA1|}.Create();
                    HashAlgorithmName Name => HashAlgorithmName.{|#2:SHA1|};
                }
                """) },
            new[] { ("/0/Crypto.cs", """
                using System.Security.Cryptography;
                class Crypto
                {
                    byte[] Digest(byte[] data) => SHA256.HashData(data);
                    HashAlgorithm Create() => SHA256.Create();
                    HashAlgorithmName Name => HashAlgorithmName.SHA256;
                }
                """) },
            new[] { Any(Descriptors.WeakCryptography, 0), Any(Descriptors.WeakCryptography, 1), Any(Descriptors.WeakCryptography, 2) });

    [Fact]
    public Task Random_becomes_RandomNumberGenerator() =>
        Verify<IoTSecure.Analyzers.Rules.Communication.InsecureRandomAnalyzer, IoTSecure.Analyzers.CodeFixes.Rules.Communication.InsecureRandomFixer>.FixAsync(
            new[] { ("/0/Session.cs", """
                using System;
                using System.Security.Cryptography;
                class Session
                {
                    void Start(Random random)
                    {
                        var key = new byte[32];
                        {|#0:random.NextBytes(key)|};
                        var pin = {|#1:random.Next(0, 9999)|};
                    }
                }
                """) },
            new[] { ("/0/Session.cs", """
                using System;
                using System.Security.Cryptography;
                class Session
                {
                    void Start(Random random)
                    {
                        var key = new byte[32];
                        RandomNumberGenerator.Fill(key);
                        var pin = RandomNumberGenerator.GetInt32(0, 9999);
                    }
                }
                """) },
            new[] { Any(Descriptors.InsecureRandom, 0), Any(Descriptors.InsecureRandom, 1) });

    [Fact]
    public Task Trust_all_callbacks_and_options_are_removed() =>
        Verify<IoTSecure.Analyzers.Rules.Communication.CertificateValidationDisabledAnalyzer, IoTSecure.Analyzers.CodeFixes.Rules.Communication.CertificateValidationDisabledFixer>.FixAsync(
            new[]
            {
                ("/0/Tls.cs", """
                    using System.Net.Http;
                    class Tls
                    {
                        HttpClientHandler Handler()
                        {
                            var handler = new HttpClientHandler { UseProxy = false, ServerCertificateCustomValidationCallback = {|#0:(m, c, ch, e) => true|} };
                            handler.ServerCertificateCustomValidationCallback = {|#1:(m, c, ch, e) => true|};
                            return handler;
                        }
                        MQTTnet.MqttClientTlsOptionsBuilder Mqtt(MQTTnet.MqttClientTlsOptionsBuilder tls) => tls.{|#2:WithAllowUntrustedCertificates(true)|}.WithIgnoreCertificateRevocationErrors(false);
                    }
                    """),
                ("/0/Mqtt.cs", """
                    namespace MQTTnet
                    {
                        public class MqttClientTlsOptionsBuilder
                        {
                            public MqttClientTlsOptionsBuilder WithAllowUntrustedCertificates(bool value = true) => this;
                            public MqttClientTlsOptionsBuilder WithIgnoreCertificateRevocationErrors(bool value = true) => this;
                        }
                    }
                    """),
            },
            new[]
            {
                ("/0/Tls.cs", """
                    using System.Net.Http;
                    class Tls
                    {
                        HttpClientHandler Handler()
                        {
                            var handler = new HttpClientHandler { UseProxy = false };
                            return handler;
                        }
                        MQTTnet.MqttClientTlsOptionsBuilder Mqtt(MQTTnet.MqttClientTlsOptionsBuilder tls) => tls.WithIgnoreCertificateRevocationErrors(false);
                    }
                    """),
                ("/0/Mqtt.cs", """
                    namespace MQTTnet
                    {
                        public class MqttClientTlsOptionsBuilder
                        {
                            public MqttClientTlsOptionsBuilder WithAllowUntrustedCertificates(bool value = true) => this;
                            public MqttClientTlsOptionsBuilder WithIgnoreCertificateRevocationErrors(bool value = true) => this;
                        }
                    }
                    """),
            },
            new[] { Any(Descriptors.CertificateValidationDisabled, 0), Any(Descriptors.CertificateValidationDisabled, 1), Any(Descriptors.CertificateValidationDisabled, 2) });
}
