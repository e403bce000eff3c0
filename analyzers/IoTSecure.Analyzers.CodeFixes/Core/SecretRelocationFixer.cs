using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Core;

/// <summary>
/// Shared shape of the fixers that move a written secret out of the code (IOT1001, IOT1002, IOT1004): replace it, where
/// it is declared, with a read from configuration or the environment; Fix All moves each secret once.
/// </summary>
public abstract class SecretRelocationFixer : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => SecretFixAllProvider.Instance;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.Document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (SecretFixAllProvider.ToTarget(solution, diagnostic) is not { } target ||
                solution.GetDocument(target.Document) is not { } document ||
                !await SecretRelocation.CanRelocateAsync(document, target.Span, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var title = await SecretRelocation.DescribeAsync(document, target, context.CancellationToken).ConfigureAwait(false);
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => SecretRelocation.RelocateAsync(solution, new[] { target }, ct), equivalenceKey: GetType().Name),
                diagnostic);
        }
    }
}
