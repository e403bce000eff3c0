using System;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.CodeFixes.Core;

/// <summary>Finds the scheme name of a URI written in source, for the fixes that switch it to the secure scheme.</summary>
internal static class SchemeRewrite
{
    /// <summary>Where the scheme's name (before <c>://</c>) is, within <paramref name="span"/> of the source text.</summary>
    public static TextSpan? SchemeSpan(SourceText text, TextSpan span)
    {
        var source = text.ToString(span);
        var separator = source.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return null;
        }

        var start = separator;
        while (start > 0 && char.IsLetter(source[start - 1]))
        {
            start--;
        }

        return start == separator ? null : new TextSpan(span.Start + start, separator - start);
    }
}
