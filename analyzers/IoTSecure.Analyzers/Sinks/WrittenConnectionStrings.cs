using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Values;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A password pair found in a connection string or URI written in the code, and the literal that holds its value.</summary>
internal readonly struct WrittenPair
{
    public WrittenPair(ConnectionStringSecret pair, ExpressionSyntax literal, ExpressionSyntax whole, ExpressionSyntax? at = null, ISymbol? holder = null, int ordinal = 1, bool isConfigurationText = false)
    {
        Ordinal = ordinal;
        IsConfigurationText = isConfigurationText;
        Pair = pair;
        Literal = literal;
        Whole = whole;
        At = at ?? literal;
        Holder = holder;
    }

    public ConnectionStringSecret Pair { get; }

    /// <summary>The literal (or argument) where the password's text is written.</summary>
    public ExpressionSyntax Literal { get; }

    /// <summary>
    /// Where the password enters the string: <see cref="Literal"/> itself, or the reference to the constant, field or local
    /// whose literal holds it (<c>$"...;Password={Secrets.DbPassword}"</c>), which <see cref="Holder"/> then names.
    /// </summary>
    public ExpressionSyntax At { get; }

    /// <summary>The text written in <see cref="Literal"/> (a literal's value, or an interpolated string's text parts).</summary>
    public string LiteralText => SyntacticValues.Strip(Literal) switch
    {
        LiteralExpressionSyntax literal => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated => string.Concat(System.Linq.Enumerable.Select(
            System.Linq.Enumerable.OfType<InterpolatedStringTextSyntax>(interpolated.Contents), t => SyntacticValues.TextOf(t))),
        _ => string.Empty,
    };

    /// <summary>True for a member of configuration text (JSON) written in the code, rather than a connection string or URI.</summary>
    public bool IsConfigurationText { get; }

    /// <summary>Which value of its key this is, from 1 (an AT command carries two: <c>AT+CPWD="SC","old","new"</c>).</summary>
    public int Ordinal { get; }

    /// <summary>The constant, field or local read at <see cref="At"/>, or null when the text is written in place.</summary>
    public ISymbol? Holder { get; }

    /// <summary>The whole connection string or URI as written (a literal, a concatenation, an interpolation, a Format call).</summary>
    public ExpressionSyntax Whole { get; }

    /// <summary>
    /// Where the finding is reported: <see cref="At"/>, or, when the password is written in place in a literal of several
    /// lines (YAML or JSON in a raw string), the value itself on its own line.
    /// </summary>
    public Location ReportedLocation()
    {
        if (At == Literal && SyntacticValues.Strip(Literal) is LiteralExpressionSyntax literal && Pair.Value.Length > 0)
        {
            var lines = literal.SyntaxTree.GetLineSpan(literal.Span);
            var source = literal.Token.Text;
            if (lines.StartLinePosition.Line != lines.EndLinePosition.Line && source.IndexOf(Pair.KeyName, StringComparison.Ordinal) is var key && key >= 0 &&
                source.IndexOf(Pair.Value, key, StringComparison.Ordinal) is var value && value >= 0)
            {
                return Location.Create(literal.SyntaxTree, new Microsoft.CodeAnalysis.Text.TextSpan(literal.Token.SpanStart + value, Pair.Value.Length));
            }
        }

        return At.GetLocation();
    }
}

/// <summary>
/// Finds connection strings and URIs written in the code that carry a password, whatever method they are handed to (a
/// database, cache or broker client, the team's own <c>Store.Open(string)</c>): <c>Password=</c>/<c>Pwd=</c> pairs of
/// SQL Server, PostgreSQL, MySQL and Redis strings, the user information of <c>mongodb://</c>, <c>amqps://</c>,
/// <c>mqtt://</c> URIs, and secret-named query values of request URLs (<c>?appid=</c>, <c>&amp;api_key=</c>). Syntax only:
/// each string is judged where it is written, as a literal, a concatenation, an interpolation, or a
/// <c>string.Format</c>/<c>Concat</c> of literals; a password in a constant is found at that constant's literal. Keys of
/// IoT Hub and storage strings (<c>SharedAccessKey=</c>) are key material, IOT1003's. Values handed to a catalogued
/// sink are the sink pass's.
/// </summary>
internal static class WrittenConnectionStrings
{
    public static void Register(SyntaxActions actions, IoTSecureContext iot, StringValueResolver resolver, Action<SyntaxNodeAnalysisContext, WrittenPair> onPair)
    {
        // Triggered by the text itself (a literal holding '=' or '@', the cheap test), then judged once per outermost
        // expression that builds the string.
        var judged = new LockedCache<ExpressionSyntax, byte>();
        var judgedConfiguration = new LockedCache<BinaryExpressionSyntax, byte>();
        var prefixReads = new LockedCache<string, Dictionary<ISymbol, List<(ExpressionSyntax Read, SemanticModel Model)>>>(StringComparer.Ordinal);
        actions.Add(
            c =>
            {
                if (c.Node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression or (int)SyntaxKind.Utf8StringLiteralExpression } json &&
                    IsConfigurationText(json.Token.ValueText))
                {
                    // Configuration written as JSON or YAML text in the code: a secret-named member with a value, as the gate reads a shipped file.
                    foreach (var match in SecretTokens.FindInFile(json.Token.ValueText, iot.Settings.Vocabulary, out _))
                    {
                        if (match.Kind == TokenKind.SecretAssignment && match.Name is { } key)
                        {
                            var value = json.Token.ValueText.Substring(match.Index, match.Length);
                            onPair(c, new WrittenPair(new ConnectionStringSecret(key, match.Index, match.Length, value), json, json, isConfigurationText: true));
                        }
                    }

                    // A connection string held as a member's value ("Telemetry": "Server=...;Password=...") is read below.
                    if (json.Token.ValueText.IndexOf('=') < 0)
                    {
                        return;
                    }
                }
                else if (c.Node is InterpolatedStringExpressionSyntax interpolatedJson && IsConfigurationText(TextParts(interpolatedJson)))
                {
                    // The same text with run-time values in it ($$"""{ "panel": "{{id}}", "apiKey": "..." }"""): a member
                    // whose value is written whole in the text is read; one that holds a run-time value is not.
                    var jsonText = TextParts(interpolatedJson);
                    foreach (var match in SecretTokens.FindInFile(jsonText, iot.Settings.Vocabulary, out _))
                    {
                        if (match.Kind == TokenKind.SecretAssignment && match.Name is { } key && jsonText.IndexOf(SyntacticValues.Hole, match.Index, match.Length) < 0 &&
                            (match.Index + match.Length >= jsonText.Length || jsonText[match.Index + match.Length] != SyntacticValues.Hole) &&
                            (match.Index == 0 || jsonText[match.Index - 1] != SyntacticValues.Hole))
                        {
                            onPair(c, new WrittenPair(new ConnectionStringSecret(key, match.Index, match.Length, jsonText.Substring(match.Index, match.Length)), interpolatedJson, interpolatedJson, isConfigurationText: true));
                        }
                    }

                    if (jsonText.IndexOf('=') < 0)
                    {
                        return;
                    }
                }

                else if (c.Node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } linePiece && ConfigurationConcatenation(linePiece) is { } concatenation &&
                         judgedConfiguration.TryAdd(concatenation, 0))
                {
                    // Configuration text written line by line ("ssid: \"...\"\n" + "password: \"...\"\n" + ...): the whole
                    // concatenation is read once, and a member's value is found in the piece that writes it.
                    ReportConfigurationPieces(c, SyntacticValues.AddChain(concatenation), concatenation, iot, onPair);
                }
                else if (c.Node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } appendedLine && ConfigurationAppends(appendedLine) is { } appends)
                {
                    // The same text appended one line a statement (var yaml = "wifi:\n"; yaml += "  ssid: ...\n"; yaml +=
                    // "  password: ...\n";): read once, from the first append of the run.
                    ReportConfigurationPieces(c, appends.Pieces, appends.First, iot, onPair);
                }

                if (!HoldsPairCharacter(c.Node))
                {
                    return;
                }

                // (a literal that stands alone is its own outermost expression and no other node's, so it needs no entry)
                var node = Outermost((ExpressionSyntax)c.Node, c.SemanticModel.Compilation);
                if ((node != c.Node || c.Node is not LiteralExpressionSyntax) && !judged.TryAdd(node, 0))
                {
                    return;
                }

                // (an array of pieces joined in another file, string.Join(";", HistorianParts.Primary), is read with that file's model)
                Judge(c, node.SyntaxTree == c.SemanticModel.SyntaxTree ? c.SemanticModel : iot.GetSemanticModel(node.SyntaxTree), node, iot, resolver, onPair);

                // A command's or a connection string's start kept in a field (const string ATPINAuthCommand = "AT+CPIN=") and
                // completed where it is read with no text of its own (ATCommands.ATPINAuthCommand + PIN1Code): each such
                // read, in any file, is judged as the string it builds.
                // A start made of constants (const string PinAuth = Plus + "CPIN=", $"{Plus}CPIN=", a static readonly
                // Plus + "CPIN=" or string.Concat(Plus, "CPWD=...")) is the text it is made of.
                if (node.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } declarator } &&
                    StartText(c, node, resolver) is { } start &&
                    IsCompletedWhereRead(start))
                {
                    foreach (var (read, model) in ReadsCompletingPrefix(c, declarator, iot, prefixReads))
                    {
                        if (judged.TryAdd(read, 0))
                        {
                            Judge(c, model, read, iot, resolver, onPair);
                        }
                    }
                }
            },
            SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);
    }

    /// <summary>
    /// Judges one string the code builds (<paramref name="node"/>, the outermost expression building it, bound with
    /// <paramref name="model"/>, its tree's model): each reading of its text (<see cref="Reading"/>), every secret-keyed pair
    /// in it handed to <paramref name="onPair"/>.
    /// </summary>
    private static void Judge(SyntaxNodeAnalysisContext c, SemanticModel model, ExpressionSyntax node, IoTSecureContext iot, StringValueResolver resolver,
        Action<SyntaxNodeAnalysisContext, WrittenPair> onPair)
    {
        // A value at a password's place that chooses between written ones (a helper's parameter its callers pass
        // literals for, a conditional) is read once per choice, so each is judged at its own literal.
        var reading = new Reading(c, model, resolver, iot.Settings.SecretNames);
        for (; reading.Choice < reading.Choices; reading.Choice++)
        {
            var pieces = new List<Piece>();
            var text = new StringBuilder();
            if (!AppendPieces(node, text, pieces, 0, reading))
            {
                return;
            }

            var written = text.ToString();
            if (IsNotAConnectionString(written))
            {
                return;
            }

            // An AT command may carry a broker's URI among its values (AT+CMQTTCONNECT=0,"tcp://...",60,1,"user","pw"): still a command.
            // So may a connection string (Endpoint=opc.tcp://plc:4840;UserName=hmi;UserPassword=...): its pairs and the URI's.
            var isUrl = written.IndexOf("://", StringComparison.Ordinal) >= 0 && !written.TrimStart().StartsWith("AT+", StringComparison.OrdinalIgnoreCase);
            var pairs = isUrl ? ConnectionStrings.FindUrlPairs(written) : ConnectionStrings.FindPairs(written);
            if (isUrl && ConnectionStrings.StartsWithUriValuedPair(written))
            {
                var keyed = ConnectionStrings.FindPairs(written);
                pairs = keyed.Concat(pairs.Where(u => !keyed.Any(k => k.ValueStart == u.ValueStart))).ToList();
                isUrl = false;
            }

            // ... or its query appended to what a string local held (url += "?api_key=...")
            var appendsToItself = AppendsToWhatItHeld(node);
            var queryAppended = written.Length > 2 && written[0] == SyntacticValues.Hole && written[1] is '?' or '&' && appendsToItself;
            if (!isUrl && (written.IndexOf('&') >= 0 || queryAppended) && written.IndexOf('=') >= 0)
            {
                // a URL's query built in pieces (sb.Append("&apikey=").Append("...")): its secret-named values too; a query
                // built whole before the URL it is appended to (var query = $"appid={keys.Forecast}&lat={lat}"): its first
                // pair too, as if the '?' the URL adds stood before it
                var query = ConnectionStrings.FindUrlPairs(written);
                if (written.Length > 0 && char.IsLetter(written[0]) && written.IndexOf('&') > written.IndexOf('=') && written.IndexOf('=') > 0 &&
                    written.IndexOf(' ') < 0 && written.IndexOf(';') < 0)
                {
                    var asQuery = ConnectionStrings.FindUrlPairs("&" + written)
                        .Select(q => new ConnectionStringSecret(q.KeyName, q.ValueStart - 1, q.ValueLength, q.Value));
                    query = query.Concat(asQuery.Where(q => !query.Any(p => p.ValueStart == q.ValueStart))).ToList();
                }

                if (query.Count > 0)
                {
                    pairs = pairs.Concat(query.Where(q => !pairs.Any(p => p.ValueStart == q.ValueStart))).ToList();
                }
            }
            string? previousKey = null;
            bool? sinkArgument = null;
            var ordinal = 0;
            foreach (var found in pairs)
            {
                // A value held by a symbol and read into a URL's query (&apikey={Secrets.ApiKey}) is the symbol's whole
                // text, even where a '#' or a space in it would end the value for a URL parser.
                var pair = isUrl && found.ValueLength > 0 && PieceAt(pieces, found.ValueStart) is { Source: not null, At: not null } held &&
                           held.Start == found.ValueStart && held.End > found.ValueStart + found.ValueLength
                    ? new ConnectionStringSecret(found.KeyName, found.ValueStart, held.End - held.Start, written.Substring(held.Start, held.End - held.Start))
                    : found;
                ordinal = pair.KeyName == previousKey ? ordinal + 1 : 1;
                previousKey = pair.KeyName;
                // A builder's appends: what it held before is not known here, so the other keys may sit there.
                var appended = (node is InvocationExpressionSyntax appendCall && (IsAppend(appendCall) || SyntaxNames.Rightmost(appendCall.Expression) == "AppendFormat") ||
                                appendsToItself) && written.Length > 0 && written[0] == SyntacticValues.Hole;
                if (!isUrl && !ConnectionStrings.IsModemCommand(pair) && !appended && !HasAnotherPair(written, pair))
                {
                    continue; // "Login failed: password=incorrect": a connection string has other keys beside the password
                }

                // A SIM PIN's place holds digits or a placeholder only (its value was tested as it was read), and a
                // modem command is sent as written: AT+CPIN="${SIM_PIN}", AT+CWJAP="...","${WIFI_PSK}" and
                // AT+CGAUTH=1,1,"iot","[apn password]" hold placeholders, not patterns.
                if (pair.Value.Length == 0 ||
                    (pair.Value[0] is '@' or '?' or ':' or '$' or '[' or '(' or '=' or '{' && !ConnectionStrings.IsSimPinCommand(pair) &&
                     !(pair.Value[0] is '$' or '[' or '{' && ConnectionStrings.IsModemCommand(pair))) ||
                    (pair.Value[0] is '[' or '<' or '(' && SecretText.IsRedaction(pair.Value)) || // "[REDACTED]" in a logged command
                    SecretText.IsPath(pair.Value) || SecretNames.Normalize(pair.Value) == SecretNames.Normalize(pair.KeyName) || IsCodeExpression(pair.Value))
                {
                    continue; // a SQL parameter, a pattern, a template, a path, the key's own name, or script (password=form.pw.value)
                }

                if (SecretTokens.FindTokens(pair.Value).Count > 0 &&
                    !(PieceAt(pieces, pair.ValueStart) is { Source: { } keptIn, At: not null } &&
                      (keptIn.SyntaxTree != node.SyntaxTree || !node.Span.Contains(keptIn.Span)) &&
                      !(SyntacticValues.Strip(keptIn) is LiteralExpressionSyntax keptLiteral && WrittenKeys.IsTokenByItself(keptLiteral.Token.ValueText))))
                {
                    // a token or key by its shape (a JWT in access_token=): IOT1003's, one finding per literal; one held
                    // in a named constant and read into the text (SharedAccessKey={key} of a helper given IotHubSasKey)
                    // says nothing by its shape where it is written, and is judged here (IOT1001 at the literal), unless
                    // the constant's text is a token by itself (a Google key "AIza..." read into &key={MapsApiKey}):
                    // IOT1003 reports it at the constant, and one literal has one finding
                    continue;
                }

                if (PieceAt(pieces, pair.ValueStart) is { Source: not null } piece && pair.ValueStart + pair.ValueLength <= piece.End)
                {
                    // Asked last, as it binds the member: a catalogued sink's argument is the sink pass's to judge, when
                    // the sink pass sees the literal (written in the argument, or held by a symbol it follows). A
                    // helper's or constructor's parameter in the text ("?api_key=" + apiKey) is read here, per caller.
                    var seenAtTheSink = !piece.FromCallers && piece.Holder is not null ||
                                        (piece.Source.SyntaxTree == node.SyntaxTree && node.Span.Contains(piece.Source.Span));
                    sinkArgument ??= IsSinkArgument(node, iot, model, c.CancellationToken);
                    if (sinkArgument.Value && seenAtTheSink)
                    {
                        continue;
                    }

                    onPair(c, new WrittenPair(pair, piece.Source, node, piece.At, piece.Holder, ordinal));
                }
            }
        }
    }

    /// <summary>
    /// The whole text a field's initializer <paramref name="node"/> writes: a literal's; a constant's, as the compiler folds
    /// it (<c>Plus + "CPIN="</c>, <c>$"{Plus}CPIN="</c>); otherwise the resolver's reading of it when every piece is written
    /// (<c>static readonly string PinAuth = Plus + "CPIN="</c>, <c>string.Concat(Plus, "CPWD=...")</c>). Null when a piece is a
    /// run-time value.
    /// </summary>
    private static string? StartText(SyntaxNodeAnalysisContext c, ExpressionSyntax node, StringValueResolver resolver)
    {
        if (node == c.Node && node is LiteralExpressionSyntax literal)
        {
            return literal.Token.ValueText;
        }

        if (c.SemanticModel.GetConstantValue(node, c.CancellationToken) is { HasValue: true } folded)
        {
            return folded.Value as string;
        }

        return c.SemanticModel.GetOperation(node, c.CancellationToken) is { } operation && resolver.Resolve(operation) is { IsFullyKnown: true } resolved
            ? resolved.Text
            : null;
    }

    /// <summary>
    /// Whether a field's written text is the start of a command or a connection string whose secret is written right after
    /// it (<c>"AT+CPIN="</c>, <c>"AT+CPIN=\""</c>, <c>"Server=db;Password="</c>): a value appended to it is at a secret's place.
    /// </summary>
    private static bool IsCompletedWhereRead(string text)
    {
        if (text.Length == 0 || text.Length > 512 || text[text.Length - 1] is not ('=' or '"' or ','))
        {
            return false;
        }

        // Completed by one to four values, each different from the others (a login whose password repeats its user is an
        // operator's published one, no secret's place), quoted as the start opens them or bare: the secret may be the first
        // value (AT+CPIN=") or come after others (AT+CPWD="SC","<old>","<new>"; AT+CWJAP=" then the SSID, then the password;
        // AT+QICSGP=1,1," then the APN, the user, then the password; AT+MQTTUSERCFG=0,1," then the client, the user, the password).
        foreach (var probe in CompletionProbes(text))
        {
            foreach (var pair in ConnectionStrings.FindPairs(probe))
            {
                // (the secret's place right after the start, or further on)
                if (pair.ValueStart >= text.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Distinct probe values a start is completed with (digits, so a PIN's place and a password's both take them).</summary>
    private static readonly string[] ProbeValues = { "4821", "7390", "5163", "2947" };

    /// <summary>
    /// <paramref name="start"/> completed by one to <see cref="ProbeValues"/>' count of values: bare and comma-separated
    /// (<c>4821,7390</c>), and quoted as the start opens them (<c>4821","7390"</c>); the first value alone also unclosed.
    /// </summary>
    private static IEnumerable<string> CompletionProbes(string start)
    {
        yield return start + ProbeValues[0];
        var bare = new System.Text.StringBuilder(start);
        var quoted = new System.Text.StringBuilder(start);
        for (var count = 1; count <= ProbeValues.Length; count++)
        {
            bare.Append(count > 1 ? "," : string.Empty).Append(ProbeValues[count - 1]);
            quoted.Append(count > 1 ? ",\"" : string.Empty).Append(ProbeValues[count - 1]).Append('"');
            if (count > 1)
            {
                yield return bare.ToString();
            }

            yield return quoted.ToString();
        }
    }

    /// <summary>
    /// The strings built from the field <paramref name="declarator"/> declares (<c>ATCommands.ATPINAuthCommand + PIN1Code</c>,
    /// <c>string.Concat(Prefix, pin, "\r")</c>), in any file, each as its outermost expression with its tree's model (one
    /// that also holds a pair of its own text is judged once, whichever comes first). The reads of a name are found in the
    /// source's text and bound once per compilation, grouped by the field they read (<paramref name="readsByName"/>), so
    /// many fields of one name (a <c>Prefix</c> in each of a thousand command types) cost one search and one bind a read.
    /// </summary>
    private static IReadOnlyList<(ExpressionSyntax Read, SemanticModel Model)> ReadsCompletingPrefix(SyntaxNodeAnalysisContext c, VariableDeclaratorSyntax declarator,
        IoTSecureContext iot, LockedCache<string, Dictionary<ISymbol, List<(ExpressionSyntax Read, SemanticModel Model)>>> readsByName)
    {
        var field = c.SemanticModel.GetDeclaredSymbol(declarator, c.CancellationToken);
        if (field is null)
        {
            return Array.Empty<(ExpressionSyntax, SemanticModel)>();
        }

        var reads = readsByName.GetOrAdd(declarator.Identifier.ValueText, name =>
        {
            var byField = new Dictionary<ISymbol, List<(ExpressionSyntax Read, SemanticModel Model)>>(SymbolEqualityComparer.Default);
            foreach (var token in SourceWords.Tokens(c.SemanticModel.Compilation, name))
            {
                if (token.Parent is not IdentifierNameSyntax identifier || token.ValueText != name)
                {
                    continue;
                }

                ExpressionSyntax read = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
                var outermost = Outermost(read);
                var heldBy = outermost == read ? HeldByLocal(read) : null;
                if (outermost == read && heldBy is null)
                {
                    continue; // read alone
                }

                var model = iot.GetSemanticModel(identifier.SyntaxTree);
                if (model.GetSymbolInfo(read, c.CancellationToken).Symbol is IFieldSymbol { Type.SpecialType: SpecialType.System_String } readField)
                {
                    if (!byField.TryGetValue(readField.OriginalDefinition, out var list))
                    {
                        byField[readField.OriginalDefinition] = list = new List<(ExpressionSyntax, SemanticModel)>();
                    }

                    if (heldBy is null)
                    {
                        list.Add((outermost, model));
                    }
                    else
                    {
                        // var start = At.PinAuth; port.WriteLine(start + SimPin): each string built from the local
                        list.AddRange(ReadsOfLocal(heldBy.Value, model, c.CancellationToken).Select(localRead => (localRead, model)));
                    }
                }
            }

            return byField;
        });
        return reads.TryGetValue(field.OriginalDefinition, out var found) ? found : (IReadOnlyList<(ExpressionSyntax, SemanticModel)>)Array.Empty<(ExpressionSyntax, SemanticModel)>();
    }

    /// <summary>
    /// The local a read is given to alone, and where its value is given: its declaration's (<c>var start = At.PinAuth;</c>)
    /// or a plain assignment statement's (<c>string start; start = At.PinAuth;</c>); null for any other read.
    /// </summary>
    private static (SyntaxNode Given, SyntaxToken Name)? HeldByLocal(ExpressionSyntax read)
    {
        var value = read;
        while (value.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized;
        }

        return value.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } local } => (local, local.Identifier),
            AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax assigned, Parent: ExpressionStatementSyntax } assignment
                when assignment.Right == value => (assignment, assigned.Identifier),
            _ => null,
        };
    }

    /// <summary>
    /// The strings built from a local after it is given a start (<c>start + SimPin + "\r"</c>), each as its outermost
    /// expression: the local's reads are found in the text of the scope it is declared in (a block, a <c>switch</c>
    /// statement whose section declares it, the top-level statements) and bound to it.
    /// </summary>
    private static IEnumerable<ExpressionSyntax> ReadsOfLocal((SyntaxNode Given, SyntaxToken Name) held, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var declared = held.Given is VariableDeclaratorSyntax declarator
            ? model.GetDeclaredSymbol(declarator, cancellationToken) as ILocalSymbol
            : model.GetSymbolInfo(held.Name.Parent!, cancellationToken).Symbol as ILocalSymbol;
        if (declared is not { DeclaringSyntaxReferences: { Length: 1 } references } ||
            references[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<StatementSyntax>() is not { Parent: { } container })
        {
            yield break;
        }

        SyntaxNode scope = container switch
        {
            SwitchSectionSyntax { Parent: SwitchStatementSyntax @switch } => @switch,
            GlobalStatementSyntax { Parent: { } unit } => unit,
            _ => container,
        };
        foreach (var token in SourceWords.TokensIn(scope, declared.Name))
        {
            if (token.Parent is IdentifierNameSyntax use && token.SpanStart > held.Given.Span.End && Outermost(use) is var built && built != use &&
                SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use, cancellationToken).Symbol, declared))
            {
                yield return built;
            }
        }
    }

    /// <summary>
    /// Whether a SIMCom bearer password (<c>AT+SAPBR=3,1,"PWD","wap"</c>) is the operator's published login: the user name
    /// set by another <c>AT+SAPBR=3,1,"USER",...</c> command of the same member, or a label of the access point's name set
    /// by its <c>"APN"</c> command (<c>"wap.operator"</c>). The other commands of an APN's login carry the APN and the user
    /// in the same command and are judged there.
    /// </summary>
    public static bool IsPublishedBearerLogin(WrittenPair written)
    {
        if (!written.Pair.KeyName.Equals("SAPBR", StringComparison.OrdinalIgnoreCase) ||
            written.Whole.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return false;
        }

        var password = written.Pair.Value;
        foreach (var token in member.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.IndexOf("SAPBR", StringComparison.OrdinalIgnoreCase) >= 0 &&
                BearerSetting.Match(token.ValueText) is { Success: true } setting)
            {
                var value = setting.Groups["value"].Value;
                var isUser = setting.Groups["tag"].Value.Equals("USER", StringComparison.OrdinalIgnoreCase);
                if (ConnectionStrings.IsPublishedApnLogin(password, isUser ? value : null, isUser ? null : value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly IoTSecure.Detection.BuiltInPattern BearerSetting = new(@"(?i)\bAT\+SAPBR\s*=\s*3\s*,\s*\d+\s*,\s*""(?<tag>USER|APN)""\s*,\s*""(?<value>[^""\r\n]*)""",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// The outermost concatenation a string literal is the first piece of, when that piece ends a line (configuration text
    /// written line by line); null for any other piece or literal.
    /// </summary>
    private static BinaryExpressionSyntax? ConfigurationConcatenation(LiteralExpressionSyntax piece)
    {
        // Judged once, from its first piece (every other piece bails out at its own parent, so a generated concatenation of
        // thousands of lines costs one walk up its spine); only text whose first piece ends a line can be YAML or INI lines.
        // ("[mqtt]" + Environment.NewLine + ...: a line ended by the platform's line break, as Windows IoT code writes INI)
        if (!piece.Token.ValueText.EndsWith("\n", StringComparison.Ordinal) &&
            !(piece.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } next && next.Left == piece && MayBeLineBreak(next.Right)))
        {
            return null;
        }

        ExpressionSyntax node = piece;
        while (node.Parent is ParenthesizedExpressionSyntax ||
               (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add && add.Left == node))
        {
            node = (ExpressionSyntax)node.Parent;
        }

        // (one appended to a local, ini += "psk=..." + "\n", is read with the run it belongs to: ConfigurationAppends)
        return node is BinaryExpressionSyntax concatenation && node.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } &&
               node.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression }
            ? concatenation
            : null;
    }

    /// <summary>
    /// The pieces of configuration text a local is given one line a statement, when <paramref name="piece"/> starts the
    /// first append of the run (<c>yaml += "  ssid: ...\n"</c>, its whole right side or the first piece of a concatenation
    /// there): the local's initializer when declared just before, then every following statement's <c>name += ...</c>
    /// pieces, up to <see cref="MaxRun"/> statements. Null for any other literal (only a piece ending a line can start one).
    /// </summary>
    private static (List<ExpressionSyntax> Pieces, ExpressionSyntax First)? ConfigurationAppends(LiteralExpressionSyntax piece)
    {
        if (!piece.Token.ValueText.EndsWith("\n", StringComparison.Ordinal) &&
            !(piece.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } next && next.Left == piece && MayBeLineBreak(next.Right)))
        {
            return null;
        }

        ExpressionSyntax node = piece;
        while (node.Parent is ParenthesizedExpressionSyntax || node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add && add.Left == node)
        {
            node = (ExpressionSyntax)node.Parent;
        }

        if (node.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: IdentifierNameSyntax { Identifier.ValueText: var name } } first ||
            first.Right != node || first.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block } statement)
        {
            return null;
        }

        var index = block.Statements.IndexOf(statement);
        if (index > 0 && AddedTo(block.Statements[index - 1], name) is not null)
        {
            return null; // not the run's first append: that one reads the run
        }

        var pieces = new List<ExpressionSyntax>();
        if (index > 0 && block.Statements[index - 1] is LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } declared } &&
            declared[0].Identifier.ValueText == name && declared[0].Initializer?.Value is { } initial)
        {
            pieces.AddRange(SyntacticValues.Strip(initial) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } initialChain ? SyntacticValues.AddChain(initialChain) : new[] { initial });
        }
        else
        {
            pieces.Add(first.Left); // what it held before: a hole
        }

        for (var i = index; i < block.Statements.Count && i < index + MaxRun && AddedTo(block.Statements[i], name) is { } appended; i++)
        {
            pieces.AddRange(SyntacticValues.Strip(appended) is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } chain ? SyntacticValues.AddChain(chain) : new[] { appended });
        }

        return pieces.Count >= 3 ? (pieces, first) : null; // two lines or more after the start: one append alone is judged as its own text
    }

    /// <summary>What a statement appends to the local <paramref name="name"/> (<c>name += value;</c>), or null.</summary>
    private static ExpressionSyntax? AddedTo(StatementSyntax statement, string name) =>
        statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: IdentifierNameSyntax { Identifier.ValueText: var assigned }, Right: var right } } &&
        assigned == name
            ? right
            : null;

    /// <summary>
    /// The secret-named members of configuration text built by a concatenation (<see cref="ConfigurationConcatenation"/>)
    /// whose values are written whole in one literal piece; a run-time piece is a hole, and a member touching it is not read.
    /// </summary>
    private static void ReportConfigurationPieces(SyntaxNodeAnalysisContext context, IEnumerable<ExpressionSyntax> pieces, ExpressionSyntax concatenation, IoTSecureContext iot, Action<SyntaxNodeAnalysisContext, WrittenPair> onPair)
    {
        var text = new StringBuilder();
        var literals = new List<(int Start, LiteralExpressionSyntax Literal)>();
        foreach (var piece in pieces)
        {
            if (SyntacticValues.Strip(piece) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                literals.Add((text.Length, literal));
                text.Append(literal.Token.ValueText);
            }
            else
            {
                text.Append(IsLineBreak(SyntacticValues.Strip(piece), context.SemanticModel, context.CancellationToken) ? '\n' : SyntacticValues.Hole);
            }
        }

        var written = text.ToString();
        if (!IsConfigurationText(written))
        {
            return;
        }

        foreach (var match in SecretTokens.FindInFile(written, iot.Settings.Vocabulary, out _))
        {
            if (match.Kind != TokenKind.SecretAssignment || match.Name is not { } key || SecretText.IsProse(RestOfLine(written, match.Index)))
            {
                continue; // a help text's line ("password: the passphrase of that network") describes the member
            }

            foreach (var (start, literal) in literals)
            {
                if (match.Index >= start && match.Index + match.Length <= start + literal.Token.ValueText.Length)
                {
                    onPair(context, new WrittenPair(new ConnectionStringSecret(key, match.Index - start, match.Length, written.Substring(match.Index, match.Length)),
                        literal, concatenation, isConfigurationText: true));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether a piece may write a line break alone, on its syntax: <c>'\n'</c>, <c>"\r\n"</c>, or a name that says so
    /// (<c>NewLine</c>, <c>Crlf</c>, <c>Lf</c>, <c>Eol</c>, <c>LineBreak</c>), or a choice between two such pieces
    /// (<c>windows ? "\r\n" : "\n"</c>); <see cref="IsLineBreak"/> tells.
    /// </summary>
    private static bool MayBeLineBreak(ExpressionSyntax piece) => SyntacticValues.Strip(piece) switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression or (int)SyntaxKind.StringLiteralExpression } literal => IsLineBreakText(literal.Token.ValueText),
        IdentifierNameSyntax or MemberAccessExpressionSyntax => SyntaxNames.Rightmost(SyntacticValues.Strip(piece)) is { } name && LineBreakNames.Contains(name),
        ConditionalExpressionSyntax choice => MayBeLineBreak(choice.WhenTrue) && MayBeLineBreak(choice.WhenFalse),
        _ => false,
    };

    private static readonly HashSet<string> LineBreakNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewLine", "Nl", "Lf", "Crlf", "Eol", "LineBreak", "LineEnd", "LineEnding", "LineFeed", "EndOfLine", "LineTerminator", "LineSeparator",
    };

    /// <summary>Text that is a line break alone: white space holding a <c>'\n'</c> (<c>"\n"</c>, <c>"\r\n"</c>).</summary>
    private static bool IsLineBreakText(string text) => text.IndexOf('\n') >= 0 && string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// Whether a piece of a concatenation writes a line break alone: <c>'\n'</c>, <c>"\r\n"</c>, a constant holding one
    /// (<c>const string Crlf = "\r\n"</c>), or <see cref="Environment.NewLine"/> or a writer's <c>NewLine</c>, however named
    /// (bound to tell them from a member of the team's own named so).
    /// </summary>
    private static bool IsLineBreak(ExpressionSyntax piece, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (!MayBeLineBreak(piece))
        {
            return false;
        }

        switch (SyntacticValues.Strip(piece))
        {
            case LiteralExpressionSyntax:
                return true;
            case ConditionalExpressionSyntax choice: // (windows ? "\r\n" : "\n"): a line break either way
                return IsLineBreak(choice.WhenTrue, model, cancellationToken) && IsLineBreak(choice.WhenFalse, model, cancellationToken);
        }

        if (piece.SyntaxTree != model.SyntaxTree)
        {
            return false;
        }

        if (model.GetConstantValue(piece, cancellationToken) is { HasValue: true, Value: var constant })
        {
            return constant is string or char && IsLineBreakText(constant.ToString());
        }

        var symbol = model.GetSymbolInfo(piece, cancellationToken).Symbol;
        return TypeNames.IsNewLine(symbol, orWriters: true) ||
               // var eol = windows ? "\r\n" : "\n";: a local given a line break once, where it is declared
               (symbol is ILocalSymbol { DeclaringSyntaxReferences: { Length: 1 } declared } &&
                declared[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var held } declarator &&
                held.SyntaxTree == model.SyntaxTree && !held.Span.Contains(piece.Span) &&
                declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member &&
                !StringValueResolver.IsWrittenIn(member, declarator.Identifier.ValueText, declarator, bareNameOnly: true) && IsLineBreak(held, model, cancellationToken));
    }

    /// <summary>The text from <paramref name="index"/> to the end of its line, quotes aside.</summary>
    private static string RestOfLine(string text, int index)
    {
        var end = text.IndexOf('\n', index);
        return text.Substring(index, (end < 0 ? text.Length : end) - index).Trim().Trim('"', '\'');
    }

    /// <summary>An interpolated string's text with each run-time value a <see cref="SyntacticValues.Hole"/>.</summary>
    private static string TextParts(InterpolatedStringExpressionSyntax interpolated)
    {
        var text = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax part)
            {
                text.Append(SyntacticValues.TextOf(part));
            }
            else
            {
                text.Append(SyntacticValues.Hole);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A script's member access or call (<c>document.getElementById(</c>, <c>form.password.value</c>): code in a page, not a
    /// password. Its names are words: a value with digits or with case that changes at random in a segment
    /// (<c>XQtCt.yUm6</c>) is a password that holds a dot.
    /// </summary>
    private static bool IsCodeExpression(string value)
    {
        try
        {
            return CodeExpression.IsMatch(value) && !value.Any(char.IsDigit) &&
                   value.TrimEnd('(').Split('.').All(segment => SecretText.ShortCasePieces(segment) < 3);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static readonly IoTSecure.Detection.BuiltInPattern CodeExpression = new(@"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static readonly System.Text.RegularExpressions.Regex SqlStatement = new(@"^\s*(SELECT|UPDATE|INSERT|DELETE|WITH|MERGE|CREATE|ALTER)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>SQL statements, usage and example text: strings that mention a password pair without being a connection string.</summary>
    private static bool IsNotAConnectionString(string text)
    {
        try
        {
            // HelpText needs one of its words (usage, example, e.g.): most strings, URIs and connection strings among them,
            // have none and skip it.
            return SqlStatement.IsMatch(text) ||
                   ((text.IndexOf("usage", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("example", StringComparison.OrdinalIgnoreCase) >= 0 ||
                     text.IndexOf("e.g.", StringComparison.OrdinalIgnoreCase) >= 0) &&
                    HelpText.IsMatch(text));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false; // pathological text: judged as a connection string
        }
    }

    private static readonly IoTSecure.Detection.BuiltInPattern HelpText = new(@"\busage\s*:|(?<![.\-\w])example\s*:(?!\d)|\be\.g\.|\bfor example\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// Whether a <c>key=value</c> segment other than the password's is separated from it by ';' or ',' (a connection
    /// string's shape), or by '&amp;' (a query or form body handed to a request helper: <c>"action=add&amp;user=viewer&amp;pwd=..."</c>).
    /// </summary>
    private static bool HasAnotherPair(string text, ConnectionStringSecret pair)
    {
        // (not a SAS token's sig=, whose other fields are '&'-separated too: key material, judged as a token)
        var separators = pair.KeyName.Equals("sig", StringComparison.OrdinalIgnoreCase) ? new[] { ';', ',' } : new[] { ';', ',', '&' };
        var start = 0;
        foreach (var segment in text.Split(separators))
        {
            // the password's own segment, by where it stands (user=admin&pwd=admin: the user's segment holds the same text)
            var own = pair.ValueStart >= start && pair.ValueStart <= start + segment.Length;
            start += segment.Length + 1;
            var equals = segment.IndexOf('=');
            if (equals > 0 && !own && segment.Substring(0, equals).Trim().Length > 0)
            {
                return true;
            }

            if (equals < 0 && segment.IndexOf(':') > 0 && segment.Trim().IndexOf(' ') < 0 && segment.Trim().Length > 2)
            {
                return true; // redis.local:6379,password=...
            }
        }

        return false;
    }

    /// <summary>
    /// Text that is configuration, checked with the gate's configuration reading: a JSON object with members
    /// (<c>{"wifi":{"password":"..."}}</c>), or lines of YAML or INI (<c>mqtt:\n  password: ...</c>, two lines or more of
    /// <c>key: value</c> or <c>key=value</c>).
    /// </summary>
    private static bool IsConfigurationText(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // a JSON object, or an array of objects ([{"ssid":"...","password":"..."}])
        var array = start < text.Length && text[start] == '[';
        var objectStart = array ? text.IndexOf('{', start) : start;
        if (objectStart >= 0 && objectStart < text.Length && text[objectStart] == '{' &&
            (!array || text.Substring(start + 1, objectStart - start - 1).Trim().Length == 0))
        {
            return text.IndexOf("\":", objectStart, StringComparison.Ordinal) > 0;
        }

        if (text.IndexOf('\n') < 0)
        {
            return false;
        }

        var keyLines = 0;
        try
        {
            foreach (var line in text.Split('\n'))
            {
                if (KeyLine.IsMatch(line) && ++keyLines >= 2)
                {
                    return true;
                }
            }
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // a pathological line: not read as configuration
        }

        return false;
    }

    private static readonly IoTSecure.Detection.BuiltInPattern KeyLine = new(
        @"^\s*(?:-\s+)?[A-Za-z_][\w.\-]*\s*(?::(?:\s|$)|=)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100));

    /// <summary>Whether a literal's (or an interpolation's) own text holds '=' or '@', as every pair and user information does.</summary>
    private static bool HoldsPairCharacter(SyntaxNode node)
    {
        if (node is LiteralExpressionSyntax literal)
        {
            if (literal.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            {
                var utf8 = literal.Token.ValueText;
                return utf8.IndexOf('=') >= 0 || utf8.IndexOf('@') >= 0;
            }

            var text = literal.Token.ValueText;
            return text.IndexOf('=') >= 0 || text.IndexOf('@') >= 0;
        }

        foreach (var content in ((InterpolatedStringExpressionSyntax)node).Contents)
        {
            if (content is InterpolatedStringTextSyntax part && (part.TextToken.ValueText.IndexOf('=') >= 0 || part.TextToken.ValueText.IndexOf('@') >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The outermost expression building one string around a piece: up through concatenations, interpolations and Format/Concat calls.</summary>
    /// <summary>
    /// Whether the text is appended to what the variable it is stored in held: <c>url += "?api_key=..."</c>,
    /// <c>url = url + "?api_key=..."</c> (the same variable first in the concatenation) or <c>url = $"{url}?api_key=..."</c>.
    /// </summary>
    private static bool AppendsToWhatItHeld(ExpressionSyntax node) =>
        node is AssignmentExpressionSyntax ||
        // url = $"{url}?api_key=...": the variable interpolated first
        node is InterpolatedStringExpressionSyntax { Parent: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } into } interpolated &&
        into.Right == interpolated && interpolated.Contents.FirstOrDefault() is InterpolationSyntax { Expression: var firstHole } &&
        SyntaxFactory.AreEquivalent(SyntacticValues.Strip(firstHole), SyntacticValues.Strip(into.Left)) ||
        node is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Parent: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } stored } concatenation &&
        stored.Right == concatenation && SyntacticValues.AddChain(concatenation).FirstOrDefault() is { } first &&
        SyntaxFactory.AreEquivalent(SyntacticValues.Strip(first), SyntacticValues.Strip(stored.Left)); // trivia aside

    private static ExpressionSyntax Outermost(ExpressionSyntax node, Compilation? compilation = null)
    {
        while (true)
        {
            var parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case BinaryExpressionSyntax outer when outer.IsKind(SyntaxKind.AddExpression):
                    node = outer;
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }:
                    node = interpolated;
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } when SyntaxNames.Rightmost(call.Expression) is "Format" or "Concat" or "Join" or "AppendFormat":
                    node = call;
                    continue;
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } compound when compound.Right == node:
                    return compound; // cs += ";Password=...": appended to what the string held
                case InitializerExpressionSyntax or ExpressionElementSyntax when WrittenArray(parent) is { } array &&
                                                                                  array.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax join } } &&
                                                                                  SyntaxNames.Rightmost(join.Expression) == "Join":
                    node = join; // string.Join(";", new[] { ... }), Join(";", [ ... ]), Join(";", new List<string> { ... })
                    continue;
                case InitializerExpressionSyntax or ExpressionElementSyntax when WrittenArray(parent) is { } array && HeldArrayHolder(array) is { } holder &&
                                                                                  JoinOf(holder, compilation) is { } heldJoin:
                    node = heldJoin; // static readonly string[] Parts = { "Host=...", "Password=..." }; string.Join(";", Parts)
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax call } } when IsAppend(call):
                    // sb.Append("Password=").Append("...").Append(';'): a chain of appends builds one string
                    node = call;
                    while (node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } access && access.Expression == node && IsAppend(next))
                    {
                        node = next;
                    }

                    // ...and so do the statements after it that append to the same local builder
                    return node.Parent is ExpressionStatementSyntax statement && BuilderName(node) is { } builder ? LastOfRun(statement, builder) ?? node : node;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } argument
                    when creation.ArgumentList!.Arguments[0] == argument && creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } &&
                         declarator.Parent?.Parent is LocalDeclarationStatementSyntax declaration && IsBuilderCreation(creation, declaration.Declaration.Type):
                    // var sb = new StringBuilder("AT+MQTTUSERCFG=0,1,\""); sb.Append(clientId)...: the text the builder starts with
                    return LastOfRun(declaration, declarator.Identifier.ValueText) ?? node;
                default:
                    return node;
            }
        }
    }

    /// <summary>
    /// The array or list a piece is an element of, as written (<c>new[] { ... }</c>, <c>{ ... }</c> in a declarator,
    /// <c>[ ... ]</c>, <c>new List&lt;string&gt; { ... }</c>), with the parentheses and casts around it; null for any other
    /// parent of a piece (an object initializer, a dictionary's pairs).
    /// </summary>
    private static ExpressionSyntax? WrittenArray(SyntaxNode elementParent)
    {
        ExpressionSyntax? written = elementParent switch
        {
            InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or BaseObjectCreationExpressionSyntax } initializer => (ExpressionSyntax?)initializer.Parent,
            InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression, Parent: EqualsValueClauseSyntax } initializer => initializer,
            ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } => collection,
            _ => null,
        };
        if (written is null || SyntacticValues.ArrayElements(written) is null)
        {
            return null;
        }

        while (written.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            written = (ExpressionSyntax)written.Parent;
        }

        return written;
    }

    /// <summary>
    /// The declaration that holds an array of pieces as written (<see cref="SyntacticValues.DeclaredArray"/>): the
    /// declarator of a field or local (<c>string[] Parts = { ... }</c>), a property whose getter returns it or whose
    /// initializer it is (<c>string[] Parts =&gt; new[] { ... }</c>), a parameterless method returning it
    /// (<c>string[] Parts() =&gt; [ ... ]</c>); null when the array is written anywhere else.
    /// </summary>
    private static SyntaxNode? HeldArrayHolder(ExpressionSyntax array)
    {
        SyntaxNode? holder = array.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax or PropertyDeclarationSyntax } value => value.Parent,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or MethodDeclarationSyntax } body => body.Parent,
            ArrowExpressionClauseSyntax { Parent: AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } } => property,
            ReturnStatementSyntax returned => returned.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) switch
            {
                AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax property } => property,
                MethodDeclarationSyntax method => method,
                _ => null,
            },
            _ => null,
        };
        return holder is not null && SyntacticValues.DeclaredArray(holder) is { } declared && declared == SyntacticValues.Strip(array) ? holder : null;
    }

    /// <summary>
    /// The first <c>string.Join(separator, name)</c> that joins the array <paramref name="holder"/> holds
    /// (<see cref="HeldArrayHolder"/>): in the member that declares a local, or in the type that declares a field, property
    /// or method (<c>Join(";", Parts)</c>, <c>Join(";", (IEnumerable&lt;string&gt;)Parts)</c>, <c>Join(";", Parts())</c>);
    /// then, for a member another type or another part of a partial type can read (not private, or in a partial type),
    /// anywhere in <paramref name="compilation"/> (<c>Join(";", HistorianParts.Primary)</c>). Null when none does.
    /// </summary>
    private static InvocationExpressionSyntax? JoinOf(SyntaxNode holder, Compilation? compilation)
    {
        if (compilation is null)
        {
            return FindJoinOf(holder, null);
        }

        // (asked once per holder in a compilation: each piece of a long array climbs to it, and the search may read every file)
        var joins = Joins.GetValue(compilation, _ => new LockedCache<SyntaxNode, InvocationExpressionSyntax?>());
        return joins.GetOrAdd(holder, h => FindJoinOf(h, compilation));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, LockedCache<SyntaxNode, InvocationExpressionSyntax?>> Joins = new();

    private static InvocationExpressionSyntax? FindJoinOf(SyntaxNode holder, Compilation? compilation)
    {
        if (SyntacticValues.DeclaredArray(holder) is { } declared && SyntacticValues.IsListChanged(declared))
        {
            return null; // a list cleared or refilled before any join holds none of its written elements
        }

        var (name, member) = holder switch
        {
            VariableDeclaratorSyntax declarator => (declarator.Identifier, declarator.Parent?.Parent as MemberDeclarationSyntax),
            PropertyDeclarationSyntax property => (property.Identifier, property),
            MethodDeclarationSyntax method => (method.Identifier, (MemberDeclarationSyntax)method),
            _ => (default, null),
        };
        var called = holder is MethodDeclarationSyntax;
        var type = holder.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        SyntaxNode? scope = member is not null ? type : holder.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (scope is null || name.ValueText.Length == 0)
        {
            return null;
        }

        var join = SourceWords.TokensIn(scope, name.ValueText).Select(t => JoinReading(t, called)).FirstOrDefault(j => j is not null);
        if (join is null && compilation is not null && member is not null && type is not null)
        {
            var visible = member.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword));
            var partial = type.Modifiers.Any(SyntaxKind.PartialKeyword);
            if (visible || partial)
            {
                // Type.Parts from another type; Parts alone from another part of the same partial type
                join = SourceWords.Tokens(compilation, name.ValueText)
                    .Where(t => (visible && t.Parent?.Parent is MemberAccessExpressionSyntax) ||
                                (partial && t.Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } reader && reader.Identifier.ValueText == type.Identifier.ValueText &&
                                 reader.Modifiers.Any(SyntaxKind.PartialKeyword)))
                    .Select(t => JoinReading(t, called)).FirstOrDefault(j => j is not null);
            }
        }

        return join;

        // the Join a read of the name is the joined array of: Parts, Type.Parts, (IEnumerable<string>)Parts, Parts()
        static InvocationExpressionSyntax? JoinReading(SyntaxToken token, bool called)
        {
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                return null;
            }

            ExpressionSyntax read = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
            if (called)
            {
                if (read.Parent is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call || call.Expression != read)
                {
                    return null;
                }

                read = call;
            }

            while (read.Parent is CastExpressionSyntax or ParenthesizedExpressionSyntax)
            {
                read = (ExpressionSyntax)read.Parent;
            }

            return read.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 2, Parent: InvocationExpressionSyntax join } list } argument &&
                   list.Arguments[1] == argument && SyntaxNames.Rightmost(join.Expression) == "Join"
                ? join
                : null;
        }
    }

    /// <summary>
    /// An argument of a catalogued sink: the sink pass judges it there. A call or creation whose name the catalogue knows
    /// is confirmed on its symbol (<c>NpgsqlDataSource.Create</c> is no <c>DeviceClient.Create</c>), so a name alone
    /// never hides a connection string from this scan.
    /// </summary>
    private static bool IsSinkArgument(ExpressionSyntax node, IoTSecureContext iot, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (!MayBeSinkArgument(node, iot))
        {
            return false;
        }

        var value = node;
        while (value.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            value = (ExpressionSyntax)value.Parent;
        }

        switch (model.GetOperation(value, cancellationToken)?.Parent)
        {
            case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call }:
                return iot.Sinks.TryFind(call.TargetMethod, parameter.Name, out _);
            case IArgumentOperation { Parameter: { } parameter, Parent: IObjectCreationOperation { Constructor: { } constructor } }:
                return iot.Sinks.TryFind(constructor, parameter.Name, out _);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } }:
                return iot.Sinks.TryFind(property, "value", out _);
            case IConversionOperation { Parent: var converted }:
                return converted is IArgumentOperation { Parameter: { } convertedParameter, Parent: IInvocationOperation convertedCall } && iot.Sinks.TryFind(convertedCall.TargetMethod, convertedParameter.Name, out _);
            default:
                return true; // not understood: leave it to the sink pass, as before
        }
    }

    /// <summary>An argument of a call or creation whose name the catalogue knows (the cheap test before <see cref="IsSinkArgument"/>).</summary>
    private static bool MayBeSinkArgument(ExpressionSyntax node, IoTSecureContext iot)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } => SyntaxNames.Rightmost(call.Expression) is { } name && iot.Sinks.HasMember(name),
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } =>
                creation is not ObjectCreationExpressionSyntax named || (SyntaxNames.Rightmost(named.Type) is { } type && (iot.Sinks.HasConstructorOf(type) || iot.AliasTarget(type) is not null)),
            AssignmentExpressionSyntax assignment when assignment.Right == node || assignment.Right.Contains(node) => SyntaxNames.Rightmost(assignment.Left) is { } member && iot.Sinks.HasMember(member),
            _ => false,
        };
    }

    /// <summary>
    /// The text as written, with each literal's span and source (run-time parts as holes with no source). False when a
    /// part's text is written elsewhere (a constant): that constant's own literal is judged where it is written.
    /// </summary>
    private static bool AppendPieces(ExpressionSyntax expression, StringBuilder text, List<Piece> pieces, int depth, Reading reading)
    {
        if (depth > 8)
        {
            return false;
        }

        expression = SyntacticValues.Strip(expression);
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                Add(text, pieces, literal.Token.ValueText, literal);
                return true;

            case InterpolatedStringExpressionSyntax interpolated:
                foreach (var content in interpolated.Contents)
                {
                    if (content is InterpolatedStringTextSyntax part)
                    {
                        Add(text, pieces, SyntacticValues.TextOf(part), interpolated);
                    }
                    else if (content is InterpolationSyntax interpolation)
                    {
                        if (SyntacticValues.Strip(interpolation.Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } inner)
                        {
                            Add(text, pieces, inner.Token.ValueText, inner);
                        }
                        else
                        {
                            AddHoleOrHeldText(SyntacticValues.Strip(interpolation.Expression), text, pieces, reading);
                        }
                    }
                }

                return true;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                // a + b + c + ... nests to the left: walked as a chain, so its length costs no depth
                foreach (var operand in SyntacticValues.AddChain(binary))
                {
                    if (!AppendPieces(operand, text, pieces, depth + 1, reading))
                    {
                        return false;
                    }
                }

                return true;

            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) == "Join" && invocation.ArgumentList.Arguments.Count >= 2:
                return AppendJoin(invocation.ArgumentList.Arguments, text, pieces, depth, reading);

            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) == "Concat":
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (!AppendPieces(argument.Expression, text, pieces, depth + 1, reading))
                    {
                        return false;
                    }
                }

                return true;

            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1, Expression: MemberAccessExpressionSyntax } invocation when IsAppend(invocation):
                // The chain's appends, first to last, walked without depth (a long builder chain is found like a short
                // one); what the builder already held is not known here.
                var appends = new List<InvocationExpressionSyntax>();
                for (ExpressionSyntax current = invocation;
                     SyntacticValues.Strip(current) is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1, Expression: MemberAccessExpressionSyntax link } call && IsAppend(call);
                     current = link.Expression)
                {
                    appends.Add(call);
                }

                appends.Reverse();
                return AppendBuilderStart(invocation, appends[0], text, pieces, depth, reading) && AppendLinks(appends, text, pieces, depth, reading);

            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.CharacterLiteralExpression } character:
                Add(text, pieces, character.Token.ValueText, null);
                return true;

            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) is "Format" or "AppendFormat" && FormatArgument(invocation) is { } formatAt:
                if (SyntaxNames.Rightmost(invocation.Expression) == "AppendFormat")
                {
                    Add(text, pieces, SyntacticValues.Hole.ToString(), null); // what the builder held before
                }

                var format = (LiteralExpressionSyntax)SyntacticValues.Strip(invocation.ArgumentList.Arguments[formatAt].Expression);
                return AppendFormat(format.Token.ValueText, format, invocation.ArgumentList.Arguments, formatAt, text, pieces, depth, reading);

            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } compound:
                Add(text, pieces, SyntacticValues.Hole.ToString(), null); // what the string held before
                return AppendPieces(compound.Right, text, pieces, depth + 1, reading);

            default:
                AddHoleOrHeldText(expression, text, pieces, reading);
                return true;
        }
    }

    /// <summary>
    /// A part not written in place: a run-time value is a hole; a constant, field or local that holds one literal is
    /// read (one semantic question, asked only inside a string that looks like a connection string), so a password
    /// kept in <c>Secrets.DbPassword</c> and put into <c>$"...;Password={Secrets.DbPassword}"</c> is found at its literal.
    /// A held text that is itself a connection string (holds '=' or '@') is judged where it is written, not again here.
    /// </summary>
    private static void AddHoleOrHeldText(ExpressionSyntax expression, StringBuilder text, List<Piece> pieces, Reading reading)
    {
        // A mode chosen between numbers (AT+CLCK="{0}",{1},"{2}" with lockIt ? 1 : 0, enable ? LockOn : LockOff, a switch
        // expression's numbers, or digits written as text): a number either way, which is all a command's numeric field
        // needs to be read.
        var atSecretValue = AtSecretValuePosition(text, reading.Names);
        if (NumberChosen(SyntacticValues.Strip(expression), reading, pinAllowed: atSecretValue) is { } number)
        {
            Add(text, pieces, number, null);
            return;
        }

        // A helper's parameter at a value's place is read from its callers (AT+CGAUTH=1,1,"{user}","{password}"), bound only
        // when a call may give it text (a public helper no call in the compilation gives any is a run-time value).
        var fromCallers = SyntacticValues.KeptText(expression) is IdentifierNameSyntax name && SyntacticValues.Find(name).Kind == DeclarationKind.Parameter;
        if (atSecretValue &&
            (SyntacticValues.MayHoldWrittenText(expression) ||
             // {p}, {p.Trim()}, {p ?? ""}, {Uri.EscapeDataString(key)}: the caller's text
             (fromCallers && SyntacticValues.CallersMayGiveText((IdentifierNameSyntax)SyntacticValues.KeptText(expression)!)) ||
             // "AT+CPIN=" + Payload of a command type whose constructor keeps its argument (Payload = digits): each new(...)'s
             // (a parameter is no member: it is read from its callers above, and binding it to learn so is left out)
             (!fromCallers && SyntacticValues.KeptText(expression) is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } &&
              reading.OperationOf(expression) is { } member && reading.Resolver.ConstructorParameterOf(member) is not null)) &&
            reading.OperationOf(expression) is { } operation &&
            reading.Resolver.Resolve(reading.Choose(operation)) is { IsFullyKnown: true, Parts.Length: 1 } held &&
            held.Parts[0] is { Text: { } heldText, Scope: ExpressionSyntax literal } &&
            SyntacticValues.Strip(literal) is LiteralExpressionSyntax &&
            !IsItselfConnectionText(heldText, inModemCommand: text[text.Length - 1] is '"' or ',' && IsInModemCommand(text)))
        {
            pieces.Add(new Piece(text.Length, text.Length + heldText.Length, literal, expression, held.Parts[0].Holder ?? held.Via, fromCallers));
            text.Append(heldText);
            return;
        }

        // A constant of the file that writes part of the text (const string _url = "http://api.example/"; _url +
        // "update?api_key=" + _apiKey): read as written, so the text is seen as the URL it is. Its own pairs are judged
        // where it is written (no source here).
        if (expression is IdentifierNameSyntax constantName &&
            SyntacticValues.Find(constantName) is { Kind: DeclarationKind.Constant, Value: { } constantValue } &&
            SyntacticValues.Strip(constantValue) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } constantLiteral)
        {
            Add(text, pieces, constantLiteral.Token.ValueText, null);
            return;
        }

        // ... or another type's constant, or one declared out of this file's sight (ATCommands.ATPINAuthCommand + PIN1Code, a
        // partial part's or a base type's): bound, as its name alone does not say what it holds
        if (SyntacticValues.IsNamePath(expression) && (expression is not IdentifierNameSyntax bare || SyntacticValues.Find(bare).Kind == DeclarationKind.Unknown) &&
            reading.OperationOf(expression) is IFieldReferenceOperation fieldRead && WrittenFieldText(fieldRead, reading.Resolver) is { } constantText)
        {
            Add(text, pieces, constantText, null);
            return;
        }

        // ... or a local given such a field's text (var start = At.PinAuth; start + SimPin), read as the resolver reads it
        if (expression is IdentifierNameSyntax local &&
            SyntacticValues.Find(local) is { Kind: DeclarationKind.Variable, Value: { } localValue } && SyntacticValues.IsNamePath(SyntacticValues.Strip(localValue)) &&
            reading.OperationOf(expression) is ILocalReferenceOperation localRead &&
            reading.Resolver.Resolve(localRead) is { IsFullyKnown: true } localHeld && localHeld.Parts.All(part => part.Holder is IFieldSymbol { IsConst: true } or IFieldSymbol { IsStatic: true, IsReadOnly: true }))
        {
            Add(text, pieces, localHeld.Text, null);
            return;
        }

        // A line break the platform writes ("host=..." + Environment.NewLine + "password=..."): INI and YAML lines as
        // Windows IoT code ends them
        if (IsLineBreak(expression, reading.Model, reading.Context.CancellationToken))
        {
            Add(text, pieces, "\n", null);
            return;
        }

        Add(text, pieces, SyntacticValues.Hole.ToString(), null);
    }

    /// <summary>
    /// The text a field read holds as written: a constant's value, or what a static readonly field's initializer writes
    /// whole (<c>static readonly string PinAuth = "AT+CPIN=\"";</c>, <c>= Plus + "CPIN="</c>, <c>= string.Concat(Plus, "CPWD=")</c>,
    /// as the resolver reads it); null for any other field, or one a piece of which is a run-time value.
    /// </summary>
    private static string? WrittenFieldText(IFieldReferenceOperation read, StringValueResolver resolver) =>
        read.ConstantValue is { HasValue: true, Value: string constant }
            ? constant
            : read.Field is { IsStatic: true, IsReadOnly: true, DeclaringSyntaxReferences.Length: 1 } field &&
              field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var initial }
                ? SyntacticValues.Strip(initial) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
                    ? literal.Token.ValueText
                    : resolver.Resolve(read) is { IsFullyKnown: true } held ? held.Text : null
                : null;

    /// <summary>
    /// The first arm's digits when every arm of a choice (a conditional, a switch expression) is a number: a numeric literal,
    /// text of digits only, or a named integer constant (<c>LockOn</c>); null for any other value. Where a PIN may stand
    /// (<paramref name="pinAllowed"/>: a modem command's value), text of four digits is a PIN, not a mode
    /// (<c>AT+CPIN="{(spareSim ? "0000" : "7391")}"</c>), and each arm is read as the value it is.
    /// </summary>
    private static string? NumberChosen(ExpressionSyntax choice, Reading reading, bool pinAllowed)
    {
        IEnumerable<ExpressionSyntax> arms = choice switch
        {
            ConditionalExpressionSyntax conditional => new[] { conditional.WhenTrue, conditional.WhenFalse },
            SwitchExpressionSyntax { Arms.Count: > 0 and <= 16 } switchExpression => switchExpression.Arms.Select(arm => arm.Expression),
            _ => Array.Empty<ExpressionSyntax>(),
        };
        string? first = null;
        foreach (var arm in arms)
        {
            var digits = SyntacticValues.Strip(arm) switch
            {
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number when number.Token.Value is int or long or short or byte or uint or ulong or ushort or sbyte =>
                    number.Token.ValueText,
                LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } written when IsDigits(written.Token.ValueText) => written.Token.ValueText,
                IdentifierNameSyntax or MemberAccessExpressionSyntax when arm.SyntaxTree == reading.Model.SyntaxTree &&
                                                                           reading.OperationOf(arm)?.ConstantValue is { HasValue: true, Value: int or long or short or byte } constant =>
                    System.Convert.ToString(constant.Value, System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (digits is null)
            {
                return null;
            }

            first ??= digits;
        }

        return first;

        bool IsDigits(string text) => text.Length is > 0 and <= 4 && (!pinAllowed || text.Length < 4) && text.All(char.IsDigit);
    }

    /// <summary>
    /// Whether a held value read at a password's place is itself a connection string, URI or mail address, judged where it
    /// is written rather than again inside this text. A password may hold '@' (<c>mIeOsu2%zex@L-1C</c>); inside an AT
    /// command, whose values are quoted, it may hold '=' and ';' too.
    /// </summary>
    private static bool IsItselfConnectionText(string held, bool inModemCommand) =>
        held.IndexOf("://", StringComparison.Ordinal) >= 0 ||
        // (a base64 key's padding, "...nmM=", is no pair's '=')
        (!inModemCommand && (held.TrimEnd('=').IndexOf('=') >= 0 || held.IndexOf(';') >= 0)) ||
        (held.IndexOf('@') is var at and > 0 && held.IndexOf('.', at) > at + 1 && held.IndexOf(' ') < 0 && MailAddress.IsMatch(held));

    private static readonly IoTSecure.Detection.BuiltInPattern MailAddress = new(@"^[\w.+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// Whether the text so far ends where a password goes: after a secret-named key's '=' (<c>Password=</c>, <c>Pwd=</c>,
    /// <c>api_key=</c>) or after the user name of a URI's user information (<c>amqps://user:</c>). Only there is a held
    /// value read; <c>$"Temperature={value}"</c> costs no semantic question.
    /// </summary>
    private static bool AtSecretValuePosition(StringBuilder text, SecretNames names)
    {
        var end = text.Length - 1;
        if (end < 1)
        {
            return false;
        }

        if (text[end] is '"' or '=' or ',' && IsInModemCommand(text))
        {
            return true; // AT+CPIN="{pin}", AT+CPWD="SC","{old}","{new}"
        }

        if (text[end] == ':')
        {
            var written = text.ToString();
            var scheme = written.LastIndexOf("://", StringComparison.Ordinal);
            return scheme >= 0 && written.IndexOfAny(new[] { '/', '@', ':' }, scheme + 3) == end;
        }

        if (text[end] != '=')
        {
            return false;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or ' ' or '.' or '-'))
        {
            start--;
        }

        var key = text.ToString(start, end - start).Trim();
        return key.Length > 0 && (SecretNames.IsPasswordName(key) || names.IsSecretName(key) ||
                                  // a request URL's key query value (?appid=, &api_key=, &access_token=): the value the URL pattern judges
                                  // (or the first key of a query built before the URL it is appended to: $"appid={keys.Forecast}&...")
                                  ((start == 0 || text[start - 1] is '?' or '&') && QueryKeys.Contains(key.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant())));
    }

    /// <summary>The query keys a request URL carries a key or token under, as <c>ConnectionStrings.FindUrlPairs</c> reads them (separators aside).</summary>
    private static readonly HashSet<string> QueryKeys = new(StringComparer.Ordinal)
    {
        "apikey", "appid", "appkey", "accesstoken", "token", "key", "secret", "clientsecret", "subscriptionkey",
    };

    // One list of credential-bearing commands with the pair patterns (ConnectionStrings.ModemCommandNames): a command the
    // patterns read had to be listed here too, and the ESP-AT ones (AT+CWJAP built from a wrapper's parameters) were not.
    private static readonly IoTSecure.Detection.BuiltInPattern ModemCommandSoFar = new(
        @"(?i)\bAT\+(" + string.Join("|", ConnectionStrings.ModemCommandNames.OrderByDescending(n => n.Length)) + @")\s*=[^\r\n]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>
    /// Whether the text ends inside a credential-bearing AT command: the current line only (an AT command is one line), at
    /// most its last 256 characters, so a long generated script costs no more per hole than a short one.
    /// </summary>
    private static bool IsInModemCommand(StringBuilder text)
    {
        var start = text.Length;
        while (start > 0 && text.Length - start < 256 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        var line = text.ToString(start, text.Length - start);
        if (line.IndexOf("AT+", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        try
        {
            return ModemCommandSoFar.IsMatch(line);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The piece holding the character at <paramref name="index"/> (pieces are in order and adjoin): a binary search.</summary>
    private static Piece? PieceAt(List<Piece> pieces, int index)
    {
        int low = 0, high = pieces.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var piece = pieces[middle];
            if (index < piece.Start)
            {
                high = middle - 1;
            }
            else if (index >= piece.End)
            {
                low = middle + 1;
            }
            else
            {
                return piece;
            }
        }

        return null;
    }

    /// <summary>Each append's argument in order (an <c>AppendLine</c> adds its line break).</summary>
    private static bool AppendLinks(List<InvocationExpressionSyntax> appends, StringBuilder text, List<Piece> pieces, int depth, Reading reading)
    {
        foreach (var append in appends)
        {
            if (!AppendPieces(append.ArgumentList.Arguments[0].Expression, text, pieces, depth + 1, reading))
            {
                return false;
            }

            if (append.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AppendLine" })
            {
                Add(text, pieces, "\n", null);
            }
        }

        return true;
    }

    /// <summary>
    /// What a builder held before a chain of appends (<paramref name="chain"/>, whose first append is <paramref name="first"/>):
    /// the text it was created with (<c>new StringBuilder("AT+CWJAP=\"")</c>, in the chain or in the local's declaration),
    /// then what the statements between appended to the same local; a hole when any of that is not known (a parameter's
    /// builder, a <c>Clear()</c>, another statement between), as the builder may then hold anything.
    /// </summary>
    private static bool AppendBuilderStart(InvocationExpressionSyntax chain, InvocationExpressionSyntax first, StringBuilder text, List<Piece> pieces, int depth, Reading reading)
    {
        var receiver = SyntacticValues.Strip(((MemberAccessExpressionSyntax)first.Expression).Expression);
        if (receiver is BaseObjectCreationExpressionSyntax creation && IsBuilderCreation(creation, null))
        {
            return AppendCreatedText(creation, text, pieces, depth, reading);
        }

        if (receiver is IdentifierNameSyntax builder && chain.Parent is ExpressionStatementSyntax statement && statement.Parent is BlockSyntax block)
        {
            var name = builder.Identifier.ValueText;
            var earlier = new List<List<InvocationExpressionSyntax>>();
            var index = block.Statements.IndexOf(statement);
            for (var i = index - 1; i >= 0 && index - i <= MaxRun; i--)
            {
                var before = block.Statements[i];
                if (before is LocalDeclarationStatementSyntax { Declaration: { Variables.Count: 1 } declaration } &&
                    declaration.Variables[0].Identifier.ValueText == name)
                {
                    if (declaration.Variables[0].Initializer?.Value is not BaseObjectCreationExpressionSyntax created || !IsBuilderCreation(created, declaration.Type) ||
                        !AppendCreatedText(created, text, pieces, depth, reading))
                    {
                        break;
                    }

                    for (var j = earlier.Count - 1; j >= 0; j--)
                    {
                        if (!AppendLinks(earlier[j], text, pieces, depth, reading))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                if (AppendedTo(before, name) is not { } links)
                {
                    break;
                }

                earlier.Add(links);
            }
        }

        Add(text, pieces, SyntacticValues.Hole.ToString(), null);
        return true;
    }

    /// <summary>The text a builder is created with: its first argument unless that is a capacity (a number); nothing for <c>new()</c>.</summary>
    private static bool AppendCreatedText(BaseObjectCreationExpressionSyntax creation, StringBuilder text, List<Piece> pieces, int depth, Reading reading) =>
        creation.ArgumentList is not { Arguments.Count: > 0 } arguments ||
        SyntacticValues.Strip(arguments.Arguments[0].Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } ||
        AppendPieces(arguments.Arguments[0].Expression, text, pieces, depth + 1, reading);

    /// <summary>
    /// The last chain of appends in the run of statements from <paramref name="statement"/> on that append to the local
    /// <paramref name="builder"/> (at most <see cref="MaxRun"/>), or null when the next statement does not.
    /// </summary>
    private static ExpressionSyntax? LastOfRun(StatementSyntax statement, string builder)
    {
        if (statement.Parent is not BlockSyntax block)
        {
            return null;
        }

        ExpressionSyntax? last = null;
        var index = block.Statements.IndexOf(statement);
        for (var i = index + 1; i < block.Statements.Count && i - index <= MaxRun && AppendedTo(block.Statements[i], builder) is not null; i++)
        {
            last = ((ExpressionStatementSyntax)block.Statements[i]).Expression;
        }

        return last;
    }

    /// <summary>Statements of one builder read together at most: a longer run is read from a hole at its start.</summary>
    private const int MaxRun = 32;

    /// <summary>The appends, first to last, of a statement that is only a chain of appends to the local <paramref name="builder"/>; null otherwise.</summary>
    private static List<InvocationExpressionSyntax>? AppendedTo(StatementSyntax statement, string builder)
    {
        if (statement is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call } || !IsAppend(call))
        {
            return null;
        }

        var appends = new List<InvocationExpressionSyntax>();
        ExpressionSyntax current = call;
        while (current is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1, Expression: MemberAccessExpressionSyntax link } append && IsAppend(append))
        {
            appends.Add(append);
            current = SyntacticValues.Strip(link.Expression);
        }

        if (current is not IdentifierNameSyntax { Identifier.ValueText: var name } || name != builder || appends.Count == 0)
        {
            return null;
        }

        appends.Reverse();
        return appends;
    }

    /// <summary>The local a chain of appends starts from (<c>sb</c> in <c>sb.Append(a).Append(b)</c>), or null.</summary>
    private static string? BuilderName(ExpressionSyntax chain)
    {
        var current = chain;
        while (SyntacticValues.Strip(current) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax link } append && IsAppend(append))
        {
            current = link.Expression;
        }

        return SyntacticValues.Strip(current) is IdentifierNameSyntax { Identifier.ValueText: var name } ? name : null;
    }

    /// <summary>
    /// <c>new StringBuilder(...)</c>, or a target-typed <c>new(...)</c> declared as one (<paramref name="declaredType"/>), by
    /// name as the rest of this scan.
    /// </summary>
    private static bool IsBuilderCreation(BaseObjectCreationExpressionSyntax creation, TypeSyntax? declaredType) =>
        SyntaxNames.Rightmost(creation is ObjectCreationExpressionSyntax named ? named.Type : declaredType) == nameof(StringBuilder);

    /// <summary>A <c>StringBuilder.Append</c> call, by name (the chain is judged on syntax, as the rest of this scan).</summary>
    private static bool IsAppend(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Append" or "AppendLine" };

    /// <summary>What reading a held value needs: the node's context, the resolver and the team's secret names.</summary>
    private sealed class Reading
    {
        public Reading(SyntaxNodeAnalysisContext context, SemanticModel model, StringValueResolver resolver, SecretNames names)
        {
            Context = context;
            Model = model;
            Resolver = resolver;
            Names = names;
        }

        public SyntaxNodeAnalysisContext Context { get; }

        /// <summary>The model of the string's tree (another file's than the node the action runs for, for a field's text read there).</summary>
        public SemanticModel Model { get; }
        public StringValueResolver Resolver { get; }
        public SecretNames Names { get; }

        /// <summary>Which written choice this reading takes at each hole that has several (from 0).</summary>
        public int Choice { get; set; }

        /// <summary>How many readings the string needs: the most choices any of its holes has (at least 1, at most <see cref="MaxChoices"/>).</summary>
        public int Choices { get; private set; } = 1;

        /// <summary>
        /// The value whose text a hole writes, looked through what keeps it (<see cref="StringValueResolver.KeptOperand"/>:
        /// <c>p.Trim()</c>, <c>p?.Trim()</c>, <c>p ?? ""</c>) and through escaping (<c>Uri.EscapeDataString(p)</c>,
        /// <c>WebUtility.UrlEncode(p)</c>): the caller's <c>p</c>; any other value as it is.
        /// </summary>
        private static IOperation KeptOperand(IOperation value)
        {
            for (var i = 0; i < 3; i++)
            {
                if (StringValueResolver.KeptOperand(value) is { } kept)
                {
                    value = kept;
                }
                else if (StringValueResolver.Unwrap(value) is IInvocationOperation { Arguments.Length: 1 } escape && ValueShapes.TextCallOf(escape.TargetMethod) == TextCall.Escape)
                {
                    value = escape.Arguments[0].Value;
                }
                else
                {
                    break;
                }
            }

            return value;
        }

        /// <summary>
        /// The value a hole takes in this reading: one of its <see cref="StringValueResolver.Alternatives"/> (each arm of a
        /// conditional, each value a helper's callers pass for its parameter), the last one again once a hole's run out.
        /// </summary>
        public IOperation Choose(IOperation value) => Choose(value, 0, Choice, 1);

        /// <param name="value">The hole's value.</param>
        /// <param name="depth">How many helpers' calls were followed to get here.</param>
        /// <param name="choice">Which reading this is, at this level: a helper's calls take its remainder by their count, and
        /// what is left picks among the chosen call's argument's own alternatives (EnterPin(spare ? "0000" : SimPin)), so
        /// every call is read with every choice of its argument.</param>
        /// <param name="scale">How many readings the levels above take per choice here (the product of their calls' counts).</param>
        private IOperation Choose(IOperation value, int depth, int choice, int scale)
        {
            if (depth < 3 && Resolver.ConstructorParameterOf(KeptOperand(value)) is { } constructorParameter)
            {
                // "AT+CPIN=" + PIN1Code of a command type whose constructor keeps its argument (PIN1Code = pinCode): the
                // constructor's parameter, read from each new(...) in its turn
                value = constructorParameter;
            }

            if (StringValueResolver.Unwrap(KeptOperand(value)) is IParameterReferenceOperation { Parameter: var parameter } &&
                parameter.ContainingSymbol is IMethodSymbol method && depth < 3)
            {
                // A helper's parameters are read from one call at a time (an APN's user and password come from the same
                // caller, so "web","web" is still the operator's published login); a call that passes its own caller's
                // parameters on (a public Connect over a private Bearer that builds the command) is read one level further.
                // A command type's constructor (new SetPdpAuthCommand(1, "apn-user", "...") => base($"AT+CGAUTH=...")) is
                // read from its creations the same way.
                var key = method.OriginalDefinition;
                if (!_calls.TryGetValue(key, out var calls))
                {
                    _calls[key] = calls = Resolver.CallerArguments(method);
                }

                if (!calls.IsEmpty)
                {
                    Choices = Math.Max(Choices, Math.Min(calls.Length * scale, MaxChoices));
                    var call = calls[Math.Min(choice % calls.Length, calls.Length - 1)];
                    foreach (var argument in call)
                    {
                        if (argument.ArgumentKind == ArgumentKind.Explicit &&
                            SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter.OriginalDefinition))
                        {
                            return Choose(argument.Value, depth + 1, choice / calls.Length, scale * calls.Length);
                        }
                    }

                    return Resolver.WrittenDefault(parameter) ?? value; // not passed by this call: its default, or nothing known
                }
            }

            var alternatives = Resolver.Alternatives(value);
            if (Resolver.ValuesWrittenInto(value) is { Length: > 0 } written)
            {
                // A helper's argument read from an object's property set elsewhere (SetApn(AccessPointName, AccessUsername,
                // AccessPassword) with modem.AccessPointName = "..."): the APN and the user of each object beside its password;
                // beside what its type's constructors give it (Unlock = "2718" in the constructor, { Unlock = "6042" } after new)
                var merged = new List<IOperation>(written);
                foreach (var alternative in alternatives)
                {
                    if (!merged.Contains(alternative))
                    {
                        merged.Add(alternative);
                    }
                }

                if (!merged.Contains(value))
                {
                    merged.Add(value);
                }

                alternatives = merged;
            }

            if (alternatives.Count == 1)
            {
                return alternatives[0];
            }

            Choices = Math.Max(Choices, Math.Min(alternatives.Count * scale, MaxChoices));
            return alternatives[Math.Min(choice, alternatives.Count - 1)];
        }

        private readonly Dictionary<IMethodSymbol, ImmutableArray<ImmutableArray<IArgumentOperation>>> _calls = new(SymbolEqualityComparer.Default);

        /// <summary>The operation of a hole, bound once for all the readings of the string.</summary>
        public IOperation? OperationOf(ExpressionSyntax expression)
        {
            if (!_operations.TryGetValue(expression, out var operation))
            {
                _operations[expression] = operation = Model.GetOperation(expression, Context.CancellationToken);
            }

            return operation;
        }

        private readonly Dictionary<ExpressionSyntax, IOperation?> _operations = new();

        /// <summary>Readings of one string at most: a helper with more callers than this is a general one.</summary>
        private const int MaxChoices = 16;
    }

    /// <summary>A piece of the text: its span, the literal that writes it (null for a hole), and where it enters the string.</summary>
    private readonly struct Piece
    {
        public Piece(int start, int end, ExpressionSyntax? source, ExpressionSyntax? at = null, ISymbol? holder = null, bool fromCallers = false)
        {
            Start = start;
            End = end;
            Source = source;
            At = at;
            Holder = holder;
            FromCallers = fromCallers;
        }

        public int Start { get; }
        public int End { get; }
        public ExpressionSyntax? Source { get; }
        public ExpressionSyntax? At { get; }
        public ISymbol? Holder { get; }

        /// <summary>Whether the text is read from the callers of a helper's parameter: the sink pass does not follow it there.</summary>
        public bool FromCallers { get; }
    }

    /// <summary>
    /// <c>string.Join(separator, "a", "b")</c> and <c>string.Join(separator, new[] { "a", "b" })</c>: the pieces with the
    /// separator between them. A separator or a collection not written here is not read.
    /// </summary>
    private static bool AppendJoin(SeparatedSyntaxList<ArgumentSyntax> arguments, StringBuilder text, List<Piece> pieces, int depth, Reading reading)
    {
        var separator = SyntacticValues.Strip(arguments[0].Expression) switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.CharacterLiteralExpression) => literal.Token.ValueText,
            // (const string Sep = ";")
            IdentifierNameSyntax or MemberAccessExpressionSyntax when reading.OperationOf(arguments[0].Expression) is { ConstantValue: { HasValue: true, Value: string or char } constant } =>
                constant.Value!.ToString(),
            _ => null,
        };
        if (separator is null)
        {
            return false;
        }

        var values = new List<ExpressionSyntax>();
        var single = arguments.Count == 2 ? SyntacticValues.Strip(arguments[1].Expression) : null;
        if (single is IdentifierNameSyntax heldName && SyntacticValues.Find(heldName, readCallers: false) is { Kind: DeclarationKind.Variable, Value: { } heldArray })
        {
            single = SyntacticValues.Strip(heldArray); // string.Join(";", Parts): the array the field or local is given where it is declared
        }
        else if (single is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } &&
                 reading.OperationOf(single) switch
                 {
                     IFieldReferenceOperation field => field.Field,
                     IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                     IInvocationOperation { Arguments.Length: 0 } call => call.TargetMethod,
                     _ => (ISymbol?)null,
                 } is { DeclaringSyntaxReferences: { Length: 1 } declared } &&
                 SyntacticValues.DeclaredArray(declared[0].GetSyntax()) is { } otherArray)
        {
            // string.Join(";", HistorianParts.Primary): another type's; Parts in another part of a partial type; a property's
            // getter (=> new[] { ... }); a parameterless method's one returned array (Parts())
            single = otherArray;
        }

        if (single is not null && SyntacticValues.ArrayElements(single) is { } elements && !SyntacticValues.IsListChanged(single))
        {
            values.AddRange(elements);
        }
        else if (single is CollectionExpressionSyntax)
        {
            return false; // [..others, "Password=..."]: a spread is not read
        }
        else
        {
            for (var i = 1; i < arguments.Count; i++)
            {
                values.Add(arguments[i].Expression);
            }
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                Add(text, pieces, separator, null);
            }

            if (!AppendPieces(values[i], text, pieces, depth + 1, reading))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The position of a Format call's format literal: first, or second after an IFormatProvider.</summary>
    private static int? FormatArgument(InvocationExpressionSyntax invocation)
    {
        var arguments = invocation.ArgumentList.Arguments;
        for (var i = 0; i < 2 && i < arguments.Count - 1; i++)
        {
            if (SyntacticValues.Strip(arguments[i].Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression })
            {
                return i;
            }
        }

        return null;
    }

    private static bool AppendFormat(string format, ExpressionSyntax formatSyntax, SeparatedSyntaxList<ArgumentSyntax> arguments, int formatAt, StringBuilder text, List<Piece> pieces, int depth, Reading reading)
    {
        if (CompositeFormat.Parse(format) is not { } segments)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.Literal is { } literal)
            {
                Add(text, pieces, literal, formatSyntax);
            }
            else if (segment.Index < 0 || segment.Index >= arguments.Count - formatAt - 1 ||
                     !AppendPieces(arguments[formatAt + 1 + segment.Index].Expression, text, pieces, depth + 1, reading))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(StringBuilder text, List<Piece> pieces, string value, ExpressionSyntax? source)
    {
        pieces.Add(new Piece(text.Length, text.Length + value.Length, source));
        text.Append(value);
    }
}
