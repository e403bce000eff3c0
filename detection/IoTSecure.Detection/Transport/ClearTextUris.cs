using System;
using System.Collections.Generic;
using System.Linq;

namespace IoTSecure.Detection;

/// <summary>A clear-text URI found in text: its scheme, the secure scheme to use instead, and whether it carries credentials.</summary>
internal readonly struct ClearTextUri
{
    public ClearTextUri(string scheme, string secureScheme, bool carriesCredentials)
    {
        Scheme = scheme;
        SecureScheme = secureScheme;
        CarriesCredentials = carriesCredentials;
    }

    public string Scheme { get; }
    public string SecureScheme { get; }
    public bool CarriesCredentials { get; }
}

/// <summary>
/// Recognises a whole-string URI with a clear-text scheme (http, ws, ftp, telnet, coap, rtsp, mqtt, amqp) to a host
/// that is not loopback and not an XML namespace. Prose that merely mentions a URI is not a URI.
/// </summary>
internal static class ClearTextUris
{
    private static readonly Dictionary<string, string> SecureSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["http"] = "https", ["ws"] = "wss", ["ftp"] = "ftps", ["telnet"] = "ssh", ["coap"] = "coaps", ["rtsp"] = "rtsps",
        ["mqtt"] = "mqtts", ["amqp"] = "amqps", ["tcp"] = "ssl",
    };

    private static readonly string[] NamespaceHosts =
    {
        "www.w3.org", "w3.org", "schemas.xmlsoap.org", "schemas.microsoft.com", "schemas.openxmlformats.org", "purl.org", "xmlns.com",
        "ns.adobe.com", "schemas.android.com", "json-schema.org", "docs.oasis-open.org", "www.iana.org",
    };

    /// <summary>The clear-text URI the text is, if it is one. <c>\0</c> marks a part only known at run time.</summary>
    public static ClearTextUri? Find(string text)
    {
        var trimmed = text.Trim();
        var separator = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0 || separator > 8 || trimmed.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var scheme = trimmed.Substring(0, separator);
        if (!SecureSchemes.TryGetValue(scheme, out var secure))
        {
            return null;
        }

        var rest = trimmed.Substring(separator + 3);
        var authorityEnd = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = authorityEnd < 0 ? rest : rest.Substring(0, authorityEnd);
        var at = authority.LastIndexOf('@');
        var userInfo = at >= 0 ? authority.Substring(0, at) : string.Empty;
        var host = at >= 0 ? authority.Substring(at + 1) : authority;
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            var close = host.IndexOf(']');
            host = close > 0 ? host.Substring(1, close - 1) : host;
        }
        else if (host.IndexOf(':') is var colon and >= 0)
        {
            host = host.Substring(0, colon);
        }

        if (IsLoopback(host) || NamespaceHosts.Any(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var credentials = userInfo.IndexOf(':') >= 0 || ConnectionStrings.FindUrlPairs(trimmed).Count > 0;
        return new ClearTextUri(scheme.ToLowerInvariant(), secure, credentials);
    }

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ||
        host.StartsWith("127.", StringComparison.Ordinal) ||
        host is "::1" or "0:0:0:0:0:0:0:1" or "0.0.0.0";
}
