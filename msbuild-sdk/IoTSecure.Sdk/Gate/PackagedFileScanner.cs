using System;
using System.Collections.Generic;
using System.IO;
using IoTSecure.Detection;
using IoTSecure.Detection.Configuration;

namespace IoTSecure.Sdk.Gate;

/// <summary>A secret found in a file that would ship: where, and what kind (never the value).</summary>
public sealed class FileSecret
{
    public FileSecret(string path, int line, string kind)
    {
        Path = path;
        Line = line;
        Kind = kind;
    }

    public string Path { get; }
    public int Line { get; }
    public string Kind { get; }
}

/// <summary>
/// Scans files that go into a package or publish output with the same detectors and the same vocabulary as the
/// credential analyzers (key material and token shapes, connection-string keys, configuration values under a key the
/// analyzers call secret-named, minus the placeholders they call placeholders, the team's options included).
/// </summary>
public static class PackagedFileScanner
{
    /// <summary>Text formats that carry configuration or key material.</summary>
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".yaml", ".yml", ".config", ".env", ".txt", ".pem", ".key", ".xml", ".ini", ".conf", ".cfg",
        ".properties", ".toml", ".crt", ".cer", ".settings", ".local", ".resx", ".csv", ".sh", ".service",
        ".jsonc", ".json5", ".cnf", ".ovpn", ".netrc", ".pgpass", ".htpasswd", ".tfvars", ".hcl", ".plist", ".reg", ".ps1", ".bat", ".cmd", ".py",
    };

    /// <summary>Key stores that hold a private key by construction.</summary>
    private static readonly HashSet<string> KeyStoreExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pfx", ".p12" };

    /// <summary>Formats that are binary by construction (code, images, archives, fonts): never text, never sniffed.</summary>
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".dll", ".exe", ".pdb", ".so", ".dylib", ".a", ".lib", ".o", ".wasm", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico",
        ".webp", ".zip", ".gz", ".tgz", ".7z", ".nupkg", ".snupkg", ".woff", ".woff2", ".ttf", ".otf", ".mp3", ".wav", ".mp4",
    };

    /// <summary>
    /// Whether a shipped file is read for secrets: key stores, the configuration and text formats above, and any other
    /// file whose first 8 KB hold no NUL byte (text under an unlisted name: <c>creds</c>, <c>wifi.psk</c>, <c>device.yaml.bak</c>).
    /// </summary>
    public static bool IsScanned(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path);
        if (TextExtensions.Contains(extension) || KeyStoreExtensions.Contains(extension) || name.StartsWith(".env", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return !BinaryExtensions.Contains(extension) && LooksLikeText(path);
    }

    private static bool LooksLikeText(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[8192];
            var read = stream.Read(buffer, 0, buffer.Length);
            return Array.IndexOf(buffer, (byte)0, 0, read) < 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // unreadable: treated as text, so Scan reports it as not scanned rather than skipping it
        }
    }

    /// <summary>Files larger than this (bytes) are not scanned; the gate fails unless the project declares them.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Scans one file. Returns the secrets found; <paramref name="notScanned"/> says why a file of a scanned type
    /// could not be scanned completely (too large, unreadable, a pattern timed out), so the caller fails closed.
    /// </summary>
    public static IReadOnlyList<FileSecret> Scan(string path, out string? notScanned) => Scan(path, SecretVocabulary.Default, out notScanned);

    /// <summary>As <see cref="Scan(string, out string?)"/>, judging configuration keys and values with a team's <paramref name="vocabulary"/>.</summary>
    internal static IReadOnlyList<FileSecret> Scan(string path, SecretVocabulary vocabulary, out string? notScanned)
    {
        notScanned = null;
        var found = new List<FileSecret>();
        if (!IsScanned(path))
        {
            return found;
        }

        if (!File.Exists(path))
        {
            notScanned = "it does not exist";
            return found;
        }

        if (KeyStoreExtensions.Contains(Path.GetExtension(path)))
        {
            found.Add(new FileSecret(path, 0, "PKCS#12 key store (holds a private key)"));
            return found;
        }

        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            notScanned = $"it is {length / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB the scan reads";
            return found;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notScanned = "it cannot be read (" + e.GetType().Name + ")";
            return found;
        }

        var matches = SecretTokens.FindInFile(text, vocabulary, out var complete);
        foreach (var match in matches)
        {
            found.Add(new FileSecret(path, LineOf(text, match.Index), match.Describe()));
        }

        if (!complete)
        {
            notScanned = "the scan timed out on its content before reaching the end";
        }

        found.Sort((a, b) => a.Line.CompareTo(b.Line));
        return found;
    }

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
