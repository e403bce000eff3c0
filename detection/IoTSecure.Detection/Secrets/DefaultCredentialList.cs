using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace IoTSecure.Detection;

/// <summary>
/// The universal default credential denylist (<c>DefaultCredentials.txt</c>, embedded): the Mirai botnet table and
/// common factory defaults, with the HTTP Basic-auth encodings of every pair. Loaded once.
/// </summary>
internal static class DefaultCredentialList
{
    public const string ResourceName = "IoTSecure.Detection.DefaultCredentials.txt";

    private static readonly Lazy<Data> Loaded = new(Load);

    /// <summary>
    /// True when <paramref name="password"/> is a well-known default password, compared ignoring case and surrounding white
    /// space (<c>admin</c>, <c>Admin</c> and <c>ADMIN</c> alike: devices ship all three). False for null or empty.
    /// </summary>
    public static bool IsDefaultPassword(string? password) =>
        password is { Length: > 0 } && (Loaded.Value.Passwords.Contains(password.Trim()) || IsTrivialDigitSequence(password.Trim()));

    /// <summary>
    /// Digits anyone tries first, four to ten of them: one digit repeated (<c>0000</c>, <c>666666</c>, <c>88888888</c>), or
    /// consecutive digits counting up from 0 or 1 (<c>0123</c>, <c>123456</c>, <c>1234567890</c>) or down to 1 or 0
    /// (<c>4321</c>, <c>87654321</c>, <c>9876543210</c>, <c>0987654321</c>), as a keypad's or a keyboard's row gives them. The
    /// list's numeric entries are all of this kind (Mirai's <c>54321</c>, <c>666666</c>, <c>888888</c>; the passcodes the
    /// Matter specification forbids, <c>00000000</c> to <c>99999999</c>, <c>12345678</c>, <c>87654321</c>); the most common
    /// passwords of breach corpora and the UK NCSC's list add the rest (<c>1234567890</c>, <c>0987654321</c>, <c>111111</c>).
    /// </summary>
    internal static bool IsTrivialDigitSequence(string text)
    {
        if (text.Length is < 4 or > 10)
        {
            return false;
        }

        bool same = true, up = true, down = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            if (i > 0)
            {
                int previous = text[i - 1] - '0', current = text[i] - '0';
                same &= current == previous;
                up &= current == (previous + 1) % 10;
                down &= current == (previous + 9) % 10;
            }
        }

        return same || (up && text[0] is '0' or '1') || (down && text[text.Length - 1] is '0' or '1');
    }

    /// <summary>
    /// True when <paramref name="text"/> is the Basic-auth encoding of a default pair, alone or after "Basic " (the scheme
    /// in any case; the Base64 itself compared exactly, as encodings are case-sensitive).
    /// </summary>
    public static bool IsDefaultBasicAuth(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var value = text.Trim();
        if (value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            value = value.Substring(6).Trim();
        }

        return value.Length >= 8 && Loaded.Value.BasicAuth.Contains(value);
    }

    /// <summary>
    /// True when <paramref name="text"/> is an HTTP Basic credential (<c>base64("user:password")</c>, with or without its
    /// <c>"Basic "</c> scheme, RFC 7617) whose password is a listed default (<see cref="IsDefaultPassword"/>), whatever the user name: the same password at
    /// a <c>NetworkCredential</c> is a default too. False for text that is not valid base64 of such a pair.
    /// </summary>
    public static bool IsBasicAuthWithDefaultPassword(string? text)
    {
        var decoded = DecodedBasicCredentials(text);
        var colon = decoded?.IndexOf(':') ?? -1;
        return colon > 0 && IsDefaultPassword(decoded!.Substring(colon + 1));
    }

    /// <summary>
    /// The <c>user:password</c> text of an HTTP Basic credential (<c>base64("user:password")</c>, with or without its
    /// <c>"Basic "</c> scheme, RFC 7617), decoded as UTF-8; null for text that is not valid base64 (whatever it decodes to).
    /// </summary>
    public static string? DecodedBasicCredentials(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var value = text.Trim();
        if (value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            value = value.Substring(6).Trim();
        }

        if (value.Length < 4 || value.Length > 1024 || value.Length % 4 != 0)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' || (c == '=' && i >= value.Length - 2)))
            {
                return null;
            }
        }

        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null; // '=' padding in the middle of the last quantum: not base64
        }
    }

    /// <summary>
    /// True when (<paramref name="user"/>, <paramref name="password"/>) is a listed default pair (the Mirai table and
    /// factory defaults: admin/admin, root/12345, support/support ...), user name ignoring case, password as
    /// <see cref="IsDefaultPassword"/> compares it.
    /// </summary>
    public static bool IsDefaultPair(string? user, string? password) =>
        user is { Length: > 0 } && password is { Length: > 0 } && Loaded.Value.Pairs.Contains(user.Trim().ToLowerInvariant() + "\n" + password.Trim().ToLowerInvariant());

    /// <summary>True when <paramref name="user"/> is the user name of some listed default pair (admin, root, guest, support ...), ignoring case.</summary>
    public static bool IsDefaultUser(string? user) =>
        user is { Length: > 0 } && Loaded.Value.Users.Contains(user.Trim().ToLowerInvariant());

    private sealed class Data
    {
        public HashSet<string> Users { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Pairs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Passwords { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> BasicAuth { get; } = new(StringComparer.Ordinal);
    }

    private static Data Load()
    {
        var data = new Data();
        using var stream = typeof(DefaultCredentialList).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            // A build of this assembly without its list would pass every default password: fail loudly instead.
            throw new InvalidOperationException("The detection assembly has no embedded " + ResourceName);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var user = line.Substring(0, space);
            var password = line.Substring(space + 1).Trim();
            if (password == "(none)")
            {
                password = string.Empty;
            }

            if (password.Length > 0)
            {
                data.Passwords.Add(password);
            }

            if (user == "*")
            {
                continue;
            }

            data.BasicAuth.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
            if (password.Length > 0)
            {
                data.Pairs.Add(user.ToLowerInvariant() + "\n" + password.ToLowerInvariant());
                data.Users.Add(user.ToLowerInvariant());
            }
        }

        return data;
    }
}
