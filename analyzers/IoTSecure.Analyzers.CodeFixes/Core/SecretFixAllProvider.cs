using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Core;

/// <summary>
/// Fix All for the secret-moving fixes: gathers every diagnostic in the scope (document, project, solution),
/// merges those that point at the same written secret (one constant used by several sinks), and relocates
/// each secret once, across documents.
/// </summary>
internal sealed class SecretFixAllProvider : FixAllProvider
{
    public static readonly SecretFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new List<Diagnostic>();
        switch (fixAllContext.Scope)
        {
            case FixAllScope.Document when fixAllContext.Document is { } document:
                diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in fixAllContext.Solution.Projects)
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        var solution = fixAllContext.Solution;
        var targets = diagnostics.Select(d => ToTarget(solution, d)).Where(t => t.HasValue).Select(t => t!.Value).ToImmutableArray();
        if (targets.IsEmpty)
        {
            return null;
        }

        return CodeAction.Create(
            "Read secrets from the environment",
            ct => SecretRelocation.RelocateAsync(solution, targets, ct),
            nameof(SecretFixAllProvider));
    }

    /// <summary>The secret a diagnostic points at: its first additional location and the suggested variable.</summary>
    public static SecretTarget? ToTarget(Solution solution, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0 ||
            diagnostic.AdditionalLocations[0] is not { IsInSource: true } location ||
            solution.GetDocumentId(location.SourceTree) is not { } documentId ||
            !diagnostic.Properties.TryGetValue(SecretFinding.EnvironmentVariableProperty, out var variable) ||
            string.IsNullOrEmpty(variable))
        {
            return null;
        }

        return new SecretTarget(documentId, location.SourceSpan, variable!);
    }
}
