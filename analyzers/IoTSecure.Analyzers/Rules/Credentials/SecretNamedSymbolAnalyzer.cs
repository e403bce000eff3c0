using System.Collections.Concurrent;
using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1004: a symbol named like a secret (password, passwd, pwd, passphrase, secret, token, apikey, sas, psk,
/// privatekey, misspellings such as passowrd, and a team's own names) is given a literal that reaches no known sink:
/// the lower-confidence net that covers a team's own SDKs. Reported at the end of the compilation, once every sink
/// flow is known, so a value IOT1001/IOT1002 already reports at its sink is not reported twice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretNamedSymbolAnalyzer : IoTSecureAnalyzer
{
    private protected override bool AnalyzesGeneratedCode => true;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretNamedSymbol);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions();
        var resolver = new StringValueResolver(iot);
        var flowed = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);
        var candidates = new ConcurrentQueue<(ISymbol Symbol, Location Location)>();

        void Record(ResolvedString value)
        {
            if (value.Via is { } via)
            {
                flowed.TryAdd(via, 0);
            }

            foreach (var part in value.Parts)
            {
                if (part.Holder is { } holder)
                {
                    flowed.TryAdd(holder, 0);
                }
            }
        }

        SinkArguments.Register(actions, iot, (_, value) => SyntacticValues.MayHoldWrittenText(value), (_, argument) => Record(resolver.Resolve(argument.Value)));
        CredentialComparisons.Register(actions, iot, resolver, (_, comparison) => Record(resolver.Resolve(comparison.Literal)));
        SecretNamedSites.Register(actions, iot, SyntacticValues.MayHoldWrittenText, (_, site) =>
        {
            var value = resolver.Resolve(site.Value);
            if (IsWrittenSecret(value, site.Symbol, iot.Settings))
            {
                candidates.Enqueue((site.Symbol, site.Value.Syntax.GetLocation()));
            }
        });

        actions.RegisterOn(context);

        context.RegisterCompilationEndAction(c =>
        {
            foreach (var (symbol, location) in candidates)
            {
                if (flowed.ContainsKey(symbol))
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName(symbol.Name));
                c.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SecretNamedSymbol, location, additionalLocations: new[] { location }, properties: properties,
                    SecretFinding.Display(symbol)));
            }
        });
    }

    private static bool IsWrittenSecret(ResolvedString value, ISymbol symbol, AnalyzerSettings settings)
    {
        if (!value.IsFullyKnown)
        {
            return false;
        }

        var text = value.Text;
        if (SecretText.Classify(text, settings.PlaceholderPatterns) != TextClass.Value || SecretText.IsUuid(text) ||
            SecretNames.Normalize(text) == SecretNames.Normalize(symbol.Name))
        {
            return false;
        }

        // Key material and tokens are IOT1003's, at the literal.
        return SecretTokens.FindTokens(text).Count == 0;
    }
}
