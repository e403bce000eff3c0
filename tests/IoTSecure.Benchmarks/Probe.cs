using System;
using System.Collections.Generic;
using System.Linq;
using IoTSecure.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IoTSecure.Benchmarks;

internal static class Probe
{
    public static void Run()
    {
        var sinks = SinkIndex.Build(CredentialSinkCatalog.BuiltIn);
        var names = IoTSecure.Detection.SecretNames.Default;
        var members = 0;
        var hit = new Dictionary<string, HashSet<SyntaxNode>>();
        void Add(string why, SyntaxNode n)
        {
            var m = n.FirstAncestorOrSelf<MemberDeclarationSyntax>(x => x is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax);
            if (m is null) return;
            if (!hit.TryGetValue(why, out var set)) hit[why] = set = new HashSet<SyntaxNode>();
            set.Add(m);
        }
        foreach (var tree in Corpus.Trees())
        {
            var root = tree.GetRoot();
            members += root.DescendantNodes().Count(x => x is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax);
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax inv when SyntaxNames.Rightmost(inv.Expression) is { } n && sinks.MayBeSinkCall(n, inv.ArgumentList.Arguments.Count):
                        Add("sinkcall:" + n, node); break;
                    case ObjectCreationExpressionSyntax oc when SyntaxNames.Rightmost(oc.Type) is { } t && sinks.HasConstructorOf(t):
                        Add("ctor:" + t, node); break;
                    case AssignmentExpressionSyntax a when SyntaxNames.Rightmost(a.Left) is { } l && sinks.HasMember(l):
                        Add("assign:" + l, node); break;
                    case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression):
                        if (names.IsSecretName(SyntaxNames.Rightmost(b.Left)) || names.IsSecretName(SyntaxNames.Rightmost(b.Right))) Add("compare", node);
                        break;
                }
            }
        }
        Console.WriteLine($"members: {members}");
        foreach (var (k, v) in hit.OrderByDescending(p => p.Value.Count)) Console.WriteLine($"  {k,-40} {v.Count}");
        Console.WriteLine($"  union: {hit.Values.SelectMany(x => x).Distinct().Count()}");
    }
}
