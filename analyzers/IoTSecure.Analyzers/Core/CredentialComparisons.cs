using System;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Core;

/// <summary>A literal compared with a credential received at run time (<c>e.Password == "..."</c>).</summary>
internal readonly struct CredentialComparison
{
    public CredentialComparison(IOperation literal, ISymbol received)
    {
        Literal = literal;
        Received = received;
    }

    /// <summary>The side of the comparison that is written in the code.</summary>
    public IOperation Literal { get; }

    /// <summary>The received credential: a catalogued property or any secret-named property, field, parameter or local.</summary>
    public ISymbol Received { get; }

    public string Where => "is compared with the received credential '" +
                           (Received is IPropertySymbol or IFieldSymbol ? Received.ContainingType.Name + "." : string.Empty) + Received.Name + "'";
}

/// <summary>
/// Finds comparisons of a received credential with a value written in the code: <c>==</c>, <c>!=</c>,
/// <c>string.Equals(a, b[, comparison])</c> and <c>a.Equals(b[, comparison])</c>. Constant-time comparisons of
/// stored hashes are not credential comparisons.
/// </summary>
internal static class CredentialComparisons
{
    public static void Register(
        CompilationStartAnalysisContext context, IoTSecureContext iot, StringValueResolver resolver, Action<OperationAnalysisContext, CredentialComparison> onComparison)
    {
        var names = new Names(iot.Settings.SecretNames, resolver);
        context.RegisterOperationAction(
            c =>
            {
                var binary = (IBinaryOperation)c.Operation;
                if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals &&
                    binary.LeftOperand.Type?.SpecialType == SpecialType.System_String)
                {
                    Check(c, binary.LeftOperand, binary.RightOperand, names, onComparison);
                }
            },
            OperationKind.Binary);

        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var method = invocation.TargetMethod;
                if (method.Name != "Equals" || method.ContainingType?.SpecialType != SpecialType.System_String)
                {
                    return;
                }

                if (method.IsStatic && invocation.Arguments.Length >= 2)
                {
                    Check(c, invocation.Arguments[0].Value, invocation.Arguments[1].Value, names, onComparison);
                }
                else if (!method.IsStatic && invocation.Instance is { } instance && invocation.Arguments.Length >= 1)
                {
                    Check(c, instance, invocation.Arguments[0].Value, names, onComparison);
                }
            },
            OperationKind.Invocation);
    }

    private sealed class Names
    {
        public Names(SecretNames secretNames, StringValueResolver resolver)
        {
            SecretNames = secretNames;
            Resolver = resolver;
        }

        public SecretNames SecretNames { get; }
        public StringValueResolver Resolver { get; }
    }

    private static void Check(OperationAnalysisContext context, IOperation left, IOperation right, Names names, Action<OperationAnalysisContext, CredentialComparison> onComparison)
    {
        var leftSymbol = ReceivedCredential(left, names);
        var rightSymbol = ReceivedCredential(right, names);
        if (leftSymbol is not null && rightSymbol is null && IsWritten(right))
        {
            onComparison(context, new CredentialComparison(right, leftSymbol));
        }
        else if (rightSymbol is not null && leftSymbol is null && IsWritten(left))
        {
            onComparison(context, new CredentialComparison(left, rightSymbol));
        }
    }

    /// <summary>A value that only exists at run time and is named like a secret.</summary>
    private static ISymbol? ReceivedCredential(IOperation operation, Names names)
    {
        var symbol = StringValueResolver.Unwrap(operation) switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation { Field.IsConst: false, Field.IsReadOnly: false } field => field.Field,
            ILocalReferenceOperation { Local.IsConst: false } local => local.Local,
            _ => null,
        };

        if (symbol is null || !names.SecretNames.IsSecretName(symbol.Name))
        {
            return null;
        }

        // A property or local with a value written in the code is the written side, not the received one.
        return symbol is IPropertySymbol or ILocalSymbol &&
               names.Resolver.InitializerOperation(symbol) is { } initializer && names.Resolver.Resolve(initializer).IsFullyKnown
            ? null
            : symbol;
    }

    private static bool IsWritten(IOperation operation) =>
        StringValueResolver.Unwrap(operation) is ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation or IPropertyReferenceOperation
            or IBinaryOperation or IInterpolatedStringOperation or IInvocationOperation;
}
