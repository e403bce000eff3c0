using System;
using System.Linq;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Values;

/// <summary>What a name refers to, as far as the syntax of its own file shows.</summary>
internal enum DeclarationKind
{
    /// <summary>Not found, ambiguous, or something else (inherited, imported, another part of a partial type).</summary>
    Unknown,

    /// <summary>A parameter of an enclosing method, lambda, local function, accessor or primary constructor.</summary>
    Parameter,

    /// <summary>A variable declared with <c>foreach</c>, <c>out var</c>, a pattern or <c>catch</c>: always a run-time value.</summary>
    RuntimeVariable,

    /// <summary>A local, field or property; <see cref="SyntacticDeclaration.Value"/> is its initializer (null when none).</summary>
    Variable,

    /// <summary>A <c>const</c> local or field.</summary>
    Constant,
}

/// <summary>The declaration a simple name was found to refer to.</summary>
internal readonly struct SyntacticDeclaration
{
    public SyntacticDeclaration(DeclarationKind kind, ExpressionSyntax? value = null)
    {
        Kind = kind;
        Value = value;
    }

    public DeclarationKind Kind { get; }

    /// <summary>The initializer or expression body of a variable, field or property.</summary>
    public ExpressionSyntax? Value { get; }
}

/// <summary>
/// Screens run on syntax before any semantic-model call. The first semantic question about a member binds its whole
/// body (and, with nullable reference types on, runs nullable analysis over it), which costs far more than every
/// syntactic test here together; so each rule first asks whether the syntax could possibly hold what it reports.
/// Every answer errs on the side of "maybe": a screen may let through code that turns out clean, never drop code that
/// could give a finding.
/// </summary>
internal static class SyntacticValues
{
    private const int MaxDepth = 4;

    /// <summary>
    /// The value a property's getter returns when that is all it does: <c>=&gt; value</c>, <c>{ get =&gt; value; }</c> or
    /// <c>{ get { return value; } }</c>, beside no setter or one that ignores its value (<c>set { }</c>); null otherwise.
    /// </summary>
    public static ExpressionSyntax? GetterValue(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is { } body)
        {
            return body.Expression;
        }

        if (property.AccessorList?.Accessors is not { Count: 1 or 2 } accessors)
        {
            return null;
        }

        ExpressionSyntax? returned = null;
        var stores = false;
        foreach (var accessor in accessors)
        {
            if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                returned = ReturnedBy(accessor);
            }
            else if (accessor.Body is not { Statements.Count: 0 } || accessor.ExpressionBody is not null)
            {
                stores = true; // a setter that stores its value (or an auto-property's set;): the getter may return another value
            }
        }

        // ... unless the getter chooses what it returns (Values["Password"] == null ? "..." : Values["Password"].ToString(),
        // _password ?? "..."): then the fallback it writes is one of its values whatever the setter stored.
        return !stores || returned is not null && Strip(returned) is ConditionalExpressionSyntax or SwitchExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }
            ? returned
            : null;
    }

    /// <summary>
    /// What a property's getter returns, written as <c>get =&gt; value</c> or <c>get { return value; }</c>, whatever its
    /// setter does (<c>get =&gt; _password; set =&gt; _password = value;</c>); null for any other getter, or none.
    /// </summary>
    public static ExpressionSyntax? GetterReturns(PropertyDeclarationSyntax property) =>
        property.ExpressionBody?.Expression ??
        (property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) is { } getter ? ReturnedBy(getter) : null);

    private static ExpressionSyntax? ReturnedBy(AccessorDeclarationSyntax getter) =>
        getter.ExpressionBody?.Expression ??
        (getter.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } expression } ? expression : null);

    /// <summary>The expression without parentheses, casts, <c>as</c>, <c>!</c> and <c>checked</c>: what the resolver unwraps too.</summary>
    public static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case CastExpressionSyntax cast:
                    expression = cast.Expression;
                    break;
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression):
                    expression = binary.Left;
                    break;
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = postfix.Operand;
                    break;
                case CheckedExpressionSyntax @checked:
                    expression = @checked.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }

    /// <summary>Whether <paramref name="named"/> is only named by <c>nameof(...)</c>: its value is not read there.</summary>
    public static bool IsNameOfArgument(IdentifierNameSyntax named) =>
        named.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf &&
        nameOf.ArgumentList.Arguments.Count == 1 && nameOf.ArgumentList.Arguments[0].Expression.Span.Contains(named.Span);

    /// <summary>How <see cref="WrittenText"/> and <see cref="ResolvedString.Text"/> mark a run-time part.</summary>
    public const char Hole = '\0';

    /// <summary>
    /// The text of a string literal, or of an interpolation or concatenation of literals and run-time values (each
    /// run-time value a <see cref="Hole"/>), exactly as the resolver would see it; null when some part may be text
    /// written elsewhere (a constant, a field), which only the semantic model can tell.
    /// </summary>
    public static string? WrittenText(ExpressionSyntax expression)
    {
        var builder = new System.Text.StringBuilder();
        return AppendWrittenText(expression, builder, 0) ? builder.ToString() : null;
    }

    private static bool AppendWrittenText(ExpressionSyntax expression, System.Text.StringBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        expression = Strip(expression);
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                builder.Append(literal.Token.ValueText);
                return true;

            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        builder.Append(TextOf(text));
                    }
                    else if (content is InterpolationSyntax interpolation && !MayHoldWrittenText(interpolation.Expression))
                    {
                        builder.Append(Hole);
                    }
                    else
                    {
                        return false;
                    }
                }

                return true;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                foreach (var piece in AddChain(binary))
                {
                    if (!AppendWrittenText(piece, builder, depth + 1))
                    {
                        return false;
                    }
                }

                return true;

            default:
                if (MayHoldWrittenText(expression))
                {
                    return false;
                }

                builder.Append(Hole);
                return true;
        }
    }

    /// <summary>
    /// Whether the value may carry text written in the code, in one of the <see cref="ValueShapes"/> that
    /// <see cref="StringValueResolver"/> resolves: false for parameters, object creations, calls other than the
    /// <see cref="TextCall"/>s,
    /// <c>await</c>, indexers, <c>null</c>, and variables or fields whose only value is one of those.
    /// </summary>
    public static bool MayHoldWrittenText(ExpressionSyntax expression) => MayHoldWrittenText(expression, 0);

    /// <summary>
    /// The elements of an array written in place (<c>{ "a", "b" }</c>, <c>new[] { ... }</c>, <c>new string[] { ... }</c>,
    /// <c>[ "a", "b" ]</c>), in order; null for any other expression, an array created with no initializer, or a collection
    /// expression with a spread.
    /// </summary>
    public static IReadOnlyList<ExpressionSyntax>? ArrayElements(ExpressionSyntax array) => Strip(array) switch
    {
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } initializer => initializer.Expressions,
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax) =>
            collection.Elements.Select(e => ((ExpressionElementSyntax)e).Expression).ToList(),
        // new List<string> { "Host=...", "Password=..." }: one value per element, in order (not { { "key", "value" } } pairs)
        BaseObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 }, Initializer: { RawKind: (int)SyntaxKind.CollectionInitializerExpression } list }
            when list.Expressions.All(e => e is not (InitializerExpressionSyntax or AssignmentExpressionSyntax)) => list.Expressions,
        _ => null,
    };

    /// <summary>
    /// Whether the list <paramref name="written"/> is (<c>new List&lt;string&gt; { ... }</c> given to a local, a field or a
    /// property where it is declared) is changed after it is written other than by adding to it: <c>Clear()</c>,
    /// <c>Remove...</c>, <c>Insert...</c>, <c>Reverse()</c>, <c>Sort()</c>, an element set (<c>parts[0] = ...</c>) or the
    /// name given another list, in the member that declares a local or the type part that declares a field or property.
    /// Its written elements are then not what a join of it reads. False for an array, or a list written anywhere else.
    /// </summary>
    public static bool IsListChanged(ExpressionSyntax written)
    {
        if (Strip(written) is not BaseObjectCreationExpressionSyntax)
        {
            return false;
        }

        while (written.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            written = (ExpressionSyntax)written.Parent;
        }

        var holder = written.Parent is EqualsValueClauseSyntax value ? value.Parent : null;
        var (name, scope) = holder switch
        {
            VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } local => (local.Identifier.ValueText, (SyntaxNode?)local.FirstAncestorOrSelf<MemberDeclarationSyntax>()),
            VariableDeclaratorSyntax field => (field.Identifier.ValueText, field.FirstAncestorOrSelf<TypeDeclarationSyntax>()),
            PropertyDeclarationSyntax property => (property.Identifier.ValueText, property.FirstAncestorOrSelf<TypeDeclarationSyntax>()),
            _ => (null, null),
        };
        if (name is null || scope is null)
        {
            return false;
        }

        foreach (var token in SourceWords.TokensIn(scope, name))
        {
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            ExpressionSyntax read = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier; // this.parts
            switch (read.Parent)
            {
                case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } call when call.Expression == read &&
                                                                                               call.Name.Identifier.ValueText is "Clear" or "Remove" or "RemoveAt" or "RemoveAll" or "RemoveRange" or "Insert" or "InsertRange" or "Reverse" or "Sort":
                case ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax element } when element.Left == read.Parent:
                case AssignmentExpressionSyntax assignment when assignment.Left == read:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The array (or list) a declaration holds as written there, for a join that reads it: a field's or local's initializer,
    /// what a property's getter returns or its initializer (<c>string[] Parts =&gt; new[] { ... }</c>, <c>{ get; } = [ ... ]</c>),
    /// a parameterless method's one returned value (<c>string[] Parts() =&gt; new[] { ... }</c>); null for any other
    /// declaration, or one whose value is not written there as elements (<see cref="ArrayElements"/>).
    /// </summary>
    /// <param name="declaration">A <see cref="VariableDeclaratorSyntax"/>, a <see cref="PropertyDeclarationSyntax"/> or a <see cref="MethodDeclarationSyntax"/>.</param>
    public static ExpressionSyntax? DeclaredArray(SyntaxNode declaration)
    {
        var value = declaration switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => GetterReturns(property) ?? property.Initializer?.Value,
            MethodDeclarationSyntax { ParameterList.Parameters.Count: 0 } method => ValuesReturned(method) is { Count: 1 } returned ? returned[0] : null,
            _ => null,
        };
        return value is not null && ArrayElements(value) is not null ? Strip(value) : null;
    }

    /// <summary>
    /// <see cref="MayHoldWrittenText(ExpressionSyntax)"/> for a value a sink's finders each screen (a catalogued constructor's
    /// argument is screened for its slot and again as a library credential parameter's): answered once per compilation
    /// inside an analyzer action. A literal is answered at once.
    /// </summary>
    public static bool MayHoldWrittenTextOnce(ExpressionSyntax expression) =>
        expression is not LiteralExpressionSyntax && callerDepth == 0 && invocations is { } index
            ? index.WrittenTextAnswer(expression, TopLevelWrittenText)
            : MayHoldWrittenText(expression, 0);

    private static readonly Func<ExpressionSyntax, bool> TopLevelWrittenText = expression => MayHoldWrittenText(expression, 0);

    private static bool MayHoldWrittenText(ExpressionSyntax expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return true;
        }

        expression = Strip(expression);
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                // an integer is written text too where a string is built from it ($"AT+CPIN={SimPin}" with const int SimPin)
                return literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression) ||
                       literal.IsKind(SyntaxKind.NumericLiteralExpression);

            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax ||
                        (content is InterpolationSyntax interpolation && MayHoldWrittenText(interpolation.Expression, depth + 1)))
                    {
                        return true;
                    }
                }

                return false;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                foreach (var piece in AddChain(binary))
                {
                    if (MayHoldWrittenText(piece, depth + 1))
                    {
                        return true;
                    }
                }

                return false;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression):
                return MayHoldWrittenText(binary.Left, depth + 1) || MayHoldWrittenText(binary.Right, depth + 1);

            case BinaryExpressionSyntax:
                return false; // comparisons, arithmetic other than +, logic: never text

            case ConditionalExpressionSyntax conditional:
                return MayHoldWrittenText(conditional.WhenTrue, depth + 1) || MayHoldWrittenText(conditional.WhenFalse, depth + 1);

            case SwitchExpressionSyntax switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    if (MayHoldWrittenText(arm.Expression, depth + 1))
                    {
                        return true;
                    }
                }

                return false;

            case IdentifierNameSyntax identifier:
                return MayHoldWrittenText(Find(identifier), depth);

            case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax name }:
                return MayHoldWrittenText(FindMember(name), depth);

            case MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" }, Name.Identifier.ValueText: "Empty" }:
                return false; // string.Empty: a metadata field, no text

            case InvocationExpressionSyntax invocation:
                switch (SyntaxNames.Rightmost(invocation.Expression))
                {
                    case "nameof":
                        return true;
                    case var name when ValueShapes.IsInterpolationCall(name, invocation):
                        return invocation.ArgumentList.Arguments.Any(a => a.Expression is InterpolatedStringExpressionSyntax && MayHoldWrittenText(a.Expression, depth + 1));
                    case "FromResult" when invocation.ArgumentList.Arguments.Count == 1:
                        return MayHoldWrittenText(invocation.ArgumentList.Arguments[0].Expression, depth + 1); // Task.FromResult("..."): a completed task's text
                    case "Trim" or "TrimStart" or "TrimEnd" when invocation.Expression is MemberAccessExpressionSyntax trimmed:
                        return MayHoldWrittenText(trimmed.Expression, depth + 1); // token.Trim(): the text it trims
                    case var name when ValueShapes.IsReceiverTextCallName(name) && invocation.Expression is MemberAccessExpressionSyntax receiverAccess:
                        return MayHoldWrittenText(receiverAccess.Expression, depth + 1);
                    case var name when ValueShapes.IsTextCallName(name):
                        foreach (var argument in invocation.ArgumentList.Arguments)
                        {
                            if (MayHoldWrittenText(argument.Expression, depth + 1))
                            {
                                return true;
                            }
                        }

                        return false;
                    default:
                        // a call's result exists only at run time, unless it is the type's own helper choosing between
                        // written values (KeyFor(region) => region switch { ... => "..." })
                        return invocation.Expression switch
                        {
                            // ... or a reader returning the fallback the call passes (Setting("KEY", "...") of Setting(key,
                            // fallback) => Read(key) ?? fallback): any choice reading a parameter of the helper, with an
                            // argument of the call that may hold text
                            // (or through a wrapper handing its parameters on to such a reader of the compilation)
                            // Func<string> bench = () => "...";: a lambda held by a local returns its body's text when called
                            // (pick(lab) of isLab => isLab ? "..." : "...": its arguments choose)
                            IdentifierNameSyntax { Parent: InvocationExpressionSyntax } called when
                                Find(called) is { Kind: DeclarationKind.Variable, Value: LambdaExpressionSyntax { ExpressionBody: { } returned } } =>
                                MayHoldWrittenText(returned, depth + 1),
                            // (a block body, async too: async s => { await ...; return "..."; })
                            IdentifierNameSyntax { Parent: InvocationExpressionSyntax } calledBlock when
                                Find(calledBlock) is { Kind: DeclarationKind.Variable, Value: LambdaExpressionSyntax { Block: { } lambdaBody } } =>
                                lambdaBody.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>()
                                    .Any(r => r.Expression is { } lambdaReturned && MayHoldWrittenText(lambdaReturned, depth + 1)),
                            IdentifierNameSyntax helper => ChoicesReturnedBy(helper, invocation.ArgumentList.Arguments.Count) is var choices &&
                                                           (choices.Any(choice => MayHoldWrittenText(choice, depth + 1)) ||
                                                            ((choices.Any(ReadsItsParameter) || WrapsHelper(helper, invocation.ArgumentList.Arguments.Count)) &&
                                                             invocation.ArgumentList.Arguments.Any(a => MayHoldWrittenText(a.Expression, depth + 1)))),
                            // HiveKeys.KeyFor(id), secrets.InfluxDBToken(), deviceId.HubKey(): another type's helper or an
                            // instance or extension method, whose declaration this file may not show; read when the compilation's
                            // own source declares a method of that name (Environment.GetEnvironmentVariable is not): the
                            // resolver reads what it returns
                            MemberAccessExpressionSyntax { Name: var method } => invocations is { } index && index.DeclaresMethod(method.Identifier.ValueText),
                            _ => false,
                        };
                }

            case ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } wrapper when ValueShapes.IsTextWrapperName(SyntaxNames.Rightmost(wrapper.Type)):
                return MayHoldWrittenText(wrapper.ArgumentList!.Arguments[0].Expression, depth + 1); // new OctetString("public")

            case ObjectCreationExpressionSyntax { Type: PredefinedTypeSyntax { Keyword.ValueText: "string" } or IdentifierNameSyntax { Identifier.ValueText: "String" }, ArgumentList.Arguments.Count: 1 } characters:
                return Strip(characters.ArgumentList!.Arguments[0].Expression) is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax; // new string(new[] { 'a', 'b' })

            case ArrayCreationExpressionSyntax { Initializer: { } arrayInitializer }:
                return MayHoldWrittenText(arrayInitializer, depth);

            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return MayHoldWrittenText(implicitArray.Initializer, depth); // string.Join(',', new[] { "a", "b" })

            case ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax table }:
                // Codes[serial] of a table the file declares with written entries: the entries may be what is looked up.
                return Find(table) switch
                {
                    { Kind: DeclarationKind.Parameter or DeclarationKind.RuntimeVariable } => false,
                    { Kind: DeclarationKind.Variable, Value: var value } => value is not null &&
                                                                           (HoldsWrittenEntries(value) ||
                                                                            (depth < 4 && Strip(value) is ElementAccessExpressionSyntax row && MayHoldWrittenText(row, depth + 1))), // var block = Blocks[i]
                    _ => true,
                };

            case ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } }
                when owner.Identifier.ValueText is { Length: > 0 } ownerName && char.IsUpper(ownerName[0]) && Find(owner).Kind == DeclarationKind.Unknown:
                // FactoryDefaults.Passwords[i]: another type's table, whose declaration this file does not show (the resolver reads it)
                return true;

            case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Trim" or "TrimStart" or "TrimEnd" } } } trimmedIfAny:
                return MayHoldWrittenText(trimmedIfAny.Expression, depth + 1); // token?.Trim()

            case ConditionalAccessExpressionSyntax { WhenNotNull: ConditionalAccessExpressionSyntax chained } when depth < 4:
                return MayHoldWrittenText(chained, depth + 1); // _rig?.Secrets?.BrokerPassword(): the chain's last call

            case ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax }:
                return true; // _cfg?.Mqtt?.Password: a member of another object, as _cfg.Mqtt.Password is

            case ConditionalAccessExpressionSyntax { WhenNotNull: MemberAccessExpressionSyntax boundChain } when IsBoundMemberChain(boundChain):
                return true; // _cfg?.Mqtt.Password: only the first link null-conditional, the rest plain member reads

            case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name: var boundMethod } } }:
                // _secrets?.FeedToken(): an instance helper called when its receiver is there, read as secrets.FeedToken() is
                return invocations is { } declared && declared.DeclaresMethod(boundMethod.Identifier.ValueText);

            case AwaitExpressionSyntax { Expression: var awaitedCall } when depth < 4:
                // await Secrets.ReadTokenAsync() (.ConfigureAwait(false)): the task of a helper the compilation declares
                return MayHoldWrittenText(WithoutConfigureAwait(Strip(awaitedCall)), depth + 1);

            case ElementAccessExpressionSyntax { Expression: ElementAccessExpressionSyntax row } when depth < 4:
                // Networks[i][1]: a cell of a row of a table (read as the table's own entries may be)
                return MayHoldWrittenText(row, depth + 1);

            case ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax
                or ArrayCreationExpressionSyntax or AwaitExpressionSyntax or ElementAccessExpressionSyntax
                or ConditionalAccessExpressionSyntax or AnonymousFunctionExpressionSyntax or TypeOfExpressionSyntax or SizeOfExpressionSyntax
                or DefaultExpressionSyntax or ThisExpressionSyntax or BaseExpressionSyntax or ThrowExpressionSyntax or PrefixUnaryExpressionSyntax
                or PostfixUnaryExpressionSyntax or IsPatternExpressionSyntax or QueryExpressionSyntax:
                return false;

            default:
                return true; // member access on another type (Secrets.WifiPassword), and anything unforeseen
        }
    }

    /// <summary>
    /// Whether a <c>foreach</c> reads a table written in the file: built in place with written entries, or a local or field
    /// of the file declared so (<c>StringCollection passwords = new() { "...", "..." }</c>); or may read one written in
    /// another type (<c>FactoryDefaults.Passwords</c>: a type's name, not a value of this file).
    /// </summary>
    private static bool RowsMayBeWritten(ExpressionSyntax collection, int depth = 0) =>
        Strip(collection) switch
        {
            IdentifierNameSyntax table => Find(table) is { Kind: DeclarationKind.Variable, Value: { } value } && (HoldsWrittenEntries(value, depth) || AddsMayBeWritten(table.Identifier.ValueText, value, depth)),
            // FactoryDefaults.Passwords: another type's static table, whose declaration this file does not show
            MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } when owner.Identifier.ValueText is { Length: > 0 } ownerName && char.IsUpper(ownerName[0]) &&
                                                                                         Find(owner).Kind == DeclarationKind.Unknown => true,
            _ => HoldsWrittenEntries(collection, depth),
        };

    /// <summary>
    /// Whether a local collection made in place (<c>var communitiesToTry = new List&lt;string&gt;();</c>) is given, by an
    /// <c>Add</c> call of one argument in the block that declares it, a value that may hold written text (a parameter's
    /// default, the rows of a written table copied in a loop).
    /// </summary>
    private static bool AddsMayBeWritten(string name, ExpressionSyntax value, int depth) =>
        depth < 3 && Strip(value) is BaseObjectCreationExpressionSyntax or CollectionExpressionSyntax &&
        value.FirstAncestorOrSelf<BlockSyntax>() is { } block &&
        ValuesAddedTo(block, name).Any(added => MayHoldWrittenText(added, depth + 1));

    /// <summary>
    /// The values <c>Add</c> calls of one argument in <paramref name="scope"/> give the variable named <paramref name="name"/>
    /// (<c>communitiesToTry.Add(community)</c>), in order.
    /// </summary>
    internal static IEnumerable<ExpressionSyntax> ValuesAddedTo(SyntaxNode scope, string name) =>
        scope.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call is
            {
                Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var receiver }, Name.Identifier.ValueText: "Add" },
                ArgumentList.Arguments.Count: 1,
            } && receiver == name)
            .Select(call => call.ArgumentList.Arguments[0].Expression);

    /// <summary>A table's initializer that writes string entries (<c>new() { ["k"] = "v" }</c>, <c>new[] { "a", "b" }</c>).</summary>
    private static bool HoldsWrittenEntries(ExpressionSyntax value, int depth = 0) =>
        Strip(value) switch
        {
            BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StringLiteralExpression)),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StringLiteralExpression)),
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StringLiteralExpression)),
            // [.. FactoryDefaults.Legacy, .. FactoryDefaults.Current]: spreads of tables that may be written elsewhere
            CollectionExpressionSyntax collection => collection.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StringLiteralExpression)) ||
                                                     depth < 4 && collection.Elements.Any(e => e is SpreadElementSyntax { Expression: var spread } && RowsMayBeWritten(spread, depth + 1)),
            InitializerExpressionSyntax arrayInitializer => arrayInitializer.DescendantNodes().Any(n => n.IsKind(SyntaxKind.StringLiteralExpression)), // string[] a = { "..." }
            _ => false,
        };

    /// <summary>
    /// The text a part of an interpolated string writes: its token's value with the doubled braces of a regular or verbatim
    /// interpolated string written once (<c>$"AT+CPIN=\"${{SIM_PIN}}\""</c> writes <c>${SIM_PIN}</c>; the token's value
    /// keeps them doubled). A raw interpolated string's braces are its text as they are.
    /// </summary>
    internal static string TextOf(InterpolatedStringTextSyntax part)
    {
        var text = part.TextToken.ValueText;
        return (text.IndexOf('{') >= 0 || text.IndexOf('}') >= 0) &&
               part.Parent is InterpolatedStringExpressionSyntax { StringStartToken.RawKind: (int)SyntaxKind.InterpolatedStringStartToken or (int)SyntaxKind.InterpolatedVerbatimStringStartToken }
            ? text.Replace("{{", "{").Replace("}}", "}")
            : text;
    }

    /// <summary>The operands of a chain of <c>+</c> (nested to the left, parentheses looked through), left to right: its length costs no depth.</summary>
    internal static List<ExpressionSyntax> AddChain(BinaryExpressionSyntax binary)
    {
        var pieces = new List<ExpressionSyntax>();
        ExpressionSyntax current = binary;
        while (Strip(current) is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression))
        {
            pieces.Add(add.Right);
            current = add.Left;
        }

        pieces.Add(current);
        pieces.Reverse();
        return pieces;
    }

    private static bool MayHoldWrittenText(InitializerExpressionSyntax initializer, int depth)
    {
        foreach (var element in initializer.Expressions)
        {
            if (MayHoldWrittenText(element, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayHoldWrittenText(SyntacticDeclaration declaration, int depth) => declaration.Kind switch
    {
        DeclarationKind.Parameter or DeclarationKind.RuntimeVariable => false,
        DeclarationKind.Variable => declaration.Value is not null && MayHoldWrittenText(declaration.Value, depth + 1),
        _ => true,
    };

    /// <summary>
    /// The declaration a simple name refers to, found by walking out through the enclosing functions, blocks and types
    /// of its own file. Unknown whenever the file cannot tell (a base type, another part of a partial type, a static
    /// import, a name declared twice in one scope). With <paramref name="readCallers"/> false, a credential-named parameter
    /// is a parameter whatever its callers pass (the question of whether they may pass written text, which reads every call
    /// of the function, is left out: a caller asking what the name is, not what text it may hold).
    /// </summary>
    public static SyntacticDeclaration Find(IdentifierNameSyntax identifier, bool readCallers = true) =>
        callerDepth == 0 && invocations is { } index
            ? index.DeclarationAnswer(identifier, readCallers, readCallers ? FindReadingCallers : FindNotReadingCallers)
            : FindUncached(identifier, readCallers);

    private static readonly Func<IdentifierNameSyntax, SyntacticDeclaration> FindReadingCallers = identifier => FindUncached(identifier, readCallers: true);
    private static readonly Func<IdentifierNameSyntax, SyntacticDeclaration> FindNotReadingCallers = identifier => FindUncached(identifier, readCallers: false);

    private static SyntacticDeclaration FindUncached(IdentifierNameSyntax identifier, bool readCallers)
    {
        var name = identifier.Identifier.ValueText;
        for (SyntaxNode? node = identifier.Parent, child = identifier; node is not null; child = node, node = node.Parent)
        {
            // Whether the name is a parameter of this node (a function's, an indexer's, a primary constructor's): asked once
            // per node that has a parameter list, not once per case below.
            var isParameter = ParametersOf(node) is { } parameterList && System.Array.IndexOf(ParameterNames(parameterList), name) >= 0;
            switch (node)
            {
                case BlockSyntax block:
                    if (FindInStatements(block, block.Statements, name, identifier) is { } inBlock)
                    {
                        return inBlock;
                    }

                    break;

                case SwitchSectionSyntax { Parent: SwitchStatementSyntax @switch }:
                    // A local declared in one section is in scope in all of them.
                    foreach (var section in @switch.Sections)
                    {
                        if (FindInStatements(section, section.Statements, name, identifier) is { } inSection)
                        {
                            return inSection;
                        }
                    }

                    break;

                case ForEachStatementSyntax forEach when forEach.Identifier.ValueText == name && child != forEach.Expression:
                    // foreach (var p in passwords): the rows of a table the file writes (passwords = new() { "..." }) or of a
                    // collection it builds in place; a run-time collection's rows are run-time values
                    return RowsMayBeWritten(forEach.Expression)
                        ? new SyntacticDeclaration(DeclarationKind.Unknown)
                        : new SyntacticDeclaration(DeclarationKind.RuntimeVariable);

                case ForEachVariableStatementSyntax deconstructing when child != deconstructing.Expression &&
                                                                        deconstructing.Variable.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Any(d => d.Identifier.ValueText == name):
                    // foreach (var (user, password) in FactoryLogins): the rows' elements, as above
                    return RowsMayBeWritten(deconstructing.Expression)
                        ? new SyntacticDeclaration(DeclarationKind.Unknown)
                        : new SyntacticDeclaration(DeclarationKind.RuntimeVariable);

                case CatchClauseSyntax { Declaration: { } catchDeclaration } when catchDeclaration.Identifier.ValueText == name:
                    return new SyntacticDeclaration(DeclarationKind.RuntimeVariable);

                case UsingStatementSyntax { Declaration: { } usingDeclaration } when child != usingDeclaration && FindDeclarator(usingDeclaration, name) is { } usingDeclarator:
                    return usingDeclarator;

                case ForStatementSyntax { Declaration: { } forDeclaration } when FindDeclarator(forDeclaration, name) is { } forDeclarator:
                    return forDeclarator;

                case SimpleLambdaExpressionSyntax simple when simple.Parameter.Identifier.ValueText == name:
                    return new SyntacticDeclaration(DeclarationKind.Parameter);

                case LocalFunctionStatementSyntax localFunction when isParameter && DefaultOf(localFunction.ParameterList, name) is { } localDefault && MayHoldWrittenText(localDefault):
                    return new SyntacticDeclaration(DeclarationKind.Variable, localDefault); // a default value may be its value
                case BaseMethodDeclarationSyntax method when isParameter && DefaultOf(method.ParameterList, name) is { } methodDefault && MayHoldWrittenText(methodDefault):
                    return new SyntacticDeclaration(DeclarationKind.Variable, methodDefault);
                case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax when isParameter && GivenDefault(node, name) is { } given && MayHoldWrittenText(given):
                    return new SyntacticDeclaration(DeclarationKind.Unknown); // if (string.IsNullOrEmpty(password)) password = BenchPassword;

                case MethodDeclarationSyntax privateMethod when readCallers && isParameter && IsPrivate(privateMethod) && IsCredentialParameterName(name) &&
                                                               CallersMayPassText(privateMethod, privateMethod.Identifier.ValueText, privateMethod.ParameterList, name):
                case LocalFunctionStatementSyntax calledLocally when readCallers && isParameter && IsCredentialParameterName(name) &&
                                                                     CallersMayPassText(calledLocally, calledLocally.Identifier.ValueText, calledLocally.ParameterList, name):
                    return new SyntacticDeclaration(DeclarationKind.Unknown); // its callers in the same type pass written text

                case MethodDeclarationSyntax visibleMethod when readCallers && isParameter && IsCredentialParameterName(name) &&
                                                               MayBeCalledBeyondThisFile(visibleMethod) && VisibleCallersMayPassText(visibleMethod, name):
                    return new SyntacticDeclaration(DeclarationKind.Unknown); // its callers, anywhere, may pass written text

                case ConstructorDeclarationSyntax constructor when readCallers && isParameter && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword) && IsCredentialParameterName(name) &&
                                                                  CreationsMayPassText(constructor, name):
                    // a wrapper's constructor (InfluxClient(string url, string token) => new InfluxDBClient(url, token)): a
                    // new InfluxClient(...) call passes written text for it; the resolver reads them
                    return new SyntacticDeclaration(DeclarationKind.Unknown);

                case TypeDeclarationSyntax { ParameterList: { } primary } withPrimary when readCallers && isParameter && IsCredentialParameterName(name) &&
                                                                                      CreationsMayPassText(withPrimary.SyntaxTree, withPrimary.Identifier.ValueText, primary, name):
                    // a primary constructor's parameter (class TleFetcher(HttpClient http, string apiKey)): the same as a constructor's
                    return new SyntacticDeclaration(DeclarationKind.Unknown);

                case ParenthesizedLambdaExpressionSyntax when isParameter:
                case AnonymousMethodExpressionSyntax when isParameter:
                case LocalFunctionStatementSyntax when isParameter:
                case BaseMethodDeclarationSyntax when isParameter:
                case IndexerDeclarationSyntax when isParameter:
                case TypeDeclarationSyntax when isParameter:
                    return new SyntacticDeclaration(DeclarationKind.Parameter);

                case AccessorDeclarationSyntax accessor when name == "value" && !accessor.IsKind(SyntaxKind.GetAccessorDeclaration):
                    return new SyntacticDeclaration(DeclarationKind.Parameter);

                case TypeDeclarationSyntax type:
                    if (FindInType(type, name) is { } member)
                    {
                        // a field or property given its value by a constructor or a setter (_apiKey = apiKey), with no initial
                        // value or one without text (string _token = string.Empty;): its creations' or callers' arguments
                        // (another part of a partial type may assign it in its constructor); so too one a constructor reads
                        // at run time (_password = config["Password"]) that another constructor takes as a parameter
                        return member is { Kind: DeclarationKind.Variable } && (member.Value is null || IsNoText(member.Value) || IsReadAtRunTime(member.Value)) &&
                               (AssignedFromConstructorMayHoldText(type, name) || IsSettableFromOutside(type, name) || type.Modifiers.Any(SyntaxKind.PartialKeyword) ||
                                WrittenInMethods(type, name))
                            ? new SyntacticDeclaration(DeclarationKind.Unknown)
                            : member;
                    }

                    if (type.Modifiers.Any(SyntaxKind.PartialKeyword) || type.BaseList is not null)
                    {
                        return default; // declared in another part, or inherited
                    }

                    break;

                case BaseNamespaceDeclarationSyntax or CompilationUnitSyntax:
                    return default;
            }
        }

        return default;
    }

    /// <summary>
    /// Whether a method, constructor, accessor or local function of <paramref name="type"/> assigns its member <paramref name="name"/>
    /// (<c>pierWifiPsk = $"psk-wifi-{Site}";</c>, <c>this._password = bench ? "..." : Read();</c>, a <c>??=</c> default) a value
    /// that writes text in place: a string literal or an interpolation's text anywhere in the assigned expression. Read on
    /// syntax (the name's tokens in the type's text, no walk, no lookup), once per type and name; the resolver reads the
    /// writes themselves.
    /// </summary>
    private static bool WrittenInMethods(TypeDeclarationSyntax type, string name) =>
        MethodWrites.GetValue(type, _ => new Infrastructure.LockedCache<string, bool>(StringComparer.Ordinal)).GetOrAdd(name, n =>
        {
            foreach (var token in SourceWords.TokensIn(type, n))
            {
                if (token.Parent is IdentifierNameSyntax written &&
                    (written.Parent is MemberAccessExpressionSyntax { Name: var accessed } access && accessed == written ? access : (ExpressionSyntax)written) is var target &&
                    AssignedName(target) == n && ValueAssignedTo(target) is { } assigned &&
                    target.FirstAncestorOrSelf<MemberDeclarationSyntax>() is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax &&
                    assigned.DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringTextToken) ||
                                                                 t.IsKind(SyntaxKind.Utf8StringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) ||
                                                                 t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)))
                {
                    return true;
                }
            }

            return false;
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TypeDeclarationSyntax, Infrastructure.LockedCache<string, bool>> MethodWrites = new();

    /// <summary>
    /// The value written into <paramref name="target"/> where it is the target of an assignment: a plain assignment's or a
    /// <c>??=</c> default's right side, or its element of a tuple written in place (<c>(_ssid, _psk) = ("mill-ap", "...")</c>);
    /// null anywhere else.
    /// </summary>
    internal static ExpressionSyntax? ValueAssignedTo(ExpressionSyntax target) => target.Parent switch
    {
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression or (int)SyntaxKind.CoalesceAssignmentExpression } assignment when assignment.Left == target =>
            assignment.Right,
        // (as IndexMemberWrites pairs them: a parenthesized tuple of values too)
        ArgumentSyntax { Parent: TupleExpressionSyntax targets } element when
            targets.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } deconstruction && deconstruction.Left == targets &&
            Strip(deconstruction.Right) is TupleExpressionSyntax values && values.Arguments.Count == targets.Arguments.Count =>
            values.Arguments[targets.Arguments.IndexOf(element)].Expression,
        _ => null,
    };

    /// <summary>An initial value that holds no text: <c>null</c>, <c>default</c> or <c>string.Empty</c> (syntax only).</summary>
    private static bool IsNoText(ExpressionSyntax value) => Strip(value) switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.DefaultLiteralExpression } => true,
        DefaultExpressionSyntax => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty", Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" } } => true,
        _ => false,
    };

    /// <summary>A member of the enclosing type, as <c>this.Name</c> refers to it.</summary>
    private static SyntacticDeclaration FindMember(IdentifierNameSyntax name)
    {
        var type = name.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return type is null || type.Modifiers.Any(SyntaxKind.PartialKeyword) || type.BaseList is not null
            ? default
            : FindInType(type, name.Identifier.ValueText) ?? default;
    }

    /// <summary>
    /// The declarations of one scope (a block, a switch section or a type) by name, read once per scope and shared by
    /// every lookup in it: a screen asks about many names in the same block, and reading its statements for each one
    /// made a long method cost the square of its length.
    /// </summary>
    private sealed class ScopeIndex
    {
        /// <summary>Locals, local functions or members by name; <c>null</c> for a name declared twice (the semantic model decides).</summary>
        public readonly Dictionary<string, SyntacticDeclaration?> Declared = new(StringComparer.Ordinal);

        /// <summary>The first variable declared in an expression (out var, a pattern, a deconstruction), with where its statement starts.</summary>
        public readonly Dictionary<string, (int StatementStart, SingleVariableDesignationSyntax Designation)> Designations = new(StringComparer.Ordinal);

        public void Declare(string name, SyntacticDeclaration declaration) =>
            Declared[name] = Declared.ContainsKey(name) ? null : declaration;

        /// <summary>The values the scope's own statements assign to a bare name (<c>key = "...";</c>), in order; null when none.</summary>
        private Dictionary<string, List<ExpressionSyntax>>? _assigned;

        public void Assign(string name, ExpressionSyntax value)
        {
            _assigned ??= new Dictionary<string, List<ExpressionSyntax>>(StringComparer.Ordinal);
            if (!_assigned.TryGetValue(name, out var values))
            {
                _assigned.Add(name, values = new List<ExpressionSyntax>(1));
            }

            values.Add(value);
        }

        /// <summary>
        /// A variable declared without a value (<c>string key;</c>) and assigned once by a statement of the same scope holds
        /// that value (<c>key = "...";</c>), as if written at its declaration; one assigned there twice or more is left as
        /// declared (the resolver reads writes made elsewhere, such as in branches).
        /// </summary>
        public ScopeIndex WithAssignedValues()
        {
            if (_assigned is null)
            {
                return this;
            }

            foreach (var assigned in _assigned)
            {
                if (assigned.Value.Count == 1 && Declared.TryGetValue(assigned.Key, out var declared) &&
                    declared is { Kind: DeclarationKind.Variable, Value: null })
                {
                    Declared[assigned.Key] = new SyntacticDeclaration(DeclarationKind.Variable, assigned.Value[0]);
                }
            }

            return this;
        }

        /// <summary>The names the scope gives a default with <c>??=</c> (<c>key ??= "..."</c>, <c>this._password ??= ...</c>); null when none.</summary>
        private HashSet<string>? _coalesceDefaults;

        public bool HasCoalesceDefault(string name) => _coalesceDefaults?.Contains(name) ?? false;

        /// <summary>Records the <c>??=</c> defaults written in <paramref name="scope"/> (a search of the file's text, no walk).</summary>
        public ScopeIndex WithCoalesceDefaults(SyntaxNode scope)
        {
            foreach (var assignment in SourceWords.CoalesceAssignments(scope))
            {
                if (SyntaxNames.Rightmost(assignment.Left) is { } name)
                {
                    AddDefault(name);
                }
            }

            return this;
        }

        /// <summary>Records a default the scope gives <paramref name="name"/> (<c>??=</c>, or an if that tests it for a missing value).</summary>
        public void AddDefault(string name) => (_coalesceDefaults ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, ScopeIndex> ScopeIndexes = new();

    private static SyntacticDeclaration? FindInStatements(SyntaxNode scope, SyntaxList<StatementSyntax> statements, string name, SyntaxNode use)
    {
        var index = ScopeIndexes.GetValue(scope, _ => IndexStatements(statements).WithCoalesceDefaults(scope));
        if (index.Declared.TryGetValue(name, out var declared))
        {
            return declared is { Kind: DeclarationKind.Variable } && index.HasCoalesceDefault(name)
                ? new SyntacticDeclaration(DeclarationKind.Unknown) // key ??= "..." later in the scope: the resolver reads it
                : declared ?? default(SyntacticDeclaration); // declared twice: let the semantic model decide
        }

        // Variables declared in an expression (out var, patterns) are run-time values wherever they are used; one
        // deconstructed from a tuple written in place holds that element (var (ssid, password) = ("Lab", "...")).
        if (index.Designations.TryGetValue(name, out var designated) && designated.StatementStart <= use.SpanStart)
        {
            return DeconstructedValue(designated.Designation) is { } element
                ? new SyntacticDeclaration(DeclarationKind.Variable, element)
                : index.HasCoalesceDefault(name) || IsDeconstructedFromNamedTuple(designated.Designation)
                    ? new SyntacticDeclaration(DeclarationKind.Unknown) // if (!TryGetValue(key, out var password)) password = "...": the resolver reads it
                    : new SyntacticDeclaration(DeclarationKind.RuntimeVariable);
        }

        return null;
    }

    /// <summary>
    /// Records the locals a choice's branches deconstruct a tuple into (<c>(id, key) = Bench();</c>) or assign written text
    /// (<c>if (lab) password = "..."; else password = "...";</c>, a switch section's, a <c>catch</c>'s fallback): what they
    /// hold is the resolver's to read.
    /// </summary>
    private static void AddBranchDeconstructions(StatementSyntax choice, ScopeIndex index)
    {
        foreach (var branchWrite in choice.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<AssignmentExpressionSyntax>())
        {
            // (asked on syntax alone: this runs while the scope is indexed, so it may not look names up)
            if (branchWrite is { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax branchAssigned, Parent: ExpressionStatementSyntax } &&
                Strip(branchWrite.Right) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringExpressionSyntax or
                                            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } or ConditionalExpressionSyntax)
            {
                index.AddDefault(branchAssigned.Identifier.ValueText);
            }
            else if (branchWrite is { Left: TupleExpressionSyntax branchTargets, Parent: ExpressionStatementSyntax })
            {
                foreach (var target in branchTargets.Arguments)
                {
                    if (target.Expression is IdentifierNameSyntax deconstructedInBranch)
                    {
                        index.AddDefault(deconstructedInBranch.Identifier.ValueText);
                    }
                }
            }
        }
    }

    private static ScopeIndex IndexStatements(SyntaxList<StatementSyntax> statements)
    {
        var index = new ScopeIndex();
        foreach (var written in statements)
        {
            var statement = written;
            while (statement is LabeledStatementSyntax labeled)
            {
                statement = labeled.Statement; // `retry: var password = ...;`
            }

            switch (statement)
            {
                case LocalDeclarationStatementSyntax local:
                    foreach (var declarator in local.Declaration.Variables)
                    {
                        index.Declare(declarator.Identifier.ValueText, new SyntacticDeclaration(local.IsConst ? DeclarationKind.Constant : DeclarationKind.Variable, declarator.Initializer?.Value));
                    }

                    break;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax assignedName } assignedOnce }:
                    // string key; ... key = "...";: a local declared without a value takes the one assignment its block makes
                    index.Assign(assignedName.Identifier.ValueText, assignedOnce.Right);
                    break;
                case LocalFunctionStatementSyntax function:
                    index.Declare(function.Identifier.ValueText, new SyntacticDeclaration(DeclarationKind.Unknown));
                    break;
                case IfStatementSyntax ifStatement:
                    // if (string.IsNullOrEmpty(password)) password = "..."; (after var password = Environment...(...), or
                    // !TryGetValue(key, out var password)): a default the resolver reads, as a ??= one
                    foreach (var assigned in (ifStatement.Statement is BlockSyntax block ? block.Statements : SyntaxFactory.SingletonList(ifStatement.Statement)))
                    {
                        if (assigned is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment } &&
                            AssignedName(assignment.Left) is { } defaulted && TestsMissing(ifStatement.Condition, defaulted))
                        {
                            index.AddDefault(defaulted);
                        }
                    }

                    // if (bench) (id, key) = Bench(); else (id, key) = Field();: deconstructions in its branches
                    AddBranchDeconstructions(ifStatement, index);
                    break;
                case SwitchStatementSyntax switchStatement:
                    // case Site.Bench: (id, key) = Bench(); break;: deconstructions in its sections
                    AddBranchDeconstructions(switchStatement, index);
                    break;
                case TryStatementSyntax attempt:
                    // try { key = File.ReadAllText(...); } catch (IOException) { key = "..."; }: a fallback the code ships
                    AddBranchDeconstructions(attempt, index);
                    break;
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: TupleExpressionSyntax targets } }:
                    // (id, key) = Spare(); into variables declared before: what they hold is read by the resolver
                    foreach (var target in targets.Arguments)
                    {
                        if (target.Expression is IdentifierNameSyntax deconstructedInto)
                        {
                            index.AddDefault(deconstructedInto.Identifier.ValueText);
                        }
                    }

                    break;
            }

            foreach (var node in written.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BlockSyntax)))
            {
                if (node is SingleVariableDesignationSyntax designation && !index.Designations.ContainsKey(designation.Identifier.ValueText))
                {
                    index.Designations.Add(designation.Identifier.ValueText, (written.SpanStart, designation));
                }
            }
        }

        return index.WithAssignedValues();
    }

    /// <summary>
    /// The value a deconstructing declaration gives a designation, when the right side is a tuple written in place:
    /// <c>var (a, b) = ("x", "y")</c> and <c>(string a, string b) = ("x", "y")</c>.
    /// </summary>
    /// <summary>
    /// Whether a deconstructed variable takes an element of a tuple held by a name (<c>var (id, key) = Bench();</c>,
    /// <c>var (id, key) = Spare;</c>, <c>Keys.Bench()</c>): a helper or a member that may return a tuple written in the
    /// code, which the resolver reads; not a tuple written in place (<see cref="DeconstructedValue"/>) or awaited.
    /// </summary>
    private static bool IsDeconstructedFromNamedTuple(SingleVariableDesignationSyntax designation) =>
        designation.Parent switch
        {
            ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: AssignmentExpressionSyntax { Right: var right } } } => IsNamedTuple(right),
            // (string id, string key) = Bench();
            DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax { Parent: AssignmentExpressionSyntax { Right: var right } tupleAssignment } tuple } } =>
                tupleAssignment.Left == tuple && IsNamedTuple(right),
            _ => false,
        };

    /// <summary>Plain member reads after a null-conditional's binding (<c>.Mqtt.Password</c> of <c>_cfg?.Mqtt.Password</c>), at most eight links.</summary>
    private static bool IsBoundMemberChain(MemberAccessExpressionSyntax chain)
    {
        ExpressionSyntax link = chain;
        for (var links = 0; links < 8; links++)
        {
            switch (link)
            {
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access:
                    link = access.Expression;
                    continue;
                case MemberBindingExpressionSyntax:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A tuple held by a name or returned by a helper called by name, awaited or not (<c>Bench()</c>, <c>Spare</c>,
    /// <c>await Keys.BenchAsync()</c>, <c>await this.BenchAsync()</c>, <c>await BenchAsync().ConfigureAwait(false)</c>).
    /// </summary>
    private static bool IsNamedTuple(ExpressionSyntax value) =>
        Strip(value) switch
        {
            AwaitExpressionSyntax { Expression: var awaited } => WithoutConfigureAwait(Strip(awaited)) is InvocationExpressionSyntax { Expression: var helper } && IsNamedMember(helper),
            InvocationExpressionSyntax { Expression: var helper } => IsNamedMember(helper),
            var held => IsNamedMember(held),
        };

    /// <summary>A member named from its type or an object held by name: <c>Spare</c>, <c>Keys.Spare</c>, <c>this.Spare</c>, <c>_rig.Keys.Spare</c>, <c>_rig!.Spare</c> (at most four names).</summary>
    private static bool IsNamedMember(ExpressionSyntax expression)
    {
        for (var names = 0; names < 4; names++)
        {
            switch (expression)
            {
                case IdentifierNameSyntax:
                    return true;
                case MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax, Name: IdentifierNameSyntax }:
                    return true;
                case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } access:
                    expression = Strip(access.Expression); // _spare!.Keys, ((Rig)_rig).Keys: the object read is the same
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>The awaited task under <c>.ConfigureAwait(...)</c>, or the expression itself.</summary>
    private static ExpressionSyntax WithoutConfigureAwait(ExpressionSyntax awaited) =>
        awaited is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var task } }
            ? Strip(task)
            : awaited;

    internal static ExpressionSyntax? DeconstructedValue(SingleVariableDesignationSyntax designation)
    {
        SyntaxNode element = designation;
        ExpressionSyntax? left = null;
        var position = -1;
        switch (designation.Parent)
        {
            case ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } list:
                position = list.Variables.IndexOf(designation);
                left = declaration;
                break;
            case DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument }:
                position = tuple.Arguments.IndexOf(argument);
                left = tuple;
                break;
        }

        return left?.Parent is AssignmentExpressionSyntax { Right: var right } assignment && assignment.Left == left &&
               Strip(right) is TupleExpressionSyntax values && position >= 0 && position < values.Arguments.Count
            ? values.Arguments[position].Expression
            : null;
    }

    private static SyntacticDeclaration? FindDeclarator(VariableDeclarationSyntax declaration, string name)
    {
        foreach (var declarator in declaration.Variables)
        {
            if (declarator.Identifier.ValueText == name)
            {
                return new SyntacticDeclaration(DeclarationKind.Variable, declarator.Initializer?.Value);
            }
        }

        return null;
    }

    private static SyntacticDeclaration? FindInType(TypeDeclarationSyntax type, string name)
    {
        var index = ScopeIndexes.GetValue(type, t => IndexMembers(t).WithCoalesceDefaults(t));
        return !index.Declared.TryGetValue(name, out var declared) ? null
            : declared is { Kind: DeclarationKind.Variable } && index.HasCoalesceDefault(name) ? new SyntacticDeclaration(DeclarationKind.Unknown) // s_password ??= "..." in a method
            : declared ?? default(SyntacticDeclaration);
    }

    private static ScopeIndex IndexMembers(SyntaxNode scope)
    {
        var index = new ScopeIndex();
        foreach (var member in ((TypeDeclarationSyntax)scope).Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field:
                    var kind = field.Modifiers.Any(SyntaxKind.ConstKeyword) ? DeclarationKind.Constant : DeclarationKind.Variable;
                    foreach (var declarator in field.Declaration.Variables)
                    {
                        index.Declare(declarator.Identifier.ValueText, new SyntacticDeclaration(kind, declarator.Initializer?.Value));
                    }

                    break;
                case PropertyDeclarationSyntax property when property.Modifiers.Any(SyntaxKind.AbstractKeyword) || property.Modifiers.Any(SyntaxKind.VirtualKeyword):
                    // protected abstract string AuthToken { get; }: what the overriding getters give, which the resolver reads
                    index.Declare(property.Identifier.ValueText, new SyntacticDeclaration(DeclarationKind.Unknown));
                    break;
                case PropertyDeclarationSyntax property when GetterValue(property) is null && property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) is { Body.Statements.Count: > 0 } getter &&
                                                             ChoicesReturned(getter).Count > 0:
                    // get { if (_token.Length == 0) return "..."; return _token; }: the choices its statements make, which the resolver reads
                    index.Declare(property.Identifier.ValueText, new SyntacticDeclaration(DeclarationKind.Unknown));
                    break;
                case PropertyDeclarationSyntax property:
                    index.Declare(property.Identifier.ValueText, new SyntacticDeclaration(DeclarationKind.Variable, GetterValue(property) ?? property.Initializer?.Value));
                    break;
                case ConstructorDeclarationSyntax constructor:
                    // static readonly string Key; static Hub() { Key = "..."; } (or static Hub() => Key = "...";): a field declared
                    // without a value takes the one assignment a constructor's statements make (the resolver asks that it is
                    // the only write)
                    var assignments = constructor.ExpressionBody is { Expression: var arrowed }
                        ? new[] { arrowed }
                        : constructor.Body?.Statements.OfType<ExpressionStatementSyntax>().Select(statement => statement.Expression) ?? Enumerable.Empty<ExpressionSyntax>();
                    foreach (var statement in assignments)
                    {
                        if (statement is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assigned &&
                            AssignedName(assigned.Left) is { } assignedName &&
                            // a stored parameter or another member (_apiKey = apiKey) is followed by the callers' reading
                            Strip(assigned.Right) is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
                        {
                            index.Assign(assignedName, assigned.Right);
                        }
                    }

                    break;
                default:
                    if (NameOf(member) is { } other)
                    {
                        index.Declare(other, new SyntacticDeclaration(DeclarationKind.Unknown));
                    }

                    break;
            }
        }

        return index.WithAssignedValues();
    }

    /// <summary>
    /// A value read at run time, on its syntax alone: a call, an indexer (<c>config["Password"]</c>), a creation, an
    /// <c>await</c>, a conditional access. A member given one by a constructor may be given written text by another.
    /// </summary>
    private static bool IsReadAtRunTime(ExpressionSyntax value) =>
        Strip(value) is InvocationExpressionSyntax or ElementAccessExpressionSyntax or BaseObjectCreationExpressionSyntax or AwaitExpressionSyntax or ConditionalAccessExpressionSyntax;

    private static string? NameOf(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        EventFieldDeclarationSyntax eventField => eventField.Declaration.Variables.Count > 0 ? eventField.Declaration.Variables[0].Identifier.ValueText : null,
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        BaseTypeDeclarationSyntax nested => nested.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        _ => null,
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Infrastructure.LockedCache<(string, int), bool>> CallerText = new();

    /// <summary>
    /// Whether a call of a private method or local function in its own type passes, for the parameter
    /// <paramref name="parameter"/>, an argument that may hold written text (<c>WorkerThread(url, sas, cert)</c> with
    /// <c>sas</c> a local holding a literal). Read on syntax, once per method and parameter.
    /// </summary>
    private static bool CallersMayPassText(SyntaxNode function, string functionName, ParameterListSyntax parameters, string parameter) =>
        callerDepth switch
        {
            // Each level's answer is kept apart: below the top level the answer is cut off a level sooner, and must not
            // stand for the top level's (red team 13: uncached, 300 private factories passing a parameter on cost 6.7 s).
            0 or 1 => CallerText.GetValue(function, _ => new Infrastructure.LockedCache<(string, int), bool>())
                .GetOrAdd((parameter, callerDepth), key => ReadCallers(function, functionName, parameters, key.Item1)),
            _ => false, // deeper: the value is taken as run-time
        };

    /// <summary>
    /// The compilation's invocations, while a screen runs inside an analyzer action (<see cref="CallersFrom"/>); null
    /// outside one, where a helper visible beyond its file is taken to receive written text (the screen's "maybe").
    /// </summary>
    [ThreadStatic]
    private static InvocationIndex? invocations;

    /// <summary>
    /// Makes the compilation's <paramref name="index"/> the one this thread's screens read the callers of visible helpers
    /// from, until the returned scope is disposed (the previous index is then restored).
    /// </summary>
    public static CallerScope CallersFrom(InvocationIndex? index)
    {
        var previous = invocations;
        invocations = index;
        return new CallerScope(previous);
    }

    /// <summary>Restores the index a screen read before <see cref="CallersFrom"/>.</summary>
    public readonly struct CallerScope : IDisposable
    {
        private readonly InvocationIndex? _previous;

        internal CallerScope(InvocationIndex? previous) => _previous = previous;

        public void Dispose() => invocations = _previous;
    }

    /// <summary>
    /// Whether a call anywhere in the compilation of a helper visible beyond its file passes written text for the
    /// parameter (<c>Net.Post(url, "tok-...")</c> for <c>public static void Post(string url, string token)</c>). Without the
    /// compilation's index (a screen run outside an analyzer action), "maybe". Cached per compilation at the top level.
    /// </summary>
    private static bool VisibleCallersMayPassText(MethodDeclarationSyntax method, string parameter)
    {
        var index = invocations;
        if (index is null)
        {
            return true;
        }

        // At the top level every call is read (capped, as the resolver reads them), once per compilation for all helpers
        // of the same name and parameter (a wrapper declared in many types shares its callers' answer); below it, the
        // first call passing text settles it.
        var name = method.Identifier.ValueText;
        return callerDepth switch
        {
            0 => index.CallersPassText(name, method.ParameterList, parameter, () => ReadCallers(index.Named(name), name, method.ParameterList, parameter, capped: true)),
            1 => index.CallersPassTextBelowTop(name, method.ParameterList, parameter, () => ReadCallers(index.Named(name), name, method.ParameterList, parameter)),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a call that the resolver follows may give the parameter that <paramref name="reference"/> names written text,
    /// judged on syntax alone before any caller is bound: a screen for reading a helper's parameter from its callers
    /// (<c>$"...&amp;appid={key}"</c> in <c>WeatherAsync(string city, string key)</c>). Yes when a call of the method or local
    /// function of that name, anywhere in the compilation, passes at the parameter's place (by position, by name, or as an
    /// extension method's receiver) a value that may hold written text or a parameter of its own (which its own callers may
    /// fill: the resolver reads three levels). Whatever its parameter's name, and whichever type's method of that name the
    /// call runs (a superset of the calls the resolver binds, so the answer may be shared by every function of the name).
    /// Maybe (true) where syntax cannot tell: a written default value, a constructor's, lambda's, indexer's or primary
    /// constructor's parameter, or outside an analyzer action (no invocation index). No when no call passes either.
    /// </summary>
    public static bool CallersMayGiveText(IdentifierNameSyntax reference)
    {
        var name = reference.Identifier.ValueText;
        for (var node = reference.Parent; node is not null; node = node.Parent)
        {
            if (node is SimpleLambdaExpressionSyntax simple && simple.Parameter.Identifier.ValueText == name)
            {
                return true;
            }

            if (ParametersOf(node) is not { } list || System.Array.IndexOf(ParameterNames(list), name) < 0)
            {
                continue;
            }

            var (function, parameters) = node switch
            {
                MethodDeclarationSyntax method => (method.Identifier.ValueText, method.ParameterList),
                LocalFunctionStatementSyntax local => (local.Identifier.ValueText, local.ParameterList),
                _ => (null, null),
            };
            return function is null || parameters is null || invocations is not { } index || DefaultOf(parameters, name) is not null ||
                   index.CallersGiveText(function, parameters, name, () => AnyCallGivesText(index.Named(function), parameters, name));
        }

        return true;
    }

    /// <summary>Whether one of <paramref name="calls"/> passes, for the parameter <paramref name="p"/>, text or a parameter of its own (<see cref="CallersMayGiveText"/>).</summary>
    private static bool AnyCallGivesText(IReadOnlyList<InvocationExpressionSyntax> calls, ParameterListSyntax parameters, string p)
    {
        var position = System.Array.IndexOf(ParameterNames(parameters), p);
        var isExtension = parameters.Parameters.Count > 0 && parameters.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword);
        foreach (var call in calls)
        {
            // An extension method's call may be reduced (receiver.Name(...)) or in static form (Type.Name(receiver, ...),
            // an optional parameter left out): both alignments are read, a superset of the resolver's.
            var receiver = isExtension ? ExtensionReceiver(call, parameters.Parameters.Count) : null;
            if ((receiver is not null && position == 0 && GivesText(receiver)) ||
                PassesAt(call.ArgumentList.Arguments, position, p, shift: 0) || (isExtension && PassesAt(call.ArgumentList.Arguments, position, p, shift: 1)))
            {
                return true;
            }
        }

        return false;

        static bool PassesAt(SeparatedSyntaxList<ArgumentSyntax> arguments, int position, string p, int shift)
        {
            for (var i = 0; i < arguments.Count; i++)
            {
                var named = arguments[i].NameColon?.Name.Identifier.ValueText;
                if ((named is null ? i + shift == position : named == p) && GivesText(arguments[i].Expression))
                {
                    return true;
                }
            }

            return false;
        }

        static bool GivesText(ExpressionSyntax argument) =>
            MayHoldWrittenText(argument) || (Strip(argument) is IdentifierNameSyntax passedOn && Find(passedOn).Kind == DeclarationKind.Parameter);
    }

    /// <summary>
    /// Whether a <c>new TypeName(...)</c> call in the constructor's own file passes written text for its parameter
    /// (<c>new InfluxClient(url, "...")</c> beside the wrapper). Only the file is read (<see cref="CreationsInFile"/>): reading the whole compilation for every wrapper type cost more than the rest of the pass, and a wrapper built
    /// with a written secret in another file is a known gap. Three levels deep at most (a part's constructor given its
    /// value by a subclass's <c>base(...)</c>, the subclass built by a wrapper from a member its own constructor stores).
    /// </summary>
    private static bool CreationsMayPassText(ConstructorDeclarationSyntax constructor, string parameter) =>
        CreationsMayPassText(constructor.SyntaxTree, constructor.Identifier.ValueText, constructor.ParameterList, parameter);

    private static bool CreationsMayPassText(SyntaxTree tree, string typeName, ParameterListSyntax parameters, string parameter) =>
        callerDepth <= 2 && CreationText.GetValue(parameters, _ => new Infrastructure.LockedCache<(string, int), bool>())
            .GetOrAdd((parameter, callerDepth), key => ReadCreations(CreationsInFile(tree, typeName), parameters, key.Item1));

    /// <summary>
    /// <see cref="CreationsMayPassText(SyntaxTree, string, ParameterListSyntax, string)"/>'s answers per parameter list,
    /// parameter and level (red team 13: uncached, a wrapper creating itself 100 times cost 8-13 s, cubic in the creations).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ParameterListSyntax, Infrastructure.LockedCache<(string, int), bool>> CreationText = new();

    /// <summary>
    /// Whether <paramref name="member"/> is a credential-named property of <paramref name="type"/> that code outside the
    /// type may set (<c>public string MqttPassword { get; set; }</c>, <c>init</c>): a type configured by property
    /// assignment (<c>gateway.MqttPassword = "..."</c>) reads there what was written elsewhere.
    /// </summary>
    private static bool IsSettableFromOutside(TypeDeclarationSyntax type, string member)
    {
        if (!IsCredentialParameterName(member))
        {
            return false;
        }

        foreach (var declaration in type.Members)
        {
            if (declaration is PropertyDeclarationSyntax { AccessorList: { } accessors } property && property.Identifier.ValueText == member &&
                !property.Modifiers.Any(SyntaxKind.PrivateKeyword) && !property.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                return accessors.Accessors.Any(a => a.Kind() is SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration &&
                                                    !a.Modifiers.Any(SyntaxKind.PrivateKeyword) && a.Body is null && a.ExpressionBody is null);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a constructor of <paramref name="type"/> gives the member <paramref name="member"/> written text
    /// (<c>_password = "...";</c> in a bench constructor) or a credential-named parameter of its own (<c>_apiKey = apiKey;</c>,
    /// <c>this.PinCode = pinCode;</c>) that a <c>new TypeName(...)</c> call in the file may pass written text for, or a
    /// setter method of the type stores a credential-named parameter in it that its callers may pass written text for
    /// (<see cref="AssignmentsTo"/>, <see cref="SetterParameterOf"/>).
    /// </summary>
    private static bool AssignedFromConstructorMayHoldText(TypeDeclarationSyntax type, string member) =>
        callerDepth == 0 && invocations is { } index
            ? index.MemberTextAnswer(type, member, ComputeAssignedFromConstructorMayHoldText)
            : ComputeAssignedFromConstructorMayHoldText(type, member);

    private static readonly Func<TypeDeclarationSyntax, string, bool> ComputeAssignedFromConstructorMayHoldText = AssignedFromConstructorMayHoldTextUncached;

    private static bool AssignedFromConstructorMayHoldTextUncached(TypeDeclarationSyntax type, string member)
    {
        foreach (var constructorMember in type.Members)
        {
            if (constructorMember is not ConstructorDeclarationSyntax constructor || constructor.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                continue;
            }

            foreach (var value in AssignmentsTo(constructor, member))
            {
                switch (StoredValue(value))
                {
                    case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }:
                        return true;
                    case IdentifierNameSyntax parameter when System.Array.IndexOf(ParameterNames(constructor.ParameterList), parameter.Identifier.ValueText) >= 0 &&
                                                             IsCredentialParameterName(parameter.Identifier.ValueText) &&
                                                             CreationsMayPassText(constructor, parameter.Identifier.ValueText):
                        return true;
                    case IdentifierNameSyntax or MemberAccessExpressionSyntax when value.Parent is AssignmentExpressionSyntax defaulted && IsMissingDefault(defaulted, member) &&
                                                                                   MayHoldWrittenText(value):
                        return true; // if (string.IsNullOrEmpty(password)) { password = BenchPassword; } (a constant)
                }
            }

            // (_id, _key) = Spare(): a tuple a helper or a member may hold written
            foreach (var (tuple, _) in DeconstructionsInto(constructor, member))
            {
                if (MayHoldWrittenText(tuple))
                {
                    return true;
                }
            }
        }

        // A setter method (a fluent builder's UsePassword(string password) { _password = password; return this; }, a static
        // class's Configure(ssid, password)): the text its callers pass.
        foreach (var methodMember in type.Members)
        {
            if (methodMember is MethodDeclarationSyntax method && SetterParameterOf(method, member) is { } parameter &&
                VisibleCallersMayPassText(method, parameter.Identifier.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parameter a method's top-level statements store in <paramref name="member"/> (<c>_password = password;</c>,
    /// <c>this.ApiKey = apiKey ?? throw ...;</c>), and the parameter's reference there (the guard looked through): a setter
    /// method's; null when it stores none. The parameter or the member must be named as a credential (<c>AuthPassword =
    /// auth;</c> of an SNMPv3 <c>Initialize(user, auth, priv)</c> stores a password whatever the parameter is called).
    /// </summary>
    internal static IdentifierNameSyntax? SetterParameterOf(BaseMethodDeclarationSyntax method, string member)
    {
        foreach (var value in AssignmentsTo(method, member))
        {
            if (StoredValue(value) is IdentifierNameSyntax identifier && System.Array.IndexOf(ParameterNames(method.ParameterList), identifier.Identifier.ValueText) >= 0 &&
                (IsCredentialParameterName(identifier.Identifier.ValueText) || IsCredentialParameterName(member)))
            {
                return identifier;
            }
        }

        return null;
    }

    /// <summary>
    /// The values the top-level statements of a constructor's or a method's body (or its expression body) assign to
    /// <paramref name="member"/> (<c>_apiKey = apiKey</c>, <c>this.PinCode = pinCode</c>, <c>_password = "..."</c>,
    /// <c>WifiConfig._password = password</c> in WifiConfig's own method), also element by element from a tuple
    /// (<c>(_url, _apiKey) = (url, apiKey)</c>, the expression-bodied constructor's idiom), in the branches of an <c>if</c>
    /// (<c>if (!string.IsNullOrEmpty(token)) _token = token;</c>, a default given when the member is missing) and inside a
    /// <c>lock</c>, a <c>try</c> or a nested block (<see cref="AddStatementExpressions"/>).
    /// </summary>
    internal static IReadOnlyList<ExpressionSyntax> AssignmentsTo(BaseMethodDeclarationSyntax function, string member) =>
        MemberWrites.GetValue(function, IndexMemberWrites).TryGetValue(member, out var values) ? values : System.Array.Empty<ExpressionSyntax>();

    /// <summary>
    /// The members each function's top-level statements assign, with the values in source order, read once per function:
    /// every reference to a field or property asks the constructors and setter methods of its type about it, and reading
    /// their statements for each one made a type with many members cost the square of its size.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BaseMethodDeclarationSyntax, Dictionary<string, List<ExpressionSyntax>>> MemberWrites = new();

    /// <summary>The expressions a function's top-level statements evaluate: its expression body, or those of its statements (<see cref="AddStatementExpressions"/>).</summary>
    private static List<ExpressionSyntax> TopLevelExpressions(BaseMethodDeclarationSyntax function)
    {
        var statements = new List<ExpressionSyntax>();
        if (function.ExpressionBody is { Expression: var single })
        {
            statements.Add(single);
        }
        else if (function.Body is { } body)
        {
            AddStatementExpressions(body.Statements, statements, depth: 0);
        }

        return statements;
    }

    private static Dictionary<string, List<ExpressionSyntax>> IndexMemberWrites(BaseMethodDeclarationSyntax function)
    {
        var writes = new Dictionary<string, List<ExpressionSyntax>>(StringComparer.Ordinal);
        var statements = TopLevelExpressions(function);

        foreach (var expression in statements)
        {
            if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: var left, Right: var right })
            {
                continue;
            }

            if (left is TupleExpressionSyntax targets && Strip(right) is TupleExpressionSyntax { Arguments.Count: var count } sources && count == targets.Arguments.Count)
            {
                for (var i = 0; i < count; i++)
                {
                    Add(targets.Arguments[i].Expression, sources.Arguments[i].Expression);
                }
            }
            else if (left is not TupleExpressionSyntax)
            {
                Add(left, right);
            }
        }

        return writes;

        void Add(ExpressionSyntax target, ExpressionSyntax value)
        {
            if (WrittenMemberName(function, target) is { } member)
            {
                if (!writes.TryGetValue(member, out var values))
                {
                    writes[member] = values = new List<ExpressionSyntax>();
                }

                values.Add(value);
            }
        }
    }

    /// <summary>The member an assignment's target in <paramref name="function"/> writes: <c>x</c>, <c>this.x</c>, or <c>T.x</c> in T's own method; null otherwise.</summary>
    private static string? WrittenMemberName(BaseMethodDeclarationSyntax function, ExpressionSyntax target) =>
        target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var name } => name.Identifier.ValueText,
            // WifiConfig._password = password (Plant.WifiConfig._password) in WifiConfig's own static method
            MemberAccessExpressionSyntax { Expression: var owner, Name: var name }
                when function.Parent is TypeDeclarationSyntax type && NamesType(owner, type) => name.Identifier.ValueText,
            _ => null,
        };

    /// <summary>
    /// Whether <paramref name="owner"/> writes out the type <paramref name="type"/> declares: its name (with as many type
    /// arguments as it has type parameters: <c>Vault&lt;TDevice&gt;</c>), alone or after the names of the namespaces and
    /// types that contain it, innermost last (<c>Plant.Kiln</c>, <c>plant.line3.Press</c>, <c>Outer.Kiln</c>,
    /// <c>global::Plant.Kiln</c>, the whole path after <c>global::</c>). Read from the declaration's own containers, so
    /// another object's member of that name (<c>_plant.Kiln</c>) is not taken for the type, whatever its case.
    /// </summary>
    internal static bool NamesType(ExpressionSyntax owner, TypeDeclarationSyntax type) =>
        owner switch
        {
            SimpleNameSyntax simple => NamesDeclared(simple, type),
            AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global" } rooted => NamesDeclared(rooted.Name, type) && Qualifies(null, type.Parent, toRoot: true),
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: var last, Expression: var qualifier } =>
                NamesDeclared(last, type) && Qualifies(qualifier, type.Parent, toRoot: false),
            _ => false,
        };

    /// <summary>
    /// Whether an expression is written as a dotted chain of names only (<c>Limit</c>, <c>ATCommands.ATPINAuthCommand</c>,
    /// <c>global::Acme.Keys.Prefix</c>), whatever their case: what a constant's read looks like, before it is bound.
    /// </summary>
    internal static bool IsNamePath(ExpressionSyntax expression) =>
        expression switch
        {
            IdentifierNameSyntax or AliasQualifiedNameSyntax => true,
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax, Expression: var inner } => IsNamePath(inner),
            _ => false,
        };

    /// <summary>Whether a simple name is the declared type's name with its arity.</summary>
    private static bool NamesDeclared(SimpleNameSyntax name, TypeDeclarationSyntax type) => Written(name) == Declared(type);

    /// <summary>A name as written, with its type arguments' count (<c>Line&lt;TUnit&gt;</c>: Line, 1).</summary>
    private static (string Name, int Arity) Written(SimpleNameSyntax name) =>
        (name.Identifier.ValueText, name is GenericNameSyntax generic ? generic.TypeArgumentList.Arguments.Count : 0);

    /// <summary>A type's declared name, with its type parameters' count.</summary>
    private static (string Name, int Arity) Declared(TypeDeclarationSyntax type) =>
        (type.Identifier.ValueText, type.TypeParameterList?.Parameters.Count ?? 0);

    /// <summary>
    /// Whether <paramref name="qualifier"/> (null: nothing written before the name) names the containers from
    /// <paramref name="container"/> outward, innermost last: the namespaces' names and the enclosing types', as far as it
    /// goes, or all the way to the global namespace when <paramref name="toRoot"/> (after <c>global::</c>).
    /// </summary>
    private static bool Qualifies(ExpressionSyntax? qualifier, SyntaxNode? container, bool toRoot)
    {
        // each name with its type arguments' count (Line<TUnit>.Kiln: a type nested in a generic type)
        var written = new List<(string Name, int Arity)>();
        for (var part = qualifier; part is not null;)
        {
            switch (part)
            {
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: var name, Expression: var inner }:
                    written.Add(Written(name));
                    part = inner;
                    continue;
                case SimpleNameSyntax first:
                    written.Add(Written(first));
                    break;
                case AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name: IdentifierNameSyntax rootName }:
                    written.Add(Written(rootName));
                    toRoot = true;
                    break;
                default:
                    return false; // a value (_plant.Kiln, this.Kiln, GetPlant().Kiln)
            }

            break;
        }

        var declared = new List<(string Name, int Arity)>();
        for (var node = container; node is not null && declared.Count <= written.Count; node = node.Parent)
        {
            switch (node)
            {
                case TypeDeclarationSyntax outer:
                    declared.Add(Declared(outer));
                    break;
                case BaseNamespaceDeclarationSyntax space:
                    for (NameSyntax? name = space.Name; name is not null;)
                    {
                        switch (name)
                        {
                            case QualifiedNameSyntax qualified:
                                declared.Add((qualified.Right.Identifier.ValueText, 0));
                                name = qualified.Left;
                                continue;
                            case IdentifierNameSyntax identifier:
                                declared.Add((identifier.Identifier.ValueText, 0));
                                break;
                        }

                        break;
                    }

                    break;
            }
        }

        if (written.Count > declared.Count || (toRoot && written.Count != declared.Count))
        {
            return false;
        }

        for (var i = 0; i < written.Count; i++)
        {
            if (written[i] != declared[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The tuples a function's top-level statements deconstruct into <paramref name="member"/>, each with the member's
    /// position: <c>(_id, _key) = Spare();</c> gives <c>Spare()</c> at position 1 for <c>_key</c> (a tuple written in place,
    /// <c>(_id, _key) = ("a", "b")</c>, is an ordinary write of each, <see cref="AssignmentsTo"/>). Read once per function.
    /// </summary>
    internal static IReadOnlyList<(ExpressionSyntax Tuple, int Position)> DeconstructionsInto(BaseMethodDeclarationSyntax function, string member) =>
        MemberDeconstructions.GetValue(function, IndexMemberDeconstructions).TryGetValue(member, out var tuples) ? tuples : System.Array.Empty<(ExpressionSyntax, int)>();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BaseMethodDeclarationSyntax, Dictionary<string, List<(ExpressionSyntax, int)>>> MemberDeconstructions = new();

    private static Dictionary<string, List<(ExpressionSyntax, int)>> IndexMemberDeconstructions(BaseMethodDeclarationSyntax function)
    {
        var deconstructions = new Dictionary<string, List<(ExpressionSyntax, int)>>(StringComparer.Ordinal);
        var statements = TopLevelExpressions(function);

        foreach (var expression in statements)
        {
            if (expression is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: TupleExpressionSyntax targets, Right: var right } &&
                Strip(right) is not TupleExpressionSyntax)
            {
                for (var i = 0; i < targets.Arguments.Count; i++)
                {
                    if (WrittenMemberName(function, targets.Arguments[i].Expression) is { } member)
                    {
                        if (!deconstructions.TryGetValue(member, out var tuples))
                        {
                            deconstructions[member] = tuples = new List<(ExpressionSyntax, int)>();
                        }

                        tuples.Add((right, i));
                    }
                }
            }
        }

        return deconstructions;
    }

    /// <summary>
    /// The expressions of the expression statements a function runs in sequence, in source order: its top-level ones, and
    /// those inside the branches of an <c>if</c>/<c>else</c> chain, a <c>lock</c>, a nested block, a <c>try</c>'s body, a
    /// <c>using</c> or a <c>checked</c> block (<c>lock (_gate) { _password = password; }</c>, <c>if (a) { if (b) _t = token; }</c>),
    /// three statements deep at most. Loops and <c>catch</c> clauses are not read: what they store is not the setter's value.
    /// </summary>
    private static void AddStatementExpressions(IEnumerable<StatementSyntax> statements, List<ExpressionSyntax> expressions, int depth)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case ExpressionStatementSyntax expression:
                    expressions.Add(expression.Expression);
                    break;
                case BlockSyntax block when depth < 3:
                    AddStatementExpressions(block.Statements, expressions, depth + 1);
                    break;
                case IfStatementSyntax guarded when depth < 3:
                    AddStatementExpressions(new[] { guarded.Statement }, expressions, depth + 1);
                    if (guarded.Else is { Statement: var otherwise })
                    {
                        AddStatementExpressions(new[] { otherwise }, expressions, depth + 1);
                    }

                    break;
                case LockStatementSyntax locked when depth < 3:
                    AddStatementExpressions(new[] { locked.Statement }, expressions, depth + 1);
                    break;
                case TryStatementSyntax attempted when depth < 3:
                    AddStatementExpressions(attempted.Block.Statements, expressions, depth + 1);
                    break;
                case UsingStatementSyntax { Statement: var used } when depth < 3:
                    AddStatementExpressions(new[] { used }, expressions, depth + 1);
                    break;
                case CheckedStatementSyntax { Block: var checkedBlock } when depth < 3:
                    AddStatementExpressions(checkedBlock.Statements, expressions, depth + 1);
                    break;
            }
        }
    }

    /// <summary>
    /// The value a text's hole writes, looked through what keeps its text (<see cref="StoredValue"/>: a null guard, a
    /// fallback of no text, trimming) and through escaping for a URL (<c>Uri.EscapeDataString(key)</c>,
    /// <c>WebUtility.UrlEncode(key)</c>, <c>HttpUtility.UrlEncode(key)</c>): <c>{p.Trim()}</c> and <c>{Uri.EscapeDataString(key)}</c>
    /// write the caller's <c>p</c> and <c>key</c>.
    /// </summary>
    internal static ExpressionSyntax KeptText(ExpressionSyntax value)
    {
        var kept = StoredValue(value);
        for (var i = 0; i < 3 && kept is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } escape &&
                        SyntaxNames.Rightmost(escape.Expression) is "EscapeDataString" or "UrlEncode" && escape.Expression is MemberAccessExpressionSyntax; i++)
        {
            kept = StoredValue(escape.ArgumentList.Arguments[0].Expression);
        }

        return kept;
    }

    /// <summary>
    /// The value a setter or constructor stores, looked through what keeps its text: a null guard
    /// (<c>apiKey ?? throw new ArgumentNullException(...)</c>), a fallback of no text (<c>apiKey ?? string.Empty</c>) and
    /// trimming (<c>password.Trim()</c>, <c>token?.Trim()</c>).
    /// </summary>
    internal static ExpressionSyntax StoredValue(ExpressionSyntax value)
    {
        var stored = Strip(value);
        for (var i = 0; i < 3; i++)
        {
            switch (stored)
            {
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression, Right: ThrowExpressionSyntax } guard:
                    stored = Strip(guard.Left);
                    continue;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } fallback when IsNoText(fallback.Right) || IsMissingValue(fallback.Right):
                    stored = Strip(fallback.Left); // apiKey ?? string.Empty: the caller's text, or none
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Trim" or "TrimEnd" or "TrimStart" } trimmed }:
                    stored = Strip(trimmed.Expression);
                    continue;
                case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Trim" or "TrimEnd" or "TrimStart" } } } conditional:
                    stored = Strip(conditional.Expression);
                    continue;
            }

            break;
        }

        return stored;
    }

    /// <summary>
    /// The argument lists of the calls in <paramref name="tree"/> that may run a constructor of the type named
    /// <paramref name="typeName"/> (the file's calls are indexed once per tree; the screen and the resolver read the same
    /// ones): <c>new TypeName(...)</c> by its type's rightmost name, a target-typed <c>new(...)</c> by the type its
    /// declaration, return or property names (one whose target the syntax does not tell is listed under every name), a
    /// <c>this(...)</c> initializer by its own type, and a <c>base(...)</c> initializer or a primary constructor's base call
    /// (<c>class Yard() : Metrics("...", "...")</c>) by the base type its type names first.
    /// </summary>
    internal static IReadOnlyList<ArgumentListSyntax> CreationsInFile(SyntaxTree tree, string typeName)
    {
        var index = CreationsByType.GetValue(tree.GetRoot(), IndexCreations);
        var named = index.TryGetValue(typeName, out var creations) ? creations : null;
        var untold = index.TryGetValue(string.Empty, out var unknown) ? unknown : null;
        return named is null ? untold ?? (IReadOnlyList<ArgumentListSyntax>)Array.Empty<ArgumentListSyntax>()
            : untold is null ? named
            : named.Concat(untold).ToList();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Dictionary<string, List<ArgumentListSyntax>>> CreationsByType = new();

    private static Dictionary<string, List<ArgumentListSyntax>> IndexCreations(SyntaxNode root)
    {
        var byType = new Dictionary<string, List<ArgumentListSyntax>>(StringComparer.Ordinal);
        void Add(string typeName, ArgumentListSyntax arguments)
        {
            if (!byType.TryGetValue(typeName, out var list))
            {
                byType[typeName] = list = new List<ArgumentListSyntax>();
            }

            list.Add(arguments);
        }

        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case ObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: > 0 } arguments } creation when SyntaxNames.Rightmost(creation.Type) is { } typeName:
                    Add(typeName, arguments);
                    break;
                case ImplicitObjectCreationExpressionSyntax { ArgumentList: { Arguments.Count: > 0 } arguments } targetTyped:
                    Add(TargetTypeName(targetTyped) ?? string.Empty, arguments);
                    break;
                case ConstructorInitializerSyntax { ArgumentList: { Arguments.Count: > 0 } arguments } initializer when initializer.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } own:
                    var target = initializer.IsKind(SyntaxKind.ThisConstructorInitializer)
                        ? own.Identifier.ValueText
                        : own.BaseList?.Types.FirstOrDefault() is { } baseType ? SyntaxNames.Rightmost(baseType.Type)
                        // a part of a partial class whose base list another part writes: the syntax does not tell the base
                        : own.Modifiers.Any(SyntaxKind.PartialKeyword) ? string.Empty : null;
                    if (target is not null)
                    {
                        Add(target, arguments);
                    }

                    break;
                case PrimaryConstructorBaseTypeSyntax { ArgumentList: { Arguments.Count: > 0 } arguments } primaryBase when SyntaxNames.Rightmost(primaryBase.Type) is { } baseName:
                    Add(baseName, arguments); // class YardMetrics() : MetricsClient("http://...", "...")
                    break;
            }
        }

        return byType;
    }

    /// <summary>
    /// The type a target-typed <c>new(...)</c> builds, as its declaration (<c>TimingClient c = new(...)</c>,
    /// <c>static readonly TimingClient Field = new(...)</c>), its function's return type or its property's type names it;
    /// null when the syntax does not tell (an argument, a <c>var</c>, an assignment).
    /// </summary>
    private static string? TargetTypeName(ImplicitObjectCreationExpressionSyntax creation)
    {
        TypeSyntax? type = creation.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } } => declaration.Type,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Type,
            ArrowExpressionClauseSyntax or ReturnStatementSyntax => creation.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) switch
            {
                MethodDeclarationSyntax method => ReturnedType(method.ReturnType, method.Modifiers),
                LocalFunctionStatementSyntax function => ReturnedType(function.ReturnType, function.Modifiers),
                PropertyDeclarationSyntax property => property.Type,
                _ => null,
            },
            _ => null,
        };
        return type is null || type.IsVar ? null : SyntaxNames.Rightmost(type is NullableTypeSyntax nullable ? nullable.ElementType : type);
    }

    /// <summary>
    /// The type a <c>return</c> of a function declared to return <paramref name="returnType"/> gives: the declared type, or
    /// for an <c>async</c> function the task's result (<c>async Task&lt;TimingClient&gt; CloudAsync() { ... return new(...); }</c>
    /// creates a <c>TimingClient</c>); null for an async function returning a bare task.
    /// </summary>
    internal static TypeSyntax? ReturnedType(TypeSyntax returnType, SyntaxTokenList modifiers) =>
        !modifiers.Any(SyntaxKind.AsyncKeyword) ? returnType
        : (returnType is QualifiedNameSyntax qualified ? qualified.Right : returnType is AliasQualifiedNameSyntax alias ? alias.Name : returnType) is GenericNameSyntax
        {
            Identifier.ValueText: "Task" or "ValueTask", TypeArgumentList.Arguments: { Count: 1 } arguments,
        } ? arguments[0] : null;

    /// <summary>Whether one of <paramref name="creations"/> passes written text for the parameter <paramref name="p"/> (by place or by name).</summary>
    private static bool ReadCreations(IReadOnlyList<ArgumentListSyntax> creations, ParameterListSyntax parameters, string p)
    {
        var position = System.Array.IndexOf(ParameterNames(parameters), p);
        if (position < 0)
        {
            return false;
        }

        callerDepth++;
        try
        {
            foreach (var creation in creations)
            {
                var arguments = creation.Arguments;
                for (var i = 0; i < arguments.Count; i++)
                {
                    var named = arguments[i].NameColon?.Name.Identifier.ValueText;
                    if ((named is null ? i == position : named == p) && MayHoldWrittenText(arguments[i].Expression))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
        finally
        {
            callerDepth--;
        }
    }

    /// <summary>
    /// A parameter named as a secret, a password or a qualified key (<c>enrollmentKey</c>): only those are followed to their
    /// callers (a setter helper's value is not).
    /// </summary>
    internal static bool IsCredentialParameterName(string name, Detection.SecretNames? names = null) =>
        (names ?? Detection.SecretNames.Default).IsSecretName(name) || Detection.SecretNames.IsPasswordName(name) || Detection.SecretNames.IsQualifiedKeyName(name) ||
        Detection.SecretNames.IsEncodedKeyName(name) || Detection.SecretNames.IsCommunityName(name);

    private static bool ReadCallers(SyntaxNode function, string functionName, ParameterListSyntax parameters, string p)
    {
        var scope = function is LocalFunctionStatementSyntax ? function.Parent : function.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return scope is not null && ReadCallers(scope.DescendantNodes().OfType<InvocationExpressionSyntax>(), functionName, parameters, p);
    }

    /// <summary>Whether one of <paramref name="calls"/> of <paramref name="functionName"/> passes written text for <paramref name="p"/>.</summary>
    private static bool ReadCallers(IEnumerable<InvocationExpressionSyntax> calls, string functionName, ParameterListSyntax parameters, string p, bool capped = false)
    {
        var position = System.Array.IndexOf(ParameterNames(parameters), p);

        if (position < 0)
        {
            return false;
        }

        // An extension method called on its receiver takes its first parameter from it: the arguments start one later.
        var isExtension = parameters.Parameters.Count > 0 && parameters.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword);

        // Callers' arguments may be parameters of private helpers in turn (or of this one, recursively): two levels. When
        // capped, more than MaxCallSites calls passing text make a general helper, which the resolver does not follow either.
        callerDepth++;
        try
        {
            var passing = 0;
            foreach (var call in calls)
            {
                if (SyntaxNames.Rightmost(call.Expression) != functionName)
                {
                    continue;
                }

                var arguments = call.ArgumentList.Arguments;
                var receiver = isExtension ? ExtensionReceiver(call, parameters.Parameters.Count) : null;
                var shift = receiver is null ? 0 : 1;
                if (!MayCall(parameters, arguments.Count + shift) ||
                    (!isExtension && parameters.Parent is MethodDeclarationSyntax { Parent: TypeDeclarationSyntax owner } declared &&
                     declared.Modifiers.Any(SyntaxKind.StaticKeyword) && !MayCallStatic(call, owner.Identifier.ValueText)))
                {
                    continue; // another method of the name (MqttClient.Connect beside WiFi.Connect, new TcpClient().Connect(...))
                }

                var passes = receiver is not null && position == 0 && MayHoldWrittenText(receiver);
                for (var i = 0; i < arguments.Count && !passes; i++)
                {
                    var named = arguments[i].NameColon?.Name.Identifier.ValueText;
                    passes = (named is null ? i + shift == position : named == p) && MayHoldWrittenText(arguments[i].Expression);
                }

                if (passes && (!capped || ++passing > InvocationIndex.MaxCallSites))
                {
                    return !capped;
                }
            }

            return passing > 0;
        }
        finally
        {
            callerDepth--;
        }
    }

    [ThreadStatic]
    private static int callerDepth;

    /// <summary>
    /// Whether a call may run a static method of the type named <paramref name="typeName"/>: unqualified (in the type, or
    /// through <c>using static</c>), or on a name whose last part is the type's (<c>Wifi.Connect</c>,
    /// <c>Site.Net.Wifi.Connect</c>). A call on an object or another name (<c>new TcpClient().Connect(...)</c>,
    /// <c>labels.Add(...)</c>, <c>client.Connect(...)</c>) runs another method. A using alias of the type in the file
    /// (<c>using Net = Site.Wifi;</c> then <c>Net.Connect(...)</c>) is seen through; a global alias declared in another file
    /// is not.
    /// </summary>
    internal static bool MayCallStatic(InvocationExpressionSyntax call, string typeName) => call.Expression switch
    {
        MemberAccessExpressionSyntax { Expression: var on } => Strip(on) is IdentifierNameSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax or MemberAccessExpressionSyntax or GenericNameSyntax &&
                                                              (SyntaxNames.Rightmost(Strip(on)) == typeName ||
                                                               (Strip(on) is IdentifierNameSyntax alias && AliasedTypeName(alias) == typeName)), // using Net = Site.WifiSetup; Net.Join(...)
        _ => true,
    };

    /// <summary>
    /// The rightmost name of the type a using alias in scope names (<c>using Net = Orchard.Device.WifiSetup;</c>: <c>WifiSetup</c>),
    /// read from the file's and its namespaces' using directives; null when <paramref name="name"/> is no alias there (a
    /// global alias in another file is not seen).
    /// </summary>
    private static string? AliasedTypeName(IdentifierNameSyntax name)
    {
        var alias = name.Identifier.ValueText;
        for (var node = name.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                BaseNamespaceDeclarationSyntax space => space.Usings,
                CompilationUnitSyntax unit => unit.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias?.Name.Identifier.ValueText == alias)
                {
                    return SyntaxNames.Rightmost(directive.Name);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a call with <paramref name="argumentCount"/> arguments may call a function with these parameters (required ones given, no more than it takes unless one is <c>params</c>).</summary>
    private static bool MayCall(ParameterListSyntax parameters, int argumentCount)
    {
        var required = 0;
        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.Modifiers.Any(SyntaxKind.ParamsKeyword))
            {
                return argumentCount >= required;
            }

            if (parameter.Default is null)
            {
                required++;
            }
        }

        return argumentCount >= required && argumentCount <= parameters.Parameters.Count;
    }

    /// <summary>
    /// The receiver of an extension method called in its reduced form (<c>ssid.JoinWith(pw)</c>, <c>ssid?.JoinWith(pw)</c>),
    /// which takes the method's first parameter; null for a call in static form (<c>NetExt.JoinWith(ssid, pw)</c>, which
    /// passes every parameter) or a call with no receiver. Told apart by the number of arguments against
    /// <paramref name="parameterCount"/>.
    /// </summary>
    internal static ExpressionSyntax? ExtensionReceiver(InvocationExpressionSyntax call, int parameterCount)
    {
        if (call.ArgumentList.Arguments.Count >= parameterCount)
        {
            return null;
        }

        return call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            MemberBindingExpressionSyntax when call.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == call => conditional.Expression,
            _ => null,
        };
    }

    /// <summary>
    /// A method whose calls bind to it but may sit beyond this file: visible outside its type (not virtual, abstract or an
    /// override), or private to a partial type (another part may call it).
    /// </summary>
    private static bool MayBeCalledBeyondThisFile(MethodDeclarationSyntax method)
    {
        foreach (var modifier in method.Modifiers)
        {
            if (modifier.IsKind(SyntaxKind.VirtualKeyword) || modifier.IsKind(SyntaxKind.AbstractKeyword) || modifier.IsKind(SyntaxKind.OverrideKeyword) ||
                modifier.IsKind(SyntaxKind.ExternKeyword))
            {
                return false;
            }
        }

        if (method.ExplicitInterfaceSpecifier is not null || (method.Body is null && method.ExpressionBody is null))
        {
            return false;
        }

        return !IsPrivate(method) || method.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Modifiers.Any(SyntaxKind.PartialKeyword) == true;
    }

    /// <summary>A method declared without an accessibility wider than private (its callers are all in its type).</summary>
    private static bool IsPrivate(MethodDeclarationSyntax method)
    {
        foreach (var modifier in method.Modifiers)
        {
            if (modifier.IsKind(SyntaxKind.PublicKeyword) || modifier.IsKind(SyntaxKind.InternalKeyword) || modifier.IsKind(SyntaxKind.ProtectedKeyword) ||
                modifier.IsKind(SyntaxKind.OverrideKeyword) || modifier.IsKind(SyntaxKind.ExternKeyword))
            {
                return false;
            }
        }

        return method.ExplicitInterfaceSpecifier is null;
    }

    /// <summary>
    /// The default a function's body gives its parameter when it is missing, in a statement at the body's top level:
    /// <c>if (string.IsNullOrEmpty(password)) password = BenchPassword;</c> (any test of <see cref="TestsMissing"/>, the
    /// assignment alone or in a block, with an else or not), or <c>password ??= "..."</c>. Of several, the one of written
    /// text when only one is; null when there is none, or several.
    /// </summary>
    internal static ExpressionSyntax? GivenDefault(SyntaxNode function, string parameter)
    {
        var body = function switch
        {
            BaseMethodDeclarationSyntax method => method.Body,
            LocalFunctionStatementSyntax local => local.Body,
            _ => null,
        };
        if (body is null)
        {
            return null;
        }

        // Every default given at the body's top level: password ??= ..., and the assignments of an if whose condition tests
        // the name for a missing value (in a block beside other statements, with an else or not).
        ExpressionSyntax? given = null;
        ExpressionSyntax? written = null;
        var count = 0;
        var writtenCount = 0;
        foreach (var statement in body.Statements)
        {
            IEnumerable<AssignmentExpressionSyntax> defaults = statement switch
            {
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression } coalesce } when AssignedName(coalesce.Left) == parameter => new[] { coalesce },
                IfStatementSyntax missing => DefaultsGivenBy(missing, parameter),
                _ => System.Array.Empty<AssignmentExpressionSyntax>(),
            };
            foreach (var assignment in defaults)
            {
                given = assignment.Right;
                count++;
                if (MayHoldWrittenText(assignment.Right))
                {
                    written = assignment.Right;
                    writtenCount++;
                }
            }
        }

        // password ??= Environment.GetEnvironmentVariable(...) and then if (string.IsNullOrEmpty(password)) password = "...":
        // the one default of written text is the one that ships.
        return count == 1 ? given : writtenCount == 1 ? written : null;
    }

    /// <summary>
    /// The assignments to <paramref name="name"/> (<c>name = ...</c> or <c>this.name = ...</c>) at the top level of an
    /// if's branch taken when its condition tests the name for a missing value (<see cref="TestsMissing"/>): the defaults
    /// it gives. Empty when the condition tests something else.
    /// </summary>
    internal static IEnumerable<AssignmentExpressionSyntax> DefaultsGivenBy(IfStatementSyntax ifStatement, string name)
    {
        // if (verbose) ... else if (string.IsNullOrEmpty(password)) password = "...": each branch of an else-if chain
        for (var current = ifStatement; current is not null; current = current.Else?.Statement as IfStatementSyntax)
        {
            if (!TestsMissing(current.Condition, name))
            {
                continue;
            }

            var statements = current.Statement is BlockSyntax block ? block.Statements : SyntaxFactory.SingletonList(current.Statement);
            foreach (var statement in statements)
            {
                if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment } &&
                    AssignedName(assignment.Left) == name)
                {
                    yield return assignment;
                }
            }
        }
    }

    /// <summary>Whether an assignment is a default given to <paramref name="name"/> when it is missing (<see cref="DefaultsGivenBy"/>).</summary>
    internal static bool IsMissingDefault(AssignmentExpressionSyntax assignment, string name) =>
        assignment.Parent is ExpressionStatementSyntax statement &&
        (statement.Parent is IfStatementSyntax direct && direct.Statement == statement ? direct
            : statement.Parent is BlockSyntax { Parent: IfStatementSyntax inBlock } block && inBlock.Statement == block ? inBlock : null) is { } owner &&
        AssignedName(assignment.Left) == name && TestsMissing(owner.Condition, name);

    /// <summary>The name an assignment's target writes: <c>x</c> or <c>this.x</c>; null for any other target.</summary>
    private static string? AssignedName(ExpressionSyntax target) => Strip(target) switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText,
        // Kiln.s_psk = "..." (Plant.Kiln.s_psk) inside Kiln: the type's own static member
        MemberAccessExpressionSyntax { Expression: var type, Name: var member } when
            target.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declared && NamesType(type, declared) => member.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// Whether a condition tests a name (<c>x</c> or <c>this.x</c>) for a missing value: <c>string.IsNullOrEmpty(x)</c>,
    /// <c>IsNullOrWhiteSpace</c>, <c>x == null</c>, <c>null == x</c>, <c>x == ""</c>, <c>x == string.Empty</c>,
    /// <c>x.Length == 0</c>, <c>x is null</c>, <c>x is null or ""</c>, a failed lookup into it
    /// (<c>!settings.TryGetValue(key, out var x)</c>), a conjunction one of whose operands does
    /// (<c>IsNullOrWhiteSpace(x) &amp;&amp; y != null</c>: the value is given only when missing, whatever else is asked), or a
    /// disjunction all of whose operands do (<c>x == null || x.Length == 0</c>).
    /// </summary>
    internal static bool TestsMissing(ExpressionSyntax condition, string name) => Strip(condition) switch
    {
        // string.IsNullOrEmpty(x), IsNullOrWhiteSpace(x?.Trim())
        InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } test =>
            SyntaxNames.Rightmost(test.Expression) is "IsNullOrEmpty" or "IsNullOrWhiteSpace" && AssignedName(Untrimmed(arguments[0].Expression)) == name,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression, Left: var left, Right: var right } =>
            (AssignedName(left) == name && IsMissingValue(right)) || (AssignedName(right) == name && IsMissingValue(left)) ||
            (IsLengthOf(left, name) && IsZero(right)) || (IsLengthOf(right, name) && IsZero(left)) ||
            (IsLookupInto(Strip(left), name) && IsFalse(right)) || (IsLookupInto(Strip(right), name) && IsFalse(left)), // TryGetValue(k, out var x) == false
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.NotEqualsExpression, Left: var left, Right: var right } =>
            (IsLookupInto(Strip(left), name) && IsTrue(right)) || (IsLookupInto(Strip(right), name) && IsTrue(left)), // TryGetValue(k, out var x) != true
        // x.Length < 8, x.Length <= 7, x.Length < MinPasswordLength: too short to use, replaced as a missing one is
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression or (int)SyntaxKind.LessThanOrEqualExpression, Left: var shorter, Right: var bound } =>
            IsLengthOf(shorter, name) && IsLengthBound(bound),
        // x is null or "", x?.Length is null or 0, TryGetValue(k, out var x) is false (or is not true)
        IsPatternExpressionSyntax { Expression: var tested, Pattern: var pattern } =>
            (AssignedName(tested) == name && IsMissingPattern(pattern)) || (IsLengthOf(tested, name) && IsMissingLengthPattern(pattern)) ||
            (IsLookupInto(Strip(tested), name) && (pattern is ConstantPatternSyntax { Expression: var failed } && IsFalse(failed) ||
                                                  pattern is UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern, Pattern: ConstantPatternSyntax { Expression: var succeeded } } && IsTrue(succeeded))),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression, Operand: var failed } => IsLookupInto(Strip(failed), name),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression, Left: var first, Right: var second } => TestsMissing(first, name) || TestsMissing(second, name),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression, Left: var first, Right: var second } => TestsMissing(first, name) && TestsMissing(second, name),
        _ => false,
    };

    private static bool IsFalse(ExpressionSyntax value) => Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.FalseLiteralExpression };

    private static bool IsTrue(ExpressionSyntax value) => Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression };

    // A minimum length: a number written in place or held in a named constant (MinPasswordLength, Limits.MinPsk).
    private static bool IsLengthBound(ExpressionSyntax bound) =>
        Strip(bound) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } or IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax };

    // What a missing or too-short length matches: 0, null (x?.Length of a null x), < n, and their or-combinations.
    private static bool IsMissingLengthPattern(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax { Expression: var value } => IsZero(value) || Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression },
        RelationalPatternSyntax { OperatorToken.RawKind: (int)SyntaxKind.LessThanToken or (int)SyntaxKind.LessThanEqualsToken, Expression: var bound } => IsLengthBound(bound),
        BinaryPatternSyntax { RawKind: (int)SyntaxKind.OrPattern, Left: var first, Right: var second } => IsMissingLengthPattern(first) && IsMissingLengthPattern(second),
        ParenthesizedPatternSyntax { Pattern: var inner } => IsMissingLengthPattern(inner),
        _ => false,
    };

    // null or "" as a pattern (x is null, x is "", x is null or ""), and as property patterns (x is { Length: 0 },
    // x is not { Length: > 0 }, x is not { })
    private static bool IsMissingPattern(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax { Expression: var missing } => IsMissingValue(missing),
        BinaryPatternSyntax { RawKind: (int)SyntaxKind.OrPattern, Left: var first, Right: var second } => IsMissingPattern(first) && IsMissingPattern(second),
        ParenthesizedPatternSyntax { Pattern: var inner } => IsMissingPattern(inner),
        RecursivePatternSyntax { PositionalPatternClause: null, Designation: null, PropertyPatternClause.Subpatterns: { Count: 1 } empty } =>
            IsLengthSubpattern(empty[0]) && empty[0].Pattern is ConstantPatternSyntax { Expression: var zero } && IsZero(zero),
        UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern, Pattern: var present } => HasContentPattern(present),
        _ => false,
    };

    // what "not" turns into a missing value's test: { } (not null), { Length: > 0 }, { Length: >= 1 }, { Length: not 0 }
    private static bool HasContentPattern(PatternSyntax pattern) => pattern switch
    {
        ParenthesizedPatternSyntax { Pattern: var inner } => HasContentPattern(inner),
        RecursivePatternSyntax { PositionalPatternClause: null, Designation: null, PropertyPatternClause: null or { Subpatterns.Count: 0 } } => true,
        RecursivePatternSyntax { PositionalPatternClause: null, Designation: null, PropertyPatternClause.Subpatterns: { Count: 1 } length } when IsLengthSubpattern(length[0]) =>
            length[0].Pattern switch
            {
                // { Length: > 0 }, { Length: >= 1 }, and a usable length ({ Length: >= 8 }, { Length: >= MinPasswordLength })
                RelationalPatternSyntax { OperatorToken.RawKind: (int)SyntaxKind.GreaterThanToken or (int)SyntaxKind.GreaterThanEqualsToken, Expression: var bound } => IsLengthBound(bound),
                UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern, Pattern: ConstantPatternSyntax { Expression: var zero } } => IsZero(zero),
                _ => false,
            },
        _ => false,
    };

    private static bool IsLengthSubpattern(SubpatternSyntax subpattern) =>
        subpattern.NameColon?.Name.Identifier.ValueText == "Length" || subpattern.ExpressionColon?.Expression is IdentifierNameSyntax { Identifier.ValueText: "Length" };

    // x.Length (or x?.Length, x.Trim().Length): how long the named text is
    private static bool IsLengthOf(ExpressionSyntax value, string name) => Strip(value) switch
    {
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length", Expression: var text } => AssignedName(Untrimmed(text)) == name,
        ConditionalAccessExpressionSyntax { Expression: var text, WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Length" } } => AssignedName(Untrimmed(text)) == name,
        _ => false,
    };

    // x.Trim(), x.TrimEnd(), x?.Trim(): the text the trim reads
    private static ExpressionSyntax Untrimmed(ExpressionSyntax text) => Strip(text) switch
    {
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Trim" or "TrimEnd" or "TrimStart", Expression: var trimmed } } => trimmed,
        ConditionalAccessExpressionSyntax { Expression: var trimmed, WhenNotNull: InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Trim" or "TrimEnd" or "TrimStart" } } } => trimmed,
        _ => text,
    };

    private static bool IsZero(ExpressionSyntax value) => Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression, Token.ValueText: "0" };

    // settings.TryGetValue("box.password", out var x), TryRead(..., out x): a lookup that gives x when it succeeds
    private static bool IsLookupInto(ExpressionSyntax call, string name) =>
        call is InvocationExpressionSyntax { ArgumentList.Arguments: var arguments } invocation &&
        SyntaxNames.Rightmost(invocation.Expression) is { } method && method.StartsWith("Try", StringComparison.Ordinal) &&
        arguments.Any(argument => argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) &&
                                  (argument.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax designated }
                                      ? designated.Identifier.ValueText == name
                                      : AssignedName(argument.Expression) == name));

    /// <summary>null, "" or string.Empty: what a missing value is compared with, or what a property that holds nothing is given.</summary>
    internal static bool IsMissingValue(ExpressionSyntax value) => Strip(value) switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression } => true,
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } empty => empty.Token.ValueText.Length == 0,
        MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" }, Name.Identifier.ValueText: "Empty" } => true,
        _ => false,
    };

    private static ExpressionSyntax? DefaultOf(BaseParameterListSyntax? parameters, string name)
    {
        var at = parameters is null ? -1 : System.Array.IndexOf(ParameterNames(parameters), name);
        return at < 0 ? null : parameters!.Parameters[at].Default?.Value;
    }

    /// <summary>
    /// Whether the helper a call runs (<see cref="HelperCalled"/>) is a wrapper handing its parameters on
    /// (<see cref="WrappedCall"/>) to a method the compilation's own source declares (maybe, outside an analyzer action).
    /// </summary>
    private static bool WrapsHelper(IdentifierNameSyntax name, int arguments) =>
        HelperCalled(name, arguments) is { } helper && WrappedCall(helper) is { } inner &&
        (invocations is not { } index || (SyntaxNames.Rightmost(inner.Expression) is { } callee && index.DeclaresMethod(callee)));

    /// <summary>Whether a helper's returned choice reads one of the helper's parameters (<c>fallback</c>, <c>Read(key) ?? fallback</c>).</summary>
    private static bool ReadsItsParameter(ExpressionSyntax choice) =>
        choice.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax) is { } function && ReadsParameterOf(function, choice);

    /// <summary>
    /// The values a helper called by <paramref name="name"/> with <paramref name="arguments"/> arguments chooses between
    /// (<see cref="ChoicesReturned"/>) when <see cref="HelperCalled"/> finds it; empty otherwise. Read once per helper.
    /// </summary>
    private static IReadOnlyList<ExpressionSyntax> ChoicesReturnedBy(IdentifierNameSyntax name, int arguments) =>
        HelperCalled(name, arguments) is { } helper ? HelperChoices.GetValue(helper, ChoicesReturned) : Array.Empty<ExpressionSyntax>();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, IReadOnlyList<ExpressionSyntax>> HelperChoices = new();

    /// <summary>
    /// The helper a call by <paramref name="name"/> with <paramref name="arguments"/> arguments runs, as far as its file
    /// tells: a local function of an enclosing block, or else the one method of the enclosing type of that name and count;
    /// null when there is none or more than one. The type's methods are indexed once.
    /// </summary>
    private static SyntaxNode? HelperCalled(IdentifierNameSyntax name, int arguments)
    {
        var called = name.Identifier.ValueText;
        for (SyntaxNode? node = name.Parent; node is not null and not TypeDeclarationSyntax; node = node.Parent)
        {
            if (node is BlockSyntax block)
            {
                foreach (var statement in block.Statements)
                {
                    if (statement is LocalFunctionStatementSyntax local && local.Identifier.ValueText == called && local.ParameterList.Parameters.Count == arguments)
                    {
                        return local;
                    }
                }
            }
        }

        return name.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type &&
               TypeHelpers.GetValue(type, IndexHelpers).TryGetValue((called, arguments), out var method)
            ? method
            : null;
    }

    /// <summary>A type's methods by name and parameter count (null: two such methods).</summary>
    private static Dictionary<(string Name, int Arguments), SyntaxNode?> IndexHelpers(SyntaxNode type)
    {
        var helpers = new Dictionary<(string Name, int Arguments), SyntaxNode?>();
        foreach (var member in ((TypeDeclarationSyntax)type).Members)
        {
            if (member is MethodDeclarationSyntax method)
            {
                var key = (method.Identifier.ValueText, method.ParameterList.Parameters.Count);
                helpers[key] = helpers.ContainsKey(key) ? null : method;
            }
        }

        return helpers;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Dictionary<(string Name, int Arguments), SyntaxNode?>> TypeHelpers = new();

    /// <summary>
    /// The values a method or local function returns when its whole body chooses between them, parentheses stripped: the
    /// expression it returns as its expression body or lone <c>return</c> (a choice, <c>KeyFor(region) => region switch {
    /// ... }</c>, or one value, <c>InfluxDBToken() => "..."</c>), or the values of the <c>return</c>s of a block that does nothing
    /// but choose (<c>if</c>, <c>switch</c>, <c>return</c> and <c>throw</c> statements, at most
    /// <see cref="MaxReturnedChoices"/> returns: <c>switch (id) { case "bench": return "..."; default: return Read(); }</c>,
    /// <c>if (id == "lab") return "..."; return Read();</c>), also after statements that only await or call something
    /// (<c>await Task.Yield(); return "...";</c>). Empty for any other body: one that computes its result (assignments,
    /// declarations, loops) is not read.
    /// </summary>
    /// <param name="function">A <see cref="BaseMethodDeclarationSyntax"/> or a <see cref="LocalFunctionStatementSyntax"/>; any other node gives none.</param>
    internal static IReadOnlyList<ExpressionSyntax> ChoicesReturned(SyntaxNode function)
    {
        var (expressionBody, body) = function switch
        {
            BaseMethodDeclarationSyntax method => (method.ExpressionBody?.Expression, method.Body),
            LocalFunctionStatementSyntax local => (local.ExpressionBody?.Expression, local.Body),
            // get { if (string.IsNullOrEmpty(_token)) return "..."; return _token; }: a getter choosing with statements
            AccessorDeclarationSyntax { RawKind: (int)SyntaxKind.GetAccessorDeclaration } getter => (getter.ExpressionBody?.Expression, getter.Body),
            _ => (null, null),
        };
        if (body is { Statements: { Count: 1 } single } && single[0] is ReturnStatementSyntax { Expression: { } lone })
        {
            expressionBody = lone;
        }

        if (expressionBody is not null)
        {
            // a choice (KeyFor(id) => id switch { ... }; Env(key, fallback) => Read(key) ?? fallback, whose fallback each call
            // passes), or the one value it returns when it is written in the helper, not made from what its callers pass
            // (string InfluxDBToken() => "..."; not Read(string name) => name, a lookup's key; a wrapper handing its
            // parameters on is read by WrappedCall)
            return Strip(expressionBody) is SwitchExpressionSyntax or ConditionalExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } ||
                   !ReadsParameterOf(function, expressionBody)
                ? new[] { Strip(expressionBody) }
                : Array.Empty<ExpressionSyntax>();
        }

        if (body is not null && (LocalGivenDefaults(body) ?? LocalOrFallback(body)) is { } defaulted)
        {
            return defaulted;
        }

        var returns = new List<ExpressionSyntax>();
        if (body is null || !AddChoiceReturns(body.Statements, returns, depth: 0) || returns.Count is 0 or > MaxReturnedChoices)
        {
            return Array.Empty<ExpressionSyntax>();
        }

        // async Task<string> PasswordAsync() { await Task.Yield(); return "..."; }: one value after statements that only wait
        // or call, read as a lone return is
        return returns.Count >= 2 || Strip(returns[0]) is SwitchExpressionSyntax or ConditionalExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } ||
               !ReadsParameterOf(function, returns[0])
            ? returns
            : Array.Empty<ExpressionSyntax>();
    }

    /// <summary>
    /// Where a body's statements start holding a value: past the log lines and waits before its first local
    /// (<c>_log?.Debug("reading the token"); var token = ...</c>); the last statement at most.
    /// </summary>
    private static int FirstDeclaration(SyntaxList<StatementSyntax> statements)
    {
        var start = 0;
        while (start < statements.Count - 1 && statements[start] is not LocalDeclarationStatementSyntax && LeavesValuesAlone(statements[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// The values of a body that holds a value in a local, returns it under a test and a fallback after it:
    /// <c>var v = Environment.GetEnvironmentVariable("PFX_PASSWORD"); if (!string.IsNullOrEmpty(v)) return v; return "...";</c>
    /// (the mirror of <see cref="LocalGivenDefaults"/>'s early return), whatever the test (<c>v.StartsWith("enc:")</c>,
    /// <c>v != "bench"</c>): the local's value and the fallback, each of which may be returned; null for any other body.
    /// Log lines and waits may come before the local.
    /// </summary>
    private static IReadOnlyList<ExpressionSyntax>? LocalOrFallback(BlockSyntax body)
    {
        var statements = body.Statements;
        var start = FirstDeclaration(statements);
        return statements.Count - start == 3 &&
               statements[start] is LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } declared } &&
               declared[0] is { Initializer.Value: { } initial, Identifier.ValueText: var name } &&
               statements[start + 1] is IfStatementSyntax { Else: null } present &&
               (present.Statement is BlockSyntax { Statements: { Count: 1 } only } ? only[0] : present.Statement) is ReturnStatementSyntax { Expression: { } kept } &&
               AssignedName(kept) == name &&
               statements[start + 2] is ReturnStatementSyntax { Expression: { } fallback } && AssignedName(fallback) != name
            ? new[] { Strip(initial), Strip(fallback) }
            : null;
    }

    /// <summary>
    /// The values of a body that holds a value in a local, gives it defaults when it is missing and returns it:
    /// <c>var t = _token; if (t.Length == 0) t = "..."; return t;</c> (a test of <see cref="TestsMissing"/>, or
    /// <c>t ??= "..."</c>), or returns another value early when it is missing (<c>var v = Read(key); if
    /// (string.IsNullOrWhiteSpace(v)) return fallback; return v;</c>), gives the local's value and each default; null for
    /// any other body. Log lines and waits may come before the local and between its defaults and the return.
    /// </summary>
    private static IReadOnlyList<ExpressionSyntax>? LocalGivenDefaults(BlockSyntax body)
    {
        var statements = body.Statements;
        var start = FirstDeclaration(statements);

        if (statements.Count - start < 3 ||
            statements[start] is not LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } declared } ||
            declared[0] is not { Initializer.Value: { } initial, Identifier.ValueText: var name } ||
            statements[statements.Count - 1] is not ReturnStatementSyntax { Expression: { } returned } ||
            Strip(returned) is not IdentifierNameSyntax { Identifier.ValueText: var returnedName } || returnedName != name)
        {
            return null;
        }

        var values = new List<ExpressionSyntax> { Strip(initial) };
        for (var i = start + 1; i < statements.Count - 1; i++)
        {
            if (statements[i] is IfStatementSyntax { Else: null } early && TestsMissing(early.Condition, name) &&
                (early.Statement is BlockSyntax { Statements: { Count: 1 } only } ? only[0] : early.Statement) is ReturnStatementSyntax { Expression: { } fallback })
            {
                values.Add(Strip(fallback)); // if (string.IsNullOrWhiteSpace(value)) return fallback;: the value returned when it is missing
                continue;
            }

            var defaults = statements[i] switch
            {
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression } coalesce } when AssignedName(coalesce.Left) == name => new[] { coalesce },
                IfStatementSyntax missing => DefaultsGivenBy(missing, name).ToArray(),
                _ => System.Array.Empty<AssignmentExpressionSyntax>(),
            };
            if (defaults.Length == 0 && (LeavesValuesAlone(statements[i]) || WritesAnotherMember(statements[i], name)))
            {
                continue; // Debug.WriteLine(...), await _gate.WaitAsync(): a log line or a wait between the default and the return
            }

            if (defaults.Length == 0)
            {
                return null; // a statement that computes something else: not a choice
            }

            values.AddRange(defaults.Select(d => Strip(d.Right)));
        }

        return values.Count <= MaxReturnedChoices ? values : null;
    }

    /// <summary>
    /// A statement that writes no variable: a call, a null-conditional call (<c>_log?.Warn(...)</c>) or a wait, written as a
    /// statement or discarded (<c>_ = _log?.WarnAsync(...)</c>), with no assignment, increment, <c>ref</c> or <c>out</c>
    /// argument in it (a null-forgiving <c>_site!</c> writes none); an <c>if</c> without <c>else</c> whose condition writes
    /// none and whose statements are such statements (<c>if (_log != null) _log.Warn(...); else Console.Error.WriteLine(...);</c>);
    /// a new local's declaration for such a call (<c>var message = "..." + name;</c>); a block of them.
    /// </summary>
    private static bool LeavesValuesAlone(StatementSyntax statement) => LeavesValuesAlone(statement, 0);

    private static bool LeavesValuesAlone(StatementSyntax statement, int depth) => statement switch
    {
        ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Right: var discarded } } =>
            IsCallWritingNothing(discarded),
        ExpressionStatementSyntax { Expression: var expression } => IsCallWritingNothing(expression),
        IfStatementSyntax { Condition: var condition, Statement: var then, Else: var otherwise } when depth < 2 =>
            WritesNothing(condition) && LeavesValuesAlone(then, depth + 1) && (otherwise is null || LeavesValuesAlone(otherwise.Statement, depth + 1)),
        // var message = "using the bench token for " + nameof(Auger);: a new local (it cannot be the returned one) for the log
        LocalDeclarationStatementSyntax { Declaration.Variables: var declared } =>
            declared.All(d => d.Initializer is null || WritesNothing(d.Initializer.Value)),
        BlockSyntax block when depth < 2 && block.Statements.Count <= 4 => block.Statements.All(s => LeavesValuesAlone(s, depth + 1)),
        // try { _log.Warn(...); } catch (Exception) { }: a log that may throw
        TryStatementSyntax attempt when depth < 2 =>
            LeavesValuesAlone(attempt.Block, depth + 1) && attempt.Catches.All(c => (c.Filter is null || WritesNothing(c.Filter.FilterExpression)) && LeavesValuesAlone(c.Block, depth + 1)) &&
            (attempt.Finally is null || LeavesValuesAlone(attempt.Finally.Block, depth + 1)),
        _ => false,
    };

    /// <summary>
    /// A statement that gives a field or property a value computed without writes (<c>_lastTokenRead = DateTime.UtcNow;</c>,
    /// an entry of one: <c>_reads["api"] = ...</c>) or counts one (<c>_tokenReads++;</c>, <c>_bytes += n;</c>,
    /// <c>Interlocked.Increment(ref _reads)</c>, <c>Volatile.Write(ref _lastRead, ...)</c>, the same inside a <c>lock</c>): the local <paramref name="kept"/> that the
    /// function returns keeps its value.
    /// </summary>
    private static bool WritesAnotherMember(StatementSyntax statement, string kept, int depth = 0)
    {
        return statement switch
        {
            // lock (_gate) { _reads++; }: the same counts under a lock
            LockStatementSyntax { Expression: var gate, Statement: var locked } when depth < 2 && WritesNothing(gate) =>
                locked is BlockSyntax { Statements.Count: > 0 and <= 4 } block
                    ? block.Statements.All(s => WritesAnotherMember(s, kept, depth + 1) || LeavesValuesAlone(s))
                    : WritesAnotherMember(locked, kept, depth + 1) || LeavesValuesAlone(locked),
            ExpressionStatementSyntax { Expression: var written } => written switch
            {
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression or (int)SyntaxKind.AddAssignmentExpression or (int)SyntaxKind.SubtractAssignmentExpression, Left: var target, Right: var value } =>
                    IsAnother(target) && WritesNothing(value),
                // _tokenReads++;, ++_reads;
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression, Operand: var counted } => IsAnother(counted),
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression, Operand: var counted } => IsAnother(counted),
                // Interlocked.Increment(ref _reads), Interlocked.Add(ref _bytes, n), Volatile.Write(ref _lastRead, now): an atomic
                // count or write of another member
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Interlocked" or "Volatile" } }, ArgumentList.Arguments: var arguments } =>
                    arguments.All(a => a.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) ? IsAnother(a.Expression) : WritesNothing(a.Expression)),
                _ => false,
            },
            _ => false,
        };

        bool IsAnother(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax { Identifier.ValueText: var name } => name != kept && name != "_",
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax } => true,
            // _reads["api"] = ...: an entry of another member
            ElementAccessExpressionSyntax { Expression: var table, ArgumentList.Arguments: var keys } => IsAnother(table) && keys.All(k => WritesNothing(k.Expression)),
            _ => false,
        };
    }

    private static bool IsCallWritingNothing(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax or AwaitExpressionSyntax or ConditionalAccessExpressionSyntax &&
        (expression is not ConditionalAccessExpressionSyntax conditional || EndsInCall(conditional)) &&
        WritesNothing(expression);

    private static bool WritesNothing(ExpressionSyntax expression) =>
        !expression.DescendantNodesAndSelf().Any(n => n is AssignmentExpressionSyntax ||
                                                    n is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } ||
                                                    n is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } ||
                                                    n is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword });

    /// <summary>Whether a null-conditional chain ends in a call (<c>_log?.Warn(...)</c>, <c>_log?.Scope?.Warn(...)</c>), at most eight links.</summary>
    private static bool EndsInCall(ConditionalAccessExpressionSyntax chain)
    {
        for (var links = 0; links < 8; links++)
        {
            switch (chain.WhenNotNull)
            {
                case InvocationExpressionSyntax:
                    return true;
                case ConditionalAccessExpressionSyntax next:
                    chain = next;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// What a function declared in source returns, whatever its body computes first: its expression body, or the values of
    /// its first <see cref="MaxReturnedChoices"/> <c>return</c>s (not those of lambdas or local functions inside it).
    /// </summary>
    /// <param name="function">A <see cref="BaseMethodDeclarationSyntax"/> or a <see cref="LocalFunctionStatementSyntax"/>; any other node gives none.</param>
    internal static IReadOnlyList<ExpressionSyntax> ValuesReturned(SyntaxNode function)
    {
        var (expressionBody, body) = function switch
        {
            BaseMethodDeclarationSyntax method => (method.ExpressionBody?.Expression, method.Body),
            LocalFunctionStatementSyntax local => (local.ExpressionBody?.Expression, local.Body),
            _ => (null, null),
        };
        if (expressionBody is not null)
        {
            return new[] { Strip(expressionBody) };
        }

        return body is null
            ? Array.Empty<ExpressionSyntax>()
            : body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<ReturnStatementSyntax>().Where(r => r.Expression is not null).Select(r => Strip(r.Expression!)).Take(MaxReturnedChoices).ToArray();
    }

    /// <summary>Whether an expression names a parameter of the function it is returned from (a value its callers pass in).</summary>
    private static bool ReadsParameterOf(SyntaxNode function, ExpressionSyntax value)
    {
        var parameters = function switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList,
            LocalFunctionStatementSyntax local => local.ParameterList,
            _ => null,
        };
        if (parameters is null || parameters.Parameters.Count == 0)
        {
            return false;
        }

        var names = ParameterNames(parameters);
        return value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => System.Array.IndexOf(names, name.Identifier.ValueText) >= 0);
    }

    /// <summary>
    /// The call a wrapper returns when it hands one of its parameters on, whole or in a value made from it
    /// (<c>Secret(key, fallback) => Env.Get("APP_" + key, fallback)</c>, <c>Broker(key) => Get("BROKER_" + key, "...")</c>, as
    /// its expression body or its last <c>return</c> after statements that write no variable, such as a log line): the inner
    /// reader's choices, the fallback each call passes among them, are what the wrapper returns. Null for any other body. Syntax only: whether
    /// the inner call runs a helper the resolver follows is the caller's to ask.
    /// </summary>
    internal static InvocationExpressionSyntax? WrappedCall(SyntaxNode function)
    {
        var (expressionBody, body, parameters) = function switch
        {
            BaseMethodDeclarationSyntax method => (method.ExpressionBody?.Expression, method.Body, method.ParameterList),
            LocalFunctionStatementSyntax local => (local.ExpressionBody?.Expression, local.Body, local.ParameterList),
            _ => (null, null, null),
        };
        // { Log("reading " + key); return Env.Get("APP_" + key, fallback); }: statements that write no variable before the
        // lone return (a log line) leave what it returns alone
        if (body is { Statements: { Count: > 0 and <= 4 } statements } && statements[statements.Count - 1] is ReturnStatementSyntax { Expression: { } lone } &&
            statements.Take(statements.Count - 1).All(LeavesValuesAlone))
        {
            expressionBody = lone;
        }

        // an argument that is a parameter, or is made from one (Get("BROKER_" + key, "...")): the wrapper hands on what it is given
        return expressionBody is not null && Strip(expressionBody) is InvocationExpressionSyntax call && parameters is { Parameters.Count: > 0 } &&
               ParameterNames(parameters) is var names &&
               call.ArgumentList.Arguments.Any(a => a.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Take(16).Any(passed => System.Array.IndexOf(names, passed.Identifier.ValueText) >= 0))
            ? call
            : null;
    }

    /// <summary>The most <c>return</c>s a block-bodied helper is read for: more is a lookup table written as code, read at run time.</summary>
    private const int MaxReturnedChoices = 16;

    /// <summary>Adds the returned values of statements that only choose; false at any other statement (or nesting deeper than four).</summary>
    private static bool AddChoiceReturns(SyntaxList<StatementSyntax> statements, List<ExpressionSyntax> returns, int depth)
    {
        foreach (var statement in statements)
        {
            if (!AddChoiceReturns(statement, returns, depth))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AddChoiceReturns(StatementSyntax statement, List<ExpressionSyntax> returns, int depth)
    {
        if (depth > 4 || returns.Count > MaxReturnedChoices)
        {
            return false;
        }

        switch (statement)
        {
            case ReturnStatementSyntax { Expression: { } value }:
                returns.Add(Strip(value));
                return true;
            case ThrowStatementSyntax or BreakStatementSyntax or EmptyStatementSyntax:
                return true;
            case ExpressionStatementSyntax { Expression: AwaitExpressionSyntax or InvocationExpressionSyntax }:
                // await Task.Yield(); await _gate.WaitAsync(); Log.Info("..."): waits and calls give no value a return reads
                return true;
            case BlockSyntax block:
                return AddChoiceReturns(block.Statements, returns, depth); // braces add no level
            case IfStatementSyntax choice:
                // an else-if chain is one level, however long
                return AddChoiceReturns(choice.Statement, returns, depth + 1) &&
                       (choice.Else is null || AddChoiceReturns(choice.Else.Statement, returns, choice.Else.Statement is IfStatementSyntax ? depth : depth + 1));
            case LockStatementSyntax guarded:
                return AddChoiceReturns(guarded.Statement, returns, depth + 1); // lock (_gate) { if (...) return "..."; return _token; }
            case TryStatementSyntax attempt:
                // try { return File.ReadAllText(path); } catch (IOException) { return "..."; }: each block's returns
                return AddChoiceReturns(attempt.Block, returns, depth + 1) &&
                       attempt.Catches.All(handler => AddChoiceReturns(handler.Block, returns, depth + 1)) &&
                       (attempt.Finally is null || AddChoiceReturns(attempt.Finally.Block, returns, depth + 1));
            case SwitchStatementSyntax @switch:
                foreach (var section in @switch.Sections)
                {
                    if (!AddChoiceReturns(section.Statements, returns, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The parameter list a node declares names in (a method's, a local function's, a lambda's, an indexer's, a primary constructor's), or null.</summary>
    /// <summary>
    /// Whether a simple name is, where it is written, a parameter or local of an enclosing function or block (a
    /// <c>password</c> parameter beside a field of that name): then a write of it is no write of the member.
    /// </summary>
    internal static bool IsLocalName(IdentifierNameSyntax identifier)
    {
        var name = identifier.Identifier.ValueText;
        for (SyntaxNode? node = identifier.Parent; node is not null and not TypeDeclarationSyntax; node = node.Parent)
        {
            if (node is SimpleLambdaExpressionSyntax { Parameter.Identifier.ValueText: var single } && single == name)
            {
                return true;
            }

            if (ParametersOf(node) is { } parameters && System.Array.IndexOf(ParameterNames(parameters), name) >= 0)
            {
                return true;
            }

            if (node is BlockSyntax block && block.DescendantNodes(n => n == block || n is not (BlockSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                    .Any(d => d is VariableDeclaratorSyntax { Identifier.ValueText: var local } && local == name ||
                              d is SingleVariableDesignationSyntax { Identifier.ValueText: var designated } && designated == name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The simple name of the declared type of the parameter a name refers to (<c>BluetoothAddress</c> for
    /// <c>probeAddress</c> in <c>Pin(BluetoothAddress probeAddress)</c>): the nearest enclosing function, lambda, indexer or
    /// primary constructor that declares it; null when none does or the parameter's type is implicit. Syntax only.
    /// </summary>
    internal static string? ParameterTypeName(IdentifierNameSyntax identifier)
    {
        var name = identifier.Identifier.ValueText;
        for (var node = identifier.Parent; node is not null && node is not BaseNamespaceDeclarationSyntax; node = node.Parent)
        {
            if (ParametersOf(node) is { } list && System.Array.IndexOf(ParameterNames(list), name) >= 0)
            {
                return list.Parameters.First(p => p.Identifier.ValueText == name).Type is { } type
                    ? SyntaxNames.Rightmost(type is NullableTypeSyntax nullable ? nullable.ElementType : type) // PhysicalAddress? adapter
                    : null;
            }
        }

        return null;
    }

    private static BaseParameterListSyntax? ParametersOf(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax method => method.ParameterList,
        LocalFunctionStatementSyntax localFunction => localFunction.ParameterList,
        ParenthesizedLambdaExpressionSyntax lambda => lambda.ParameterList,
        AnonymousMethodExpressionSyntax anonymous => anonymous.ParameterList,
        IndexerDeclarationSyntax indexer => indexer.ParameterList,
        TypeDeclarationSyntax type => type.ParameterList,
        _ => null,
    };

    /// <summary>
    /// The names of a parameter list, read once per list: a name is looked up through every enclosing function for each
    /// identifier the screens ask about, and reading a parameter's identifier builds its token each time.
    /// </summary>
    internal static string[] ParameterNames(BaseParameterListSyntax parameters) =>
        ParameterNameLists.GetValue(parameters, list =>
        {
            var all = ((BaseParameterListSyntax)list).Parameters;
            var names = new string[all.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = all[i].Identifier.ValueText;
            }

            return names;
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, string[]> ParameterNameLists = new();
}
