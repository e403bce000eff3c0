using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1003: key material or a secret token written in any string literal (regular, verbatim, raw, UTF-8, interpolated
/// text): PEM and OpenSSH private keys, IoT Hub / Service Bus / Storage keys, SAS tokens, AWS, GitHub, Slack and Google
/// credentials, JWTs; and literal bytes or base64 text used as a symmetric or HMAC key.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretTokenAnalyzer : IoTSecureAnalyzer
{
    private protected override bool AnalyzesGeneratedCode => true;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretToken);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions(iot.Invocations);
        context.RegisterSyntaxNodeAction(
            AnalyzeLiteral,
            SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringText);

        // A DER private key or PKCS#12 key store written as bytes: new byte[] { 0x30, 0x82, ..., 0x02, 0x01, 0x00, ... }.
        context.RegisterSyntaxNodeAction(AnalyzeByteArray, SyntaxKind.ArrayInitializerExpression, SyntaxKind.CollectionExpression);

        var resolver = new StringValueResolver(iot);
        SinkArguments.Register(actions, iot, (sink, value) => sink.Kind == SecretKind.KeyMaterial && WrittenKeys.MayBeWrittenKey(value, depth: 0), (c, argument) =>
        {
            var every = new List<SyntaxNode>();
            if (argument.Sink.Spec.Kind == SecretKind.KeyMaterial && WrittenKeys.IsWrittenKey(argument.Value, resolver, depth: 0, out var written, every))
            {
                // Reported at the key's use, and (additional location) where its bytes or text are written: once for each
                // place (a helper's callers may write several keys).
                var places = new HashSet<SyntaxNode>();
                foreach (var place in every.Count == 0 ? new List<SyntaxNode> { written } : every)
                {
                    if (places.Add(place))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.SecretToken, argument.Value.Syntax.GetLocation(), additionalLocations: new[] { place.GetLocation() },
                            "literal " + SecretKindText.Describe(SecretKind.KeyMaterial) + " " + argument.Where));
                    }
                }
            }
        });

        actions.RegisterOn(context);
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var token = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token,
            InterpolatedStringTextSyntax interpolatedText => interpolatedText.TextToken,
            _ => default,
        };

        var text = token.ValueText;
        if (context.Node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } first && first.Left == context.Node &&
            FoldedTokenChain(context.Node) is { } folded)
        {
            // A token split over literals joined with '+' (a Google key or a JWT wrapped to fit the line): the whole chain, once.
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, folded.Chain.GetLocation(), Describe(folded.Found) + " written in a string literal"));
        }

        if (text is null || text.Length < 16)
        {
            return;
        }

        // The first line after a header a constant writes reports the block: read with the header and the lines after it.
        var lineText = LineTextIn(context);
        var constantHeader = MayFollowConstant(context.Node) ? ConstantHeaderJustBefore(context.Node, lineText) : null;
        if (constantHeader is not null && SecretTokens.FindTokens(constantHeader + "\n" + text + "\n" + string.Join("\n", LinesAfter(context.Node, lineText))) is { Count: > 0 } inBlock &&
            !inBlock.All(f => f.Kind == TokenKind.DerPrivateKey))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, context.Node.GetLocation(), Describe(inBlock) + " written in a string literal"));
            return;
        }

        if (!MayHoldToken(text))
        {
            return;
        }

        // A PEM block's header written one literal per line is read with the lines after it (a header alone, kept to tell
        // key formats apart, holds no key).
        var pemChain = text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 ? PemChain(context.Node) : null;
        if (pemChain is not null)
        {
            text = string.Concat(pemChain.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText));
        }

        var found = SecretTokens.FindTokens(text);
        if (found.Count == 0 && pemChain is null && text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 && LinesAfter(context.Node, lineText) is { Count: > 0 } lines)
        {
            // ... or one element of an array of lines, or one AppendLine of a builder's run: read with the lines after it
            found = SecretTokens.FindTokens(text + "\n" + string.Join("\n", lines));
        }

        if (found.Count == 0 || (found.All(f => f.Kind == TokenKind.DerPrivateKey) && IsPemBody(context.Node, lineText)))
        {
            return;
        }

        // A PEM block written one literal per line is one secret: the whole concatenation is reported, from its header to
        // its footer.
        var at = (SyntaxNode?)pemChain ?? context.Node;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, at.GetLocation(), Describe(found) + " written in a string literal"));
    }

    /// <summary>The kinds of tokens found, each named once, in the order found (<c>PEM private key, AWS access key</c>).</summary>
    private static string Describe(IReadOnlyList<TokenMatch> found)
    {
        var kinds = found[0].Describe();
        for (var i = 1; i < found.Count; i++)
        {
            var next = found[i].Describe();
            if (!kinds.Contains(next))
            {
                kinds += ", " + next;
            }
        }

        return kinds;
    }

    private static void AnalyzeByteArray(SyntaxNodeAnalysisContext context)
    {
        if (WrittenKeys.ElementsOf(context.Node) is { } elements && WrittenKeys.IsPrivateKeyDer(elements))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, context.Node.GetLocation(), "DER private key or PKCS#12 key store written as bytes"));
        }
    }

    /// <summary>
    /// The literals written after a PEM header line as the next lines of the same text: the later elements of the array or
    /// collection it is an element of (<c>{ "-----BEGIN OPENSSH PRIVATE KEY-----", "b3Bl...", ... }</c>), or the arguments of
    /// the appends that follow its own (<c>sb.AppendLine("-----BEGIN ...")</c>; <c>sb.AppendLine("b3Bl...")</c>; ..., one
    /// statement each or chained). Empty for a header used alone (a comparison, a format test).
    /// </summary>
    private static List<string> LinesAfter(SyntaxNode header, System.Func<ExpressionSyntax, string?> lineText)
    {
        var lines = new List<string>();
        if (header is not ExpressionSyntax literal)
        {
            return lines;
        }

        switch (literal.Parent)
        {
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression or (int)SyntaxKind.CollectionInitializerExpression } array:
                AddLiterals(array.Expressions.SkipWhile(e => e != literal).Skip(1), lines);
                break;
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element:
                AddLiterals(collection.Elements.SkipWhile(e => e != element).Skip(1).OfType<ExpressionElementSyntax>().Select(e => e.Expression), lines);
                break;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument when IsJoin(call):
                // string.Join("\n", "-----BEGIN ...", "b3Bl...", ...), string.Concat(...): the arguments after it
                AddLiterals(list.Arguments.SkipWhile(a => a != argument).Skip(1).Select(a => a.Expression), lines);
                break;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax append } } when IsLineAppend(append):
                // chained after it: sb.AppendLine("-----BEGIN ...").AppendLine("b3Bl...")
                var top = append;
                while (top.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax chained } && IsLineAppend(chained))
                {
                    AddLiterals(chained.ArgumentList.Arguments.Select(a => a.Expression), lines);
                    top = chained;
                }

                // and the statements after its own on the same receiver: sb.AppendLine("b3Bl..."); or sb.Append("b3Bl...").Append('\n');
                if (StatementOf(top) is { } statement && Siblings(statement) is { } block && ChainReceiver(top) is { } receiver)
                {
                    foreach (var following in block.SkipWhile(s => s != statement).Skip(1))
                    {
                        if (StatementCall(following) is not { } chain || ChainReceiver(chain) != receiver || AppendsOf(chain) is not { } appends)
                        {
                            if (IsAside(following, receiver))
                            {
                                continue; // _watchdog.Feed(); between two lines
                            }

                            break;
                        }

                        AddLiterals(appends.SelectMany(a => a.ArgumentList.Arguments.Select(x => x.Expression)), lines);
                    }
                }

                break;
        }

        return lines;

        // the block's lines up to its footer (or up to the next block's header: a certificate's block ends where the key's begins)
        void AddLiterals(IEnumerable<ExpressionSyntax> values, List<string> into)
        {
            if (into.Count > 0 && into[into.Count - 1].TrimStart().StartsWith("-----", System.StringComparison.Ordinal))
            {
                return; // the block ended at an earlier append
            }

            foreach (var value in values)
            {
                if (lineText(value) is { } text)
                {
                    if (text.TrimStart().StartsWith("-----BEGIN", System.StringComparison.Ordinal))
                    {
                        into.Add("-----"); // (the next block's header: this block has ended)
                        return;
                    }

                    into.Add(text);
                    if (text.TrimStart().StartsWith("-----END", System.StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }
        }
    }

    /// <summary><c>string.Join</c> or <c>string.Concat</c> of the lines given as arguments.</summary>
    private static bool IsJoin(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Join" or "Concat", Expression: var type } &&
        (type is PredefinedTypeSyntax || SyntaxNames.Rightmost(type) == "String"); // string.Join, String.Join, System.String.Join

    /// <summary>An append of one piece of text to a builder or a writer (<c>AppendLine</c>, <c>Append</c>, <c>WriteLine</c>, <c>Write</c>, <c>Add</c>).</summary>
    private static bool IsLineAppend(InvocationExpressionSyntax call) =>
        SyntaxNames.Rightmost(call.Expression is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax ? call.Expression : null) is { } name && // (_writer?.WriteLine(...))
        name is "AppendLine" or "Append" or "WriteLine" or "Write" or "Add" or "WriteLineAsync" or "WriteAsync" &&
        call.ArgumentList.Arguments.Count <= 1;

    /// <summary>The call a statement makes, awaited or not (<c>sb.AppendLine(...);</c>, <c>await writer.WriteLineAsync(...);</c>).</summary>
    private static InvocationExpressionSyntax? StatementCall(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: var expression }
            ? WithoutConfigureAwait(WithoutConditionalAccess(expression is AwaitExpressionSyntax awaited ? awaited.Expression : expression) as InvocationExpressionSyntax)
            : null;

    /// <summary>The call made on a receiver that may be null (<c>WriteLine(...)</c> of <c>_writer?.WriteLine(...)</c>); the expression itself otherwise.</summary>
    private static ExpressionSyntax WithoutConditionalAccess(ExpressionSyntax expression)
    {
        while (expression is ConditionalAccessExpressionSyntax { WhenNotNull: var call })
        {
            expression = call;
        }

        return expression;
    }

    /// <summary>
    /// The receiver a member binding is made on: the expression of the conditional access whose <c>?.</c> part holds it
    /// (<c>_gateway</c> for <c>.Uplink</c> in <c>_gateway?.Uplink?.WriteLine(...)</c>, <c>_gateway?.Uplink</c> for <c>.WriteLine</c>).
    /// </summary>
    private static ExpressionSyntax? BoundReceiver(SyntaxNode binding)
    {
        for (var node = binding; node.Parent is not null; node = node.Parent)
        {
            if (node.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == node)
            {
                return conditional.Expression;
            }
        }

        return null;
    }

    /// <summary><c>w.WriteLineAsync(...)</c> for <c>w.WriteLineAsync(...).ConfigureAwait(false)</c>; the call itself otherwise.</summary>
    private static InvocationExpressionSyntax? WithoutConfigureAwait(InvocationExpressionSyntax? call) =>
        call is { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: InvocationExpressionSyntax awaited } } ? awaited : call;

    /// <summary>The statement a call is made by, awaited (with <c>ConfigureAwait</c> or not) or not; null when it is part of a larger expression.</summary>
    private static ExpressionStatementSyntax? StatementOf(InvocationExpressionSyntax call)
    {
        SyntaxNode node = call.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Parent: InvocationExpressionSyntax configured } ? configured : call;
        while (node.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == node)
        {
            node = conditional; // _writer?.WriteLine(...); _gateway?.Uplink?.WriteLine(...);
        }

        return node.Parent as ExpressionStatementSyntax ?? (node.Parent is AwaitExpressionSyntax { Parent: ExpressionStatementSyntax awaited } ? awaited : null);
    }

    /// <summary>The statements a statement runs among: its block's, or its switch section's.</summary>
    private static SyntaxList<StatementSyntax>? Siblings(StatementSyntax statement) => statement.Parent switch
    {
        BlockSyntax block => block.Statements,
        SwitchSectionSyntax section => section.Statements,
        _ => null,
    };

    /// <summary>The receiver a chain of appends starts from, as written (<c>sb</c> for <c>sb.Append("...").Append('\n')</c>); null for another shape.</summary>
    private static string? ChainReceiver(InvocationExpressionSyntax chain)
    {
        var call = chain;
        while (call.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax inner })
        {
            call = inner;
        }

        var receiver = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            MemberBindingExpressionSyntax binding => BoundReceiver(binding), // _writer?.WriteLine(...)
            _ => null,
        };
        return receiver is not null && WrittenReceiver(receiver) is { } written ? written : null;

        // sb, this.sb, _writer.Inner, written with or without the null-forgiving operator (_keyFile!) or parentheses: the same
        // receiver is the same text once those are left out
        // (this._store and _store are one writer; _board?.Flash is _board.Flash)
        static string? WrittenReceiver(ExpressionSyntax receiver)
        {
            var names = new List<string>();
            foreach (var node in receiver.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case IdentifierNameSyntax name:
                        names.Add(name.Identifier.ValueText);
                        break;
                    case ThisExpressionSyntax when names.Count == 0:
                        break;
                    case MemberBindingExpressionSyntax binding when names.Count == 0 && BoundReceiver(binding) is { } nullable && WrittenReceiver(nullable) is { } outer:
                        names.Add(outer);
                        break;
                    case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }:
                    case ParenthesizedExpressionSyntax:
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                        break;
                    default:
                        return null; // a call, an element access, a cast: no name a later statement writes to as well
                }
            }

            return names.Count > 0 ? string.Join(".", names) : null;
        }
    }

    /// <summary>The appends of one statement's chain, first to last; null when a call in it is no append.</summary>
    private static List<InvocationExpressionSyntax>? AppendsOf(InvocationExpressionSyntax chain)
    {
        var appends = new List<InvocationExpressionSyntax>();
        for (var call = chain; call is not null; call = (call.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax)
        {
            if (!IsLineAppend(call))
            {
                return null;
            }

            appends.Insert(0, call);
        }

        return appends;
    }

    /// <summary>A line of a PEM block written one literal per line: the block's header literal is reported, not its body.</summary>
    private static bool IsPemBody(SyntaxNode literal, System.Func<ExpressionSyntax, string?> lineText) => PemChain(literal) is not null || FollowsPemHeader(literal, lineText);

    /// <summary>
    /// The text a line of a block is written with: a string literal's, a constant expression's the semantic model knows
    /// (<c>sb.AppendLine(PemLabels.CertificateFooter)</c>, <c>sb.Append(Pem.Begin + "\n")</c>), or what a read-only field or a
    /// get-only property holds as written in its declaration, or a choice between two line breaks (<c>sb.Append(useCrLf ?
    /// "\r\n" : "\n")</c>) (<see cref="HeldText"/>); null for a value known only at run time.
    /// </summary>
    private static System.Func<ExpressionSyntax, string?> LineTextIn(SyntaxNodeAnalysisContext context) => line => line switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal => literal.Token.ValueText,
        IdentifierNameSyntax or MemberAccessExpressionSyntax or BinaryExpressionSyntax or ParenthesizedExpressionSyntax or InterpolatedStringExpressionSyntax or ConditionalExpressionSyntax
            when line.SyntaxTree == context.SemanticModel.SyntaxTree => HeldText(line, context.SemanticModel, 0, context.CancellationToken),
        _ => null,
    };

    /// <summary>
    /// The text <paramref name="expression"/> holds as written: a string or char literal's; a constant's (through
    /// <paramref name="model"/> when the expression is in its tree, or the field's constant value elsewhere); pieces joined
    /// with <c>+</c> or in an interpolation; a choice between two line breaks; <see cref="System.Environment.NewLine"/> and a writer's <c>NewLine</c>, however named (<c>using static
    /// System.Environment</c>, an alias), as a line break; and a read-only field's initializer or a get-only property's
    /// expression (<c>static readonly string Crlf = Cr + Lf</c>, <c>string Eol => "\n"</c>), read the same way, three
    /// declarations deep at most. Null for a value known only at run time.
    /// </summary>
    private static string? HeldText(ExpressionSyntax expression, SemanticModel? model, int depth, System.Threading.CancellationToken cancellationToken)
    {
        model = model is not null && model.SyntaxTree == expression.SyntaxTree ? model : null;
        switch (expression)
        {
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression or (int)SyntaxKind.CharacterLiteralExpression } literal:
                return literal.Token.ValueText;
            case ParenthesizedExpressionSyntax parenthesized:
                return HeldText(parenthesized.Expression, model, depth, cancellationToken);
        }

        if (model?.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: var constant })
        {
            return constant is string or char ? constant.ToString() : null;
        }

        switch (expression)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } joined:
                return HeldText(joined.Left, model, depth, cancellationToken) is { } left && HeldText(joined.Right, model, depth, cancellationToken) is { } right
                    ? left + right
                    : null;
            case InterpolatedStringExpressionSyntax interpolated:
                // $"{Pem.SshBegin}{Environment.NewLine}": each hole read as its expression is
                var written = new System.Text.StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax text)
                    {
                        written.Append(text.TextToken.ValueText);
                    }
                    else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole && HeldText(hole.Expression, model, depth, cancellationToken) is { } held)
                    {
                        written.Append(held);
                    }
                    else
                    {
                        return null;
                    }
                }

                return written.ToString();
            case ConditionalExpressionSyntax choice:
                // (useCrLf ? "\r\n" : "\n"): a line break either way
                return HeldText(choice.WhenTrue, model, depth, cancellationToken) is { } whenTrue && HeldText(choice.WhenFalse, model, depth, cancellationToken) is { } whenFalse
                    ? whenTrue == whenFalse ? whenTrue : string.IsNullOrWhiteSpace(whenTrue) && string.IsNullOrWhiteSpace(whenFalse) ? "\n" : null
                    : null;
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when depth < 3:
                if (model is null)
                {
                    // (another file's declaration, read without its semantic model: Environment.NewLine however it is named, or
                    // a constant or field of that file found by its name, Eol = Lf)
                    return SyntaxNames.Rightmost(expression) == "NewLine" ? "\n"
                        : expression is IdentifierNameSyntax name && SyntacticValues.Find(name, readCallers: false) is { Kind: DeclarationKind.Constant or DeclarationKind.Variable, Value: { } value }
                            ? HeldText(value, null, depth + 1, cancellationToken)
                            : null;
                }

                return model.GetSymbolInfo(expression, cancellationToken).Symbol switch
                {
                    IFieldSymbol { HasConstantValue: true, ConstantValue: string or char } field => field.ConstantValue!.ToString(),
                    IPropertySymbol newLine when TypeNames.IsNewLine(newLine, orWriters: true) => "\n",
                    IFieldSymbol { IsReadOnly: true, DeclaringSyntaxReferences: { Length: 1 } declared } =>
                        declared[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value } ? HeldText(value, model, depth + 1, cancellationToken) : null,
                    IPropertySymbol { SetMethod: null, DeclaringSyntaxReferences: { Length: 1 } declared } =>
                        declared[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax property && GottenExpression(property) is { } gotten
                            ? HeldText(gotten, model, depth + 1, cancellationToken)
                            : null,
                    _ => null,
                };
            default:
                return null;
        }

        // string Eol => "\n"; string Eol { get => "\n"; } string Eol { get { return "\n"; } } string Eol { get; } = "\n";
        static ExpressionSyntax? GottenExpression(PropertyDeclarationSyntax property) =>
            property.ExpressionBody?.Expression ?? property.Initializer?.Value ??
            (property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) is { } getter
                ? getter.ExpressionBody?.Expression ?? (getter.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null)
                : null);
    }

    /// <summary>
    /// Whether a literal is a later line of a PEM block whose header an earlier element of the same array or collection, or
    /// an earlier append of the same run, writes (<see cref="LinesAfter"/> reads the block from its header): the nearest
    /// earlier marker line is a header, not a footer (a key after a certificate stands alone). A header held by a constant
    /// (<c>EcBegin</c>) is reported nowhere, so the block's first line after it reports the block
    /// (<see cref="ConstantHeaderJustBefore"/>) and only the lines after that are its body.
    /// </summary>
    private static bool FollowsPemHeader(SyntaxNode literal, System.Func<ExpressionSyntax, string?> lineText)
    {
        var distance = 0;
        foreach (var line in EarlierLines(literal, lineText))
        {
            if (LastMarker(lineText(line)) is { } opens)
            {
                // (the last marker inside the line that writes one: a whole certificate in one literal ends with its footer)
                return opens && (line is LiteralExpressionSyntax || distance > 0);
            }

            distance++;
        }

        return false;
    }

    /// <summary>
    /// The text of a PEM header a constant writes on the line just before <paramref name="literal"/>
    /// (<c>{ EcBegin, "MHcCAQEE...", ... }</c>, <c>sb.AppendLine(Pem.OpenSshBegin); sb.AppendLine("b3Bl...");</c>); null otherwise.
    /// </summary>
    private static string? ConstantHeaderJustBefore(SyntaxNode literal, System.Func<ExpressionSyntax, string?> lineText) =>
        EarlierLines(literal, lineText).FirstOrDefault() is { } previous and not LiteralExpressionSyntax && lineText(previous) is { } header && LastMarker(header) == true
            ? header
            : null;

    /// <summary>
    /// The lines written before <paramref name="literal"/> in the same text, nearest first: the earlier elements of its array
    /// or collection, the earlier arguments of its <c>string.Join</c>, or the earlier appends of its chain and of the statements
    /// before its own on the same writer (statements aside from the writer skipped). Empty for a literal in no such run.
    /// </summary>
    private static IEnumerable<ExpressionSyntax> EarlierLines(SyntaxNode literal, System.Func<ExpressionSyntax, string?> lineText) =>
        EarlierWrites(literal).Where(line => !IsLineBreak(line, lineText));

    /// <summary>
    /// A write of a line break alone (<c>Append('\n')</c>, <c>"\r\n"</c>, <c>Environment.NewLine</c>, a constant or a read-only
    /// field holding one: <c>Append(Lf)</c>, <c>Append(Nl)</c> with <c>static readonly string Nl = "\n"</c>): no line of the block.
    /// </summary>
    private static bool IsLineBreak(ExpressionSyntax write, System.Func<ExpressionSyntax, string?> lineText) => write switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression } => true,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "NewLine" } => true,
        _ => lineText(write) is { } text && string.IsNullOrWhiteSpace(text),
    };

    private static IEnumerable<ExpressionSyntax> EarlierWrites(SyntaxNode literal)
    {
        switch (literal.Parent)
        {
            case InitializerExpressionSyntax array:
                return array.Expressions.TakeWhile(e => e != literal).Reverse();
            case ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element:
                return collection.Elements.TakeWhile(e => e != element).OfType<ExpressionElementSyntax>().Select(e => e.Expression).Reverse();
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument when IsJoin(call):
                return list.Arguments.TakeWhile(a => a != argument).Select(a => a.Expression).Reverse();
            case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax append } } when IsLineAppend(append):
                return AppendedBefore(append);
            default:
                return Enumerable.Empty<ExpressionSyntax>();
        }

        static IEnumerable<ExpressionSyntax> AppendedBefore(InvocationExpressionSyntax append)
        {
            // chained: the earlier appends of the chain are the receiver's own calls
            for (var earlier = (append.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax; earlier is not null;
                 earlier = (earlier.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax)
            {
                if (earlier.ArgumentList.Arguments.Count == 1)
                {
                    yield return earlier.ArgumentList.Arguments[0].Expression;
                }
            }

            // one statement each: the statements before its own on the same writer
            var top = append;
            while (top.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax chained })
            {
                top = chained;
            }

            if (StatementOf(top) is not { } statement || Siblings(statement) is not { } block || ChainReceiver(top) is not { } receiver)
            {
                yield break;
            }

            foreach (var before in block.TakeWhile(s => s != statement).Reverse())
            {
                if (StatementCall(before) is not { } chain || ChainReceiver(chain) != receiver || AppendsOf(chain) is not { } appends)
                {
                    if (IsAside(before, receiver))
                    {
                        continue;
                    }

                    yield break;
                }

                for (var i = appends.Count - 1; i >= 0; i--)
                {
                    if (appends[i].ArgumentList.Arguments.Count == 1)
                    {
                        yield return appends[i].ArgumentList.Arguments[0].Expression;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The last PEM marker a line's text writes: true for a header (<c>-----BEGIN ...</c>: a block is open after it),
    /// false for a footer (<c>-----END ...</c>: the block closed), null when it writes neither.
    /// </summary>
    private static bool? LastMarker(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var begin = text.LastIndexOf("-----BEGIN", System.StringComparison.Ordinal);
        var end = text.LastIndexOf("-----END", System.StringComparison.Ordinal);
        return begin < 0 && end < 0 ? null : begin > end;
    }

    /// <summary>
    /// A statement written between two lines of a block that writes no text and does not touch the writer
    /// (<c>_watchdog.Feed();</c>, <c>Thread.Sleep(5);</c>, <c>var n = 0;</c>): the run of lines goes on past it.
    /// </summary>
    private static bool IsAside(StatementSyntax statement, string receiver) =>
        statement is ExpressionStatementSyntax or LocalDeclarationStatementSyntax &&
        !statement.DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.InterpolatedStringStartToken) ||
                                                t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) ||
                                                t.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken) || t.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken)) &&
        // (the writer itself only flushed, _flash.Flush(): no line of text; an append of a run-time value is one)
        (StatementCall(statement) is { } call && ChainReceiver(call) == receiver
            ? !IsLineAppend(call) && call.ArgumentList.Arguments.Count == 0
            : !statement.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && receiver.EndsWith(t.ValueText, System.StringComparison.Ordinal)));

    /// <summary>The outermost concatenation a literal is part of, when one of its literals opens a PEM block; else null.</summary>
    /// <summary>
    /// For the first literal of a chain of string literals joined with '+' (<c>"AIzaSyD8-Lm2p" + "Q7rT4vW9..."</c>), the
    /// chain and the tokens known by their own shape (a Google, GitHub, Slack, AWS or Telegram key, a JWT, a NATS seed)
    /// its joined text holds, when no piece holds one by itself (a piece's own token is reported at the piece) and the
    /// chain is no PEM block (read as one already). Null for any other literal. The caller asks only for the chain's first
    /// literal (the left child of the innermost '+'), so a chain of n pieces is read once, in O(n).
    /// </summary>
    private static (BinaryExpressionSyntax Chain, IReadOnlyList<TokenMatch> Found)? FoldedTokenChain(SyntaxNode literal)
    {
        var chain = (BinaryExpressionSyntax)literal.Parent!;
        while (chain.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } outer)
        {
            chain = outer;
        }

        var pieces = new List<string>();
        for (ExpressionSyntax? left = chain; left is not null;)
        {
            switch (left)
            {
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Right: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } right } add:
                    pieces.Add(right.Token.ValueText);
                    left = add.Left;
                    break;
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } first when first == literal:
                    pieces.Add(first.Token.ValueText);
                    left = null;
                    break;
                default:
                    return null; // a piece that is no literal, or this literal is not the chain's first
            }
        }

        pieces.Reverse();
        var joined = string.Concat(pieces);
        if (joined.Length < 16 || joined.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 || !MayHoldToken(joined) ||
            pieces.Any(WrittenKeys.IsTokenByItself))
        {
            return null;
        }

        // Only tokens known by their own shape, wherever they stand (a connection string's key or signature written in
        // pieces is judged by the connection-string reader, at the piece that holds it).
        var found = SecretTokens.FindTokens(joined).Where(f => f.Kind is TokenKind.GoogleApiKey or TokenKind.GitHubToken or TokenKind.SlackToken or
            TokenKind.JsonWebToken or TokenKind.AwsAccessKeyId or TokenKind.TelegramBotToken or TokenKind.NatsSeed).ToList();
        return found.Count > 0 ? (chain, found) : null;
    }

    private static BinaryExpressionSyntax? PemChain(SyntaxNode literal)
    {
        var chain = literal.Parent;
        while (chain?.Parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.AddExpression))
        {
            chain = outer;
        }

        return chain is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression) &&
               add.DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0)
            ? add
            : null;
    }

    /// <summary>
    /// Cheap test (syntax only) that the line before a literal is a name, as a PEM header held by a constant is written: the
    /// literal is an element, a <c>Join</c> argument or an append's argument.
    /// </summary>
    private static bool MayFollowConstant(SyntaxNode literal) => literal.Parent switch
    {
        InitializerExpressionSyntax array => array.Expressions.IndexOf((ExpressionSyntax)literal) is > 0 and var at && array.Expressions[at - 1] is IdentifierNameSyntax or MemberAccessExpressionSyntax or BinaryExpressionSyntax,
        ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element =>
            collection.Elements.IndexOf(element) is > 0 and var at && collection.Elements[at - 1] is ExpressionElementSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax or BinaryExpressionSyntax },
        ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } => IsJoin(call) || IsLineAppend(call),
        _ => false,
    };

    /// <summary>Cheap test before any regular expression runs.</summary>
    private static bool MayHoldToken(string text) =>
        text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("=", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("AKIA", System.StringComparison.Ordinal) >= 0 || text.IndexOf("ASIA", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("gh", System.StringComparison.Ordinal) >= 0 || text.IndexOf("github_pat_", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("xox", System.StringComparison.Ordinal) >= 0 || text.IndexOf("AIza", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("eyJ", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf(":AA", System.StringComparison.Ordinal) >= 0 || // a Telegram bot token
        (text.Length >= 58 && text[0] == 'S') || text.IndexOf(" S", System.StringComparison.Ordinal) >= 0 || text.IndexOf("\"S", System.StringComparison.Ordinal) >= 0 || // a NATS seed

        (text.Length >= 64 && text.IndexOf('M') >= 0);
}
