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
    private readonly InvocationIndex? _invocations;

    /// <summary>
    /// The actions of one analyzer. With the compilation's <paramref name="invocations"/>, the syntactic screens its
    /// actions run read the callers of helpers visible beyond their file from it (<see cref="SyntacticValues.CallersFrom"/>)
    /// instead of taking every such helper's parameter to hold written text.
    /// </summary>
    public SyntaxActions(InvocationIndex? invocations = null) => _invocations = invocations;

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
            var actions = pair.Value.ToArray();
            var invocations = _invocations;
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    using var scope = SyntacticValues.CallersFrom(invocations);
                    foreach (var action in actions)
                    {
                        action(c);
                    }
                },
                pair.Key);
        }
    }
}
