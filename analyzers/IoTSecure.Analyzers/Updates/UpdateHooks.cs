using System;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Updates;

/// <summary>
/// A body that installs updates: a method marked <c>[SecurityUpdateHook]</c>, any method of a marked class, or a local
/// function marked with it (top-level programs put their code in local functions).
/// </summary>
internal readonly struct UpdateHookBody
{
    private readonly IOperation? _root;

    public UpdateHookBody(IMethodSymbol method, IOperation body, SyntaxNode declaration, IOperation? root = null)
    {
        Method = method;
        Body = body;
        Declaration = declaration;
        _root = root;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The hook's operations: an <see cref="IMethodBodyOperation"/>, or a local function's <see cref="ILocalFunctionOperation"/>.</summary>
    public IOperation Body { get; }

    public SyntaxNode Declaration { get; }

    /// <summary>The hook's control-flow graph (a local function's is taken from its enclosing member's graph). Throws
    /// <see cref="ArgumentException"/> for a body with errors.</summary>
    public ControlFlowGraph Graph(System.Threading.CancellationToken cancellationToken)
    {
        if (Body is IMethodBodyOperation methodBody)
        {
            return ControlFlowGraph.Create(methodBody, cancellationToken);
        }

        var root = _root switch
        {
            IMethodBodyOperation m => ControlFlowGraph.Create(m, cancellationToken),
            IConstructorBodyOperation c => ControlFlowGraph.Create(c, cancellationToken),
            IBlockOperation { Parent: null } b => ControlFlowGraph.Create(b, cancellationToken),
            _ => throw new ArgumentException("no control-flow graph for this body"),
        };
        return root.GetLocalFunctionControlFlowGraphInScope(Method, cancellationToken);
    }
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

        context.RegisterSyntaxNodeAction(
            c =>
            {
                var local = (LocalFunctionStatementSyntax)c.Node;
                if ((local.Body is null && local.ExpressionBody is null) || !NamesHook(local.AttributeLists) ||
                    c.SemanticModel.GetDeclaredSymbol(local, c.CancellationToken) is not IMethodSymbol symbol || !IsHook(symbol) ||
                    c.SemanticModel.GetOperation(local, c.CancellationToken) is not ILocalFunctionOperation operation)
                {
                    return;
                }

                IOperation root = operation;
                while (root.Parent is not null)
                {
                    root = root.Parent;
                }

                onHook(c, new UpdateHookBody(symbol, operation, local, root));
            },
            SyntaxKind.LocalFunctionStatement);
    }

    /// <summary>Whether a node sits in a method that is an update hook, judged on the attribute names (no semantic model).</summary>
    public static bool IsInsideHook(SyntaxNode node)
    {
        for (var local = node.FirstAncestorOrSelf<LocalFunctionStatementSyntax>(); local is not null; local = local.Parent?.FirstAncestorOrSelf<LocalFunctionStatementSyntax>())
        {
            if (NamesHook(local.AttributeLists))
            {
                return true;
            }
        }

        return node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method &&
               (NamesHook(method.AttributeLists) || (method.Parent is TypeDeclarationSyntax type && NamesHook(type.AttributeLists)));
    }

    /// <summary>Whether attribute lists name the hook attribute (syntax only, confirmed by <see cref="IsHook"/>).</summary>
    public static bool NamesHookAttribute(SyntaxList<AttributeListSyntax> lists) => NamesHook(lists);

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
