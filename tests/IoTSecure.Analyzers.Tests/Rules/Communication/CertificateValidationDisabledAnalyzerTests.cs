using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.CertificateValidationDisabledAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class CertificateValidationDisabledAnalyzerTests
{
    private const string MqttTls = """
        namespace MQTTnet
        {
            public class MqttClientCertificateValidationEventArgs { }
            public class MqttClientTlsOptionsBuilder
            {
                public MqttClientTlsOptionsBuilder WithCertificateValidationHandler(System.Func<MqttClientCertificateValidationEventArgs, bool> handler) => this;
                public MqttClientTlsOptionsBuilder WithAllowUntrustedCertificates(bool value = true) => this;
                public MqttClientTlsOptionsBuilder WithIgnoreCertificateChainErrors(bool value = true) => this;
                public MqttClientTlsOptionsBuilder WithIgnoreCertificateRevocationErrors(bool value = true) => this;
            }
        }
        """;

    private static DiagnosticResult Finding(int location, string what, string why) =>
        VerifyCS.Diagnostic(Descriptors.CertificateValidationDisabled).WithLocation(location).WithArguments(what, why);

    private const string AcceptsAll = " (it returns true whatever certificate it is given)";

    [Fact]
    public Task Trust_all_callbacks_and_options() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                #pragma warning disable SYSLIB0014
                using System.Net;
                using System.Net.Http;
                using System.Net.Security;
                using System.Security.Cryptography.X509Certificates;
                class Tls
                {
                    void Configure(MQTTnet.MqttClientTlsOptionsBuilder tls)
                    {
                        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = {|#0:(message, cert, chain, errors) => true|} };
                        var sockets = new SocketsHttpHandler();
                        sockets.SslOptions.RemoteCertificateValidationCallback = {|#1:delegate { return true; }|};
                        ServicePointManager.ServerCertificateValidationCallback += {|#2:AcceptAll|};
                        var stream = new SslStream(null!, false, {|#3:(s, c, ch, e) => e == SslPolicyErrors.None || e == SslPolicyErrors.RemoteCertificateNameMismatch|});
                        handler.ServerCertificateCustomValidationCallback = {|#4:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                        tls.WithCertificateValidationHandler({|#5:_ => true|});
                        tls.{|#6:WithAllowUntrustedCertificates(true)|};
                        tls.{|#7:WithIgnoreCertificateChainErrors()|};
                        tls.WithIgnoreCertificateRevocationErrors(false);
                        bool Local(object sender, X509Certificate? c, X509Chain? ch, SslPolicyErrors e) => true;
                        var other = new SslStream(null!, false, {|#8:Local|});
                    }
                    static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
                    {
                        return true;
                    }
                }
                """,
                MqttTls,
            },
            Finding(0, "A certificate validation callback", AcceptsAll),
            Finding(1, "A certificate validation callback", AcceptsAll),
            Finding(2, "Validation callback 'AcceptAll'", AcceptsAll),
            Finding(3, "A certificate validation callback", " (it accepts certificates issued for another host name)"),
            Finding(4, "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", ""),
            Finding(5, "A certificate validation callback", AcceptsAll),
            Finding(6, "'WithAllowUntrustedCertificates'", ""),
            Finding(7, "'WithIgnoreCertificateChainErrors'", ""),
            Finding(8, "Validation callback 'Local'", AcceptsAll));

    [Fact]
    public Task Pinning_and_chain_checks_are_not_findings() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Net.Http;
                using System.Net.Security;
                class Tls
                {
                    const string Pinned = "3B1EFD3A66EA28B16697394703A72CA340A05BD5";
                    HttpClientHandler Handler() => new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                            errors == SslPolicyErrors.None || cert?.GetCertHashString() == Pinned,
                    };
                    SslStream Stream() => new SslStream(null!, false, (s, c, ch, e) =>
                    {
                        if (e != SslPolicyErrors.None) { return false; }
                        return true;
                    });
                    System.Func<int, bool> Unrelated => _ => true;
                }
                """,
            });

    /// <summary>The trust-all validator is a value: found wherever a value is given (returned, passed, chosen by a condition or a fallback).</summary>
    [Fact]
    public Task Dangerous_validator_is_found_wherever_it_is_given() =>
        VerifyCS.AnalyzerAsync(
            """
            using System;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Cryptography.X509Certificates;
            using Validator = System.Func<System.Net.Http.HttpRequestMessage, System.Security.Cryptography.X509Certificates.X509Certificate2?, System.Security.Cryptography.X509Certificates.X509Chain?, System.Net.Security.SslPolicyErrors, bool>;
            class Tls
            {
                static Validator Lab() => {|#0:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                static Validator Choose(bool lab, Validator? given)
                {
                    if (given is not null) return given ?? {|#1:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
                    return lab ? {|#2:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|} : Strict;
                }

                static void Use(Validator validator) { }
                static void Run() => Use({|#3:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|});
                static bool Strict(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e) => e == SslPolicyErrors.None;
            }
            """,
            Finding(0, "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", ""),
            Finding(1, "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", ""),
            Finding(2, "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", ""),
            Finding(3, "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", ""));

    /// <summary>A lambda that takes a certificate and returns true filters a store; it validates nothing.</summary>
    [Fact]
    public Task Certificate_predicates_that_are_not_validation_callbacks_are_fine() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Linq;
                using System.Security.Cryptography.X509Certificates;
                class Store
                {
                    public Predicate<X509Certificate2> AnyCertificateInStore() => _ => true;
                    public X509Certificate2[] All(X509Certificate2Collection certificates) => certificates.Cast<X509Certificate2>().Where(c => true).ToArray();
                    Func<X509Certificate2, bool> keep = certificate => true;
                }
                """,
            });
}
