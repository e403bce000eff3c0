using System;
using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>
/// One entry of the credential sink catalogue: a parameter of a member of a type that receives a secret.
/// <see cref="Member"/> is a method name, <c>.ctor</c> for a constructor, or a property name (whose
/// parameter is <c>value</c>).
/// </summary>
public sealed class CredentialSink
{
    public CredentialSink(string typeMetadataName, string member, string parameter, SecretKind kind)
    {
        TypeMetadataName = typeMetadataName;
        Member = member;
        Parameter = parameter;
        Kind = kind;
    }

    public string TypeMetadataName { get; }
    public string Member { get; }
    public string Parameter { get; }
    public SecretKind Kind { get; }

    public const string ConstructorName = ".ctor";

    /// <summary>
    /// Parses <c>Namespace.Type.Member(parameter)</c>, optionally followed by <c>:Kind</c>
    /// (<c>Password</c> when absent). A constructor is written <c>Namespace.Type..ctor(parameter)</c> or
    /// <c>Namespace.Type.Type(parameter)</c>. Returns null for text that does not have that shape.
    /// </summary>
    public static CredentialSink? TryParse(string text) => TryParse(text, out _);

    /// <summary>As <see cref="TryParse(string)"/>; <paramref name="problem"/> says what is wrong with text that is not a sink.</summary>
    public static CredentialSink? TryParse(string text, out string? problem)
    {
        var sink = Parse(text);
        problem = sink is not null ? null : Explain(text.Trim());
        return sink;
    }

    private static string Explain(string spec)
    {
        var close = spec.LastIndexOf(')');
        if (close < 0 || spec.IndexOf('(') <= 0)
        {
            return "is not Namespace.Type.Member(parameter)[:Kind]";
        }

        if (close < spec.Length - 1)
        {
            var tail = spec.Substring(close + 1).Trim();
            if (!tail.StartsWith(":", StringComparison.Ordinal) || !TryParseKind(tail.Substring(1), out _))
            {
                return "has the kind '" + tail.TrimStart(':').Trim() + "', which is not one of " + string.Join(", ", Enum.GetNames(typeof(SecretKind)));
            }
        }

        return "does not name a type, a member and a parameter with identifiers";
    }

    private static CredentialSink? Parse(string text)
    {
        var spec = text.Trim();
        var kind = SecretKind.Password;
        var close = spec.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        if (close < spec.Length - 1)
        {
            var tail = spec.Substring(close + 1).Trim();
            if (!tail.StartsWith(":", StringComparison.Ordinal) || !TryParseKind(tail.Substring(1), out kind))
            {
                return null;
            }
        }

        var open = spec.IndexOf('(');
        if (open <= 0 || open > close)
        {
            return null;
        }

        var parameter = spec.Substring(open + 1, close - open - 1).Trim();
        var path = spec.Substring(0, open).Trim();
        string type;
        string member;
        var ctor = path.IndexOf("..ctor", StringComparison.Ordinal);
        if (ctor > 0 && ctor == path.Length - "..ctor".Length)
        {
            type = path.Substring(0, ctor);
            member = ConstructorName;
        }
        else
        {
            var dot = path.LastIndexOf('.');
            if (dot <= 0 || dot == path.Length - 1)
            {
                return null;
            }

            type = path.Substring(0, dot);
            member = path.Substring(dot + 1);
            var typeSimpleName = SinkIndex.WithoutArity(type.Substring(type.LastIndexOfAny(new[] { '.', '+' }) + 1));
            if (member == typeSimpleName)
            {
                member = ConstructorName;
            }
        }

        if (parameter.Length == 0 || !IsIdentifierPath(type) || (member != ConstructorName && !IsIdentifierPath(member)) ||
            !IsIdentifierPath(parameter))
        {
            return null;
        }

        return new CredentialSink(type, member, parameter, kind);
    }

    /// <summary>A kind written by its name (any case); numbers and comma-separated flag lists are not kinds.</summary>
    private static bool TryParseKind(string text, out SecretKind kind)
    {
        var name = text.Trim();
        foreach (var candidate in Enum.GetNames(typeof(SecretKind)))
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = (SecretKind)Enum.Parse(typeof(SecretKind), candidate);
                return true;
            }
        }

        kind = SecretKind.Password;
        return false;
    }

    private static bool IsIdentifierPath(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '+' || c == '`'))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() =>
        TypeMetadataName + "." + Member + "(" + Parameter + "):" + Kind;
}
