using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Core;

/// <summary>A value passed to a catalogued credential parameter.</summary>
internal readonly struct SinkArgument
{
    public SinkArgument(IOperation value, ResolvedSink sink, ISymbol member, ImmutableArray<IArgumentOperation> siblings = default)
    {
        Value = value;
        Sink = sink;
        Member = member;
        Siblings = siblings.IsDefault ? ImmutableArray<IArgumentOperation>.Empty : siblings;
    }

    /// <summary>All arguments of the call, for sinks that depend on another argument (a header's name).</summary>
    public ImmutableArray<IArgumentOperation> Siblings { get; }

    /// <summary>How the finding describes where the value goes: <c>reaches 'Type.Member' parameter 'p'</c>.</summary>
    public string Where => "reaches '" + SinkDisplay + "' parameter '" + Sink.Spec.Parameter + "'";

    /// <summary>The argument value (or the assigned value for a property sink).</summary>
    public IOperation Value { get; }

    public ResolvedSink Sink { get; }

    /// <summary>The method, constructor or property that receives it.</summary>
    public ISymbol Member { get; }

    /// <summary>How the sink is named in messages: <c>Type.Member</c>, or <c>new Type(...)</c> for a constructor.</summary>
    public string SinkDisplay => Member is IMethodSymbol { MethodKind: MethodKind.Constructor }
        ? "new " + Member.ContainingType.Name + "(...)"
        : Member.ContainingType.Name + "." + Member.Name;
}

/// <summary>
/// Finds every value that reaches a credential sink, by symbol: invocations, object creations (including
/// target-typed <c>new(...)</c> and attribute constructors such as nanoFramework's <c>[Authentication("Basic:...")]</c>),
/// named arguments and property assignments (including object initializers). Registers syntax actions and asks the
/// semantic model only when the called name is one the catalogue knows, so unrelated code costs a dictionary miss
/// and no operation tree is ever built for it.
/// </summary>
internal static class SinkArguments
{
    public static void Register(CompilationStartAnalysisContext context, IoTSecureContext iot, Action<SyntaxNodeAnalysisContext, SinkArgument> onArgument)
    {
        var sinks = iot.Sinks;
        if (sinks.IsEmpty)
        {
            return;
        }

        context.RegisterSyntaxNodeAction(
            c =>
            {
                var syntax = (InvocationExpressionSyntax)c.Node;
                if (SyntaxNames.Rightmost(syntax.Expression) is { } name && sinks.MayBeSinkCall(name, syntax.ArgumentList.Arguments.Count) &&
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is IInvocationOperation invocation)
                {
                    VisitArguments(c, sinks, invocation.TargetMethod, invocation.Arguments, onArgument);
                }
            },
            SyntaxKind.InvocationExpression);

        context.RegisterSyntaxNodeAction(
            c =>
            {
                var typeName = c.Node switch
                {
                    ObjectCreationExpressionSyntax creation => SyntaxNames.Rightmost(creation.Type),
                    AttributeSyntax attribute => SyntaxNames.Rightmost(attribute.Name),
                    _ => null, // target-typed new(...): the type is only known to the semantic model
                };
                if (typeName is not null && !sinks.HasConstructorOf(typeName))
                {
                    return;
                }

                var operation = c.SemanticModel.GetOperation(c.Node, c.CancellationToken);
                if (operation is IAttributeOperation attributeOperation)
                {
                    operation = attributeOperation.Operation;
                }

                if (operation is IObjectCreationOperation { Constructor: { } constructor } objectCreation)
                {
                    VisitArguments(c, sinks, constructor, objectCreation.Arguments, onArgument);
                }
            },
            SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.Attribute);

        context.RegisterSyntaxNodeAction(
            c =>
            {
                var syntax = (AssignmentExpressionSyntax)c.Node;
                if (SyntaxNames.Rightmost(syntax.Left) is { } name && sinks.HasMember(name) &&
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is ISimpleAssignmentOperation
                    {
                        Target: IPropertyReferenceOperation { Property: { } property },
                    } assignment &&
                    sinks.TryFind(property, "value", out var sink))
                {
                    onArgument(c, new SinkArgument(assignment.Value, sink, property));
                }
            },
            SyntaxKind.SimpleAssignmentExpression);
    }

    private static void VisitArguments(
        SyntaxNodeAnalysisContext context, SinkIndex sinks, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments,
        Action<SyntaxNodeAnalysisContext, SinkArgument> onArgument)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter &&
                argument.ArgumentKind != ArgumentKind.DefaultValue &&
                sinks.TryFind(method, parameter.Name, out var sink))
            {
                onArgument(context, new SinkArgument(argument.Value, sink, method, arguments));
            }
        }
    }
}
