using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>
/// The built-in credential sink catalogue: which parameter of which API receives a secret. It is data, the file
/// <c>Sinks/CredentialSinks.txt</c> embedded in the analyzer assembly, in the format of <see cref="SinkCatalogFile"/> that
/// teams also use in their <c>iotsecure.sinks.txt</c> to add their own SDKs and remove built-in entries. Types that a
/// compilation does not reference resolve to nothing and cost nothing.
/// </summary>
public static class CredentialSinkCatalog
{
    /// <summary>Manifest resource name of the embedded catalogue.</summary>
    public const string ResourceName = "IoTSecure.Analyzers.CredentialSinks.txt";

    /// <summary>The built-in sinks, parsed once. A line that is not an entry is a defect of this assembly and throws.</summary>
    public static ImmutableArray<CredentialSink> BuiltIn { get; } = Load();

    /// <summary>The embedded catalogue's text.</summary>
    public static string Text()
    {
        using var stream = typeof(CredentialSinkCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The analyzer assembly has no embedded " + ResourceName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ImmutableArray<CredentialSink> Load()
    {
        var builder = ImmutableArray.CreateBuilder<CredentialSink>();
        foreach (var line in SinkCatalogFile.Parse(SourceText.From(Text())))
        {
            if (line.Sink is null || line.Removes)
            {
                throw new InvalidOperationException($"{ResourceName} line {line.Line}: {line.Problem ?? "a removal in the built-in catalogue"}");
            }

            builder.Add(line.Sink);
        }

        return builder.ToImmutable();
    }
}
