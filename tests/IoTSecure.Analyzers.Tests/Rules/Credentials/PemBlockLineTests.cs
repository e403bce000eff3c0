using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// IOT1003 for a PEM private key written one line per literal, however the lines are put together: concatenated, as the
/// elements of an array or a collection expression, or appended one by one (<c>sb.AppendLine(...)</c>, statements or a
/// chain). One finding, at the header's literal. A header line alone (kept to tell key formats apart, or a list of the
/// headers a parser accepts) holds no key.
/// </summary>
[Collection(CostGuards.Name)]
public class PemBlockLineTests
{
    [Fact]
    public Task Pem_keys_written_line_by_line_are_one_finding_at_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class GatewayKeys
            {
                private static readonly string[] EcLines =
                {
                    "-----BEGIN EC PRIVATE KEY-----", // expect: IOT1003
                    "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5eMZ1Hb+yd0YjoAoGCCqGSM49AwEHoUQDQgAE",
                    "3bH5nFVRHT3sP7hD6X1vU4N0zKcBcGfZ+8i9q5qkC1LvzG0i4DmH1O6dQH1mCpgxU1wUNb3qxw6m2mV1gD1lpw==",
                    "-----END EC PRIVATE KEY-----",
                };
                private static readonly string[] EcCollection =
                [
                    "-----BEGIN EC PRIVATE KEY-----", // expect: IOT1003
                    "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5eMZ1Hb+yd0YjoAoGCCqGSM49AwEHoUQDQgAE",
                    "3bH5nFVRHT3sP7hD6X1vU4N0zKcBcGfZ+8i9q5qkC1LvzG0i4DmH1O6dQH1mCpgxU1wUNb3qxw6m2mV1gD1lpw==",
                    "-----END EC PRIVATE KEY-----",
                ];
                public static string Appended()
                {
                    var pem = new StringBuilder();
                    pem.AppendLine("-----BEGIN EC PRIVATE KEY-----"); // expect: IOT1003
                    pem.AppendLine("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5eMZ1Hb+yd0YjoAoGCCqGSM49AwEHoUQDQgAE");
                    pem.AppendLine("3bH5nFVRHT3sP7hD6X1vU4N0zKcBcGfZ+8i9q5qkC1LvzG0i4DmH1O6dQH1mCpgxU1wUNb3qxw6m2mV1gD1lpw==");
                    pem.AppendLine("-----END EC PRIVATE KEY-----");
                    return pem.ToString();
                }
                public static string Chained() => new StringBuilder()
                    .AppendLine("-----BEGIN EC PRIVATE KEY-----") // expect: IOT1003
                    .AppendLine("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5eMZ1Hb+yd0YjoAoGCCqGSM49AwEHoUQDQgAE")
                    .AppendLine("3bH5nFVRHT3sP7hD6X1vU4N0zKcBcGfZ+8i9q5qkC1LvzG0i4DmH1O6dQH1mCpgxU1wUNb3qxw6m2mV1gD1lpw==")
                    .AppendLine("-----END EC PRIVATE KEY-----")
                    .ToString();
            }
            """);

    [Fact]
    public Task Header_lines_kept_to_tell_formats_apart_are_no_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;
            using System.Text;
            public static class PemFormats
            {
                private const string Pkcs8Header = "-----BEGIN PRIVATE KEY-----"; // expect: none
                private static readonly string[] KeyHeaders = { "-----BEGIN PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----" }; // expect: none
                public static bool IsKey(string pem) => pem.StartsWith(Pkcs8Header, StringComparison.Ordinal) || KeyHeaders.Any(pem.Contains);
                public static string Template(string body)
                {
                    var sb = new StringBuilder();
                    sb.AppendLine("-----BEGIN PRIVATE KEY-----"); // expect: none
                    sb.AppendLine(body);
                    sb.AppendLine("-----END PRIVATE KEY-----");
                    return sb.ToString();
                }
            }
            """);
}
