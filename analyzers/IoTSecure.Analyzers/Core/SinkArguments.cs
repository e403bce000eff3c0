using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
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
/// named arguments and property assignments (including object initializers).
/// Registers only the operation kinds whose members the compilation's sink index contains.
/// </summary>
internal static class SinkArguments
{
    public static void Register(CompilationStartAnalysisContext context, IoTSecureContext iot, Action<OperationAnalysisContext, SinkArgument> onArgument)
    {
        var sinks = iot.Sinks;
        if (sinks.IsEmpty)
        {
            return;
        }

        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (sinks.HasMember(invocation.TargetMethod.Name))
                {
                    VisitArguments(c, sinks, invocation.TargetMethod, invocation.Arguments, onArgument);
                }
            },
            OperationKind.Invocation);

        if (sinks.HasMember(CredentialSink.ConstructorName))
        {
            context.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Constructor is { } constructor)
                    {
                        VisitArguments(c, sinks, constructor, creation.Arguments, onArgument);
                    }
                },
                OperationKind.ObjectCreation);
        }

        context.RegisterOperationAction(
            c =>
            {
                var assignment = (ISimpleAssignmentOperation)c.Operation;
                if (assignment.Target is IPropertyReferenceOperation { Property: { } property } &&
                    sinks.HasMember(property.Name) &&
                    sinks.TryFind(property, "value", out var sink))
                {
                    onArgument(c, new SinkArgument(assignment.Value, sink, property));
                }
            },
            OperationKind.SimpleAssignment);
    }

    private static void VisitArguments(
        OperationAnalysisContext context, SinkIndex sinks, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments,
        Action<OperationAnalysisContext, SinkArgument> onArgument)
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
