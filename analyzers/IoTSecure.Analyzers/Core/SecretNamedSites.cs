using System;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Core;

/// <summary>A secret-named field, property or local given a value: at its declaration or by an assignment.</summary>
internal readonly struct SecretNamedSite
{
    public SecretNamedSite(ISymbol symbol, IOperation value)
    {
        Symbol = symbol;
        Value = value;
    }

    public ISymbol Symbol { get; }
    public IOperation Value { get; }
}

/// <summary>
/// Finds string-typed symbols named like secrets (<see cref="SecretNames"/>) being given a value: field and property
/// initializers, local declarations and assignments. Assignments to catalogued sink properties are the sinks' business.
/// </summary>
internal static class SecretNamedSites
{
    public static void Register(CompilationStartAnalysisContext context, IoTSecureContext iot, Action<OperationAnalysisContext, SecretNamedSite> onSite)
    {
        var names = iot.Settings.SecretNames;
        bool Named(ISymbol symbol, ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String && names.IsSecretName(symbol.Name);

        context.RegisterOperationAction(
            c =>
            {
                var initializer = (IFieldInitializerOperation)c.Operation;
                foreach (var field in initializer.InitializedFields)
                {
                    if (Named(field, field.Type))
                    {
                        onSite(c, new SecretNamedSite(field, initializer.Value));
                    }
                }
            },
            OperationKind.FieldInitializer);

        context.RegisterOperationAction(
            c =>
            {
                var initializer = (IPropertyInitializerOperation)c.Operation;
                foreach (var property in initializer.InitializedProperties)
                {
                    if (Named(property, property.Type))
                    {
                        onSite(c, new SecretNamedSite(property, initializer.Value));
                    }
                }
            },
            OperationKind.PropertyInitializer);

        context.RegisterOperationAction(
            c =>
            {
                var declarator = (IVariableDeclaratorOperation)c.Operation;
                var value = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                if (value is not null && Named(declarator.Symbol, declarator.Symbol.Type))
                {
                    onSite(c, new SecretNamedSite(declarator.Symbol, value));
                }
            },
            OperationKind.VariableDeclarator);

        context.RegisterOperationAction(
            c =>
            {
                var assignment = (ISimpleAssignmentOperation)c.Operation;
                ISymbol? target = assignment.Target switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation { Property.IsIndexer: false } property when !iot.Sinks.TryFind(property.Property, "value", out _) => property.Property,
                    ILocalReferenceOperation local => local.Local,
                    _ => null,
                };
                if (target is not null && Named(target, assignment.Target.Type))
                {
                    onSite(c, new SecretNamedSite(target, assignment.Value));
                }
            },
            OperationKind.SimpleAssignment);
    }
}
