using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using CertificateVerify = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.CertificateValidationDisabledAnalyzer>;
using DerivedVerify = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Credentials.DerivedDevicePasswordAnalyzer>;
using HardcodedVerify = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.HardcodedCredentialRule>;

namespace IoTSecure.Analyzers.Tests.Values;

/// <summary>
/// The screens that keep a member from being bound when its syntax cannot give a finding (docs/performance.md, 2026-12-01):
/// a method group must name a method of the team's source, a derived password's returned call must read public data by
/// its name, receiver or arguments. Each screen may only let clean code through; these tests hold the findings beside them.
/// </summary>
public class BindingScreenTests
{
    [Fact]
    public Task A_trust_all_method_group_of_another_type_or_file_is_still_judged_and_values_are_not() =>
        CertificateVerify.AnalyzerAsync(
            new[]
            {
                """
                using System.Net.Security;
                using System.Security.Cryptography.X509Certificates;
                enum TlsMode { None, Tls12 }
                class Link
                {
                    private readonly RemoteCertificateValidationCallback _pinned = Validators.Pinned;
                    void Open(System.IO.Stream inner, RemoteCertificateValidationCallback given, int port)
                    {
                        var a = new SslStream(inner, false, {|#0:Validators.AcceptAll|});
                        var b = new SslStream(inner, false, given);
                        var c = new SslStream(inner, false, _pinned);
                        var d = new SslStream(inner, false, Validators.Pinned);
                        var e = new SslStream(inner, port > 0, {|#1:Trusting|});
                        bool Trusting(object s, X509Certificate? x, X509Chain? ch, SslPolicyErrors err) => true;
                        Use(TlsMode.Tls12, a, b, c, d, e);
                    }
                    static void Use(TlsMode mode, params object[] streams) { }
                }
                """,
                """
                using System.Net.Security;
                using System.Security.Cryptography.X509Certificates;
                static class Validators
                {
                    public static bool AcceptAll(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;
                    public static bool Pinned(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) =>
                        errors == SslPolicyErrors.None && certificate?.GetCertHashString() == "3F2A9C";
                }
                """,
            },
            CertificateVerify.Diagnostic(Descriptors.CertificateValidationDisabled).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null),
            CertificateVerify.Diagnostic(Descriptors.CertificateValidationDisabled).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));

    [Fact]
    public Task A_password_getter_that_calls_the_teams_lookup_is_not_derived_and_one_that_reads_public_data_is() =>
        DerivedVerify.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Collections.Generic;
                using System.Security.Cryptography;
                using System.Text;
                class Settings
                {
                    public const string PasswordKey = "Mqtt:Password";
                    private readonly Dictionary<string, string> _values = new();
                    private readonly Random _rng = new();
                    public string SerialNumber { get; set; } = "";
                    public string Password => Get(PasswordKey, string.Empty);
                    public string ServicePin => Get("Service:Pin", int.MaxValue.ToString());
                    public string SetupPassword => {|#0:Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SerialNumber))).Substring(0, 8)|};
                    public string GuestPin => {|#1:_rng.Next(1000, 9999).ToString()|};
                    public string WpsPin => {|#2:ReadSerialNumber().Substring(0, 8)|};
                    private string Get(string key, string fallback) => _values.TryGetValue(key, out var value) ? value : fallback;
                    private static string ReadSerialNumber() => "SN-0042";
                }
                """,
            },
            DerivedVerify.Diagnostic(Descriptors.DerivedDevicePassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null),
            DerivedVerify.Diagnostic(Descriptors.DerivedDevicePassword).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null),
            DerivedVerify.Diagnostic(Descriptors.DerivedDevicePassword).WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));

    /// <summary>
    /// The built-in patterns run without a match timeout only on text up to 1,024 characters; a longer literal (an embedded
    /// configuration file) takes the timed path and is still read.
    /// </summary>
    [Fact]
    public Task A_connection_string_in_a_literal_longer_than_the_untimed_bound_is_still_found()
    {
        var padding = new string('a', 5000);
        return HardcodedVerify.AnalyzerAsync(
            new[]
            {
                "static class Store { public static void Open(string connection) { } }\n" +
                "class Gateway { void Run() => Store.Open({|#0:\"Server=db.plant.local;Database=telemetry;Password=Kx9-mQ2v-Lt7w;Application Name=" + padding + "\"|}); }\n",
            },
            HardcodedVerify.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | DiagnosticOptions.IgnoreSeverity).WithMessage(null));
    }
}
