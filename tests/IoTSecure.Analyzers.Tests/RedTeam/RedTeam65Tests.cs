using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 65: unseen, realistic device code aimed at 8cb2197: PEM lines in a fluent chain and in statement runs (the
/// nearest marker decides: SecretTokenAnalyzer.FollowsPemHeader, LinesAfter, ChainReceiver), awaited appends with
/// ConfigureAwait, runs inside a switch section, SecretText.IsEmptyPemBlock's "a run mostly of slashes is a path",
/// captions with full-width CJK punctuation (KeyedValues.IsCaption) and a catalogued constructor handing on a held template
/// (CredentialSinkAnalyzer.IsHeldTemplateSentInUrl). Misses, false alarms and half-typed code. Expectations come from
/// docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam65Tests
{
    // ---------- 1. PEM lines: the nearest marker decides ----------

    // IOT1003: "A block's lines end at its footer or at the next block's header, so a certificate written before a key is
    // read apart from it, and a base64 key after a certificate's footer stands alone." and "DER private keys ... embedded as
    // base64 ... (64 characters or more) ... that starts like a DER private key" count. A kiosk gateway writes its device
    // certificate as ONE chained statement (header, body, footer), then its PKCS#8 key as one base64 line in the next
    // statement of the same builder: the key's nearest earlier marker is the certificate's footer.
    // DEFECT: expected IOT1003 at line 18 (the PKCS#8 line); actual none. SecretTokenAnalyzer.FollowsPemHeader, statement branch:
    // for an earlier statement of the run it asks `markers.Any(IsHeader)`, so a statement whose chain holds the certificate's
    // header AND its footer counts as opening a block; the nearest marker (the footer, last in that chain) is not looked at.
    // The key line is taken for the certificate's body and its DER finding is dropped (the chained branch, fixed in 8cb2197,
    // walks its own chain nearest-first; the statement branch needs the same: the last marker of the nearest statement that has one).
    [Fact]
    public Task RT65_a_der_key_appended_in_the_statement_after_a_certificate_chain_statement_is_found() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class KioskGatewayIdentity
            {
                public static string Bundle()
                {
                    var sb = new StringBuilder();
                    sb.AppendLine("-----BEGIN CERTIFICATE-----") // expect: none
                      .AppendLine("MIIBgTCCASegAwIBAgIUFSon8uraFpscpGfwI/gs+KamJjIwCgYIKoZIzj0EAwIw")
                      .AppendLine("FjEUMBIGA1UEAwwLa2lvc2stZ3ctNjUwHhcNMjYxMjA1MDYyMjQzWhcNMjcwMTA0")
                      .AppendLine("MDYyMjQzWjAWMRQwEgYDVQQDDAtraW9zay1ndy02NTBZMBMGByqGSM49AgEGCCqG")
                      .AppendLine("SM49AwEHA0IABAqG0cYJEl350JSHQzk3wc/fHa1wBDs1F3H3wm+RcoXgyVx41EPx")
                      .AppendLine("CaDHZi8c5WUb8LRZwDltEDyhSk9O+jxuh02jUzBRMB0GA1UdDgQWBBQAs2neWmpC")
                      .AppendLine("VKiQSKGQuMauXfCxhjAfBgNVHSMEGDAWgBQAs2neWmpCVKiQSKGQuMauXfCxhjAP")
                      .AppendLine("BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIHayEceeSZjySyFeP/Nx")
                      .AppendLine("2Nt+OC9ZTX19hzqe9dFwse6HAiEA0T4iGS+qr0JxQrVPi1tqKVFQjBhSDzizIN2d")
                      .AppendLine("LodleYw=")
                      .AppendLine("-----END CERTIFICATE-----");
                    sb.AppendLine("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgkraAwppVa7SYXXES99/HGbyXXeV8v4R066xk2FuNqkehRANCAAQqtDjzar/gFQkco5jaf8B4PDhcXLrzee6/C7RFrX4SlLaT+K5XZsir84T1HaEniqBz3ei838dRG/DjiW6neMyI"); // expect: IOT1003
                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "a base64 key after a certificate's footer stands alone"; "a certificate ... is not a finding". A pump
    // controller's trust bundle in one fluent chain: its own certificate, its PKCS#8 key as one base64 line, then the
    // vendor's intermediate certificate. The key sits between a footer and the next header: one finding at it, none at
    // either certificate.
    [Fact]
    public Task RT65_a_der_key_between_two_certificates_in_one_fluent_chain_stands_alone() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class PumpTrust
            {
                public static string Bundle() => new StringBuilder()
                    .AppendLine("-----BEGIN CERTIFICATE-----") // expect: none
                    .AppendLine("MIIBezCCASGgAwIBAgIUbxQV+EoqO3tSjrs8GpVPfePUeEgwCgYIKoZIzj0EAwIw")
                    .AppendLine("EzERMA8GA1UEAwwIbWV0ZXItNjUwHhcNMjYxMjA1MDYyMzI1WhcNMjcwMTA0MDYy")
                    .AppendLine("MzI1WjATMREwDwYDVQQDDAhtZXRlci02NTBZMBMGByqGSM49AgEGCCqGSM49AwEH")
                    .AppendLine("A0IABHcL4XVogkB0mWFTP5c6ECrxBF8o7GOOAR2NA7DJBg+mEJ2gE1JXZb1FPiBB")
                    .AppendLine("4GJDqF/IekJTss4AJpB+fdjl8SijUzBRMB0GA1UdDgQWBBRWQscgIE2zuihFi/1X")
                    .AppendLine("y5+oCd7MTzAfBgNVHSMEGDAWgBRWQscgIE2zuihFi/1Xy5+oCd7MTzAPBgNVHRMB")
                    .AppendLine("Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIHMrkM0+J0pDZc+fUorhujDH1jR0")
                    .AppendLine("W39k309xntV3abd5AiEAxJpNP0Q8u4iemSaJ/qe3UpTuW0DJchlgJrIssobNetU=")
                    .AppendLine("-----END CERTIFICATE-----")
                    .AppendLine("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgKy/xqe5HOdbMsO1evC7DvwDSL/OPT8Ekxb6aYbgnzzihRANCAAQxSUjm40fOsUa4tPa9iEvh42MoY0sQNHkDSEm5VT2HqBKpHvue8iyWKcstNXLP1J6YmUcom55BU7lD6CP2tE5z") // expect: IOT1003
                    .AppendLine("-----BEGIN CERTIFICATE-----") // expect: none
                    .AppendLine("MIIBtTCCATygAwIBAgIUFYIzM6/OkAjrhTFo3Dxw9zgCr0UwCgYIKoZIzj0EAwIw")
                    .AppendLine("EjEQMA4GA1UEAwwHcHVtcC02NTAeFw0yNjEyMDUwNjIyNDNaFw0yNzAxMDQwNjIy")
                    .AppendLine("NDNaMBIxEDAOBgNVBAMMB3B1bXAtNjUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT+")
                    .AppendLine("5qwoc2TZcmmZD1Ursd85eiHmr+TiNfoMyIJosqURHOn8v77QJf3cg00dKDiqC9j7")
                    .AppendLine("cgrgmVzMHmtTayYvlIMO5Bksybcud7FI0dEI9/QN7vthk6bGSlpfZtA5UPuwjJej")
                    .AppendLine("UzBRMB0GA1UdDgQWBBQ10YQjmDoIJx1IS1D3Kya9XlTa0zAfBgNVHSMEGDAWgBQ1")
                    .AppendLine("0YQjmDoIJx1IS1D3Kya9XlTa0zAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMC")
                    .AppendLine("A2cAMGQCMFt0dfNuuPEL1ow5AQ7qtINaKFtKZI27JrNXleJKyLZOglSlWr1qsqN4")
                    .AppendLine("I5vRVycj1AIwHAD/pgnU63Wgu4QJ/nWD+cqdf7RnOCbXnVsrB06lUOYKmtpoF/wY")
                    .AppendLine("XM8wTpwDpIcR")
                    .AppendLine("-----END CERTIFICATE-----")
                    .ToString();
            }
            """);

    // IOT1003: "appended one line at a time (`sb.AppendLine("-----BEGIN EC PRIVATE KEY-----"); sb.AppendLine("MHc..."); ...`,
    // statements or a chain): one finding, at the header's literal". A charger closes the certificate and opens its key in
    // one chained statement (footer, then the key's header), and writes the key's body in the statements after it: the
    // key is one finding at its header, the certificate none.
    [Fact]
    public Task RT65_a_key_header_chained_after_a_certificate_footer_then_body_statements_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class ChargerTls
            {
                public static string Pem()
                {
                    var pem = new StringBuilder();
                    pem.AppendLine("-----BEGIN CERTIFICATE-----"); // expect: none
                    pem.AppendLine("MIIBezCCASGgAwIBAgIUbxQV+EoqO3tSjrs8GpVPfePUeEgwCgYIKoZIzj0EAwIw");
                    pem.AppendLine("EzERMA8GA1UEAwwIbWV0ZXItNjUwHhcNMjYxMjA1MDYyMzI1WhcNMjcwMTA0MDYy");
                    pem.AppendLine("MzI1WjATMREwDwYDVQQDDAhtZXRlci02NTBZMBMGByqGSM49AgEGCCqGSM49AwEH");
                    pem.AppendLine("A0IABHcL4XVogkB0mWFTP5c6ECrxBF8o7GOOAR2NA7DJBg+mEJ2gE1JXZb1FPiBB");
                    pem.AppendLine("4GJDqF/IekJTss4AJpB+fdjl8SijUzBRMB0GA1UdDgQWBBRWQscgIE2zuihFi/1X");
                    pem.AppendLine("y5+oCd7MTzAfBgNVHSMEGDAWgBRWQscgIE2zuihFi/1Xy5+oCd7MTzAPBgNVHRMB");
                    pem.AppendLine("Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIHMrkM0+J0pDZc+fUorhujDH1jR0");
                    pem.AppendLine("W39k309xntV3abd5AiEAxJpNP0Q8u4iemSaJ/qe3UpTuW0DJchlgJrIssobNetU=");
                    pem.AppendLine("-----END CERTIFICATE-----").AppendLine("-----BEGIN EC PRIVATE KEY-----"); // expect: IOT1003
                    pem.AppendLine("MHcCAQEEIDZAjlmo1xfpA2AnA1yah4HXaBsV4J3TG1Ox1Y0TW/JSoAoGCCqGSM49");
                    pem.AppendLine("AwEHoUQDQgAEPI+k1aNzqZTKiVC18c/NpT2ZcDWeOZbbA4XD7u5hH9fsg3vlPQjK");
                    pem.AppendLine("9G9KjgYQMjraqjKeBETfNEY4/knblyD50A==");
                    pem.AppendLine("-----END EC PRIVATE KEY-----");
                    return pem.ToString();
                }
            }
            """);

    // ---------- 2. awaited appends with ConfigureAwait ----------

    // IOT1003: "appended one line at a time (...): one finding, at the header's literal (awaited `WriteLineAsync` lines
    // too)". A provisioning service writes an RSA key to any TextWriter it is given, library-style: most lines with
    // ConfigureAwait(continueOnCapturedContext: false), one without (the code is not consistent). One run, one finding.
    [Fact]
    public Task RT65_an_rsa_key_written_to_a_text_writer_with_mixed_configure_await_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public static class BenchKeyWriter
            {
                public static async Task WriteAsync(TextWriter output)
                {
                    await output.WriteLineAsync("-----BEGIN RSA PRIVATE KEY-----").ConfigureAwait(continueOnCapturedContext: false); // expect: IOT1003
                    await output.WriteLineAsync("MIICXQIBAAKBgQC92asewyKYcLA640/EiAZmn9LQPJ2tPGrzindI0toLwGLCyFrR").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("MdUjFtJcOKzfVUKOb/7WD6uAEtsQV27cq+Lg5KHZqTjHClruBiE9I3N6Oc/Dnmte").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("kRP20Afgw1C8r8sk07xusg03mQPTRN4QMiz7DPdDJ69PX7dtMpooIfkJ1QIDAQAB");
                    await output.WriteLineAsync("AoGARz9wE8xhqFnqGT+DiRsPY+YpBJMrDX92F83oNEFFKVHa/oSYaJfOCCwhaBCw").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("9+OUZcYsGgOpdhgddEWLym8LZnpC0vSktRnYaCJ5bCbwy5cYDSxcsV2pdF9odsx/").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("6TTWd+/QmgRSx20PcW9bJB4pMoOOJT2WSQAmmG33/JM2CQECQQD51ACRJv/oWsyY").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("0+K2ezKKSXmKoSPlz7cZ/4iRqh1cAbNPPiTCRliReMOev02WzRoyQksi1/vS7QU9").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("yNnKZWEVAkEAwopYiu6cG7Va8jw5eoW88J0Hh9udSXgVXB0+LDsit8kvgM2VW7di").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("wzuYuNwuhTYXU0Cvk+RHa1zEG73Tagu1wQJBALD4FE6+KZkWeMfpkDdjnbGHyqkA").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("7MTmFvY7pSpKLvH14mbHxpI38pVZznitWvDv6RahD0hnZuNLMuNJW72bguECQGuX").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("AbMMlc+JNBwmDI/jaQQVhHWxksJwJDgGgD0ME35bSOdOS50mxfs9eZA7TYskyC+l").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("5bTAGnOZIWhKSqMqiMECQQDBCIbWnJY+CDQ9Qq2e+4DPatEPsxtmdvV1ffBl8bhZ").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("2yiHR72pLPaJFdXLHbe8ZGwECPNRm745zSEdHn3OWAR/").ConfigureAwait(continueOnCapturedContext: false);
                    await output.WriteLineAsync("-----END RSA PRIVATE KEY-----").ConfigureAwait(continueOnCapturedContext: false);
                }
            }
            """);

    // IOT1003: "a base64 key after a certificate's footer stands alone" with "awaited `WriteLineAsync` lines too". A
    // meter's first-boot task writes its certificate and then its PKCS#8 key (one base64 line) to a file, every line
    // awaited with ConfigureAwait(false): the key is found at its own line, the certificate is not.
    [Fact]
    public Task RT65_an_awaited_configure_await_der_key_after_a_certificate_footer_is_found() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public sealed class MeterFirstBoot
            {
                public async Task SeedAsync(string path)
                {
                    await using var file = new StreamWriter(path);
                    await file.WriteLineAsync("-----BEGIN CERTIFICATE-----").ConfigureAwait(false); // expect: none
                    await file.WriteLineAsync("MIIBgTCCASegAwIBAgIUFSon8uraFpscpGfwI/gs+KamJjIwCgYIKoZIzj0EAwIw").ConfigureAwait(false);
                    await file.WriteLineAsync("FjEUMBIGA1UEAwwLa2lvc2stZ3ctNjUwHhcNMjYxMjA1MDYyMjQzWhcNMjcwMTA0").ConfigureAwait(false);
                    await file.WriteLineAsync("MDYyMjQzWjAWMRQwEgYDVQQDDAtraW9zay1ndy02NTBZMBMGByqGSM49AgEGCCqG").ConfigureAwait(false);
                    await file.WriteLineAsync("SM49AwEHA0IABAqG0cYJEl350JSHQzk3wc/fHa1wBDs1F3H3wm+RcoXgyVx41EPx").ConfigureAwait(false);
                    await file.WriteLineAsync("CaDHZi8c5WUb8LRZwDltEDyhSk9O+jxuh02jUzBRMB0GA1UdDgQWBBQAs2neWmpC").ConfigureAwait(false);
                    await file.WriteLineAsync("VKiQSKGQuMauXfCxhjAfBgNVHSMEGDAWgBQAs2neWmpCVKiQSKGQuMauXfCxhjAP").ConfigureAwait(false);
                    await file.WriteLineAsync("BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIHayEceeSZjySyFeP/Nx").ConfigureAwait(false);
                    await file.WriteLineAsync("2Nt+OC9ZTX19hzqe9dFwse6HAiEA0T4iGS+qr0JxQrVPi1tqKVFQjBhSDzizIN2d").ConfigureAwait(false);
                    await file.WriteLineAsync("LodleYw=").ConfigureAwait(false);
                    await file.WriteLineAsync("-----END CERTIFICATE-----").ConfigureAwait(false);
                    await file.WriteLineAsync("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3jnP9Ms42B2O+Jmu1HQ0fXpuDMDaV96qomCfGBJhvo+hRANCAAQangbdhe1RR2CgfB9UXC46fIRfZmQp+iDWNpZNVd14MflS+kbIYFQ1oOT7wHg5z7RubNLldoSP0tf+jXJHH84b").ConfigureAwait(false); // expect: IOT1003
                }
            }
            """);

    // IOT1003: "appended one line at a time (...): one finding, at the header's literal (awaited `WriteLineAsync` lines
    // too)". With nullable reference types on, a service keeps its key file in a nullable field and writes through it with
    // the null-forgiving operator (`_keyFile!.WriteLineAsync(...)`): the same receiver, the same run.
    // DEFECT: expected IOT1003 at line 11 (the header); actual IOT1003 at line 12 (the first body line, alone, as a DER EC key).
    // SecretTokenAnalyzer.ChainReceiver accepts only an identifier, a member access or `this` as the receiver; `_keyFile!` is a
    // null-forgiving PostfixUnaryExpression, so LinesAfter reads no lines after the header (a header alone: no finding) and
    // FollowsPemHeader does not tie the body to it. The key is found only because its first 64-character line happens to start
    // like SEC1 DER; see the ENCRYPTED key test below, where nothing is found.
    [Fact]
    public Task RT65_an_ec_key_written_through_a_null_forgiving_writer_field_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public sealed class SprinklerKeyFile
            {
                private StreamWriter? _keyFile;

                public void Open(string path) => _keyFile = new StreamWriter(path);

                public async Task SeedAsync()
                {
                    await _keyFile!.WriteLineAsync("-----BEGIN EC PRIVATE KEY-----").ConfigureAwait(false); // expect: IOT1003
                    await _keyFile!.WriteLineAsync("MHcCAQEEICtLWl2EK42CDoL8IQoej9jfeva5D6tpYlr7ARRrp1sUoAoGCCqGSM49").ConfigureAwait(false);
                    await _keyFile!.WriteLineAsync("AwEHoUQDQgAEO1Uu3ehiw3hmCGR1AJ+045QPDt9RQDJ5mOHATIj2l/lm1zs34r6b").ConfigureAwait(false);
                    await _keyFile!.WriteLineAsync("9AGT2/36leK1I55nWv+kUaiuq6RUaQUvtg==").ConfigureAwait(false);
                    await _keyFile!.WriteLineAsync("-----END EC PRIVATE KEY-----").ConfigureAwait(false);
                }
            }
            """);

    // IOT1003: "PEM and OpenSSH private keys (`-----BEGIN PRIVATE KEY-----`, `RSA`, `EC`, `DSA`, `OPENSSH`, `ENCRYPTED`)";
    // "appended one line at a time (...): one finding, at the header's literal (awaited `WriteLineAsync` lines too)". The same
    // null-forgiving writer field, writing an encrypted PKCS#8 key (its body does not start like an unencrypted DER key, so
    // only the run read from its header can find it).
    // DEFECT: expected IOT1003 at line 11; actual none. Same cause as the test above (SecretTokenAnalyzer.ChainReceiver returns
    // null for the `_vault!` receiver, so LinesAfter gives the header no body): here nothing else finds the key.
    [Fact]
    public Task RT65_an_encrypted_pkcs8_key_written_through_a_null_forgiving_writer_field_is_found() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public sealed class IrrigationVault
            {
                private TextWriter? _vault;

                public void Attach(TextWriter vault) => _vault = vault;

                public async Task StoreAsync()
                {
                    await _vault!.WriteLineAsync("-----BEGIN ENCRYPTED PRIVATE KEY-----").ConfigureAwait(false); // expect: IOT1003
                    await _vault!.WriteLineAsync("MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAgiW7J6BoNd0gICCAAw").ConfigureAwait(false);
                    await _vault!.WriteLineAsync("DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEDxCqMf+oLZzibrCVg4srPwEgZC9").ConfigureAwait(false);
                    await _vault!.WriteLineAsync("W0qdgpCvixP2iTwcpzIw+40BX9dPW+udMMnZFFDsREmXjvrYhs6HhEhAnNFDWMnv").ConfigureAwait(false);
                    await _vault!.WriteLineAsync("ex4N10hH6fZrRwrVe27cboxAcIfxjO+2+THnaMexDnXjroOTw3FKznFs2qz3VC+U").ConfigureAwait(false);
                    await _vault!.WriteLineAsync("E+H8RIW3B4VDXssPwben8pTlyhUCNAlLlIsEK83ugCJLeVuBnm5utak4zTjADv8=").ConfigureAwait(false);
                    await _vault!.WriteLineAsync("-----END ENCRYPTED PRIVATE KEY-----").ConfigureAwait(false);
                }
            }
            """);

    // ---------- 3. statement runs in a switch section ----------

    // IOT1003: "appended one line at a time (... statements or a chain): one finding, at the header's literal"; "a
    // certificate written the same way is public"; "a base64 key after a certificate's footer stands alone". A camera picks
    // its bench material by a string: "ec" writes an EC key line by line, "cert" the public certificate, and the default a
    // PKCS#8 key as one line. Each section is its own run; the key in the default section stands alone.
    [Fact]
    public Task RT65_switch_sections_writing_a_key_a_certificate_and_a_one_line_der_key_are_read_apart() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class CameraBenchMaterial
            {
                public static string For(string kind)
                {
                    var sb = new StringBuilder();
                    switch (kind)
                    {
                        case "cert":
                            sb.AppendLine("-----BEGIN CERTIFICATE-----"); // expect: none
                            sb.AppendLine("MIIBezCCASGgAwIBAgIUbxQV+EoqO3tSjrs8GpVPfePUeEgwCgYIKoZIzj0EAwIw");
                            sb.AppendLine("EzERMA8GA1UEAwwIbWV0ZXItNjUwHhcNMjYxMjA1MDYyMzI1WhcNMjcwMTA0MDYy");
                            sb.AppendLine("MzI1WjATMREwDwYDVQQDDAhtZXRlci02NTBZMBMGByqGSM49AgEGCCqGSM49AwEH");
                            sb.AppendLine("A0IABHcL4XVogkB0mWFTP5c6ECrxBF8o7GOOAR2NA7DJBg+mEJ2gE1JXZb1FPiBB");
                            sb.AppendLine("4GJDqF/IekJTss4AJpB+fdjl8SijUzBRMB0GA1UdDgQWBBRWQscgIE2zuihFi/1X");
                            sb.AppendLine("y5+oCd7MTzAfBgNVHSMEGDAWgBRWQscgIE2zuihFi/1Xy5+oCd7MTzAPBgNVHRMB");
                            sb.AppendLine("Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIHMrkM0+J0pDZc+fUorhujDH1jR0");
                            sb.AppendLine("W39k309xntV3abd5AiEAxJpNP0Q8u4iemSaJ/qe3UpTuW0DJchlgJrIssobNetU=");
                            sb.AppendLine("-----END CERTIFICATE-----");
                            break;
                        case "ec" when sb.Length == 0:
                            sb.AppendLine("-----BEGIN EC PRIVATE KEY-----"); // expect: IOT1003
                            sb.AppendLine("MHcCAQEEIDZAjlmo1xfpA2AnA1yah4HXaBsV4J3TG1Ox1Y0TW/JSoAoGCCqGSM49");
                            sb.AppendLine("AwEHoUQDQgAEPI+k1aNzqZTKiVC18c/NpT2ZcDWeOZbbA4XD7u5hH9fsg3vlPQjK");
                            sb.AppendLine("9G9KjgYQMjraqjKeBETfNEY4/knblyD50A==");
                            sb.AppendLine("-----END EC PRIVATE KEY-----");
                            break;
                        default:
                            sb.AppendLine("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgoNSeA9NNVG5S5x8tnmpBmGdHdh0Cna3OkrdLFiEwnmihRANCAAS9JHHWd3fykUqhzMMFSvV7+/nZxSCBIoYFvqXbmdGJ+UM5d394lGQCOPZ8T2V2raqr0yx5P7AWMmlgKtoQyGEz"); // expect: IOT1003
                            break;
                    }

                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "appended one line at a time (... statements or a chain): one finding, at the header's literal (awaited
    // `WriteLineAsync` lines too)". All three shapes at once: an awaited, ConfigureAwait'ed run inside a switch section of a
    // relay's key writer.
    [Fact]
    public Task RT65_an_awaited_configure_await_run_inside_a_switch_section_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public enum RelayKeyKind { Ec, Rsa }
            public static class RelayKeyWriter
            {
                public static async Task WriteAsync(RelayKeyKind kind, TextWriter w)
                {
                    switch (kind)
                    {
                        case RelayKeyKind.Ec:
                            await w.WriteLineAsync("-----BEGIN EC PRIVATE KEY-----").ConfigureAwait(false); // expect: IOT1003
                            await w.WriteLineAsync("MHcCAQEEICtLWl2EK42CDoL8IQoej9jfeva5D6tpYlr7ARRrp1sUoAoGCCqGSM49").ConfigureAwait(false);
                            await w.WriteLineAsync("AwEHoUQDQgAEO1Uu3ehiw3hmCGR1AJ+045QPDt9RQDJ5mOHATIj2l/lm1zs34r6b").ConfigureAwait(false);
                            await w.WriteLineAsync("9AGT2/36leK1I55nWv+kUaiuq6RUaQUvtg==").ConfigureAwait(false);
                            await w.WriteLineAsync("-----END EC PRIVATE KEY-----").ConfigureAwait(false);
                            break;
                        default:
                            await w.WriteLineAsync("-----BEGIN RSA PRIVATE KEY-----").ConfigureAwait(false); // expect: none
                            break;
                    }
                }
            }
            """);

    // ---------- 4. a sentence naming file paths is no body ----------

    // IOT1003: "A list of headers ... holds no body and is no key; nor does a sentence written between the markers (a body is
    // base64 written in runs without spaces)." A field gateway's installer shows where the key file comes from: a sentence
    // naming one path whose folders are long words (/opt/fieldgateway/provisioning/devicekeys, four slashes in 41
    // characters), between the markers. A sentence with spaces is no body.
    // DEFECT: expected none; actual IOT1003 at line 5. SecretText.IsEmptyPemBlock's path rule (8cb2197) drops a run only when
    // slashes * 8 >= its length: /opt/fieldgateway/provisioning/devicekeys has 4 slashes in 41 characters (32 < 41), so it
    // counts as 41 base64 characters (>= 40) and the sentence is read as a key body. A path whose folders average 8 letters or
    // more passes the ratio; the run's surroundings (words and spaces on the same line: a sentence) are not looked at.
    [Fact]
    public Task RT65_a_sentence_naming_a_path_of_long_folder_names_between_the_markers_is_no_key() =>
        ExpectComments.AssertAsync("""
            public static class FieldGatewayInstallerHelp
            {
                public static readonly string[] KeyFileHint =
                {
                    "-----BEGIN EC PRIVATE KEY-----", // expect: none
                    "copy the file from /opt/fieldgateway/provisioning/devicekeys on the installer stick",
                    "-----END EC PRIVATE KEY-----",
                };
            }
            """);

    // IOT1003: "nor does a sentence written between the markers (a body is base64 written in runs without spaces)". The
    // same kind of help text written as one literal for a label, naming two paths with short folder names. A control for
    // the path rule: no finding.
    [Fact]
    public Task RT65_a_help_literal_naming_short_folder_paths_between_the_markers_is_no_key() =>
        ExpectComments.AssertAsync("""
            public static class PanelHelp
            {
                public const string KeyHelp = // expect: none
                    "-----BEGIN PRIVATE KEY-----\n" +
                    "put it in /etc/ssl/private/panel/device/key or /var/lib/panel/keys/staged/device\n" +
                    "-----END PRIVATE KEY-----\n";
            }
            """);

    // ---------- 5. captions with full-width CJK punctuation ----------

    // IOT1001: "A user interface's text keyed the same way is a caption or a prompt for the key, not its value, and gives no
    // finding (neither IOT1001 nor a template's IOT1006): a value that reads as words (letters, no digit ...) in a table kept
    // as text ... or one language's table of another, keyed by a BCP 47 tag"; "A `?` or `!` in a caption ends a sentence".
    // A smart lock's Japanese and Chinese tables use the lenticular brackets 【】 for "required", the full-width question
    // mark ？ and exclamation mark ！ and the wave dash ～, as those languages write them.
    // DEFECT: expected none; actual IOT1001 at lines 6, 6, 7, 7, 8, (8) (every entry). KeyedValues.IsCaption's character set
    // (8cb2197 added （ ） ： 、 。 ， ・ 「 」 and the ideographic space) lacks 【 】 (U+3010/3011), the full-width ？ ！ (U+FF1F,
    // U+FF01) and the wave dash ～ (U+FF5E), all common in CJK user interfaces; and its sentence rule knows only ASCII ? and !
    // followed by a space, which CJK text does not write. The captions fail IsCaption, IsInTextTable returns false, and each
    // is judged and reported as a password.
    [Fact]
    public Task RT65_cjk_captions_with_lenticular_brackets_and_full_width_question_marks_are_text() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class SmartLockUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["ja"] = new() { ["wifi.psk"] = "【必須】Wi-Fiパスワード", ["admin.password"] = "パスワードをお忘れですか？" }, // expect: none
                    ["zh-Hans"] = new() { ["wifi.psk"] = "【必填】无线网络密码", ["admin.password"] = "密码错误！请重试" }, // expect: none
                    ["zh-Hant"] = new() { ["wifi.psk"] = "無線網路密碼～請輸入", ["admin.password"] = "忘記密碼？" }, // expect: none
                };
            }
            """);

    // IOT1001: "A table named as settings or secrets (`DeviceSettings`, `FactoryDefaults`, `ConnectionStrings`), a table
    // written entry by entry or handed to a call, and a value with a digit in it are judged wherever they are kept." and
    // (IOT1006) "a passphrase of words that names no credential (`"orchard lantern copper meadow"`) is a working password".
    // A tea house's kiosk ships its factory Wi-Fi and admin passphrases as Japanese words separated the way a Japanese
    // keyboard types them (・ and 、): real secrets in a settings table, not captions.
    [Fact]
    public Task RT65_japanese_word_passphrases_with_cjk_separators_in_a_settings_table_are_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class TeaHouseKiosk
            {
                public static readonly Dictionary<string, string> DeviceSettings = new()
                {
                    ["wifi.ssid"] = "茶室ゲスト",
                    ["wifi.psk"] = "こがらし・ほたる・やまぶき・ゆうなぎ", // expect: IOT1001
                    ["admin.password"] = "さざなみ、こもれび、あけぼの、かげろう", // expect: IOT1001
                };
            }
            """);

    // ---------- 6. a catalogued constructor hands on a held template ----------

    // IOT1006: "A template key a settings object is given (... or as the property's initial value) and read into a request
    // URL that is handed on as it is built to a catalogued request (`GetStringAsync($"...&appid={_keys.OpenWeatherKey}")`) is
    // sent as written: a placeholder, at its literal." `HttpRequestMessage` is a catalogued request (IOT1001's list: "secrets
    // in request URIs (`HttpClient.GetAsync`, ..., `HttpRequestMessage`, ...)"); the URL is handed to it as it is built, and the
    // request, held by a `using` local, is sent. Red team 43 (IOT1006): "a request or `Uri` made from it and held by a local
    // that is sent".
    [Fact]
    public Task RT65_a_held_template_in_an_http_request_message_held_by_a_using_local_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class TideKeys
            {
                public string TideApiKey { get; set; } = "YOUR_TIDE_API_KEY"; // expect: IOT1006
            }
            public sealed class HarbourBuoy
            {
                private readonly HttpClient _http = new();
                private readonly TideKeys _keys = new();

                public async Task<string> TidesAsync(string station)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://tides.example/v1/predictions?station={station}&key={_keys.TideApiKey}");
                    using var response = await _http.SendAsync(request).ConfigureAwait(false);
                    return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                }
            }
            """);

    // IOT1006: "... read into a request URL that is handed on as it is built to a catalogued request ... is sent as written:
    // a placeholder, at its literal" (`new Uri(...)` is catalogued: "secrets in request URIs (... `new Uri(...)`)"). A
    // weather mast builds its request with an object initializer, `RequestUri = new Uri($"...&key={_keys.WindKey}")`: the Uri
    // is made to be handed on, into the request that is sent.
    [Fact]
    public Task RT65_a_held_template_in_a_new_uri_set_as_request_uri_in_an_initializer_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class MastKeys
            {
                public string WindKey { get; set; } = "YOUR_WIND_API_KEY"; // expect: IOT1006
            }
            public sealed class WeatherMast
            {
                private readonly HttpClient _http = new();
                private readonly MastKeys _keys = new();

                public Task<HttpResponseMessage> GustsAsync(string mast) =>
                    _http.SendAsync(new HttpRequestMessage
                    {
                        Method = HttpMethod.Get,
                        RequestUri = new Uri($"https://wind.example/v2/gusts?mast={mast}&key={_keys.WindKey}"),
                    });
            }
            """);

    // IOT1006: "... handed on as it is built to a catalogued request ... is sent as written ... Printed
    // (`Console.WriteLine`), it is sent nowhere." A `new Uri(...)` handed directly to `Console.WriteLine` is printed, not
    // requested; beside it, the same kind of key handed to `GetStringAsync` through `new Uri(...)` is a placeholder.
    // DEFECT: expected IOT1006 at line 7 only; actual IOT1006 at lines 6 and 7. Two causes in CredentialSinkAnalyzer, either
    // enough: (a) the sink pass reads every `new Uri(...)` as a catalogued URL sink, whatever the Uri is then used for (probed
    // while writing this test: `Console.WriteLine(new Uri($"...&key={_keys.NitrateKey}").Host)`, whose creation is no argument
    // and which IsHeldTemplateSentInUrl rejects, is still IOT1006 — the cause of red team 64's skipped Uri-in-a-local test);
    // (b) IsHeldTemplateSentInUrl's ObjectCreationExpressionSyntax arm (8cb2197) takes the Uri as handed on whenever its parent
    // is any ArgumentSyntax, without asking whether that argument's call is a catalogued request (here Console.WriteLine).
    // The 8cb2197 narrowing of (b) therefore changes nothing where (a) applies.
    [Fact]
    public Task RT65_a_new_uri_handed_directly_to_console_write_line_sends_no_held_template() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class SoilKeys
            {
                public string NitrateKey { get; set; } = "YOUR_NITRATE_API_KEY"; // expect: none
                public string MoistureKey { get; set; } = "YOUR_MOISTURE_API_KEY"; // expect: IOT1006
            }
            public sealed class SoilProbe
            {
                private readonly HttpClient _http = new();
                private readonly SoilKeys _keys = new();

                public void PrintEndpoint(string field) =>
                    Console.WriteLine(new Uri($"https://nitrate.example/v1/levels?field={field}&key={_keys.NitrateKey}"));

                public Task<string> MoistureAsync(string field) =>
                    _http.GetStringAsync(new Uri($"https://moisture.example/v1/now?field={field}&key={_keys.MoistureKey}"));
            }
            """);

    // ---------- 7. half-typed code ----------

    // Every analyzer must survive the half-typed code an editor shows in these shapes (an exception is AD0001 and loses the
    // file's findings): ConfigureAwait with no argument list, no argument, doubled, or on nothing; awaits of nothing;
    // null-forgiving receivers; chains ending mid-call.
    [Fact]
    public Task RT65_half_typed_configure_await_runs_and_chains_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.IO; using System.Threading.Tasks; static class A { static async Task P(TextWriter w) { await w.WriteLineAsync(\"-----BEGIN EC PRIVATE KEY-----\").ConfigureAwait(; await w.WriteLineAsync(\"MHcCAQEEIA2bC4dE5fG6hI7jK8lM9nO0pQ1rS2tU3vW4xY5zA6bC7dE8fG9hI0jK\").ConfigureAwait; } }",
            "using System.IO; using System.Threading.Tasks; static class A { static async Task P(TextWriter w) { await w.WriteLineAsync(\"-----BEGIN RSA PRIVATE KEY-----\").ConfigureAwait(false).ConfigureAwait(false); await .ConfigureAwait(false); await w.WriteLineAsync().ConfigureAwait(false); await ; await w!.WriteLineAsync(\"-----END RSA PRIVATE KEY-----\")!.ConfigureAwait(false); } }",
            "using System.IO; using System.Threading.Tasks; static class A { static async Task P(TextWriter? w) { await w!!.WriteLineAsync(\"-----BEGIN PRIVATE KEY-----\").ConfigureAwait(false); await (w!).WriteLineAsync(\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\").ConfigureAwait(false); await w?.WriteLineAsync(\"x\").ConfigureAwait(false); } }",
            "using System.Text; static class A { static string P() => new StringBuilder().AppendLine(\"-----END CERTIFICATE-----\").AppendLine(\"-----BEGIN EC PRIVATE KEY-----\").AppendLine(\"MHcCAQEE\" + ).AppendLine(\"-----END\"; }",
            "using System.Text; static class A { static void P(StringBuilder sb) { sb.AppendLine(\"-----BEGIN CERTIFICATE-----\").AppendLine(\"-----END CERTIFICATE-----\"); sb.AppendLine(); sb.AppendLine(\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgoNSeA9NNVG5S5x8tnmpBmGdHdh0Cna3OkrdLFiEwnmihRANCAAS9JHHW\"",
            "static class A { static readonly string[] L = { \"-----BEGIN EC PRIVATE KEY-----\", \"//////////////////////////////////////////////////\", \"/\", \"-----END EC PRIVATE KEY-----\" }; static readonly string M = \"-----BEGIN PRIVATE KEY-----\\n/a/b/c/dddddddddddddddddddddddddddddddddd/\\r\\n\\r\\n-----\"; static readonly string N = \"-----BEGIN PRIVATE KEY----------\"; }",
        });

    // Half-typed switch sections building PEM runs (case labels with no value, a section with no statements, no colon, an
    // unclosed switch), captions with only full-width punctuation or an ideographic space, and half-typed `new Uri` and
    // `new HttpRequestMessage` handed a held template: no analyzer may throw.
    [Fact]
    public Task RT65_half_typed_switch_sections_captions_and_uri_constructors_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.Text; static class A { static string P(string k) { var sb = new StringBuilder(); switch (k) { case : sb.AppendLine(\"-----BEGIN EC PRIVATE KEY-----\"); sb.AppendLine(\"MHcCAQEEIA2bC4dE5fG6hI7jK8lM9nO0pQ1rS2tU3vW4xY5zA6bC7dE8fG9hI0jK\"); case \"x\": default sb.AppendLine(\"-----END EC PRIVATE KEY-----\"); } return sb.ToString(); } }",
            "using System.Text; static class A { static void P(StringBuilder sb, int k) { switch (k) { case 1: case 2 when : sb.AppendLine(\"-----BEGIN RSA PRIVATE KEY-----\"); sb.AppendLine(",
            "using System.Text; static class A { static void P(StringBuilder sb, int k) { switch (k) { default: sb.AppendLine(\"-----END CERTIFICATE-----\").AppendLine(\"-----BEGIN CERTIFICATE-----\"); break; case 3: { sb.AppendLine(\"-----BEGIN PRIVATE KEY-----\"); } sb.AppendLine(\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgoNSeA9NNVG5S5x8tnmpBmGdHdh0Cna3OkrdLFiEwnmihRANCAAS9JHHW\"); } } }",
            "using System.Collections.Generic; static class A { static readonly Dictionary<string, Dictionary<string, string>> Locales = new() { [\"ja\"] = new() { [\"wifi.psk\"] = \"（）：、。\", [\"admin.password\"] = \"　\", [\"pin\"] = \"パスワード（\" }, [\"zh\"] = new() { [\"wifi.psk\"] = \"「」\", [\"password\"] = } }; }",
            "using System; using System.Net.Http; public sealed class K { public string Key { get; set; } = \"YOUR_API_KEY\"; } public sealed class S { readonly HttpClient h = new(); readonly K k = new(); object A() => new Uri($\"https://x.example/?k={k.Key}\"; object B() => new HttpRequestMessage { RequestUri = new Uri($\"https://x.example/?k={k.Key}\") ; object C() => h.SendAsync(new HttpRequestMessage(HttpMethod.Get, $\"https://x.example/?k={k.Key}\" + )); Uri D() => new($\"https://x.example/?k={k.Key}\"); object E() => new Uri(new Uri($\"https://x.example/?k={k.Key}\"), ); }",
        });
}
