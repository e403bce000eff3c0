using System.Collections.Immutable;
using System.Composition;
using IoTSecure.Analyzers.CodeFixes.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Credentials;

/// <summary>IOT1002 fix: the default password is replaced by a per-device value read from configuration or the environment.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefaultPasswordFixer)), Shared]
public sealed class DefaultPasswordFixer : SecretRelocationFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DefaultPassword);
}
