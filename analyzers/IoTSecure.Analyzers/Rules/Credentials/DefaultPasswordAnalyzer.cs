using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1002: a universal default password (the Mirai botnet table, factory defaults such as admin, root, 1234 or
/// pi/raspberry, and the Basic-auth encodings of such pairs) reaches a credential sink or is the expected value of a
/// received password.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DefaultPasswordAnalyzer : CredentialVerdictAnalyzer
{
    private protected override DiagnosticDescriptor Rule => Descriptors.DefaultPassword;

    private protected override CredentialVerdict Verdict => CredentialVerdict.DefaultPassword;
}
