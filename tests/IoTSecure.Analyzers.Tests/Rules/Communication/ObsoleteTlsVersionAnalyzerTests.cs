using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.ObsoleteTlsVersionAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class ObsoleteTlsVersionAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string member, string version) =>
        VerifyCS.Diagnostic(Descriptors.ObsoleteTlsVersion).WithLocation(location).WithArguments(member, version);

    [Fact]
    public Task Obsolete_versions_enabled_anywhere() =>
        VerifyCS.AnalyzerAsync("""
            #pragma warning disable SYSLIB0014, SYSLIB0039, CS0618
            using System.Net;
            using System.Net.Security;
            using System.Security.Authentication;
            class Tls
            {
                void Configure(SslStream stream)
                {
                    ServicePointManager.SecurityProtocol = {|#0:SecurityProtocolType.Tls|} | {|#1:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls12;
                    var options = new SslClientAuthenticationOptions { EnabledSslProtocols = {|#2:SslProtocols.Tls11|} };
                    stream.AuthenticateAsClient("broker", null, {|#3:SslProtocols.Ssl3|}, checkCertificateRevocation: true);
                }
            }
            """,
            Finding(0, "SecurityProtocolType.Tls", "TLS 1.0"),
            Finding(1, "SecurityProtocolType.Tls11", "TLS 1.1"),
            Finding(2, "SslProtocols.Tls11", "TLS 1.1"),
            Finding(3, "SslProtocols.Ssl3", "SSL 3.0"));

    [Fact]
    public Task M2Mqtt_TLS_enum() =>
        VerifyCS.AnalyzerAsync("""
            namespace uPLibrary.Networking.M2Mqtt
            {
                public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
                public class MqttClient
                {
                    public MqttClient(string brokerHostName, int brokerPort, bool secure, object caCert, object clientCert, MqttSslProtocols sslProtocol) { }
                }
            }
            class Device
            {
                object Old() => new uPLibrary.Networking.M2Mqtt.MqttClient("broker", 8883, true, null!, null!, {|#0:uPLibrary.Networking.M2Mqtt.MqttSslProtocols.TLSv1_0|});
                object New() => new uPLibrary.Networking.M2Mqtt.MqttClient("broker", 8883, true, null!, null!, uPLibrary.Networking.M2Mqtt.MqttSslProtocols.TLSv1_2);
            }
            """,
            Finding(0, "MqttSslProtocols.TLSv1_0", "TLS 1.0"));

    [Fact]
    public Task Modern_versions_the_OS_default_and_inspections_are_fine() =>
        VerifyCS.AnalyzerAsync("""
            #pragma warning disable SYSLIB0039, CS0618
            using System.Net.Security;
            using System.Security.Authentication;
            class Tls
            {
                SslProtocols Preferred => SslProtocols.Tls12 | SslProtocols.Tls13;
                SslProtocols Os => SslProtocols.None;
                bool Refuse(SslStream stream) => stream.SslProtocol == SslProtocols.Tls || stream.SslProtocol == SslProtocols.Tls11;
                string Name(SslProtocols p) => p switch { SslProtocols.Tls => "old", _ => "ok" };
            }
            """);
}
