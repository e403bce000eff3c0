using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Updates;

/// <summary>
/// IOT2004: an update hook that checks its payload with a CRC or an unkeyed hash (MD5, SHA-1, SHA-2) and nowhere with an
/// asymmetric signature. A hash that arrives with the payload (or from the same server) proves only that the bytes
/// were not damaged in transit, not who made them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ChecksumOnlyUpdateAnalyzer : IoTSecureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ChecksumOnlyUpdate);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var verifiers = iot.Settings.UpdateVerifiers;
        UpdateHooks.Register(context, (c, hook) =>
        {
            var operations = hook.Body.Descendants().ToList();
            if (operations.Any(o => UpdateOperations.IsBooleanVerification(o, verifiers) || UpdateOperations.IsThrowingVerification(o, verifiers)))
            {
                return;
            }

            foreach (var operation in operations)
            {
                if (UpdateOperations.ChecksumName(operation) is { } checksum)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.ChecksumOnlyUpdate, operation.Syntax.GetLocation(), hook.Method.Name, checksum));
                    return; // once per hook
                }
            }
        });
    }
}
