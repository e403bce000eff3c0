using System.Collections.Immutable;
using System.Composition;
using IoTSecure.Analyzers.CodeFixes.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Credentials;

/// <summary>
/// IOT1001 fix: replaces the written secret (where it is declared, which may be another file) with a read of the
/// configuration or an environment variable named after the symbol that held it, failing fast when it is missing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedCredentialFixer)), Shared]
public sealed class HardcodedCredentialFixer : SecretRelocationFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardcodedCredential);
}
