using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.CodeFixes.Core;

/// <summary>Finds the scheme name of a URI written in source, for the fixes that switch it to the secure scheme.</summary>
internal static class SchemeRewrite
{
    /// <summary>
    /// Offers "use the secure scheme" for a diagnostic whose <paramref name="secureSchemeProperty"/> names it, rewriting
    /// the scheme where the URI is written. Returns whether a fix was offered.
    /// </summary>
    public static bool TryRegister(CodeFixContext context, SourceText text, Diagnostic diagnostic, string secureSchemeProperty, string title, string equivalenceKey)
    {
        if (!diagnostic.Properties.TryGetValue(secureSchemeProperty, out var secure) || secure is null || SchemeSpan(text, diagnostic.Location.SourceSpan) is not { } span)
        {
            return false;
        }

        context.RegisterCodeFix(
            CodeAction.Create(title + " " + secure + "://", _ => Task.FromResult(context.Document.WithText(text.WithChanges(new TextChange(span, secure)))), equivalenceKey),
            diagnostic);
        return true;
    }

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
