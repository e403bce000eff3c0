using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// Shared shape of the rules that report one <see cref="CredentialVerdict"/> of the values reaching credential sinks
/// and, optionally, of literals compared with received credentials (IOT1001, IOT1002, IOT1006).
/// </summary>
public abstract class CredentialVerdictAnalyzer : IoTSecureAnalyzer
{
    private protected override bool AnalyzesGeneratedCode => true;

    private protected abstract DiagnosticDescriptor Rule { get; }

    private protected abstract CredentialVerdict Verdict { get; }

    /// <summary>Whether literals compared with received credentials are judged too.</summary>
    private protected virtual bool IncludesComparisons => true;

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions();
        var resolver = new StringValueResolver(iot);
        SinkArguments.Register(actions, iot, (sink, value) => CredentialJudge.MayJudge(sink, value, iot.Settings), (c, argument) =>
        {
            var value = resolver.Resolve(argument.Value);
            if (CredentialJudge.Judge(argument, value, iot.Settings, out var origin) == Verdict)
            {
                Report(c, argument.Value, value, origin, SecretKindText.Describe(argument.Sink.Spec.Kind), argument.Where,
                    () => SecretFinding.EnvironmentVariableName(argument.Member.ContainingType.Name, argument.Sink.Spec.Parameter));
            }
        });

        if (IncludesComparisons)
        {
            CredentialComparisons.Register(actions, iot, resolver, (c, comparison) =>
            {
                var value = resolver.Resolve(comparison.Literal);
                if (CredentialJudge.JudgeComparison(value, comparison.Received.Name, iot.Settings, out var origin) == Verdict)
                {
                    Report(c, comparison.Literal, value, origin, "password", comparison.Where,
                        () => SecretFinding.EnvironmentVariableName("Expected", comparison.Received.Name));
                }
            });
        }

        actions.RegisterOn(context);
    }

    private void Report(SyntaxNodeAnalysisContext context, IOperation at, ResolvedString value, StringPart origin, string kind, string where, System.Func<string> variableFromSink)
    {
        var holder = origin.Holder;
        var variable = holder is not null ? SecretFinding.EnvironmentVariableName(holder.Name) : variableFromSink();
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, variable);
        var via = value.Via ?? holder;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            at.Syntax.GetLocation(),
            additionalLocations: new[] { origin.Scope!.GetLocation() },
            properties: properties,
            kind,
            where,
            via is null ? string.Empty : " through '" + SecretFinding.Display(via) + "'"));
    }
}
