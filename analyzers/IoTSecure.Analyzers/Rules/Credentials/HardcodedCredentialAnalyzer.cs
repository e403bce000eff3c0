using System.Collections.Immutable;
using IoTSecure.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1001: a secret written in the code reaches a catalogued authentication API (Wi-Fi, MQTT, IoT Hub,
/// AMQP, HTTP, certificates), directly or through constants, fields, locals and string building.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedCredentialAnalyzer : IoTSecureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedCredential);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var resolver = new StringValueResolver(iot);
        SinkArguments.Register(context, iot, (c, argument) => Analyze(c, argument, resolver));
    }

    private static void Analyze(OperationAnalysisContext context, SinkArgument argument, StringValueResolver resolver)
    {
        var value = resolver.Resolve(argument.Value);
        if (!SecretFinding.TryFind(value, argument.Sink.Spec.Kind, out var origin))
        {
            return;
        }

        var holder = origin.Holder;
        var variable = holder is not null
            ? SecretFinding.EnvironmentVariableName(holder.Name)
            : SecretFinding.EnvironmentVariableName(argument.Member.ContainingType.Name, argument.Sink.Spec.Parameter);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, variable);
        var via = value.Via ?? holder;
        var viaText = via is null ? string.Empty : " through '" + Display(via) + "'";

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.HardcodedCredential,
            argument.Value.Syntax.GetLocation(),
            additionalLocations: new[] { origin.Scope!.GetLocation() },
            properties: properties,
            SecretKindText.Describe(argument.Sink.Spec.Kind),
            argument.SinkDisplay,
            argument.Sink.Spec.Parameter,
            viaText));
    }

    private static string Display(ISymbol symbol) =>
        symbol is IFieldSymbol or IPropertySymbol ? symbol.ContainingType.Name + "." + symbol.Name : symbol.Name;
}
