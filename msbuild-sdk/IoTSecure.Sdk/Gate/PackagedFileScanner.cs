using System;
using System.Collections.Generic;
using System.IO;
using IoTSecure.Detection;

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
/// Scans files that go into a package or publish output with the same detectors as the credential analyzers
/// (key material and token shapes, connection-string keys, secret-named configuration values).
/// </summary>
public static class PackagedFileScanner
{
    /// <summary>Text formats that carry configuration or key material.</summary>
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".yaml", ".yml", ".config", ".env", ".txt", ".pem", ".key", ".xml", ".ini", ".conf", ".cfg",
        ".properties", ".toml", ".crt", ".cer", ".settings", ".local",
    };

    /// <summary>Key stores that hold a private key by construction.</summary>
    private static readonly HashSet<string> KeyStoreExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pfx", ".p12" };

    private const long MaxBytes = 4 * 1024 * 1024;

    public static bool IsScanned(string path)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension) || KeyStoreExtensions.Contains(extension) ||
               name.StartsWith(".env", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<FileSecret> Scan(string path)
    {
        var found = new List<FileSecret>();
        if (!IsScanned(path) || !File.Exists(path))
        {
            return found;
        }

        if (KeyStoreExtensions.Contains(Path.GetExtension(path)))
        {
            found.Add(new FileSecret(path, 0, "PKCS#12 key store (holds a private key)"));
            return found;
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            return found;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return found;
        }
        catch (UnauthorizedAccessException)
        {
            return found;
        }

        foreach (var match in SecretTokens.FindInFile(text))
        {
            found.Add(new FileSecret(path, LineOf(text, match.Index), match.Describe()));
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
