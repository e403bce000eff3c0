using System.Collections.Immutable;
using System.Composition;
using IoTSecure.Analyzers.CodeFixes.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Credentials;

/// <summary>IOT1004 fix: the literal given to the secret-named symbol is replaced by a read from configuration or the environment.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretNamedSymbolFixer)), Shared]
public sealed class SecretNamedSymbolFixer : SecretRelocationFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SecretNamedSymbol);
}
