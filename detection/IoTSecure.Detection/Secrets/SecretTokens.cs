using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

using IoTSecure.Detection.Configuration;

namespace IoTSecure.Detection;

/// <summary>A kind of key material or token recognisable by its own shape, wherever it is written.</summary>
internal enum TokenKind
{
    PrivateKey,
    SharedAccessKey,
    SharedAccessSignature,
    AwsAccessKeyId,
    AwsSecretKey,
    GitHubToken,
    SlackToken,
    GoogleApiKey,
    JsonWebToken,
    SecretAssignment,
    DerPrivateKey,
    TelegramBotToken,
    NatsSeed,
}

/// <summary>One recognised secret in a text: its kind and where it is (never its value, for messages).</summary>
internal readonly struct TokenMatch
{
    public TokenMatch(TokenKind kind, int index, int length, string? name = null)
    {
        Kind = kind;
        Index = index;
        Length = length;
        Name = name;
    }

    public TokenKind Kind { get; }
    public int Index { get; }
    public int Length { get; }

    /// <summary>For <see cref="TokenKind.SecretAssignment"/>: the key the value was assigned to.</summary>
    public string? Name { get; }

    public string Describe() => Kind switch
    {
        TokenKind.PrivateKey => "private key",
        TokenKind.SharedAccessKey => "shared access key",
        TokenKind.SharedAccessSignature => "shared access signature",
        TokenKind.AwsAccessKeyId => "AWS access key ID",
        TokenKind.AwsSecretKey => "AWS secret access key",
        TokenKind.GitHubToken => "GitHub token",
        TokenKind.SlackToken => "Slack token",
        TokenKind.GoogleApiKey => "Google API key",
        TokenKind.JsonWebToken => "JSON Web Token",
        TokenKind.DerPrivateKey => "DER private key or PKCS#12 key store",
        TokenKind.TelegramBotToken => "Telegram bot token",
        TokenKind.NatsSeed => "NATS NKey seed",
        TokenKind.SecretAssignment => "value of '" + Name + "'",
        _ => "secret",
    };
}

/// <summary>
/// Recognises key material and tokens by shape: PEM and OpenSSH private keys (public certificates are not
/// secrets), IoT Hub / Service Bus / Storage keys, SAS tokens, AWS, GitHub, Slack and Google credentials and JWTs;
/// and, in configuration files, secret-named keys assigned a literal value. Shared by the analyzers and the
/// pack gate. Patterns are compiled once; on long text they are bounded by a timeout (see BuiltInPattern).
/// </summary>
internal static class SecretTokens
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Each shape with text it cannot match without (its anchor, ordinal; <c>null</c> for none): a shape is
    /// tried only on text that holds its anchor, so most literals skip most shapes.
    /// </summary>
    private static readonly (TokenKind Kind, string? Anchor, BuiltInPattern Pattern)[] Shapes =
    {
        (TokenKind.PrivateKey, "-----BEGIN", new BuiltInPattern(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----", Options, Timeout)),
        (TokenKind.SharedAccessSignature, "SharedAccessSignature", new BuiltInPattern(@"SharedAccessSignature\s+sr=[^&\s""']+&sig=[A-Za-z0-9%+/=]{16,}", Options, Timeout)),
        (TokenKind.AwsAccessKeyId, null, new BuiltInPattern(@"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])", Options, Timeout)),
        (TokenKind.AwsSecretKey, null, new BuiltInPattern(@"(?i)aws_?secret_?(?:access_?)?key[""']?\s*[:=]\s*[""']?(?<value>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])", Options, Timeout)),
        (TokenKind.GitHubToken, "_", new BuiltInPattern(@"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})", Options, Timeout)),
        (TokenKind.SlackToken, "xox", new BuiltInPattern(@"(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}", Options, Timeout)),
        (TokenKind.GoogleApiKey, "AIza", new BuiltInPattern(@"(?<![A-Za-z0-9_\-])AIza[0-9A-Za-z_\-]{35}(?![A-Za-z0-9_\-])", Options, Timeout)),
        (TokenKind.JsonWebToken, "eyJ", new BuiltInPattern(@"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,}", Options, Timeout)),
        // Telegram's bot API token: the bot's numeric id, a colon, 35 characters (the BotFather's format), alone or in the
        // Bot API's URL path (https://api.telegram.org/bot<token>/sendMessage)
        (TokenKind.TelegramBotToken, ":AA", new BuiltInPattern(@"(?:(?<=/bot)|(?<![A-Za-z0-9_\-:]))\d{8,10}:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])", Options, Timeout)),
        // NATS NKey seeds: 'S' and the key type (User, Account, Operator, Server, Cluster), base32, 58 characters
        (TokenKind.NatsSeed, null, new BuiltInPattern(@"(?<![A-Z2-7])S[UAONC][A-Z2-7]{56}(?![A-Z2-7])", Options, Timeout)),
    };

    /// <summary>
    /// A key given a value in a configuration file (JSON, YAML, INI, .env, XML appSettings). Any key matches; whether it
    /// names a secret is the vocabulary's decision (<see cref="SecretNames.IsSecretName"/>), so a team's own secret names
    /// count in shipped files as they do in code.
    /// </summary>
    private static readonly BuiltInPattern ConfigAssignment = new(
        @"(?imx)
          (?:^|[\s{,;""'<])
          (?!key[""']?\s*=)
          [""']?(?<key>[A-Za-z_][A-Za-z0-9_.\-:]*)[""']?
          [^\S\r\n]*(?:[:=]|\s+value=)[^\S\r\n]*   # on the key's own line: a YAML section (wifi:) takes no value from the next
          (?:""(?<value>[^""\r\n]*)""|'(?<value>[^'\r\n]*)'|(?<value>[^\s,;}#""'<>]+))",
        Options, Timeout);

    /// <summary>
    /// A vendor's documented example credential (AWS's <c>AKIAIOSFODNN7EXAMPLE</c> and its secret <c>...EXAMPLEKEY</c>):
    /// published, nobody's key. Marked by "EXAMPLE" in capitals, as the vendors write it.
    /// </summary>
    public static bool IsDocumentedExample(string text) =>
        text.IndexOf("EXAMPLE", StringComparison.Ordinal) >= 0 ||
        // jwt.io's sample token (HS256, signed with "your-256-bit-secret"), quoted in help texts and tutorials
        text.IndexOf("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Whether text is a key the standards publish as a test vector, which a power-on known-answer test feeds a cipher or a
    /// MAC: the AES-128, AES-192 and AES-256 keys of FIPS-197 and NIST SP 800-38A/B (RFC 4493's CMAC key among them), and
    /// RFC 4231's HMAC keys. Read as hex (case, spaces, dashes and colons ignored) or as base64. Counting bytes (FIPS-197
    /// appendix C's <c>00 01 ... 0f</c>) are read as counting elsewhere. The caller decides whether the key is a test's
    /// input: the same published key shipped as a device's own key is still a key.
    /// </summary>
    public static bool IsPublishedTestVectorKey(string text)
    {
        if (text.Length < 16 || text.Length > 200)
        {
            return false;
        }

        var hex = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '-' or ':'))
            {
                hex.Append(char.ToLowerInvariant(c));
            }
        }

        if (PublishedTestVectorKeys.Contains(hex.ToString()))
        {
            return true;
        }

        try
        {
            hex.Clear();
            foreach (var b in Convert.FromBase64String(text.Trim()))
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return PublishedTestVectorKeys.Contains(hex.ToString());
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static readonly HashSet<string> PublishedTestVectorKeys = new(StringComparer.Ordinal)
    {
        "2b7e151628aed2a6abf7158809cf4f3c", // FIPS-197 appendix A.1, SP 800-38A/B, RFC 4493 (AES-128)
        "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b", // SP 800-38A/B (AES-192)
        "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4", // FIPS-197 appendix A.3, SP 800-38A/B (AES-256)
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", // RFC 4231 test case 1 (HMAC)
        "0102030405060708090a0b0c0d0e0f10111213141516171819", // RFC 4231 test case 4 (HMAC)
    };

    /// <summary>Base64 text that starts like a DER SEQUENCE (<c>MI</c>/<c>MH</c>...), 64 characters or more.</summary>
    private static readonly BuiltInPattern Base64Der = new(@"(?<![A-Za-z0-9+/])M[A-Za-z0-9+/]{63,}={0,2}", Options, Timeout);

    /// <summary>
    /// Whether base64 text decodes to the start of a private key or key store: a DER SEQUENCE whose first element is the
    /// version INTEGER 0 (PKCS#8, PKCS#1 RSA), 1 (SEC1 EC private key) or 3 (PKCS#12/PFX). A certificate (public) starts
    /// with a nested SEQUENCE and is not one.
    /// </summary>
    public static bool IsPrivateKeyDer(string base64)
    {
        if (base64.Length < 20)
        {
            return false;
        }

        byte[] head;
        try
        {
            head = Convert.FromBase64String(base64.Substring(0, 20));
        }
        catch (FormatException)
        {
            return false;
        }

        return IsPrivateKeyDer(head);
    }

    /// <summary>
    /// As <see cref="IsPrivateKeyDer(string)"/>, on the first bytes of the DER encoding (at least 12). After the version the
    /// structure must continue as the key's does, so other BER messages (SNMP, LDAP) with a small first INTEGER are not
    /// keys: PKCS#8 v0 continues with the AlgorithmIdentifier SEQUENCE and its OID; PKCS#1 RSA v0 with the modulus
    /// INTEGER in long form; SEC1 v1 with the 32-, 48- or 66-byte private key OCTET STRING; PKCS#12 v3 with the authSafe
    /// SEQUENCE of a store of 256 bytes or more.
    /// </summary>
    public static bool IsPrivateKeyDer(IReadOnlyList<byte> head)
    {
        if (head.Count < 12 || head[0] != 0x30)
        {
            return false;
        }

        var index = head[1] switch
        {
            < 0x80 => 2,
            0x81 => 3,
            0x82 => 4,
            0x83 => 5,
            _ => -1,
        };

        if (index < 0 || index + 6 >= head.Count || head[index] != 0x02 || head[index + 1] != 0x01)
        {
            return false;
        }

        var next = index + 3;
        return head[index + 2] switch
        {
            0x00 => (head[next] == 0x30 && head[next + 1] < 0x80 && head[next + 2] == 0x06) || (head[next] == 0x02 && head[next + 1] is 0x81 or 0x82),
            0x01 => head[next] == 0x04 && head[next + 1] is 0x20 or 0x30 or 0x42,
            0x03 => head[next] == 0x30 && head[1] is 0x82 or 0x83,
            _ => false,
        };
    }

    /// <summary>Secrets recognisable by shape in any text (code literal, file content).</summary>
    public static IReadOnlyList<TokenMatch> FindTokens(string text) => FindTokens(text, out _);

    /// <summary>As <see cref="FindTokens(string)"/>; <paramref name="complete"/> is false when a pattern timed out on pathological input.</summary>
    public static IReadOnlyList<TokenMatch> FindTokens(string text, out bool complete) => FindTokens(text, null, out complete);

    /// <summary>
    /// As <see cref="FindTokens(string, out bool)"/>; a connection-string key whose value matches one of the team's
    /// <paramref name="placeholders"/> is a placeholder, not a secret, as it is to the credential rules.
    /// </summary>
    public static IReadOnlyList<TokenMatch> FindTokens(string text, IReadOnlyList<Regex>? placeholders, out bool complete)
    {
        complete = true;
        List<TokenMatch>? found = null;
        try
        {
            foreach (var (kind, anchor, pattern) in Shapes)
            {
                if (anchor is not null && text.IndexOf(anchor, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    var value = match.Groups["value"];
                    var group = value.Success ? value : match.Groups[0];
                    if (IsDocumentedExample(group.Value))
                    {
                        continue; // the vendors' documented examples (AKIAIOSFODNN7EXAMPLE): published, nobody's key
                    }

                    if (kind == TokenKind.PrivateKey && SecretText.IsEmptyPemBlock(text.Substring(match.Index)))
                    {
                        continue; // a PEM block with no key in it ("-----BEGIN EC PRIVATE KEY-----\ncert\n-----END..."): a template
                    }

                    (found ??= new List<TokenMatch>()).Add(new TokenMatch(kind, group.Index, group.Length));
                }
            }

            // The body of a PEM block is DER too: a PEM private key is reported once, as a private key.
            var pem = text.IndexOf("-----BEGIN", StringComparison.Ordinal);
            for (var match = text.Length < 64 ? System.Text.RegularExpressions.Match.Empty : Base64Der.Match(text); match.Success; match = match.NextMatch())
            {
                if ((pem < 0 || match.Index < pem) && IsPrivateKeyDer(match.Value))
                {
                    (found ??= new List<TokenMatch>()).Add(new TokenMatch(TokenKind.DerPrivateKey, match.Index, match.Length));
                }
            }

            foreach (var secret in ConnectionStrings.FindSecrets(text, placeholders))
            {
                if ((string.Equals(secret.KeyName, "SharedAccessKey", StringComparison.OrdinalIgnoreCase) ||
                     string.Equals(secret.KeyName, "AccountKey", StringComparison.OrdinalIgnoreCase)) && IsBase64Key(secret.Value))
                {
                    (found ??= new List<TokenMatch>()).Add(new TokenMatch(TokenKind.SharedAccessKey, secret.ValueStart, secret.ValueLength));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: what was found so far stands; the caller learns the scan is incomplete.
            complete = false;
        }

        return (IReadOnlyList<TokenMatch>?)found ?? Array.Empty<TokenMatch>();
    }

    /// <summary>
    /// Whether a value has a key's shape: 16 or more Base64 characters (IoT Hub, Service Bus and Storage keys are 44), so
    /// a pattern (<c>SharedAccessKey=[^;]+</c>) or a mask (<c>SharedAccessKey=***</c>) written after the key name is not one.
    /// </summary>
    public static bool IsBase64Key(string value)
    {
        if (value.Length < 16)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '=' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Secrets in a configuration file's text (JSON, YAML, INI, .env, XML appSettings): every shape of
    /// <see cref="FindTokens"/>, plus secret-named keys assigned a literal that is not empty, a placeholder,
    /// a reference (<c>${VAR}</c>) or a configuration key.
    /// </summary>
    public static IReadOnlyList<TokenMatch> FindInFile(string text) => FindInFile(text, SecretVocabulary.Default, out _);

    /// <summary>As <see cref="FindInFile(string)"/>; <paramref name="complete"/> is false when a pattern timed out, so the
    /// text was not fully scanned (the pack gate then fails closed).</summary>
    public static IReadOnlyList<TokenMatch> FindInFile(string text, out bool complete) => FindInFile(text, SecretVocabulary.Default, out complete);

    /// <summary>
    /// As <see cref="FindInFile(string, out bool)"/>, with a team's vocabulary (the analyzers' secret names and placeholder
    /// patterns, as their configuration sets them).
    /// </summary>
    public static IReadOnlyList<TokenMatch> FindInFile(string text, SecretVocabulary vocabulary, out bool complete)
    {
        var found = new List<TokenMatch>(FindTokens(text, vocabulary.Placeholders.Patterns, out complete));
        try
        {
            for (var match = ConfigAssignment.Match(text); match.Success; match = match.NextMatch())
            {
                // The key is judged by the analyzers' own secret vocabulary (its last segment: Mqtt:Password, wifi.psk):
                // PasswordHash, PublicKeyToken or ApiKeyHeaderName are not secrets here either, WifiKey and DeviceKey are.
                // As IOT1004 in code: not a UUID (an identifier), not prose (a message), not the key's own name (a template).
                // Unlike IOT1004, a key or value that calls itself test or example data still fails the gate: what ships is
                // judged on what it holds, not on what it says about itself.
                var value = match.Groups["value"];
                var key = SecretNames.LastKeySegment(match.Groups["key"].Value);
                // A pairing PIN, passkey or other unambiguous PIN key counts too ("pairingPin": "0000"; "ledPin": "13" does not).
                if (!(vocabulary.Names.IsSecretName(key) || SecretNames.IsUnambiguousPasswordName(key)) ||
                    // A listed default ("changeme", "admin") is a universal password, whatever else it looks like (a placeholder).
                    !(vocabulary.IsSecretValue(value.Value) || DefaultCredentialList.IsDefaultPassword(value.Value)) ||
                    IsAlreadyFound(found, value.Index) || IsNonSecretLiteral(value.Value) ||
                    (!DefaultCredentialList.IsDefaultPassword(value.Value) && (SecretText.IsUuid(value.Value) || SecretText.IsProse(value.Value))) || // "pin": "0000" is a default, not a 16-bit UUID
                    SecretNames.Normalize(value.Value) == SecretNames.Normalize(key))
                {
                    continue;
                }

                found.Add(new TokenMatch(TokenKind.SecretAssignment, value.Index, value.Length, match.Groups["key"].Value));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: what was found so far stands; the caller learns the scan is incomplete.
            complete = false;
        }

        return found;
    }

    /// <summary>A reference to another value (<c>$VAR</c>, <c>${VAR}</c>, <c>$(Property)</c>), a boolean or null, or a nested object or list.</summary>
    /// <summary>
    /// A value that holds no secret of its own: a boolean or null, a reference (<c>${VAR}</c>), an object or a list, a
    /// YAML tag naming where the secret is (ESPHome's and Home Assistant's <c>!secret wifi_password</c>, <c>!env_var</c>,
    /// <c>!include</c>: read up to its space, a lower-case tag word), or a mask shown in its place (<c>(hidden)</c>,
    /// <c>********</c>, <see cref="SecretText.IsRedaction"/>).
    /// </summary>
    private static bool IsNonSecretLiteral(string value) =>
        value is "true" or "false" or "null" or "none" or "None" or "True" or "False" or "~" or "Null" or "NULL" or "nil" || Reference.IsMatch(value) || // (~: YAML's null)
        value.StartsWith("{", StringComparison.Ordinal) || value.StartsWith("[", StringComparison.Ordinal) ||
        YamlTag.IsMatch(value) || SecretText.IsRedaction(value) || SecretText.IsPasswordHash(value); // (a bcrypt verifier: what a login checks against)

    private static readonly BuiltInPattern YamlTag = new(@"^!(?:secret|env_var|include|include_dir_\w+|vault|lambda|input|ENV|env)$", RegexOptions.CultureInvariant, Timeout);

    private static readonly BuiltInPattern Reference = new(@"^\$(?:\{[^}]*\}|\([^)]*\)|[A-Za-z_][A-Za-z0-9_]*)$", RegexOptions.CultureInvariant, Timeout);

    private static bool IsAlreadyFound(List<TokenMatch> found, int index)
    {
        foreach (var match in found)
        {
            if (index >= match.Index && index < match.Index + Math.Max(1, match.Length))
            {
                return true;
            }
        }

        return false;
    }
}
