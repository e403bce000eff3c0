using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace IoTSecure.Detection.Configuration;

/// <summary>One <c>key = value</c> line of an analyzer config file.</summary>
internal sealed class AnalyzerConfigEntry
{
    public AnalyzerConfigEntry(string key, string value, int line, string? section)
    {
        Key = key;
        Value = value;
        Line = line;
        Section = section;
    }

    /// <summary>The key, lower-cased as the compiler reads it.</summary>
    public string Key { get; }

    /// <summary>The value, trimmed, without a trailing <c>#</c> or <c>;</c> comment (as the compiler reads it).</summary>
    public string Value { get; }

    /// <summary>1-based line number in the file.</summary>
    public int Line { get; }

    /// <summary>The section header's text (<c>*.cs</c>), or null for the preamble before any section.</summary>
    public string? Section { get; }
}

/// <summary>
/// An <c>.editorconfig</c> or global analyzer config file (<c>.globalconfig</c>, <c>is_global = true</c>) read the way
/// the C# compiler reads it (Roslyn's AnalyzerConfig): lines starting with <c>#</c> or <c>;</c> are comments, a value
/// ends at a <c>#</c> or <c>;</c>, keys are case-insensitive, <c>[section]</c> headers start file-scoped sections.
/// Only the preamble of a global file sets global options, which is where IoTSecure's options are read. Used by the
/// analyzers to point a configuration diagnostic at its file and line, and by the pack/publish gate to learn the
/// team's secret vocabulary from the files the compiler was given.
/// </summary>
internal sealed class AnalyzerConfigFile
{
    private static readonly Regex Section = new(@"^\s*\[(([^#;]|\\#|\\;)+)\]\s*([#;].*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Property = new(@"^\s*([\w\.\-_]+)\s*[=:]\s*(.*?)\s*([#;].*)?$", RegexOptions.CultureInvariant);

    /// <summary>File name the compiler treats as a global config without <c>is_global</c>.</summary>
    public const string UserGlobalConfigName = ".globalconfig";

    private AnalyzerConfigFile(string path, bool isGlobal, int globalLevel, IReadOnlyList<AnalyzerConfigEntry> entries)
    {
        Path = path;
        IsGlobal = isGlobal;
        GlobalLevel = globalLevel;
        Entries = entries;
    }

    public string Path { get; }

    /// <summary>Named <c>.globalconfig</c>, or <c>is_global = true</c> in its preamble.</summary>
    public bool IsGlobal { get; }

    /// <summary><c>global_level</c> (default 100 for a file named <c>.globalconfig</c>, else 0); the higher wins a conflict.</summary>
    public int GlobalLevel { get; }

    public IReadOnlyList<AnalyzerConfigEntry> Entries { get; }

    /// <summary>Whether a path names an analyzer config file by its name (<c>.editorconfig</c>, <c>*.globalconfig</c>, <c>*.editorconfig</c>).</summary>
    public static bool IsConfigFileName(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.EndsWith(".editorconfig", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The line breaks the compiler's text model splits on: CR LF, CR, LF, U+0085, U+2028, U+2029.</summary>
    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029" };

    /// <summary>Parses a file's text. Never throws; a line that is neither a section, a property nor a comment is skipped (the compiler skips it too).</summary>
    public static AnalyzerConfigFile Parse(string path, string text)
    {
        var entries = new List<AnalyzerConfigEntry>();
        string? section = null;
        var lines = text.Split(LineBreaks, StringSplitOptions.None);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }

            var header = Section.Match(line);
            if (header.Success)
            {
                section = header.Groups[1].Value;
                continue;
            }

            var property = Property.Match(line);
            if (property.Success)
            {
                entries.Add(new AnalyzerConfigEntry(property.Groups[1].Value.ToLowerInvariant(), property.Groups[2].Value, i + 1, section));
            }
        }

        // As the compiler: a file named .globalconfig, or one whose preamble has is_global (whatever its value), is global;
        // global_level defaults to 100 for the former and 0 otherwise.
        var named = string.Equals(System.IO.Path.GetFileName(path), UserGlobalConfigName, StringComparison.OrdinalIgnoreCase);
        var isGlobal = named;
        var level = named ? 100 : 0;
        foreach (var entry in entries)
        {
            if (entry.Section is not null)
            {
                break;
            }

            if (entry.Key == "is_global")
            {
                isGlobal = true;
            }
            else if (entry.Key == "global_level" && int.TryParse(entry.Value, out var parsed))
            {
                level = parsed;
            }
        }

        return new AnalyzerConfigFile(path, isGlobal, level, entries);
    }

    /// <summary>Reads and parses a file; null when it cannot be read.</summary>
    public static AnalyzerConfigFile? TryRead(string path)
    {
        try
        {
            return Parse(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The global options that a set of config files gives a compilation, as the compiler merges them: the preamble of
    /// each global file (a key written twice in one file takes its last value); a key set by several files takes the
    /// value of the highest <c>global_level</c>, and is unset when more than one file at that level sets it (the compiler
    /// warns and drops it, whether or not the values agree).
    /// </summary>
    public static IReadOnlyDictionary<string, string> GlobalOptions(IEnumerable<AnalyzerConfigFile> files)
    {
        var best = new Dictionary<string, (int Level, string? Value)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!file.IsGlobal)
            {
                continue;
            }

            var own = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in file.Entries)
            {
                if (entry.Section is not null)
                {
                    break;
                }

                own[entry.Key] = entry.Value;
            }

            foreach (var pair in own)
            {
                if (!best.TryGetValue(pair.Key, out var current) || file.GlobalLevel > current.Level)
                {
                    best[pair.Key] = (file.GlobalLevel, pair.Value);
                }
                else if (file.GlobalLevel == current.Level)
                {
                    best[pair.Key] = (current.Level, null);
                }
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in best)
        {
            if (pair.Value.Value is { } value)
            {
                result[pair.Key] = value;
            }
        }

        return result;
    }
}
