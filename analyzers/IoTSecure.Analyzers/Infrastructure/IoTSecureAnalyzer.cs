using Microsoft.CodeAnalysis.Diagnostics;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// Common setup of every IoTSecure analyzer: concurrent, generated code skipped except by the credential rules, and a compilation-start
/// action that hands the rule the shared per-compilation <see cref="IoTSecureContext"/>. A rule registers
/// nothing for a compilation that references none of the APIs it looks at.
/// </summary>
public abstract class IoTSecureAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(AnalyzesGeneratedCode
            ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics
            : GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var iot = IoTSecureContext.Get(start.Compilation, start.Options);
            if (iot.Settings.AnalyzeCompilation)
            {
                OnCompilationStart(start, iot);
            }
        });
    }

    /// <summary>
    /// True for rules that must see generated code too (*.g.cs, *.Designer.cs, &lt;auto-generated/&gt;, generated_code = true):
    /// the credential rules, because a secret does not stop shipping when its file says it was generated.
    /// </summary>
    private protected virtual bool AnalyzesGeneratedCode => false;

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot);
}
