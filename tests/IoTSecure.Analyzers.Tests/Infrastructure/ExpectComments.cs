using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>
/// Sources labelled line by line: <c>// expect: IOT1001</c> (or several IDs, or <c>none</c>) names the credential findings
/// due where a secret is written on that line. The labelled corpus and the shape tests read the same labels.
/// </summary>
public static class ExpectComments
{
    /// <summary>The rules the labels speak of: the credential rules and IOT3005 (a token made by System.Random).</summary>
    public static readonly string[] Rules = { "IOT1001", "IOT1002", "IOT1003", "IOT1004", "IOT1005", "IOT1006", "IOT3005" };

    private static readonly Regex Expect = new(@"//\s*expect:\s*(?<ids>(?:IOT\d{4}|none)(?:[\s,]+(?:IOT\d{4}|none))*)", RegexOptions.CultureInvariant);

    /// <summary>The labels of one source: (1-based line, rule ID or null for <c>none</c>).</summary>
    public static IEnumerable<(int Line, string? Id)> Parse(string text)
    {
        var lines = text.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var match = Expect.Match(lines[line]);
            if (!match.Success)
            {
                continue;
            }

            foreach (var id in match.Groups["ids"].Value.Split(new[] { ' ', ',', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return (line + 1, id == "none" ? null : id);
            }
        }
    }

    /// <summary>The line where a finding says the secret is written: its first additional location, else its location.</summary>
    public static Location Written(Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.FirstOrDefault(l => l.IsInSource) ?? diagnostic.Location;

    /// <summary>The line a label for a secret written at <paramref name="written"/> sits on: a literal of several lines is labelled where it ends (a comment cannot sit inside it).</summary>
    public static int LabelLine(Location written) => written.GetLineSpan().EndLinePosition.Line + 1;

    /// <summary>
    /// Runs every IoTSecure analyzer over the sources (compiled against the library stubs, as a referenced assembly) and asserts that the credential findings are
    /// exactly the labelled ones: each by its rule, at the line where its secret is written, no more, no fewer.
    /// </summary>
    public static Task AssertAsync(params string[] sources) => AssertAsync(System.Array.Empty<string>(), sources);

    /// <summary>As <see cref="AssertAsync(string[])"/>, with more library declarations compiled beside the stubs.</summary>
    public static Task AssertAsync(string[] libraries, params string[] sources) => AssertAsync(libraries, OutputKind.DynamicallyLinkedLibrary, sources);

    /// <summary>
    /// As <see cref="AssertAsync(string[], string[])"/>, the sources compiled as a program: a sample's top-level statements
    /// or <c>Main</c> kept as its author wrote it.
    /// </summary>
    public static Task AssertExecutableAsync(string[] libraries, params string[] sources) => AssertAsync(libraries, OutputKind.ConsoleApplication, sources);

    private static async Task AssertAsync(string[] libraries, OutputKind outputKind, string[] sources)
    {
        var compilation = AnalyzerRunner.CompileAgainstLibraries(sources, libraries);
        compilation = compilation.WithOptions(compilation.Options.WithOutputKind(outputKind));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var expected = new List<string>();
        for (var i = 0; i < sources.Length; i++)
        {
            expected.AddRange(Parse(sources[i]).Where(l => l.Id is not null).Select(l => $"File{i}.cs:{l.Line} {l.Id}"));
        }

        // A finding written over several lines (a PEM block concatenated line by line) answers a label on any of them, as the
        // labelled corpora score it; else it is placed where it ends.
        var labelled = new HashSet<string>(expected, StringComparer.Ordinal);
        var actual = (await AnalyzerRunner.RunAsync(compilation))
            .Where(d => Rules.Contains(d.Id))
            .Select(d => (Location: Written(d), d.Id))
            .Select(f =>
            {
                var span = f.Location.GetLineSpan();
                var lines = Enumerable.Range(span.StartLinePosition.Line + 1, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);
                var line = lines.FirstOrDefault(l => labelled.Contains($"{f.Location.SourceTree!.FilePath}:{l} {f.Id}"), LabelLine(f.Location));
                return $"{f.Location.SourceTree!.FilePath}:{line} {f.Id}";
            })
            .ToList();
        expected.Sort(StringComparer.Ordinal);
        actual.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }
}
