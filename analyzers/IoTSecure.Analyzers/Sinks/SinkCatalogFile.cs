using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>One meaningful line of a sink catalogue file: an entry added or removed, or a line that is not an entry.</summary>
internal sealed class SinkCatalogLine
{
    public SinkCatalogLine(int line, TextSpan span, string text, bool removes, CredentialSink? sink, bool kindGiven, string? problem)
    {
        Line = line;
        Span = span;
        Text = text;
        Removes = removes;
        Sink = sink;
        KindGiven = kindGiven;
        Problem = problem;
    }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>The entry's text in the file (without its <c>+</c>/<c>-</c> and comment).</summary>
    public TextSpan Span { get; }

    public string Text { get; }

    /// <summary>True for a <c>-</c> line: the entry is taken out of the catalogue.</summary>
    public bool Removes { get; }

    /// <summary>The parsed entry; null when the line is not one (<see cref="Problem"/> says why).</summary>
    public CredentialSink? Sink { get; }

    /// <summary>Whether the line wrote a <c>:Kind</c> (a removal without one removes the entry whatever its kind).</summary>
    public bool KindGiven { get; }

    public string? Problem { get; }
}

/// <summary>
/// The text format of the sink catalogue: the built-in <c>CredentialSinks.txt</c> embedded in the analyzer assembly, and
/// a team's <c>iotsecure.sinks.txt</c> (an AdditionalFiles item). One entry per line,
/// <c>Namespace.Type.Member(parameter)[:Kind]</c> (<see cref="CredentialSink.TryParse(string, out string?)"/>); a line
/// starting with <c>-</c> removes an entry, one starting with <c>+</c> (or nothing) adds it; <c>#</c> starts a comment;
/// blank lines are skipped.
/// </summary>
internal static class SinkCatalogFile
{
    /// <summary>Parses a catalogue file's text. Never throws; a line that is not an entry comes back with its problem.</summary>
    public static IReadOnlyList<SinkCatalogLine> Parse(SourceText text)
    {
        var lines = new List<SinkCatalogLine>();
        foreach (var line in text.Lines)
        {
            var content = line.ToString();
            var comment = content.IndexOf('#');
            var end = comment >= 0 ? comment : content.Length;
            var start = 0;
            while (start < end && char.IsWhiteSpace(content[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(content[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                continue;
            }

            var removes = content[start] == '-';
            if (removes || content[start] == '+')
            {
                start++;
                while (start < end && char.IsWhiteSpace(content[start]))
                {
                    start++;
                }
            }

            var entry = content.Substring(start, end - start);
            var sink = CredentialSink.TryParse(entry, out var problem);
            var kindGiven = entry.LastIndexOf(')') is var close and >= 0 && entry.IndexOf(':', close) > close;
            lines.Add(new SinkCatalogLine(line.LineNumber + 1, new TextSpan(line.Start + start, end - start), entry, removes, sink, kindGiven,
                problem is null ? null : "'" + Shorten(entry) + "' " + problem));
        }

        return lines;
    }

    /// <summary>Whether a removal line takes out an entry: the same type, member and parameter (and kind, when the line gives one).</summary>
    public static bool Removes(SinkCatalogLine removal, CredentialSink entry) =>
        removal.Sink is { } sink &&
        string.Equals(sink.TypeMetadataName, entry.TypeMetadataName, StringComparison.Ordinal) &&
        string.Equals(sink.Member, entry.Member, StringComparison.Ordinal) &&
        string.Equals(sink.Parameter, entry.Parameter, StringComparison.Ordinal) &&
        (!removal.KindGiven || sink.Kind == entry.Kind);

    /// <summary>A value shortened for a message (entries are API names, never secrets, but a line may be anything).</summary>
    public static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 80) + "...";
}
