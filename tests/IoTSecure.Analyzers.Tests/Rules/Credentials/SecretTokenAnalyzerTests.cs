using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Credentials.SecretTokenAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class SecretTokenAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string what) =>
        VerifyCS.Diagnostic(Descriptors.SecretToken).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(what);

    [Fact]
    public Task Token_shapes_in_every_kind_of_literal() =>
        VerifyCS.AnalyzerAsync(""""
            class Keys
            {
                const string Pem = {|#0:"-----BEGIN PRIVATE KEY-----\nMIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAMvVFuWuIziNOIFo\nbnoXkMaSKXvrHpxYcApXBNv0JInR4ihV+xG2ut1SxD4LKyRMIdfDGD9eieS9jcJM\n-----END PRIVATE KEY-----"|};
                const string Ssh = {|#1:@"-----BEGIN OPENSSH PRIVATE KEY-----
            b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
            -----END OPENSSH PRIVATE KEY-----"|};
                const string Raw = {|#2:"""
                    -----BEGIN EC PRIVATE KEY-----
                    MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49
                    -----END EC PRIVATE KEY-----
                    """|};
                static System.ReadOnlySpan<byte> Utf8 => {|#3:"ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"u8|};
                const string Aws = {|#4:"AKIA2JXHY4TWQOE7ZL5Q"|};
                const string AwsDocumented = "AKIAIOSFODNN7EXAMPLE"; // the vendor's documented example: published, nobody's key
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
                // AKIA2JXHY4TWQOE7ZL5Q in a comment is not code.
                const string RootCa = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQsw\n-----END CERTIFICATE-----";
                const string PublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----";
                const string Template = "HostName={0};DeviceId={1};SharedAccessKey={2}";
                const string Placeholder = "HostName=h;DeviceId=d;SharedAccessKey=<device-key>";
                const string Id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
                const string Ghost = "ghost-writer";
            }
            """);

    // Issue #14, class 7: DER private keys and PKCS#12 key stores embedded as base64 or bytes.
    [Fact]
    public Task Der_private_keys_and_pkcs12_stores_embedded_as_base64_or_bytes() =>
        VerifyCS.AnalyzerAsync("""
            static class Keys
            {
                public const string DeviceKey = {|#0:"MIIEvgIBADANBgmlTcoYJTC7HW0TLN7WI3su2R4/ch/LGXEXRJTWSTydXDRgvjEgHmn+2qDu6LmZf1x8KZn9r+WTJTzWVK9N+tcUJ6Cus/7pIy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1LfCdk0qWk12dwb4XYaQAko="|};
                public static readonly byte[] Pfx = System.Convert.FromBase64String({|#1:"MIIKCwIBAzCCCcfWvaNAG+nIy8zJNfbNH2EiauFTOK4aNABNM7oNJGrATIGxuvI+O/nu9fefK0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/GEY7DksropcDR08GSsaPcA9bArPcZm9FveqizK7c0rUVdBDk3uSvKzT0MKBzQ="|});
                public const string EcKey = {|#2:"MHcCAQEEIEfeY2wOgGyVe6aE1kMfterXQk0J4V0CTFhI8j0fpvc2HX9hjRUy5w4g4qZmjef0foRn5UbVPsjioSV72yVsmz5Pu0mBRu9wMMv5U3JS3M6t12S2oy+7Ca3q4QnEqZcgOXU1K4c="|};
                public static readonly byte[] KeyBytes = {|#3:{ 0x30, 0x82, 0x04, 0xBE, 0x02, 0x01, 0x00, 0x30, 0x0D, 0x06, 0x09, 0x4C, 0x91, 0x4A, 0x16, 0xDB, 0x47, 0x08, 0x75, 0x2B, 0x0F, 0x15, 0x44, 0xB8, 0x35, 0xC0, 0xE7, 0x19, 0x09, 0x7D, 0xFA, 0x87, 0x01, 0xE9, 0x23, 0x2F, 0x21, 0xF2, 0x81, 0x26, 0x87, 0x78, 0x69, 0x76, 0xEB, 0xFC, 0xC3, 0x27, 0xF5, 0x93, 0x17, 0x65, 0x27, 0x4B, 0xA9, 0x82, 0x9B, 0x44, 0x06, 0xF6, 0x1F, 0xF8, 0x89, 0x32, 0x6F, 0xFA, 0x94, 0x92, 0xED, 0xEE, 0xEE, 0x3C, 0x66, 0x9F, 0x2B, 0xF2, 0x08 }|};

                // A certificate is public; short or non-DER base64 is not a key.
                public const string Certificate = "MIIDdzCCAl+gA4sUXIpC2ITPTP2nLY4dXdkliQgthSpxIoc+6AWt1YlCFno4UoYZXGefnGmU5FuKsQmAEgcJYfN95Dbd/cmdbnWvZUfPsRtCBySC3FMcK8OQfJYX615QieQBhrqopX0Rnm+2XQCrwyrzjmZ/Ai6HLUnMFckLmZt3Kw==";
                public const string Message = "MIGRATION COMPLETE: all devices moved to the new broker, please reboot them tonight.";
            }
            """,
            Finding(0, "DER private key or PKCS#12 key store written in a string literal"),
            Finding(1, "DER private key or PKCS#12 key store written in a string literal"),
            Finding(2, "DER private key or PKCS#12 key store written in a string literal"),
            Finding(3, "DER private key or PKCS#12 key store written as bytes"));

    // ---- red team 2 ----

    [Fact]
    public Task RT_Snmp_and_Ldap_packets_are_not_private_keys() =>
        VerifyCS.AnalyzerAsync("""
            class Probes
            {
                // SNMPv2c GetRequest, community "public": sysDescr, sysUpTime, sysName
                static readonly byte[] SnmpGet =
                {
                    0x30, 0x48, 0x02, 0x01, 0x01, 0x04, 0x06, 0x70, 0x75, 0x62, 0x6c, 0x69, 0x63, 0xa0, 0x3b, 0x02,
                    0x04, 0x12, 0x34, 0x56, 0x78, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x30, 0x2d, 0x30, 0x0c, 0x06,
                    0x08, 0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, 0x01, 0x00, 0x05, 0x00, 0x30, 0x0c, 0x06, 0x08, 0x2b,
                    0x06, 0x01, 0x02, 0x01, 0x01, 0x03, 0x00, 0x05, 0x00, 0x30, 0x0c, 0x06, 0x08, 0x2b, 0x06, 0x01,
                    0x02, 0x01, 0x01, 0x05, 0x00, 0x05, 0x00,
                };

                // LDAP anonymous BindRequest (messageID 1) followed by a rootDSE SearchRequest
                static readonly byte[] LdapProbe =
                {
                    0x30, 0x0c, 0x02, 0x01, 0x01, 0x60, 0x07, 0x02, 0x01, 0x03, 0x04, 0x00, 0x80, 0x00,
                    0x30, 0x30, 0x02, 0x01, 0x02, 0x63, 0x2b, 0x04, 0x00, 0x0a, 0x01, 0x00, 0x0a, 0x01, 0x00, 0x02,
                    0x01, 0x00, 0x02, 0x01, 0x00, 0x01, 0x01, 0x00, 0x87, 0x0b, 0x6f, 0x62, 0x6a, 0x65, 0x63, 0x74,
                    0x63, 0x6c, 0x61, 0x73, 0x73, 0x30, 0x13, 0x04, 0x11, 0x6e, 0x61, 0x6d, 0x69, 0x6e, 0x67, 0x63,
                    0x6f, 0x6e, 0x74, 0x65, 0x78, 0x74, 0x73,
                };
            }
            """);

    [Fact]
    // One finding over the whole block, from its header to its footer (the secret is all of it).
    public Task RT_A_PEM_key_written_line_by_line_is_reported_once() =>
        VerifyCS.AnalyzerAsync("""
            class Keys
            {
                const string DeviceKey =
                    {|#0:"-----BEGIN PRIVATE KEY-----\n" +
                    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n" +
                    "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n" +
                    "-----END PRIVATE KEY-----\n"|};
            }
            """,
            Finding(0, "private key written in a string literal"));

    [Fact]
    public Task RT_Ed25519_keys_and_byte_arrays_written_with_casts_are_private_keys() =>
        VerifyCS.AnalyzerAsync("""
            class Keys
            {
                const string Ed25519 = {|#0:"MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC"|};
                static readonly byte[] Ed25519Bytes = {|#1:{ 0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
                    0xd4, 0xee, 0x72, 0xdb, 0xf9, 0x13, 0x58, 0x4a, 0xd5, 0xb6, 0xd8, 0xf1, 0xf7, 0x69, 0xf8, 0xad,
                    0x3a, 0xfe, 0x7c, 0x28, 0xcb, 0xf1, 0xd4, 0xfb, 0xe0, 0x97, 0xa8, 0x8f, 0x44, 0x75, 0x58, 0x42 }|};
                static readonly byte[] P256Cast = {|#2:{ (byte)0x30, (byte)0x81, (byte)0x87, (byte)0x02, (byte)0x01, (byte)0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02,
                    0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02,
                    0x01, 0x01, 0x04, 0x20, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x11, 0x22, 0x33, 0x44, 0x55,
                    0x66, 0x77, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77 }|};
            }
            """,
            Finding(0, "DER private key or PKCS#12 key store written in a string literal"),
            Finding(1, "DER private key or PKCS#12 key store written as bytes"),
            Finding(2, "DER private key or PKCS#12 key store written as bytes"));

    /// <summary>
    /// A token split over literals joined with '+' to fit the line (a Google key, a JWT over three lines) is one finding at
    /// the whole chain; a chain whose pieces hold nothing of the kind, or a piece that holds a token by itself (reported at
    /// the piece), is not reported again.
    /// </summary>
    [Fact]
    public Task A_token_split_over_joined_literals_is_one_finding() =>
        ExpectComments.AssertAsync("""
            public static class Keys
            {
                public const string Maps = "AIzaSyD8-Lm2pQ7rT4vW" + "9xZ1bC3dF5gH6jK0nMq"; // expect: IOT1003
                public const string Session = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + // expect: IOT1003
                    "eyJzdWIiOiJkZXZpY2UtNDIiLCJpYXQiOjE3MDAwMDAwMDB9." +
                    "q3VYbN2mX8rL1eKp7wT4sZc9HdA0uJfG6iOyR5nE";
                public const string Whole = "ghp_Rk3m9QzT2vXw8LpN4bYc6HdJ1sFa0GeU7iOq" + "\n"; // expect: IOT1003
                public const string Banner = "Welcome to the " + "gateway console, " + "firmware 4.2";
                public const string Topic = "sites/" + "north/" + "devices/+/telemetry";
            }
            """);
}
