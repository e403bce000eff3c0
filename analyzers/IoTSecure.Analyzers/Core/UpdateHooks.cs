using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Core;

/// <summary>A method body that installs updates: a method marked <c>[SecurityUpdateHook]</c> or any method of a marked class.</summary>
internal readonly struct UpdateHookBody
{
    public UpdateHookBody(IMethodSymbol method, IMethodBodyOperation body, SyntaxNode declaration)
    {
        Method = method;
        Body = body;
        Declaration = declaration;
    }

    public IMethodSymbol Method { get; }
    public IMethodBodyOperation Body { get; }
    public SyntaxNode Declaration { get; }
}

/// <summary>
/// The update-hook contract's code side: finds the bodies of update hooks, syntax first (the attribute's name on the
/// method or its type), then the semantic model to confirm and to get the operation tree.
/// </summary>
internal static class UpdateHooks
{
    public const string AttributeName = "SecurityUpdateHookAttribute";

    /// <summary>
    /// Registers <paramref name="onHook"/> for update-hook bodies. A compilation that has no
    /// <c>IoTSecure.SecurityUpdateHookAttribute</c> can have no hook, so nothing is registered for it.
    /// </summary>
    public static void Register(CompilationStartAnalysisContext context, Action<SyntaxNodeAnalysisContext, UpdateHookBody> onHook)
    {
        if (context.Compilation.GetTypeByMetadataName("IoTSecure." + AttributeName) is null)
        {
            return;
        }

        context.RegisterSyntaxNodeAction(
            c =>
            {
                var method = (MethodDeclarationSyntax)c.Node;
                if ((method.Body is null && method.ExpressionBody is null) ||
                    !(NamesHook(method.AttributeLists) || (method.Parent is TypeDeclarationSyntax type && NamesHook(type.AttributeLists))))
                {
                    return;
                }

                if (c.SemanticModel.GetDeclaredSymbol(method, c.CancellationToken) is { } symbol &&
                    (IsHook(symbol) || IsHook(symbol.ContainingType)) &&
                    c.SemanticModel.GetOperation(method, c.CancellationToken) is IMethodBodyOperation body)
                {
                    onHook(c, new UpdateHookBody(symbol, body, method));
                }
            },
            SyntaxKind.MethodDeclaration);
    }

    /// <summary>Whether a node sits in a method that is an update hook, judged on the attribute names (no semantic model).</summary>
    public static bool IsInsideHook(SyntaxNode node) =>
        node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method &&
        (NamesHook(method.AttributeLists) || (method.Parent is TypeDeclarationSyntax type && NamesHook(type.AttributeLists)));

    public static bool IsHook(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: AttributeName, ContainingNamespace: { Name: "IoTSecure", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesHook(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = SyntaxNames.Rightmost(attribute.Name);
                if (name is "SecurityUpdateHook" or AttributeName)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
