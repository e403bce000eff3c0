using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.CodeFixes.Core;

/// <summary>A literal secret to move out of the code: where it is written and the variable that replaces it.</summary>
internal readonly struct SecretTarget
{
    public SecretTarget(DocumentId document, TextSpan span, string variable)
    {
        Document = document;
        Span = span;
        Variable = variable;
    }

    public DocumentId Document { get; }
    public TextSpan Span { get; }
    public string Variable { get; }
}

/// <summary>
/// Replaces hard-coded secrets with a read of an environment variable that fails fast when missing, and turns
/// the <c>const</c> declarations that held them (and <c>const</c>s built from them) into <c>static readonly</c>
/// fields or plain locals. Shared by the credential fixers and their Fix All.
/// </summary>
internal static class SecretRelocation
{
    /// <summary>Whether the secret at <paramref name="span"/> can be moved without breaking a constant context.</summary>
    public static async Task<bool> CanRelocateAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || FindExpression(root, span) is not { } expression)
        {
            return false;
        }

        if (RequiresConstant(expression))
        {
            return false;
        }

        var pending = new Stack<ISymbol>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (ConstHolder(expression, model) is { } holder)
        {
            pending.Push(holder);
        }

        while (pending.Count > 0)
        {
            var constant = pending.Pop();
            if (!seen.Add(constant))
            {
                continue;
            }

            foreach (var use in await ConstantUsesAsync(document.Project.Solution, constant, cancellationToken).ConfigureAwait(false))
            {
                if (use.Holder is { } next)
                {
                    pending.Push(next);
                }
                else if (use.RequiresConstant)
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static async Task<Solution> RelocateAsync(Solution solution, IEnumerable<SecretTarget> targets, CancellationToken cancellationToken)
    {
        // Which expressions to replace, and which const declarations must stop being const, per document.
        var replacements = new Dictionary<DocumentId, Dictionary<TextSpan, string>>();
        var deconst = new Dictionary<DocumentId, HashSet<TextSpan>>();
        var constants = new Stack<ISymbol>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        foreach (var target in targets)
        {
            var document = solution.GetDocument(target.Document);
            if (document is null)
            {
                continue;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || FindExpression(root, target.Span) is not { } expression || RequiresConstant(expression))
            {
                continue;
            }

            GetOrAdd(replacements, target.Document)[target.Span] = target.Variable;
            if (ConstHolder(expression, model) is { } holder)
            {
                constants.Push(holder);
            }
        }

        while (constants.Count > 0)
        {
            var constant = constants.Pop();
            if (!seen.Add(constant))
            {
                continue;
            }

            foreach (var reference in constant.DeclaringSyntaxReferences)
            {
                if (solution.GetDocumentId(reference.SyntaxTree) is { } id &&
                    reference.GetSyntax(cancellationToken).FirstAncestorOrSelf<SyntaxNode>(n => n is FieldDeclarationSyntax or LocalDeclarationStatementSyntax) is { } declaration)
                {
                    GetOrAdd(deconst, id).Add(declaration.Span);
                }
            }

            foreach (var use in await ConstantUsesAsync(solution, constant, cancellationToken).ConfigureAwait(false))
            {
                if (use.Holder is { } next)
                {
                    constants.Push(next);
                }
            }
        }

        foreach (var id in replacements.Keys.Union(deconst.Keys).ToList())
        {
            var document = solution.GetDocument(id);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document is null || root is null)
            {
                continue;
            }

            var nodes = new Dictionary<SyntaxNode, SyntaxNode?>();
            if (replacements.TryGetValue(id, out var spans))
            {
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                foreach (var pair in spans)
                {
                    if (FindExpression(root, pair.Key) is { } expression)
                    {
                        nodes[expression] = model is not null && ConfigurationInScope(expression, model) is { } configuration
                            ? ConfigurationRead(configuration, ConfigurationKey(pair.Value))
                            : EnvironmentRead(pair.Value);
                    }
                }
            }

            if (deconst.TryGetValue(id, out var declarations))
            {
                foreach (var span in declarations)
                {
                    // Innermost for a tie: a top-level statement's GlobalStatementSyntax has the same span as its declaration.
                    var node = root.FindNode(span, getInnermostNodeForTie: true);
                    var declaration = node.FirstAncestorOrSelf<SyntaxNode>(n => n is FieldDeclarationSyntax or LocalDeclarationStatementSyntax);
                    if (declaration is not null)
                    {
                        nodes[declaration] = null;
                    }
                }
            }

            var newRoot = root.ReplaceNodes(nodes.Keys, (original, rewritten) =>
            {
                if (nodes[original] is { } replacement)
                {
                    return replacement.WithTriviaFrom(original);
                }

                return rewritten switch
                {
                    FieldDeclarationSyntax field => field.WithModifiers(Deconst(field.Modifiers, isField: true)),
                    LocalDeclarationStatementSyntax local =>
                        local.WithModifiers(Deconst(local.Modifiers, isField: false)).WithLeadingTrivia(local.GetLeadingTrivia()),
                    _ => rewritten,
                };
            });
            solution = solution.WithDocumentSyntaxRoot(id, newRoot);
        }

        return solution;
    }

    /// <summary>The code action's title: where the secret will be read from.</summary>
    public static async Task<string> DescribeAsync(Document document, SecretTarget target, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not null && model is not null && FindExpression(root, target.Span) is { } expression &&
            ConfigurationInScope(expression, model) is { } configuration)
        {
            return "Read the secret from configuration '" + ConfigurationKey(target.Variable) + "' (" + configuration + ")";
        }

        return "Read the secret from environment variable " + target.Variable;
    }

    /// <summary><c>WIFI_PASSWORD</c> to <c>Secrets:WifiPassword</c>.</summary>
    private static string ConfigurationKey(string variable)
    {
        var builder = new System.Text.StringBuilder("Secrets:");
        foreach (var word in variable.Split(new[] { '_' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.Substring(1).ToLowerInvariant());
        }

        return builder.ToString();
    }

    /// <summary>
    /// The name of an <c>IConfiguration</c> the replaced expression can read: a parameter of the enclosing method or
    /// lambda, or a field or property of the enclosing type (static ones only from a static context or a field
    /// initializer). Null when the project does not use Microsoft.Extensions.Configuration or none is in scope.
    /// </summary>
    private static string? ConfigurationInScope(ExpressionSyntax expression, SemanticModel model)
    {
        var configurationType = model.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        if (configurationType is null)
        {
            return null;
        }

        bool IsConfiguration(ITypeSymbol? type) =>
            type is not null && (SymbolEqualityComparer.Default.Equals(type, configurationType) ||
                                 type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, configurationType)));

        var staticOnly = false;
        foreach (var node in expression.Ancestors())
        {
            switch (node)
            {
                case FieldDeclarationSyntax:
                case PropertyDeclarationSyntax { Initializer: not null }:
                    staticOnly = true; // field and property initializers cannot read instance members
                    break;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    if (model.GetSymbolInfo(node).Symbol is IMethodSymbol lambda)
                    {
                        if (lambda.Parameters.FirstOrDefault(p => IsConfiguration(p.Type)) is { } lambdaParameter)
                        {
                            return lambdaParameter.Name;
                        }
                    }
                    else if (model.GetDeclaredSymbol(node) is IMethodSymbol method)
                    {
                        if (method.Parameters.FirstOrDefault(p => IsConfiguration(p.Type)) is { } parameter)
                        {
                            return parameter.Name;
                        }

                        staticOnly |= method.IsStatic;
                    }

                    break;
                case TypeDeclarationSyntax type when model.GetDeclaredSymbol(type) is { } typeSymbol:
                    foreach (var member in typeSymbol.GetMembers())
                    {
                        var memberType = member switch
                        {
                            IFieldSymbol field => field.Type,
                            IPropertySymbol property => property.Type,
                            _ => null,
                        };
                        if (IsConfiguration(memberType) && (!staticOnly || member.IsStatic) && !member.IsImplicitlyDeclared)
                        {
                            return member.Name;
                        }
                    }

                    return null;
            }
        }

        return null;
    }

    private static ExpressionSyntax ConfigurationRead(string configuration, string key)
    {
        var expression = SyntaxFactory.ParseExpression(
            configuration + "[" + SyntaxFactory.Literal(key).ToFullString() + "] ?? throw new global::System.InvalidOperationException(" +
            SyntaxFactory.Literal("Set the configuration value " + key + ".").ToFullString() + ")");
        expression = expression.ReplaceNodes(
            expression.DescendantNodes().Where(n => n is QualifiedNameSyntax or AliasQualifiedNameSyntax),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
        return expression.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    private static ExpressionSyntax EnvironmentRead(string variable)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(variable));
        var message = SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("Set the " + variable + " environment variable."));
        var expression = SyntaxFactory.ParseExpression(
            "global::System.Environment.GetEnvironmentVariable(VARIABLE) ?? throw new global::System.InvalidOperationException(MESSAGE)");
        expression = expression.ReplaceNodes(
            expression.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText is "VARIABLE" or "MESSAGE"),
            (original, _) => original.Identifier.ValueText == "VARIABLE" ? literal : message);
        // The simplifier reduces the qualified names to what the file's usings allow.
        expression = expression.ReplaceNodes(
            expression.DescendantNodes().Where(n => n is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax),
            (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation));
        return expression.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
    }

    private static SyntaxTokenList Deconst(SyntaxTokenList modifiers, bool isField)
    {
        var index = modifiers.IndexOf(SyntaxKind.ConstKeyword);
        if (index < 0)
        {
            return modifiers;
        }

        var constToken = modifiers[index];
        if (!isField)
        {
            return modifiers.RemoveAt(index);
        }

        var replacement = new List<SyntaxToken>
        {
            SyntaxFactory.Token(SyntaxKind.StaticKeyword).WithLeadingTrivia(constToken.LeadingTrivia).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword).WithTrailingTrivia(constToken.TrailingTrivia),
        };
        return modifiers.ReplaceRange(constToken, replacement);
    }

    private static ExpressionSyntax? FindExpression(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        for (var node = root.FindNode(span, getInnermostNodeForTie: true); node is not null; node = node.Parent)
        {
            if (node.Span == span && node is ExpressionSyntax expression)
            {
                return expression;
            }

            if (node.Span.Length > span.Length)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The const field or local whose initializer <paramref name="expression"/> is, if any.</summary>
    private static ISymbol? ConstHolder(ExpressionSyntax expression, SemanticModel model)
    {
        if (expression.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } &&
            model.GetDeclaredSymbol(declarator) is { } symbol &&
            symbol is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true })
        {
            return symbol;
        }

        return null;
    }

    private static bool RequiresConstant(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case AttributeArgumentSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case ParameterSyntax:
                    return true;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private readonly struct ConstantUse
    {
        public ConstantUse(ISymbol? holder, bool requiresConstant)
        {
            Holder = holder;
            RequiresConstant = requiresConstant;
        }

        /// <summary>Another const built from the constant, which must stop being const too.</summary>
        public ISymbol? Holder { get; }

        /// <summary>The use sits where only a constant is allowed (attribute, case label, default value).</summary>
        public bool RequiresConstant { get; }
    }

    private static async Task<List<ConstantUse>> ConstantUsesAsync(Solution solution, ISymbol constant, CancellationToken cancellationToken)
    {
        var uses = new List<ConstantUse>();
        var references = await Microsoft.CodeAnalysis.FindSymbols.SymbolFinder.FindReferencesAsync(constant, solution, cancellationToken).ConfigureAwait(false);
        foreach (var reference in references)
        {
            foreach (var location in reference.Locations)
            {
                var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root is null || model is null)
                {
                    continue;
                }

                var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                var declarator = node.FirstAncestorOrSelf<VariableDeclaratorSyntax>();
                if (declarator?.Initializer is { } initializer && initializer.Span.Contains(node.Span) &&
                    model.GetDeclaredSymbol(declarator, cancellationToken) is { } holder &&
                    holder is IFieldSymbol { IsConst: true } or ILocalSymbol { IsConst: true })
                {
                    uses.Add(new ConstantUse(holder, requiresConstant: false));
                }
                else if (RequiresConstant(node))
                {
                    uses.Add(new ConstantUse(null, requiresConstant: true));
                }
            }
        }

        return uses;
    }

    private static TValue GetOrAdd<TValue>(Dictionary<DocumentId, TValue> map, DocumentId key)
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            map[key] = value = new TValue();
        }

        return value;
    }
}
