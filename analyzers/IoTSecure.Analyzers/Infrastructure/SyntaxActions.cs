using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// The syntax-node actions of one analyzer, registered as one action per syntax kind. A rule built from several shared
/// finders (sink arguments, comparisons, secret-named sites) would otherwise have the driver call it once per finder
/// for every invocation in the code; the driver's cost per call is most of a cheap finder's cost.
/// </summary>
internal sealed class SyntaxActions
{
    private readonly Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>> _byKind = new();

    public void Add(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            if (!_byKind.TryGetValue(kind, out var actions))
            {
                _byKind[kind] = actions = new List<Action<SyntaxNodeAnalysisContext>>();
            }

            actions.Add(action);
        }
    }

    public void RegisterOn(CompilationStartAnalysisContext context)
    {
        foreach (var pair in _byKind)
        {
            if (pair.Value.Count == 1)
            {
                context.RegisterSyntaxNodeAction(pair.Value[0], pair.Key);
                continue;
            }

            var actions = pair.Value.ToArray();
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    foreach (var action in actions)
                    {
                        action(c);
                    }
                },
                pair.Key);
        }
    }
}
