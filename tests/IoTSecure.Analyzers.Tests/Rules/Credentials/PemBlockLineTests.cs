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

    // A writer kept in a field that may be null is written through as `_w!`, `_w?.` or `(_w)`: the same receiver for every
    // line, so the lines after the header are the key's body; a certificate written the same way is no key.
    [Fact]
    public Task Keys_written_through_a_writer_that_may_be_null_are_one_finding_at_the_header() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public sealed class KeyStoreWriter
            {
                private StreamWriter? _keyFile;
                private TextWriter? _backup;

                public void WriteDeviceKey()
                {
                    _keyFile!.WriteLine("-----BEGIN EC PRIVATE KEY-----"); // expect: IOT1003
                    _keyFile!.WriteLine("MIGkAgEBBDB+ZmvgGMYx+Nr1w1EliJFaaKsFNvyx/RMfwlpfjIY5wcctNvR5WfVp");
                    _keyFile.WriteLine("SAV/ZNuOhBCgBwYFK4EEACKhZANiAATS0livGqngHhHJ7x1/8bbpiXo4bPl+5w4q");
                    (_keyFile).WriteLine("2lc3TRkB0wh9VKwqCBVWw6PudJkqITadUlVPlpXntBCJZyfwmhcAFsnCcSBwru+W");
                    _keyFile!.WriteLine("cvEIxygWszfYxG/Hd8vhRl45FqmP0eg=");
                    _keyFile!.WriteLine("-----END EC PRIVATE KEY-----");
                }

                public async Task WriteBackupKeyAsync()
                {
                    _backup?.WriteLine("-----BEGIN PRIVATE KEY-----"); // expect: IOT1003
                    _backup?.WriteLine("MC4CAQAwBQYDK2VwBCIEIItzdw77DGn0LA7oW6Ao4CUFC+fjX2WXj86yIywMSln9");
                    await (_backup?.WriteLineAsync("-----END PRIVATE KEY-----") ?? Task.CompletedTask);
                }

                public void WriteDeviceCertificate()
                {
                    _backup?.WriteLine("-----BEGIN CERTIFICATE-----"); // expect: none
                    _backup?.WriteLine("MIIBbjCCARWgAwIBAgIUfWa/dlQppfoRaPwDFBiTSsxjAgAwCgYIKoZIzj0EAwIw");
                    _backup?.WriteLine("DTELMAkGA1UEAwwCcnQwHhcNMjYxMjA1MDYzMzE4WhcNMjYxMjA2MDYzMzE4WjAN");
                    _backup?.WriteLine("MQswCQYDVQQDDAJydDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABC+XIdVevm4A");
                    _backup?.WriteLine("-----END CERTIFICATE-----");
                }
            }
            """);

    // A help text between the markers names where the key comes from: file paths (folders of long words, folders with
    // digits) and long words are words, not base64, whatever their length; a real body with slashes in it is still a key.
    [Fact]
    public Task Paths_and_long_words_between_the_markers_are_no_body() =>
        ExpectComments.AssertAsync("""
            public static class ProvisioningHelp
            {
                public static readonly string[] FromStick =
                {
                    "-----BEGIN RSA PRIVATE KEY-----", // expect: none
                    "copy it from /media/installerstick/provisioning/devicecertificates/gateway before first boot",
                    "-----END RSA PRIVATE KEY-----",
                };
                public static readonly string[] FromSdCard =
                {
                    "-----BEGIN EC PRIVATE KEY-----", // expect: none
                    "the file lives at /var/lib/fieldgateway2/provisioning2026/keys on revision B boards",
                    "-----END EC PRIVATE KEY-----",
                };
                public const string Words = "-----BEGIN PRIVATE KEY-----\nInternationalization-ready provisioning instructions accompany every replacement controller\n-----END PRIVATE KEY-----"; // expect: none
                public static readonly string[] RealKey =
                {
                    "-----BEGIN EC PRIVATE KEY-----", // expect: IOT1003
                    "MHcCAQEEICv2h+0jNyWUNz9/JCj1vI8Nknwjl5H1WYUEXkAldkonoAoGCCqGSM49",
                    "AwEHoUQDQgAE0x+6B7VP43rwoC/b11r9Cs5EK/TK8rGqhmwW63LbcPKv3nepAgPt",
                    "hA6hV8SHTzX9xCs4fKT9s7k1i0HtgugHJQ==",
                    "-----END EC PRIVATE KEY-----",
                };
            }
            """);
}
