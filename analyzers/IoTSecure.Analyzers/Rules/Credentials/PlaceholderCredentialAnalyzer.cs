using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1006: a placeholder credential ("your_wifi_password", "&lt;replace-with-key&gt;", the symbol's own name) reaches a
/// credential sink: a template or sample about to ship. Never reported as IOT1001.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlaceholderCredentialAnalyzer : CredentialVerdictAnalyzer
{
    private protected override DiagnosticDescriptor Rule => Descriptors.PlaceholderCredential;

    private protected override CredentialVerdict Verdict => CredentialVerdict.Placeholder;

    private protected override bool IncludesComparisons => false;
}
