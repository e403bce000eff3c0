using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Values;

/// <summary>
/// One piece of a string value: text known at compile time, or a hole (a value that only exists at run time:
/// a parameter, a configuration lookup, a call result).
/// </summary>
internal readonly struct StringPart
{
    public StringPart(string? text, SyntaxNode? scope, ISymbol? holder, IOperation? hole = null)
    {
        Text = text;
        Scope = scope;
        Holder = holder;
        Hole = hole;
    }

    /// <summary>For a hole: the operation whose run-time value fills it (null when unknown).</summary>
    public IOperation? Hole { get; }

    /// <summary>The known text, or null for a hole.</summary>
    public string? Text { get; }

    /// <summary>
    /// The whole string expression the text belongs to: the initializer of <see cref="Holder"/>, or the expression
    /// at the sink. This is what a fix replaces to take the secret out of the code.
    /// </summary>
    public SyntaxNode? Scope { get; }

    /// <summary>The field, property or local whose initializer holds the text, or null when written at the sink.</summary>
    public ISymbol? Holder { get; }

    public bool IsHole => Text is null;
}

/// <summary>A string value followed back through constants, fields, locals, concatenation and formatting.</summary>
internal sealed class ResolvedString
{
    public static readonly ResolvedString Unknown = new(ImmutableArray.Create(new StringPart(null, null, null)), null);

    public ResolvedString(ImmutableArray<StringPart> parts, ISymbol? via)
    {
        Parts = parts;
        Via = via;
    }

    /// <summary>
    /// A string literal's value as <see cref="StringValueResolver.Resolve"/> gives it (one part, scoped to the literal,
    /// held by no symbol), read off the syntax without binding the member that holds it.
    /// </summary>
    public static ResolvedString OfLiteral(LiteralExpressionSyntax literal) =>
        new(ImmutableArray.Create(new StringPart(literal.Token.ValueText, literal, null)), null);

    public ImmutableArray<StringPart> Parts { get; }

    /// <summary>The symbol the value was read through at the point of use (what the message names), if any.</summary>
    public ISymbol? Via { get; }

    public bool IsFullyKnown
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part.IsHole)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The known text with each hole written as <c>\0</c> (composed once; the parts never change).</summary>
    public string Text => _text ??= Compose(Parts);

    private string? _text;

    private static string Compose(ImmutableArray<StringPart> parts)
    {
        if (parts.Length == 1)
        {
            return parts[0].Text ?? "\0";
        }

        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Text ?? "\0");
        }

        return builder.ToString();
    }

    /// <summary>The part that holds the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public StringPart PartAt(int index) => PartAt(index, out _);

    /// <summary>As <see cref="PartAt(int)"/>, also giving where in <see cref="Text"/> the part starts.</summary>
    public StringPart PartAt(int index, out int start)
    {
        var offset = 0;
        foreach (var part in Parts)
        {
            var length = part.Text?.Length ?? 1;
            if (index < offset + length)
            {
                start = offset;
                return part;
            }

            offset += length;
        }

        start = Parts.IsEmpty ? 0 : offset - (Parts[Parts.Length - 1].Text?.Length ?? 1);
        return Parts.IsEmpty ? default : Parts[Parts.Length - 1];
    }
}
