using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// The tokens of a compilation written as a given word, found by searching each file's text and looking only at the
/// tokens found there: a lookup that needs a few tokens of a compilation (the calls of one name, the record
/// declarations) without walking every node of every tree.
/// </summary>
internal static class SourceWords
{
    /// <summary>
    /// The tokens whose text starts where <paramref name="word"/> stands whole in the source (not inside a longer
    /// identifier: <c>Post</c>, not <c>PostAsync</c>), file by file in tree order. The caller checks the token's kind and
    /// value. A word written with a Unicode escape is not found.
    /// </summary>
    public static IEnumerable<SyntaxToken> Tokens(Compilation compilation, string word)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = TextOf(tree);
            SyntaxNode? root = null;
            foreach (var at in WordStarts(text, 0, text.Length, word))
            {
                root ??= tree.GetRoot();
                yield return root.FindToken(at);
            }
        }
    }

    /// <summary>
    /// The tokens whose text starts where <paramref name="word"/> stands whole inside <paramref name="scope"/>'s span (a
    /// type's members that write one name), in source order; as <see cref="Tokens"/>, for one node of one file.
    /// </summary>
    public static IEnumerable<SyntaxToken> TokensIn(SyntaxNode scope, string word)
    {
        var text = TextOf(scope.SyntaxTree);
        foreach (var at in WordStarts(text, scope.SpanStart, Math.Min(scope.Span.End, text.Length), word))
        {
            yield return scope.FindToken(at);
        }
    }

    /// <summary>
    /// Where <paramref name="word"/> stands whole in <paramref name="text"/> between <paramref name="start"/> and
    /// <paramref name="end"/> (not inside a longer identifier), in order; nothing for an empty word.
    /// </summary>
    private static IEnumerable<int> WordStarts(string text, int start, int end, string word)
    {
        if (word.Length == 0)
        {
            yield break;
        }

        for (var at = start; at + word.Length <= end; at += word.Length)
        {
            at = text.IndexOf(word, at, end - at, StringComparison.Ordinal);
            if (at < 0)
            {
                yield break;
            }

            if ((at > 0 && IsIdentifierPart(text[at - 1])) || (at + word.Length < text.Length && IsIdentifierPart(text[at + word.Length])))
            {
                continue;
            }

            yield return at;
        }
    }

    /// <summary>
    /// A file's text as one string, made once per <see cref="Microsoft.CodeAnalysis.Text.SourceText"/> and shared by every
    /// search and every compilation holding that text (an edit makes a new text for the edited file only): copying every
    /// file's text for each word searched cost more than the searches.
    /// </summary>
    internal static string TextOf(SyntaxTree tree)
    {
        var source = tree.GetText();
        return Texts.GetValue(source, s => s.ToString());
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.CodeAnalysis.Text.SourceText, string> Texts = new();

    /// <summary>
    /// The assignments <c>x ??= value</c> written inside <paramref name="scope"/>, found by searching its file's text for
    /// <c>??=</c> within the scope's span (no node is walked): the defaults code gives a value read from elsewhere
    /// (<c>key ??= "..."</c> after <c>key = Environment.GetEnvironmentVariable("KEY")</c>). In source order.
    /// </summary>
    public static IEnumerable<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax> CoalesceAssignments(SyntaxNode scope)
    {
        var text = TextOf(scope.SyntaxTree);
        var end = System.Math.Min(scope.Span.End, text.Length);
        for (var at = scope.SpanStart; at < end; at += 3)
        {
            at = text.IndexOf("??=", at, end - at, StringComparison.Ordinal);
            if (at < 0)
            {
                yield break;
            }

            if (scope.FindToken(at) is { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.QuestionQuestionEqualsToken, Parent: Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax assignment })
            {
                yield return assignment;
            }
        }
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
