using System;
using System.Collections.Generic;
using System.Text;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Values;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A password pair found in a connection string or URI written in the code, and the literal that holds its value.</summary>
internal readonly struct WrittenPair
{
    public WrittenPair(ConnectionStringSecret pair, ExpressionSyntax literal, ExpressionSyntax whole)
    {
        Pair = pair;
        Literal = literal;
        Whole = whole;
    }

    public ConnectionStringSecret Pair { get; }

    /// <summary>The literal (or argument) where the password's text is written.</summary>
    public ExpressionSyntax Literal { get; }

    /// <summary>The whole connection string or URI as written (a literal, a concatenation, an interpolation, a Format call).</summary>
    public ExpressionSyntax Whole { get; }
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
    public static void Register(SyntaxActions actions, IoTSecureContext iot, Action<SyntaxNodeAnalysisContext, WrittenPair> onPair)
    {
        // Triggered by the text itself (a literal holding '=' or '@', the cheap test), then judged once per outermost
        // expression that builds the string.
        var judged = new System.Collections.Concurrent.ConcurrentDictionary<ExpressionSyntax, byte>();
        actions.Add(
            c =>
            {
                if (!HoldsPairCharacter(c.Node))
                {
                    return;
                }

                var node = Outermost((ExpressionSyntax)c.Node);
                if (!judged.TryAdd(node, 0) || IsSinkArgument(node, iot))
                {
                    return;
                }

                var pieces = new List<(int Start, int End, ExpressionSyntax? Source)>();
                var text = new StringBuilder();
                if (!AppendPieces(node, text, pieces, 0))
                {
                    return;
                }

                var written = text.ToString();
                if (IsNotAConnectionString(written))
                {
                    return;
                }

                var isUrl = written.IndexOf("://", StringComparison.Ordinal) >= 0;
                var pairs = isUrl ? ConnectionStrings.FindUrlPairs(written) : ConnectionStrings.FindPairs(written);
                foreach (var pair in pairs)
                {
                    if (!isUrl && !ConnectionStrings.IsModemCommand(pair) && !HasAnotherPair(written, pair))
                    {
                        continue; // "Login failed: password=incorrect": a connection string has other keys beside the password
                    }

                    if (pair.Value.Length == 0 || pair.Value[0] is '@' or '?' or ':' or '$' or '[' or '(' or '=' or '{' ||
                        SecretText.IsPath(pair.Value) || SecretNames.Normalize(pair.Value) == SecretNames.Normalize(pair.KeyName))
                    {
                        continue; // a SQL parameter, a pattern, a template, a path, or the key's own name
                    }

                    if (pair.KeyName.Equals("SharedAccessKey", StringComparison.OrdinalIgnoreCase) || pair.KeyName.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) ||
                        pair.KeyName.Equals("sig", StringComparison.OrdinalIgnoreCase) || pair.KeyName.Equals("SharedSecretValue", StringComparison.OrdinalIgnoreCase))
                    {
                        continue; // key material: IOT1003's
                    }

                    if (SecretTokens.FindTokens(pair.Value).Count > 0)
                    {
                        continue; // a token or key by its shape (a JWT in access_token=): IOT1003's, one finding per literal
                    }

                    foreach (var (start, end, source) in pieces)
                    {
                        if (source is not null && pair.ValueStart >= start && pair.ValueStart + pair.ValueLength <= end)
                        {
                            onPair(c, new WrittenPair(pair, source, node));
                            break;
                        }
                    }
                }
            },
            SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);
    }

    private static readonly System.Text.RegularExpressions.Regex SqlStatement = new(@"^\s*(SELECT|UPDATE|INSERT|DELETE|WITH|MERGE|CREATE|ALTER)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>SQL statements, usage and example text: strings that mention a password pair without being a connection string.</summary>
    private static bool IsNotAConnectionString(string text) => SqlStatement.IsMatch(text) || HelpText.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex HelpText = new(@"\busage\b|\bexample\s*:|\be\.g\.|\bfor example\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a <c>key=value</c> segment other than the password's is separated from it by ';' or ',' (a connection string's shape).</summary>
    private static bool HasAnotherPair(string text, ConnectionStringSecret pair)
    {
        foreach (var segment in text.Split(';', ','))
        {
            var equals = segment.IndexOf('=');
            if (equals > 0 && segment.IndexOf(pair.Value, StringComparison.Ordinal) < 0 && segment.Substring(0, equals).Trim().Length > 0)
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
    private static ExpressionSyntax Outermost(ExpressionSyntax node)
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
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } when SyntaxNames.Rightmost(call.Expression) is "Format" or "Concat":
                    node = call;
                    continue;
                default:
                    return node;
            }
        }
    }

    /// <summary>An argument of a call or creation whose name the catalogue knows: the sink pass judges it there.</summary>
    private static bool IsSinkArgument(ExpressionSyntax node, IoTSecureContext iot)
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
    private static bool AppendPieces(ExpressionSyntax expression, StringBuilder text, List<(int, int, ExpressionSyntax?)> pieces, int depth)
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
                        Add(text, pieces, part.TextToken.ValueText, interpolated);
                    }
                    else if (content is InterpolationSyntax interpolation)
                    {
                        if (SyntacticValues.Strip(interpolation.Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } inner)
                        {
                            Add(text, pieces, inner.Token.ValueText, inner);
                        }
                        else if (SyntacticValues.MayHoldWrittenText(interpolation.Expression))
                        {
                            return false;
                        }
                        else
                        {
                            Add(text, pieces, SyntacticValues.Hole.ToString(), null);
                        }
                    }
                }

                return true;

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                return AppendPieces(binary.Left, text, pieces, depth + 1) && AppendPieces(binary.Right, text, pieces, depth + 1);

            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) == "Concat":
                foreach (var argument in invocation.ArgumentList.Arguments)
                {
                    if (!AppendPieces(argument.Expression, text, pieces, depth + 1))
                    {
                        return false;
                    }
                }

                return true;

            case InvocationExpressionSyntax invocation when SyntaxNames.Rightmost(invocation.Expression) == "Format" && FormatArgument(invocation) is { } formatAt:
                var format = (LiteralExpressionSyntax)SyntacticValues.Strip(invocation.ArgumentList.Arguments[formatAt].Expression);
                return AppendFormat(format.Token.ValueText, format, invocation.ArgumentList.Arguments, formatAt, text, pieces, depth);

            default:
                if (SyntacticValues.MayHoldWrittenText(expression))
                {
                    return false;
                }

                Add(text, pieces, SyntacticValues.Hole.ToString(), null);
                return true;
        }
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

    private static bool AppendFormat(string format, ExpressionSyntax formatSyntax, SeparatedSyntaxList<ArgumentSyntax> arguments, int formatAt, StringBuilder text, List<(int, int, ExpressionSyntax?)> pieces, int depth)
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
                     !AppendPieces(arguments[formatAt + 1 + segment.Index].Expression, text, pieces, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(StringBuilder text, List<(int, int, ExpressionSyntax?)> pieces, string value, ExpressionSyntax? source)
    {
        pieces.Add((text.Length, text.Length + value.Length, source));
        text.Append(value);
    }
}
