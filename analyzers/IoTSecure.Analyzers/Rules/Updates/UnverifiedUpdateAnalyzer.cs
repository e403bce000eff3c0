using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Updates;

/// <summary>
/// IOT2002: an update hook writes, loads, flashes or installs a payload on a path that no asymmetric signature
/// verification dominates. A check counts when its failure stops the path: a <c>VerifyData</c>/<c>VerifyHash</c> whose
/// result decides a branch, with the apply reachable only through the "verified" side (directly or through a local),
/// or a throwing check such as <c>SignedCms.CheckSignature</c> that runs before the apply on every path. A check whose
/// result is ignored, that runs after the write, or that sits in another branch does not count. Uses the control-flow
/// graph and its dominators.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnverifiedUpdateAnalyzer : IoTSecureAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnverifiedUpdate);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var verifiers = iot.Settings.UpdateVerifiers;
        UpdateHooks.Register(context, (c, hook) =>
        {
            if (!hook.Body.Descendants().Any(o => UpdateOperations.ApplyName(o) is not null))
            {
                return;
            }

            ControlFlowGraph graph;
            try
            {
                graph = hook.Graph(c.CancellationToken);
            }
            catch (System.ArgumentException)
            {
                return; // a body with errors has no graph
            }

            foreach (var (apply, name) in Unverified(graph, verifiers))
            {
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.UnverifiedUpdate, apply.Syntax.GetLocation(), name, hook.Method.Name));
            }
        });
    }

    private static IEnumerable<(IOperation Apply, string Name)> Unverified(ControlFlowGraph graph, ImmutableHashSet<string> verifiers)
    {
        var blocks = graph.Blocks;
        var dominators = Dominators(graph);
        var verifiedLocals = VerifiedLocals(graph, verifiers);

        // Where a passed verification lets the path continue: the "verified" successor of a branch on a check, or the
        // position right after a throwing check.
        var guardBlocks = new HashSet<int>();
        var throwingChecks = new List<(int Block, int Index)>();
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Operations.Length; i++)
            {
                if (block.Operations[i].DescendantsAndSelf().Any(o => UpdateOperations.IsThrowingVerification(o, verifiers)))
                {
                    throwingChecks.Add((block.Ordinal, i));
                }
            }

            if (block.BranchValue is not { } branch || block.ConditionalSuccessor is not { } conditional)
            {
                continue;
            }

            var negations = 0;
            var value = branch;
            while (value is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
            {
                negations++;
                value = not.Operand;
            }

            var isCheck = value.DescendantsAndSelf().Any(o => UpdateOperations.IsBooleanVerification(o, verifiers)) ||
                          (value is ILocalReferenceOperation local && verifiedLocals.Contains(local.Local));
            if (!isCheck)
            {
                continue;
            }

            var branchWhenVerified = negations % 2 == 0;
            var conditionalWhenVerified = branchWhenVerified == (block.ConditionKind == ControlFlowConditionKind.WhenTrue);
            // The check dominates what follows only if its "verified" edge is the sole way into the next block.
            var verified = conditionalWhenVerified ? conditional.Destination : block.FallThroughSuccessor?.Destination;
            if (verified is not null && verified.Predecessors.Length == 1)
            {
                guardBlocks.Add(verified.Ordinal);
            }
        }

        foreach (var block in blocks)
        {
            var operations = block.BranchValue is null ? block.Operations : block.Operations.Add(block.BranchValue);
            for (var i = 0; i < operations.Length; i++)
            {
                foreach (var operation in operations[i].DescendantsAndSelf())
                {
                    if (UpdateOperations.ApplyName(operation) is not { } name)
                    {
                        continue;
                    }

                    var dominated = dominators[block.Ordinal];
                    var guarded = guardBlocks.Any(dominated.Contains) ||
                                  throwingChecks.Any(t => dominated.Contains(t.Block) && (t.Block != block.Ordinal || t.Index < i));
                    if (!guarded)
                    {
                        yield return (operation, name);
                    }
                }
            }
        }
    }

    /// <summary>Locals whose only value is the result of a signature check (<c>var ok = ecdsa.VerifyData(...)</c>).</summary>
    private static HashSet<ILocalSymbol> VerifiedLocals(ControlFlowGraph graph, ImmutableHashSet<string> verifiers)
    {
        var verified = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var other = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var block in graph.Blocks)
        {
            foreach (var operation in block.Operations.SelectMany(o => o.DescendantsAndSelf()))
            {
                if (operation is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment)
                {
                    (assignment.Value.DescendantsAndSelf().Any(o => UpdateOperations.IsBooleanVerification(o, verifiers)) ? verified : other).Add(target.Local);
                }
            }
        }

        verified.ExceptWith(other);
        return verified;
    }

    /// <summary>The dominator set of every block (iterative data-flow over the graph's predecessors).</summary>
    private static HashSet<int>[] Dominators(ControlFlowGraph graph)
    {
        var blocks = graph.Blocks;
        var all = Enumerable.Range(0, blocks.Length).ToList();
        var dominators = new HashSet<int>[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            dominators[i] = i == 0 ? new HashSet<int> { 0 } : new HashSet<int>(all);
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 1; i < blocks.Length; i++)
            {
                HashSet<int>? next = null;
                foreach (var predecessor in blocks[i].Predecessors)
                {
                    var source = predecessor.Source.Ordinal;
                    if (next is null)
                    {
                        next = new HashSet<int>(dominators[source]);
                    }
                    else
                    {
                        next.IntersectWith(dominators[source]);
                    }
                }

                next ??= new HashSet<int>();
                next.Add(i);
                if (!next.SetEquals(dominators[i]))
                {
                    dominators[i] = next;
                    changed = true;
                }
            }
        }

        return dominators;
    }
}
