using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Credentials.SecretTokenAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class SecretTokenAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string what) =>
        VerifyCS.Diagnostic(Descriptors.SecretToken).WithLocation(location).WithArguments(what);

    [Fact]
    public Task Token_shapes_in_every_kind_of_literal() =>
        VerifyCS.AnalyzerAsync(""""
            class Keys
            {
                const string Pem = {|#0:"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----"|};
                const string Ssh = {|#1:@"-----BEGIN OPENSSH PRIVATE KEY-----
            b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
            -----END OPENSSH PRIVATE KEY-----"|};
                const string Raw = {|#2:"""
                    -----BEGIN EC PRIVATE KEY-----
                    MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49
                    -----END EC PRIVATE KEY-----
                    """|};
                static System.ReadOnlySpan<byte> Utf8 => {|#3:"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"u8|};
                const string Aws = {|#4:"AKIAIOSFODNN7EXAMPLE"|};
                const string Slack = {|#5:"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"|};
                const string Google = {|#6:"AIzaSyD-1234567890abcdefghijklmnopqrstu"|};
                const string Jwt = {|#7:"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXZpY2UtNyJ9.dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ"|};
                const string Storage = {|#8:"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=;EndpointSuffix=core.windows.net"|};
                const string Sas = {|#9:"SharedAccessSignature sr=contoso.azure-devices.net%2Fdevices%2Fd1&sig=dGhpcyBpcyBub3QgYSByZWFsIHNpZw%3D%3D&se=1700000000"|};
                string Interpolated(string host) => $"HostName={host}{|#10:;DeviceId=d1;SharedAccessKey=dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=|}";
            }
            """",
            Finding(0, "private key written in a string literal"),
            Finding(1, "private key written in a string literal"),
            Finding(2, "private key written in a string literal"),
            Finding(3, "GitHub token written in a string literal"),
            Finding(4, "AWS access key ID written in a string literal"),
            Finding(5, "Slack token written in a string literal"),
            Finding(6, "Google API key written in a string literal"),
            Finding(7, "JSON Web Token written in a string literal"),
            Finding(8, "shared access key written in a string literal"),
            Finding(9, "shared access signature written in a string literal"),
            Finding(10, "shared access key written in a string literal"));

    [Fact]
    public Task Literal_symmetric_and_HMAC_keys() =>
        VerifyCS.AnalyzerAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            class Crypto
            {
                static readonly byte[] HmacKey = { 0x1f, 0x2e, 0x3d, 0x4c, 0x5b, 0x6a, 0x79, 0x88, 0x97, 0xa6, 0xb5, 0xc4, 0xd3, 0xe2, 0xf1, 0x00 };
                byte[] Sign(byte[] data) => new HMACSHA256({|#0:HmacKey|}).ComputeHash(data);
                byte[] Sign2(byte[] data) => HMACSHA256.HashData({|#1:Encoding.UTF8.GetBytes("device-hmac-k3y-2024")|}, data);
                void Encrypt()
                {
                    using var aes = Aes.Create();
                    aes.Key = {|#2:Convert.FromBase64String("q0nS3cr3tK3yB4se64AAAAAAAAAAAAAAAAAAAAAAAAA=")|};
                    var key = RandomNumberGenerator.GetBytes(32);
                    aes.Key = key;
                    using var gcm = new AesGcm(key, 16);
                }
            }
            """,
            Finding(0, "literal symmetric or HMAC key reaches 'new HMACSHA256(...)' parameter 'key'"),
            Finding(1, "literal symmetric or HMAC key reaches 'HMACSHA256.HashData' parameter 'key'"),
            Finding(2, "literal symmetric or HMAC key reaches 'SymmetricAlgorithm.Key' parameter 'value'"));

    [Fact]
    public Task Public_certificates_ids_and_comments_are_not_findings() =>
        VerifyCS.AnalyzerAsync("""
            class Trust
            {
                // AKIAIOSFODNN7EXAMPLE in a comment is not code.
                const string RootCa = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQsw\n-----END CERTIFICATE-----";
                const string PublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----";
                const string Template = "HostName={0};DeviceId={1};SharedAccessKey={2}";
                const string Placeholder = "HostName=h;DeviceId=d;SharedAccessKey=<device-key>";
                const string Id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
                const string Ghost = "ghost-writer";
            }
            """);
}
