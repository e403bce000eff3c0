using System.Collections.Generic;
using System.Text;

namespace IoTSecure.Analyzers.Values;

/// <summary>One segment of a composite format string: literal text, or a format item.</summary>
internal readonly struct FormatSegment
{
    private FormatSegment(string? literal, int index, bool formatted, string? format)
    {
        Literal = literal;
        Index = index;
        Formatted = formatted;
        Format = format;
    }

    /// <summary>The literal text (escapes resolved), or null for an item.</summary>
    public string? Literal { get; }

    /// <summary>An item's argument index; -1 when the item is not <c>{n[,alignment][:format]}</c> with n a non-negative number.</summary>
    public int Index { get; }

    /// <summary>Whether the item has an alignment or a format (its text is then not the argument's text).</summary>
    public bool Formatted { get; }

    /// <summary>An item's format string, after its ':' (<c>X8</c> in <c>{0:X8}</c>); null when it has none.</summary>
    public string? Format { get; }

    public static FormatSegment Text(string literal) => new(literal, -1, false, null);

    public static FormatSegment Item(int index, bool formatted, string? format = null) => new(null, index, formatted, format);
}

/// <summary>
/// Splits a composite format string (<c>string.Format</c>'s <c>"Host={0};Password={1}"</c>) into literal text and items,
/// for the resolver and for the connection-string scan alike. <c>{{</c> and <c>}}</c> are escapes.
/// </summary>
internal static class CompositeFormat
{
    /// <summary>The segments in order (a literal segment before every item, possibly empty, and one at the end); null when an item is not closed.</summary>
    public static List<FormatSegment>? Parse(string format)
    {
        var segments = new List<FormatSegment>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = format.IndexOf('}', i);
            if (close < 0)
            {
                return null;
            }

            segments.Add(FormatSegment.Text(literal.ToString()));
            literal.Clear();
            var item = format.Substring(i + 1, close - i - 1);
            var separator = item.IndexOfAny(new[] { ',', ':' });
            var parsed = int.TryParse(separator < 0 ? item : item.Substring(0, separator), out var index) && index >= 0;
            var colon = item.IndexOf(':');
            segments.Add(FormatSegment.Item(parsed ? index : -1, separator >= 0, colon >= 0 ? item.Substring(colon + 1) : null));
            i = close;
        }

        segments.Add(FormatSegment.Text(literal.ToString()));
        return segments;
    }
}
