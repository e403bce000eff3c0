using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IoTSecure.Detection;

/// <summary>What a piece of text written in code or a content file looks like to a secret detector.</summary>
internal enum TextClass
{
    /// <summary>Empty or white space only: never a finding.</summary>
    Empty,

    /// <summary>A template value left for the user to fill in ("your_wifi_password", "&lt;replace-me&gt;").</summary>
    Placeholder,

    /// <summary>A UI label or prompt ("Password:").</summary>
    Label,

    /// <summary>A mask shown instead of a secret ("********").</summary>
    Mask,

    /// <summary>A configuration key or environment variable name ("Mqtt:Password", "MQTT_PASSWORD").</summary>
    ConfigurationKey,

    /// <summary>A format string with placeholders ("{0}", "{password}", "%s").</summary>
    FormatTemplate,

    /// <summary>Anything else: a value that would be used as the secret itself.</summary>
    Value,
}

/// <summary>
/// Classifies literal text, shared by the analyzers and the pack-gate task (compiled into both). All
/// patterns are precompiled once; every method is allocation-light and never throws.
/// </summary>
internal static class SecretText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private static readonly BuiltInPattern SecretFileName = new(@"^(?:[A-Za-z0-9_\-.]+[/\\])*[A-Za-z0-9][A-Za-z0-9_\-.]*\.(key|pem|pfx|p12|p8|ppk|jwk|crt|cer|der|csr|jks|keystore|kdbx|gpg|asc|txt|json|xml|ini|conf|cfg|config|yaml|yml|env|properties|db|sqlite)$", Options | RegexOptions.IgnoreCase, Timeout);

    private static readonly BuiltInPattern Bracketed = new(@"^\s*(<[^<>]*>|\[[^\[\]]*\]|\{\{?[^{}]*\}\}?|\$\{[^{}]*\}|%%?[A-Za-z_](?:[\w.\-]*\w)?%%?|__[A-Za-z_](?:[\w.\-]*\w)?__|__(?:<[^<>]*>|\[[^\[\]]*\]|\{[^{}]*\})__|\#\{[^{}\r\n]*\}\#)\s*$", Options, Timeout);

    private static readonly BuiltInPattern PlaceholderWords = new(
        @"(?ix)
          \b(your|enter|insert|put|add|set)[\s_\-.]*(the[\s_\-.]*)?(own[\s_\-.]*)?(wi[\s_\-]?fi|ssid|network|pass|pwd|psk|key|token|secret|signature|api|app|mqtt|device|hub|iot|connection|sas|user|access|broker|primary|shared|account)
          | ^(?=[a-z\s_\-.]+$)[a-z\s_\-.]*?(?<![a-z])(get|obtain|request|generate|create|paste|provide|supply)[\s_\-.]*(a|an|the|your)[\s_\-.]+(own[\s_\-.]*)?(new[\s_\-.]*)?(wi[\s_\-]?fi|ssid|network|pass|pwd|psk|key|token|secret|signature|api|app|mqtt|device|hub|iot|connection|sas|user|access|broker|primary|shared|account)
          | ^my[\s_\-.]*(wi[\s_\-]?fi|ssid|network|pass|pwd|psk|key|token|secret|api|app|mqtt|device|hub|iot|connection|sas|user|access|broker|primary|shared|account)[a-z\s_\-.]*$
          | (replace|change|fill)[\s_\-.]*(me|with|this|here|in|it)(?![a-z])
          | \b(todo|fixme|tbd|placeholder|redacted|dummy|example|sample|fake|mock)\b
          | \bnot[\s_\-]*(a[\s_\-]*)?(real|valid)\b
          | \byour[\s_\-.]+(?:[a-z0-9]+[\s_\-.]+){0,3}(password|passwd|pass|pwd|passphrase|psk|key|token|secret|signature|pin|code|community)\b
          | (?<![a-z0-9])(password|passwd|pwd|pass|passphrase|psk|key|token|secret|pin|code|community|string)[\s_\-.]+(goes[\s_\-.]+)?here(?![a-z0-9])
          | ^x{3,}$|xxxx",
        Options, Timeout);

    // A mask may close a sentence or a bracket it stands in ("password=********)" of a ToString()).
    private static readonly BuiltInPattern MaskPattern = new(@"^\s*([*•●#_\-])\1{2,}[\s)\]}>""'.,;]*$", Options, Timeout);

    /// <summary>
    /// The signature of a shared access signature written as text (<c>SharedAccessSignature sr=...&amp;sig=...&amp;se=...</c>,
    /// Azure's SAS token form, with its <c>sr</c> field): the value of its <c>sig</c> field, empty when there is none; null when
    /// the text is not one.
    /// </summary>
    public static string? SharedAccessSignatureOf(string text)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith("SharedAccessSignature ", StringComparison.OrdinalIgnoreCase) || trimmed.IndexOf("sr=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null; // "SharedAccessSignature ....": an elided template, not a token's fields
        }

        foreach (var field in trimmed.Substring("SharedAccessSignature ".Length).Split('&'))
        {
            var pair = field.Trim();
            if (pair.StartsWith("sig=", StringComparison.OrdinalIgnoreCase))
            {
                return pair.Substring(4);
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// A SAS token (<see cref="SharedAccessSignatureOf"/>) whose signature is masked or left out (<c>sig=****</c>, a log's
    /// or a sample's copy): it carries no secret.
    /// </summary>
    public static bool IsUnsignedSharedAccessSignature(string text) =>
        SharedAccessSignatureOf(text) is { } signature && (signature.Trim().Length == 0 || IsRedaction(signature) || IsRedaction(WithoutPadding(signature)));

    /// <summary>A base64 value without its '=' padding, written or URL-encoded (<c>****%3D</c>: a mask that kept the padding).</summary>
    private static string WithoutPadding(string value)
    {
        var end = value.Length;
        while (true)
        {
            if (end >= 1 && value[end - 1] == '=')
            {
                end--;
            }
            else if (end >= 3 && value[end - 3] == '%' && value[end - 2] == '3' && value[end - 1] is 'D' or 'd')
            {
                end -= 3;
            }
            else
            {
                return value.Substring(0, end);
            }
        }
    }

    /// <summary>
    /// A password hash in the modular crypt format a login system stores to check a password against (bcrypt
    /// <c>$2b$10$...</c>, MD5-crypt <c>$1$</c>, SHA-crypt <c>$5$</c>/<c>$6$</c>, Argon2 <c>$argon2id$v=19$m=...</c>, scrypt,
    /// PBKDF2 <c>$pbkdf2-sha256$...</c>): the verifier a configuration is meant to hold (Node-RED's <c>adminAuth</c>, a
    /// web server's users), not the password. Whole text only; any other text is false.
    /// </summary>
    /// <param name="text">The value as written.</param>
    public static bool IsPasswordHash(string text)
    {
        if (text.Length < 20 || text[0] != '$')
        {
            return false;
        }

        return PasswordHash.IsMatch(text); // (a match that runs over its time reads as none: BuiltInPattern)
    }

    private static readonly BuiltInPattern PasswordHash = new(
        @"^\$(?:2[abxy]\$\d{2}\$[./A-Za-z0-9]{53}" +
        @"|[156]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}" +
        @"|argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+" +
        @"|scrypt\$[^\s$]+\$[^\s$]+\$[^\s$]+" +
        @"|pbkdf2(?:-sha\d+)?\$\d+\$[./A-Za-z0-9+=]+\$[./A-Za-z0-9+=]+)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A redacted value: mask characters only (<c>"***"</c>, <c>"••••"</c>) or a copy masked in part (a run of four or more
    /// mask characters, a third of the text or more: <c>"Qm7x+TRbwa3-kLpZ******"</c>, <c>"************a1b2"</c>), a blank mark of one or two characters that are
    /// neither letters nor digits (<c>"/"</c>, <c>"-"</c>), a redaction word in brackets or alone
    /// (<c>"[redacted]"</c>, <c>"&lt;hidden&gt;"</c>, <c>"REDACTED"</c>), or a note of whether the secret is there (<c>"set"</c>,
    /// <c>"not configured"</c>). A copy made for a log or a screen, not a credential nor a template.
    /// </summary>
    public static bool IsRedaction(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed.All(c => c is '*' or '•' or '●'))
        {
            return true;
        }

        // A copy masked in part ("Qm7x+TRbwa3-kLpZ8VwNcDDr******************", "************a1b2", "Kx9m-****-****-Zp2q", a
        // key published with its tail, head or middle starred out): a run of four or more mask characters, and mask
        // characters more than a third of the text. A password with a few stars in it ("P@ss****w0rd") is still one, and so
        // is one padded with stars at both ends ("****Tz8!Kq2m****"): no redaction keeps the middle.
        int maskCount = 0, run = 0, longestRun = 0;
        foreach (var c in trimmed)
        {
            if (IsMask(c))
            {
                maskCount++;
                longestRun = Math.Max(longestRun, ++run);
            }
            else
            {
                run = 0;
            }
        }

        if (longestRun >= 4 && maskCount * 3 > trimmed.Length && !(IsMask(trimmed[0]) && IsMask(trimmed[trimmed.Length - 1])))
        {
            return true;
        }

        // A blank mark: one or two characters, none a letter or a digit ("/", "-", "#"), left where the author blanked the
        // value before publishing. Too short to be anyone's credential, and no template says what goes there.
        if (trimmed.Length <= 2 && trimmed.All(c => !char.IsLetterOrDigit(c)))
        {
            return true;
        }

        var word = trimmed.Trim('[', ']', '<', '>', '(', ')', '{', '}', '*', ' ', '-', '_').ToLowerInvariant();
        if (IsRedactionWord(word) || IsPresenceNote(word))
        {
            return true;
        }

        // A few words in brackets, one of them a redaction's ("<PIN redacted>", "[pin hidden]", "(value omitted)"): a note
        // in place of the value. Unbracketed words may be a passphrase ("hidden-Dragon7").
        var bracketed = trimmed.Length > 2 && ((trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>') || (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']') ||
                                               (trimmed[0] == '(' && trimmed[trimmed.Length - 1] == ')'));
        var words = word.Split(new[] { ' ', '-', '_' }, StringSplitOptions.RemoveEmptyEntries);
        return bracketed && words.Length is >= 2 and <= 4 && words.All(w => w.All(char.IsLetter)) && words.Any(IsRedactionWord);
    }

    private static bool IsMask(char c) => c is '*' or '•' or '●';

    private static bool IsRedactionWord(string word) => word is "redacted" or "hidden" or "masked" or "removed" or "omitted" or "elided" or "censored";

    /// <summary>
    /// A note that says whether a secret is there, written in its place in a status or a log (<c>"password":"set"</c>,
    /// <c>"not configured"</c>): the word alone, lower case.
    /// </summary>
    private static bool IsPresenceNote(string word) =>
        word is "set" or "unset" or "not set" or "notset" or "configured" or "not configured" or "present" or "missing" or "provided" or "not provided";

    /// <summary>
    /// Text left for someone to fill in by its shape: "xxxx" (any case), an ellipsis ("....", "…"), or a word followed by
    /// one ("SharedAccessSignature ....", the way samples elide a token).
    /// </summary>
    private static readonly BuiltInPattern ElidedPattern = new(@"^\s*(?:[xX]{4,}|(?:\S+\s+)?(?:\.{3,}|…+)(?:\s*\S+)?|(?:eyJ[\w\-.]*?|gh[pousr]_\w*|github_pat_\w*|glpat-[\w\-]*|sk[-_][\w\-]*|xox[abpr]-[\w\-]*|AKIA\w*|AIza[\w\-]*|SG\.[\w\-]*|ya29\.[\w\-]*)(?:\.{3,}|…+)[\w\-.…]*)\s*$", Options, Timeout);

    private static readonly BuiltInPattern ColonKey = new(@"^[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)+$", Options, Timeout);

    private static readonly BuiltInPattern EnvironmentName = new(@"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$", Options, Timeout);

    private static readonly BuiltInPattern Template = new(@"\{\d+(,-?\d+)?(:[^{}]*)?\}|\{[A-Za-z_]\w*\}|%[sd]", Options, Timeout);

    private static readonly BuiltInPattern Uuid = new(@"^\s*\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?\s*$|^\s*(0x)?[0-9A-Fa-f]{4}\s*$", Options, Timeout);

    private static readonly BuiltInPattern ProseWords = new(@"(?i)\b(the|your|you|must|please|again|is|are|be|to|of|and|or|not|with|for|at|least|new|enter|sign|try)\b", Options, Timeout);

    private static readonly HashSet<string> FakeWords = new(StringComparer.OrdinalIgnoreCase) { "fake", "dummy", "test", "example", "sample", "mock", "stub", "demo" };

    /// <summary>
    /// Whether a run of letters of one case could be a word or a word's abbreviation (<c>"reboot"</c>, <c>"OVERTEMP"</c>,
    /// <c>"lengthwise"</c>, <c>"lichtschalter"</c>, <c>"CRC"</c>): anything under eight letters; a longer run passes when
    /// it holds no six consonant sounds running (<c>sch</c>, <c>tch</c>, <c>ch</c>, <c>th</c>, <c>sh</c>, <c>ph</c>,
    /// <c>ck</c>, <c>gh</c>, <c>ng</c> and <c>qu</c> each one sound, so German <c>durchschnitt</c> runs four), a vowel in
    /// every eight letters or so (a, e, i, o, u, and y between consonants: the y of <c>rhythm</c>, not of <c>yard</c> or
    /// <c>buoy</c>), no more than 30 % of its letter pairs rare in English (<see cref="CommonBigrams"/>; a quarter beside a
    /// cluster of four sounds), and at least 40 % of them among the 200 most frequent (<see cref="FrequentBigrams"/>).
    /// Measured on 2,486 distinct words of eight or more letters from this repository's documentation and identifiers,
    /// plus German compounds and English words with one vowel (<c>strengths</c>, <c>twelfths</c>): the real words all pass;
    /// 10 % of uniformly random runs of 10 to 16 letters still pass (29 % passed the consonant-cluster test alone).
    /// Random letters that alternate consonants and vowels through frequent pairs (<c>cudxfuafoktguigp</c>) still pass: a
    /// dictionary would tell them.
    /// </summary>
    /// <param name="letters">A run of letters (any other character counts as a rare pair).</param>
    public static bool MayBeWord(string letters)
    {
        if (letters.Length < 8)
        {
            return true;
        }

        int vowels = 0, run = 0, longest = 0, rare = 0, frequent = 0;
        for (var i = 0; i < letters.Length;)
        {
            if (IsVowelAt(letters, i))
            {
                vowels++;
                run = 0;
                i++;
                continue;
            }

            i += ConsonantSoundLength(letters, i);
            longest = Math.Max(longest, ++run);
        }

        for (var i = 1; i < letters.Length; i++)
        {
            var first = char.ToLowerInvariant(letters[i - 1]);
            var second = char.ToLowerInvariant(letters[i]);
            var pair = first is >= 'a' and <= 'z' && second is >= 'a' and <= 'z' ? ((first - 'a') * 26) + (second - 'a') : -1;
            rare += pair < 0 || !CommonBigrams[pair] ? 1 : 0;
            frequent += pair >= 0 && FrequentBigrams[pair] ? 1 : 0;
        }

        // six consonant sounds running, or fewer than one vowel in eight letters or so, is no word (DKZTTSLHRCDTGMTB); nor
        // are letters whose pairs English rarely uses (ZXOFBIOQFUSBERWR), more so beside a cluster of four (QVAHZKTEWMBOPJYR)
        var pairs = (double)(letters.Length - 1);
        return longest < 6 && vowels * 8 >= letters.Length - 1 && rare / pairs <= 0.4 && !(longest >= 4 && rare / pairs > 0.25) &&
               frequent / pairs >= 0.4;
    }

    /// <summary>A vowel: a, e, i, o, u, and a y between two consonants or at a run's end after one (<c>rhythm</c>, <c>entry</c>).</summary>
    private static bool IsVowelAt(string letters, int i)
    {
        var c = char.ToLowerInvariant(letters[i]);
        if (c is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            return true;
        }

        return c == 'y' && i > 0 && !IsPlainVowel(letters[i - 1]) && (i + 1 >= letters.Length || !IsPlainVowel(letters[i + 1]));

        static bool IsPlainVowel(char l) => char.ToLowerInvariant(l) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
    }

    /// <summary>How many letters from <paramref name="i"/> spell one consonant sound (<c>sch</c>, <c>tch</c>: 3; <c>ch</c>, <c>th</c>, <c>sh</c>, <c>ph</c>, <c>ck</c>, <c>gh</c>, <c>ng</c>, <c>qu</c>: 2; else 1).</summary>
    private static int ConsonantSoundLength(string letters, int i)
    {
        foreach (var sound in ConsonantSounds)
        {
            if (i + sound.Length <= letters.Length && string.Compare(letters, i, sound, 0, sound.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return sound.Length;
            }
        }

        return 1;
    }

    private static readonly string[] ConsonantSounds = { "sch", "tch", "ch", "th", "sh", "ph", "ck", "gh", "ng", "qu" };

    /// <summary>
    /// The 200 letter pairs most frequent in the distinct words of this repository's English documentation (3,077 words of
    /// four or more letters, code spans left out), which make up 92 % of the pairs there; random letters draw them 30 % of
    /// the time.
    /// </summary>
    private static readonly bool[] FrequentBigrams = BigramTable(
        "ab ac ad ag ai ak al am an ap ar as at au ay ba be bi bl bo br bu ca ce ch ci ck cl co cr ct cu da de di do dr ds " +
        "ea ec ed ee ef eg el em en ep er es et ev ew ex ey fa fe fi fo ga ge gh gi gn gr gs gu ha he hi ho ht ia ic id ie " +
        "if ig il im in io ip ir is it iv ke ki ks la ld le li ll lo ls lt lu ly ma mb me mi mm mo mp na nc nd ne nf ng ni " +
        "nn no ns nt nu oa oc od ol om on oo op or os ot ou ov ow pa pe ph pi pl po pp pr ps pt pu qu ra rd re rg ri rk rm " +
        "rn ro rr rs rt ru ry sa sc se sh si so sp ss st su ta tc te th ti to tr ts tt tu ty ua ub uc ue ui ul um un up ur " +
        "us ut va ve vi wa we wi wo ys");

    /// <summary>
    /// True for prose: three or more words of letters separated by spaces, with sentence punctuation or a common English
    /// function word ("Token expired, sign in again", "Enter the new passcode twice"). A passphrase of plain words
    /// ("correct horse battery staple") is not prose. Used where a secret-sounding name holds the text (IOT1004, shipped
    /// configuration), not at a credential sink, where a sentence is a passphrase.
    /// </summary>
    public static bool IsProse(string text)
    {
        var words = 0;
        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = 0;
            foreach (var c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            words += letters >= Math.Max(1, word.Length - 1) ? 1 : 0;
        }

        if (words < 3)
        {
            return false;
        }

        try
        {
            var trimmed = text.TrimEnd();
            return trimmed.EndsWith(".", StringComparison.Ordinal) || trimmed.EndsWith("!", StringComparison.Ordinal) || trimmed.EndsWith("?", StringComparison.Ordinal) ||
                   text.IndexOf(", ", StringComparison.Ordinal) >= 0 || ProseWords.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True for a file-system path (<c>/etc/device/secret</c>, <c>C:\ProgramData\...</c>, <c>~/...</c>, <c>./...</c>) or a
    /// key's, certificate's or configuration's file name (<c>private.key</c>, <c>device-cert.pfx</c>, <c>secrets.json</c>):
    /// where a secret lives, not the secret.
    /// </summary>
    public static bool IsPath(string text)
    {
        var t = text.Trim();
        if (t.Length < 2 || t.IndexOf(' ') >= 0)
        {
            return false;
        }

        if (SecretFileName.IsMatch(t))
        {
            return true;
        }

        return (t[0] == '/' && t.IndexOf('/', 1) > 0) || t.StartsWith("~/", StringComparison.Ordinal) || t.StartsWith("./", StringComparison.Ordinal) ||
               t.StartsWith("\\\\", StringComparison.Ordinal) || (t.Length > 2 && char.IsLetter(t[0]) && t[1] == ':' && (t[2] == '\\' || t[2] == '/'));
    }

    /// <summary>
    /// True for text of words only (letters, spaces, apostrophes, hyphens: "Passwort", "Mot de passe", "TooShort"): a label,
    /// translation or error code when it stands under a key, not a credential there. Three or more words of three or more
    /// letters joined by hyphens with no space ("Bordeaux-Blend-Guest", "correct-horse-battery-staple") are a passphrase's
    /// shape, not a label's: false for them.
    /// </summary>
    public static bool LooksLikeWords(string text)
    {
        if (IsRandomLetters(text))
        {
            return false; // "EaNPBjuJEIhN": letters drawn at random, no word's casing
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c != ' ' && c != '\'' && c != '-' && c != '\u2019')
            {
                return false;
            }
        }

        return letters > 0 && !IsHyphenatedPassphrase(text);
    }

    /// <summary>
    /// Letters drawn at random in both cases (<c>EaNPBjuJEIhN</c>, <c>kPqLmNbVcXzA</c>, <c>ZNqhvwtLKpbr</c>): eight or more
    /// letters and nothing else, in both cases, that either switch case at least six times in runs of two letters or fewer
    /// on average and do not read as a Pascal-case identifier (<see cref="ReadsAsIdentifier"/>: <c>EnterWiFiKey</c>,
    /// <c>SetInIoTApp</c>, <c>ScanQrToPair</c>), or hold a run of five or more letters of one word whose letter pairs are
    /// at least 70 % ones English words do not use (<c>Nqhvwt</c>; <see cref="CommonBigrams"/>). Words, identifiers and acronyms
    /// (<c>Passwort</c>, <c>ConnectionFailed</c>, <c>XMLHttpRequest</c>, <c>MqttBroker</c>) keep their case in runs of
    /// words whose letter pairs are English ones.
    /// </summary>
    public static bool IsRandomLetters(string text)
    {
        if (text.Length < 8)
        {
            return false;
        }

        var runs = 0;
        var lastUpper = false;
        var anyUpper = false;
        var anyLower = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
            {
                return false;
            }

            var upper = c <= 'Z';
            anyUpper |= upper;
            anyLower |= !upper;
            if (i == 0 || upper != lastUpper)
            {
                runs++;
            }

            lastUpper = upper;
        }

        if (!anyUpper || !anyLower)
        {
            return false;
        }

        var segments = PascalSegments(text);
        return (runs >= 6 && text.Length <= runs * 2.5 && !ReadsAsIdentifier(segments)) ||
               segments.Any(segment => segment.Length >= 5 && RareBigramShare(segment) >= 0.7);
    }

    /// <summary>
    /// Whether letters read as words or a name made of them (<c>profile</c>, <c>MediaProfile</c>, <c>VideoSource</c>):
    /// three letters or fewer, or words of which none of four or more letters has more than a third of its letter pairs
    /// rare in English (<see cref="CommonBigrams"/>), no lone small letter among them, and at least half the letters in
    /// such words (<see cref="ReadsAsIdentifier"/>). Random letters (<c>xkqzvbwmtrplfj</c>, <c>fMoeqhDavJAr</c>) do not.
    /// </summary>
    public static bool ReadsAsWords(string letters)
    {
        if (letters.Length <= 3)
        {
            return true;
        }

        var segments = PascalSegments(letters);
        return ReadsAsIdentifier(segments) &&
               !segments.Any(segment => (segment.Length >= 4 && RareBigramShare(segment) > 1.0 / 3) || (segment.Length == 1 && char.IsLower(segment[0])));
    }

    /// <summary>
    /// The words of a Pascal- or camel-case name: a new one starts at a capital after a small letter, and at the last
    /// capital of a run of capitals followed by a small letter (<c>XMLHttp</c>: <c>XML</c>, <c>Http</c>).
    /// </summary>
    private static List<string> PascalSegments(string text)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            var upper = char.IsUpper(text[i]);
            var startsWord = upper && (char.IsLower(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1])));
            if (startsWord)
            {
                segments.Add(text.Substring(start, i - start));
                start = i;
            }
        }

        segments.Add(text.Substring(start));
        return segments;
    }

    /// <summary>
    /// Whether the words of a name read as an identifier's: at least half its letters stand in words of three or more
    /// letters of which at most a third of the letter pairs are rare in English (<c>Enter</c>, <c>Key</c>, <c>App</c>,
    /// <c>Pair</c>, <c>Azure</c>), the rest
    /// being short words and acronyms (<c>Wi</c>, <c>Qr</c>, <c>T</c>). Random letters rarely make such words
    /// (<c>EaNPBjuJEIhN</c>: <c>Bju</c>; <c>kPqLmNbVcXzA</c>: none of three letters).
    /// </summary>
    private static bool ReadsAsIdentifier(List<string> segments)
    {
        var letters = 0;
        var inWords = 0;
        foreach (var segment in segments)
        {
            letters += segment.Length;
            if (segment.Length >= 3 && RareBigramShare(segment) <= 1.0 / 3)
            {
                inWords += segment.Length;
            }
        }

        return inWords * 2 >= letters;
    }

    /// <summary>
    /// Whether <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) holds a row of twelve or more of one
    /// character other than a space, <c>A</c> or <c>/</c> (<c>XXXX</c>, <c>****</c>, <c>••••</c>, <c>====</c>): a mask or a ruler.
    /// Base64 repeats one character that often only in a DER's runs of 0x00 or 0xFF bytes, as <c>A</c> or <c>/</c>.
    /// </summary>
    private static bool HasMaskRow(string text, int start, int end)
    {
        var row = 1;
        for (var i = start + 1; i < end; i++)
        {
            // (A and / are base64's 0x00 and 0xFF bytes, which an explicit curve's prime and order hold in rows)
            row = text[i] == text[i - 1] && text[i] is not ('A' or '/') && !char.IsWhiteSpace(text[i]) ? row + 1 : 1;
            if (row >= 12)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) is three or more words run together in
    /// Pascal or camel case (<c>PasteTheDeviceKeyFromTheProvisioningPortalHere</c>): letters only, each word a capital then lower-case
    /// letters, reading as an identifier's words (<see cref="ReadsAsIdentifier"/>). Base64 is that by chance almost never.
    /// </summary>
    private static bool IsPascalCaseWords(string text, int start, int end)
    {
        if (end - start < 12 || !char.IsLetter(text[start]))
        {
            return false;
        }

        // a run of capitals alone, sixteen or more (REPLACEWITHTHEDEVICEKEY), digits ending a word among them
        // (REPLACEWITHTHEX509DEVICEKEY, PASTETHEESP32KEY): base64 never writes one
        var capitals = true;
        var capitalLetters = 0;
        var capitalDigits = 0;
        for (var i = start; i < end && capitals; i++)
        {
            if (text[i] is >= 'A' and <= 'Z')
            {
                capitalLetters++;
            }
            else
            {
                capitalDigits++;
                capitals = text[i] is >= '0' and <= '9' && i > start && text[i - 1] is >= 'A' and <= 'Z' or >= '0' and <= '9';
            }
        }

        if (capitals)
        {
            return capitalLetters >= 16 && capitalDigits * 4 <= capitalLetters;
        }

        // each word a capital (the first may be lower case: pasteTheKey), lower-case letters, then digits at its end
        // (Base64, Ed25519): its letters are read as a word
        var words = new List<string>();
        var wordStart = start;
        var digits = false;
        for (var i = start + 1; i <= end; i++)
        {
            // (an acronym's capitals run on to the capital that starts the next word: RSAPrivate is RSA, Private; IoTHub is
            // Io, T, Hub)
            if (i < end && text[i] is >= 'A' and <= 'Z' && text[i - 1] is >= 'A' and <= 'Z' && (i + 1 >= end || text[i + 1] is < 'a' or > 'z'))
            {
                continue;
            }

            if (i == end || text[i] is >= 'A' and <= 'Z')
            {
                var letters = text.Substring(wordStart, i - wordStart).TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                var acronym = letters.Length > 0 && letters.All(c => c is >= 'A' and <= 'Z');
                if (letters.Length == 0 || (!acronym && (letters.Length < 2 || letters.Skip(1).Any(c => c is < 'a' or > 'z'))))
                {
                    return false;
                }

                words.Add(letters);
                wordStart = i;
                digits = false;
            }
            else if (text[i] is >= '0' and <= '9')
            {
                digits = true;
            }
            else if (text[i] is < 'a' or > 'z' || digits)
            {
                return false; // a symbol, or a letter after a digit in one word (base64's mix)
            }
        }

        // (an acronym is no English word, NVS, KMS, WPA, MQTTTLS for two run together, nor one written in Pascal case, Nvs,
        // EspIdf, Cwmp, Jwks: capitals alone and words under five letters are not tested; ReadsAsIdentifier still wants half
        // the letters in words of English letter pairs)
        return words.Count >= 3 && ReadsAsIdentifier(words) &&
               words.All(w => w.Length < 5 || w.All(c => c is >= 'A' and <= 'Z') || RareBigramShare(w) <= 1.0 / 3);
    }

    /// <summary>The share of a word's adjacent letter pairs (case ignored) that are not among <see cref="CommonBigrams"/>; 0 for fewer than two letters.</summary>
    private static double RareBigramShare(string word)
    {
        if (word.Length < 2)
        {
            return 0;
        }

        var rare = 0;
        for (var i = 1; i < word.Length; i++)
        {
            var first = char.ToLowerInvariant(word[i - 1]);
            var second = char.ToLowerInvariant(word[i]);
            if (first is < 'a' or > 'z' || second is < 'a' or > 'z' || !CommonBigrams[((first - 'a') * 26) + (second - 'a')])
            {
                rare++;
            }
        }

        return rare / (double)(word.Length - 1);
    }

    /// <summary>
    /// The letter pairs common in English words and in the names code gives things: the 400 most frequent of the 542 pairs
    /// (case ignored) in the words of this repository's own English documentation, which make up 99.8 % of the pairs
    /// there (technical words included: <c>tt</c> of Mqtt and Http, <c>ps</c> of Https). Random letters draw any of the
    /// 676. Measured on the identifiers of the labelled corpora, the samples and the analyzers (18,193 of eight or more
    /// letters in both cases), the test of <see cref="IsRandomLetters"/> that uses them takes 6 real names for random
    /// letters, where the case test alone took 3,545.
    /// </summary>
    private static readonly bool[] CommonBigrams = BigramTable(
        "ab ac ad ae af ag ai ak al am an ap ar as at au av aw ax ay az ba bc be bi bj bl bo br bs bu by ca cb cc cd ce ch " +
        "ci ck cl cm co cp cr cs ct cu cy da db dc dd de df dg dh di dk dl dm do dp dr ds dt du dv dw dx dy ea eb ec ed ee " +
        "ef eg eh ei ek el em en eo ep eq er es et eu ev ew ex ey fa fc fe ff fi fl fm fo fr ft fu fy ga gb gc ge gg gh gi " +
        "gl gm gn go gp gr gs gt gu ha hc hd he hi hm ho hp hr hs ht hu hy ia ib ic id ie if ig ii ik il im in io ip ir is " +
        "it iv ix iz je jo js ju ka kc kd ke kg kh ki kn ks ku la lb lc ld le lf lg li lk ll lm ln lo lp lr ls lt lu lv ly " +
        "ma mb mc md me mh mi ml mm mn mo mp mq ms mu mw my na nc nd ne nf ng nh ni nk nl nm nn no np nr ns nt nu nv ny oa " +
        "ob oc od oe of og oi oj ok ol om on oo op or os ot ou ov ow ox pa pb pc pd pe ph pi pk pl pm pn po pp pr ps pt pu " +
        "pw py qt qu ra rb rc rd re rf rg ri rk rl rm rn ro rp rr rs rt ru rv rw ry sa sb sc sd se sf sh si sk sl sm sn so " +
        "sp sq sr ss st su sw sy ta tb tc td te tf th ti tk tl tm tn to tp tr ts tt tu tv tw tx ty ua ub uc ud ue uf ug ui " +
        "uk ul um un uo up ur us ut uu ux va ve vi vo vu wa wd we wh wi wn wo wr ws wt xa xc xe xi xm xp xs xt xx ya yb yc " +
        "yd ye yf yg yi yl ym yn yo yp ys yt yu yw yy yz za ze zi zu");

    private static bool[] BigramTable(string pairs)
    {
        var table = new bool[26 * 26];
        foreach (var pair in pairs.Split(' '))
        {
            if (pair.Length == 2)
            {
                table[((pair[0] - 'a') * 26) + (pair[1] - 'a')] = true;
            }
        }

        return table;
    }

    /// <summary>
    /// Three or more Title-case words of three or more letters joined by hyphens ("Bordeaux-Blend-Guest"), none of them a
    /// credential's own word. Lower-case kebab-case ("password-too-short", "form-control-secret") is an identifier: a
    /// validation code, a CSS class, a setting's name.
    /// </summary>
    private static bool IsHyphenatedPassphrase(string text)
    {
        if (text.IndexOf(' ') >= 0 || text.Length < 12)
        {
            return false;
        }

        var words = text.Split('-');
        return words.Length >= 3 &&
               words.All(w => w.Length >= 3 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) && !SecretNames.Default.IsSecretName(w) && !SecretNames.IsPasswordName(w));
    }

    /// <summary>
    /// True when a name or a value says it is fake, test, dummy, example, sample, mock or stub data (as a word of it:
    /// <c>DummyPassword</c>, <c>test_token</c>, <c>TestToken</c>; not <c>Contest</c> or <c>Latest</c>).
    /// </summary>
    public static bool SaysFake(string text)
    {
        foreach (var word in SecretNames.SplitWords(text, lettersOnly: true))
        {
            if (FakeWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a GUID or a 16-bit BLE UUID: identifiers, not secrets, when held in a secret-named symbol.</summary>
    /// <remarks>
    /// A braced GUID is 38 characters; text longer than that once trimmed is none, and is not handed to the pattern, so a
    /// long literal costs nothing here.
    /// </remarks>
    public static bool IsUuid(string text) => TrimmedLength(text) <= 38 && Uuid.IsMatch(text);

    private static int TrimmedLength(string text)
    {
        var start = 0;
        var end = text.Length - 1;
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end - start + 1;
    }

    /// <summary>Classifies a complete value; <paramref name="extraPlaceholders"/> are a team's own placeholder patterns.</summary>
    public static TextClass Classify(string? text, IReadOnlyList<Regex>? extraPlaceholders)
    {
        var result = Classify(text);
        if (result != TextClass.Empty && extraPlaceholders is { Count: > 0 })
        {
            try
            {
                foreach (var pattern in extraPlaceholders)
                {
                    if (pattern.IsMatch(text!))
                    {
                        return TextClass.Placeholder;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>
    /// Whether a value in brackets is a generated one that happens to start and end with them (<c>[Tq8#zW2!vLm]</c>:
    /// letters, digits and symbols mixed, as <see cref="IsTemplateText"/> reads them), not a template's words
    /// (<c>[paste device key]</c>, <c>&lt;pfx-password&gt;</c>, <c>{{ broker_password }}</c>).
    /// </summary>
    private static bool IsGeneratedInBrackets(string trimmed) =>
        trimmed.Length > 2 && trimmed[0] is '[' or '{' && trimmed.Trim('[', ']', '{', '}', ' ') is { Length: > 0 } inner && !IsTemplateText(inner) &&
        // a template's name with a digit in it ({{ wifi_psk_2g }}, [AP2_PASSWORD]) is words, not a generated value
        !IsSeparatedName(inner);

    /// <summary>Letters and digits in words joined by '_', '-' or '.' (<c>wifi_psk_2g</c>, <c>AP2_PASSWORD</c>): a name.</summary>
    private static bool IsSeparatedName(string text)
    {
        var separated = false;
        foreach (var c in text)
        {
            if (c is '_' or '-' or '.')
            {
                separated = true;
            }
            else if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return separated;
    }

    /// <summary>
    /// Whether text holding format items reads as a template: with the items taken out, what is left is words, spaces and
    /// punctuation, or nothing ("Hello {0}", "{0}:{1}", "user=%s"). "h7%dQ!x2Lm#9" is a password that happens to hold "%d".
    /// </summary>
    private static bool IsTemplateText(string text)
    {
        var rest = Template.Replace(text, " ");
        var letters = 0;
        var digits = 0;
        var symbols = 0;
        var upperAfterLower = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            var c = rest[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (i > 0 && char.IsUpper(c) && char.IsLower(rest[i - 1]))
                {
                    upperAfterLower++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '=' or ':' or ';' or ',' or '.' or '/' or '-' or '_' or '&' or '?' or '"' or '\'' or '(' or ')' or '[' or ']'))
            {
                symbols++;
            }
        }

        // Letters, digits and symbols mixed (or upper and lower case inside words with digits): generated, not a template's text.
        return !(letters > 0 && digits > 0 && (symbols > 0 || upperAfterLower > 0));
    }

    private static readonly BuiltInPattern HexColour = new(@"^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$", Options, Timeout);

    /// <summary>Words that say a value is not set: no secret, whatever key they stand under.</summary>
    private static readonly HashSet<string> NoValue = new(StringComparer.OrdinalIgnoreCase) { "none", "null", "nil", "n/a", "unset", "disabled", "(none)", "<none>", "<null>" };

    /// <summary>Classifies a complete value.</summary>
    public static TextClass Classify(string? text)
    {
        if (text is null || IsBlank(text))
        {
            return TextClass.Empty;
        }

        try
        {
            var trimmed = text.Trim();
            if (NoValue.Contains(trimmed))
            {
                return TextClass.Empty; // password=none: says there is no password
            }

            // Each pattern is tried only when the text holds what it needs (its first character, a '{', a '...'):
            // a cheap test that lets most values skip most patterns.
            var first = trimmed[0];
            if (first == '#' && HexColour.IsMatch(trimmed))
            {
                return TextClass.Label; // #00FF00: a colour in a table keyed by states such as "wps"
            }

            if (IsWifiSecurityMode(trimmed))
            {
                return TextClass.Label; // psk2+ccmp, WPA2-PSK: the network's security mode, not its key
            }

            if (first is '*' or '•' or '●' or '#' or '_' or '-' && MaskPattern.IsMatch(trimmed))
            {
                return TextClass.Mask;
            }

            if ((first is '<' or '[' or '{' or '$' or '%' or '_' or '#' && Bracketed.IsMatch(trimmed) && !IsGeneratedInBrackets(trimmed)) ||
                (MayHoldPlaceholderWord(trimmed) && PlaceholderWords.IsMatch(trimmed)) ||
                (MayBeElided(trimmed) && ElidedPattern.IsMatch(trimmed)) || IsOnlyCredentialWords(trimmed) || NamesACredentialInWords(trimmed) || IsEmptyPemBlock(trimmed) || DescribesACredential(trimmed) ||
                SaysWhereItGoes(trimmed))
            {
                return TextClass.Placeholder;
            }

            if (trimmed.Length > 1 && trimmed[trimmed.Length - 1] == ':' && (trimmed.IndexOf(' ') >= 0 || LooksLikeWordLabel(trimmed)))
            {
                return TextClass.Label;
            }

            if ((trimmed.IndexOf('{') >= 0 || trimmed.IndexOf('%') >= 0) && Template.IsMatch(trimmed) && IsTemplateText(trimmed))
            {
                return TextClass.FormatTemplate;
            }

            if ((trimmed.IndexOf(':') > 0 && ColonKey.IsMatch(trimmed)) || (trimmed.IndexOf('_') > 0 && char.IsUpper(first) && EnvironmentName.IsMatch(trimmed)) ||
                IsDottedSettingKey(trimmed))
            {
                return TextClass.ConfigurationKey;
            }

            return TextClass.Value;
        }
        catch (RegexMatchTimeoutException)
        {
            return TextClass.Value;
        }
    }

    /// <summary>
    /// A setting's key written as a dotted or slashed path whose last segment names a credential (<c>booth.mqtt.password</c>,
    /// <c>wifi.psk</c>, <c>hub/device_key</c>, <c>Booth.Mqtt.Password</c>, <c>Kiln2.MQTT.Password</c>): where a secret is
    /// kept, not the secret. Every segment is lower case, or every one starts with a capital (letters, and digits before the
    /// last segment); the last one is a password or secret word as
    /// <see cref="SecretNames"/> reads names.
    /// </summary>
    private static bool IsDottedSettingKey(string text)
    {
        var cut = text.LastIndexOfAny(SettingKeySeparators);
        if (cut <= 0 || cut == text.Length - 1 || text.Length > 80)
        {
            return false;
        }

        // Every segment starting in lower case (booth.mqtt.password, snmp/v3/authPassphrase: camel case within), or every one starting with a capital (Booth.Mqtt.Password,
        // Kiln.MQTT.Password, Line3.Wifi.Psk: acronyms and numbered units, the last segment of letters only); a segment that
        // starts with a digit, or a lower-case one among capitalised ones (v1.2, Kx9.booth), is no key's.
        var pascal = text[0] is >= 'A' and <= 'Z';
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '.' or '/')
            {
                if (i == start || (pascal ? text[start] is < 'A' or > 'Z' : text[start] is < 'a' or > 'z'))
                {
                    return false;
                }

                start = i + 1;
            }
            else if (pascal ? !(text[i] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (text[i] is >= '0' and <= '9' && i < cut))
                            : text[i] is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-') && !(i > start && text[i] is >= 'A' and <= 'Z'))
            {
                return false;
            }
        }

        var last = text.Substring(cut + 1);
        return SecretNames.IsPasswordName(last) || SecretNames.Default.IsSecretName(last);
    }

    private static readonly char[] SettingKeySeparators = { '.', '/' };

    /// <summary>
    /// One of the words every branch of <see cref="PlaceholderWords"/> needs, in any case ("your", "enter", "replace",
    /// "todo", "here", "xxx", ...): the cheap test that lets most values skip the pattern, which tries its alternation at
    /// nearly every letter.
    /// </summary>
    private static bool MayHoldPlaceholderWord(string text)
    {
        foreach (var word in PlaceholderAnchors)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PlaceholderAnchors =
    {
        "your", "enter", "insert", "put", "add", "set", "my", "replace", "change", "fill", "todo", "fixme", "tbd", "placeholder", "redacted",
        "dummy", "example", "sample", "fake", "mock", "not", "here", "xxx", "get", "obtain", "request", "generate", "create", "paste", "provide",
        "supply",
    };

    /// <summary>What <see cref="ElidedPattern"/> needs: "xxxx" at the start, or an ellipsis ("...", "…").</summary>
    private static bool MayBeElided(string trimmed) =>
        trimmed[0] is 'x' or 'X' || trimmed.IndexOf("...", StringComparison.Ordinal) >= 0 || trimmed.IndexOf('…') >= 0;

    /// <summary>Words a template's value is made of when it names what belongs there ("wifipassword", "mqtt_password_here", "apikey").</summary>
    private static readonly string[] TemplateWords =
    {
        "wifi", "wlan", "ap", "my", "your", "the", "ssid", "network", "password", "passwd", "pass", "pwd", "passphrase", "psk", "key", "secret",
        "token", "api", "mqtt", "user", "username", "device", "here", "value", "hub", "broker", "access", "auth", "shared", "sas", "connection",
        "string", "primary", "secondary", "new", "goes", "put", "insert",
    };

    /// <summary>
    /// Text made only of <see cref="TemplateWords"/>, two words or more, in any case and with or without separators
    /// ("wifipassword", "YourPassword", "mqtt-password-here"; "YouWifiPassword", a sample's slip for "your", before words
    /// that name the credential): what a sample writes where the real value goes. A single word
    /// ("password", "pass") is left to the default list, except a credential's own name that no list holds as a default
    /// (<c>"secret"</c>, <c>"token"</c>, <c>"key"</c>, <c>"psk"</c>, <c>"passphrase"</c>, <c>"PWD"</c>, <c>"passwd"</c>,
    /// <c>"apikey"</c>, <c>"passcode"</c>): a sample's stand-in.
    /// </summary>
    private static bool IsOnlyCredentialWords(string text)
    {
        if (LowerCaseLetters(text) is not { } s)
        {
            return false; // digits or symbols: a made-up value, not a template's words
        }

        if (s is "secret" or "token" or "key" or "psk" or "passphrase" && s.Length == text.Trim().Length)
        {
            return true;
        }

        // "PWD", "passwd", "apikey": a credential's abbreviated name, a stand-in unless a default list holds it
        if (s is "pwd" or "pswd" or "passwd" or "apikey" or "passcode" && s.Length == text.Trim().Length && !DefaultCredentialList.IsDefaultPassword(text.Trim()))
        {
            return true;
        }

        // nanoFramework's samples write "You" for "Your" (YouWifiPassword, YouSsid): "you", then only words that name what
        // goes there ("YouPassTheKey", with "the", is a passphrase)
        if (s.Length is > 3 and <= 48 && s.StartsWith("you", StringComparison.Ordinal) && !s.StartsWith("your", StringComparison.Ordinal) &&
            FewestWords(s.Substring(3), s.Length - 3, NamingTemplateWords) >= 1)
        {
            return true;
        }

        return s.Length is >= 6 and <= 48 && FewestWords(s, s.Length, TemplateWords) >= 2;
    }

    /// <summary>The <see cref="TemplateWords"/> that name a credential or what it is for (no "the", "new", "goes", "here").</summary>
    private static readonly string[] NamingTemplateWords = TemplateWords.Except(new[] { "my", "your", "the", "here", "value", "new", "goes", "put", "insert" }).ToArray();

    /// <summary>The letters of a value that is only letters and word separators (<c>_ - . space</c>), in lower case; null for any other value.</summary>
    private static string? LowerCaseLetters(string text)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('_' or '-' or ' ' or '.'))
            {
                return null;
            }
        }

        return letters.ToString();
    }

    /// <summary>
    /// The fewest words of <paramref name="vocabularies"/> that spell the first <paramref name="length"/> letters of
    /// <paramref name="s"/> one after another (<c>"mqttpasswordhere"</c>: mqtt, password, here); -1 when no words do.
    /// </summary>
    private static int FewestWords(string s, int length, params IEnumerable<string>[] vocabularies)
    {
        var words = new int[length + 1]; // words[i]: fewest words that spell the first i letters (-1: no spelling)
        for (var i = 1; i <= length; i++)
        {
            words[i] = -1;
            foreach (var vocabulary in vocabularies)
            {
                foreach (var word in vocabulary)
                {
                    if (word.Length <= i && words[i - word.Length] >= 0 && string.CompareOrdinal(s, i - word.Length, word, 0, word.Length) == 0 &&
                        (words[i] < 0 || words[i - word.Length] + 1 < words[i]))
                    {
                        words[i] = words[i - word.Length] + 1;
                    }
                }
            }
        }

        return words[length];
    }

    /// <summary>
    /// A Wi-Fi security mode as OpenWrt, NetworkManager, wpa_supplicant and the vendors' APIs write it (<c>psk2+ccmp</c>,
    /// <c>WPA2-PSK</c>, <c>wpa3-sae</c>, <c>psk-mixed+tkip+ccmp</c>): only mode and cipher words joined by <c>+ - _ /</c>
    /// or a space, one of them naming the scheme.
    /// </summary>
    public static bool IsWifiSecurityMode(string text)
    {
        if (text.Length < 3 || text.Length > 40)
        {
            return false;
        }

        // Every word must be a scheme's or a mode's: the first word is asked before the text is split (most text fails there).
        var firstEnd = text.IndexOfAny(WifiModeSeparators);
        if (firstEnd != 0)
        {
            var first = (firstEnd < 0 ? text : text.Substring(0, firstEnd)).ToLowerInvariant();
            if (Array.IndexOf(WifiSchemeWords, first) < 0 && Array.IndexOf(WifiModeWords, first) < 0)
            {
                return false;
            }
        }

        var scheme = false;
        var words = text.Split(WifiModeSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].Equals("psk", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "PSK" alone is the credential's own name: a template's stand-in
        }

        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (Array.IndexOf(WifiSchemeWords, lower) >= 0)
            {
                scheme = true;
            }
            else if (Array.IndexOf(WifiModeWords, lower) < 0)
            {
                return false;
            }
        }

        return scheme;
    }

    private static readonly char[] WifiModeSeparators = { '+', '-', '_', '/', ' ' };

    private static readonly string[] WifiSchemeWords = { "psk", "psk2", "wpa", "wpa2", "wpa3", "sae", "wep", "owe", "eap", "wpa2psk", "wpapsk", "wpa3sae" };

    private static readonly string[] WifiModeWords =
    {
        "ccmp", "ccmp256", "gcmp", "gcmp256", "tkip", "aes", "mixed", "personal", "enterprise", "transition", "only", "auto", "ft", "tls", "sha256",
        "open", "none", "suite", "b", "192",
    };

    /// <summary>The last words of a value that names a credential instead of being one.</summary>
    private static readonly string[] CredentialNameEndings =
    {
        "password", "passwd", "pwd", "pass", "passphrase", "passcode", "secret", "token", "apikey", "accesskey", "secretkey", "psk",
    };

    /// <summary>
    /// Letters only, with or without separators (<c>_ - . space</c>) and in any case, that spell a credential's word last
    /// after words that all name what the credential is for (<c>"gatewayPassword"</c>, <c>"client-cert-password"</c>,
    /// <c>"FTPPassword"</c>, <c>"proxypassword"</c>, <c>"smtp_pass"</c>, <c>"cloudApiKey"</c>, <c>"ftp.password"</c>,
    /// <c>"BROKER_SECRET"</c>): the name of what belongs there, written where a sample's reader puts the value, or a
    /// configuration key. A digit or a symbol (<c>"Harbor7Password!"</c>), the credential's word alone, or a word before
    /// it that names nothing of the kind (<c>"topPassword"</c>, <c>"Secret Squirrel"</c>) makes it a value.
    /// </summary>
    private static bool NamesACredentialInWords(string text)
    {
        if (text.Length > 48)
        {
            return false;
        }

        if (IsSeparatedCredentialName(text.Trim()))
        {
            return true;
        }

        if (LowerCaseLetters(text) is not { } s)
        {
            return false;
        }

        foreach (var ending in CredentialNameEndings)
        {
            if (s.Length > ending.Length && s.EndsWith(ending, StringComparison.Ordinal) &&
                FewestWords(s, s.Length - ending.Length, CredentialOwnerWords, TemplateWords) >= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A setting's or an environment variable's name written where its value goes, whatever the words before the
    /// credential's word name: upper-case words joined by underscores (<c>"DOCK_WIFI_PASSWORD"</c>, <c>"ESP32_WIFI_PSK"</c>,
    /// <c>"TRUCK_SCALE_API_KEY"</c>), or lower-case words joined by one kind of dash or underscore
    /// (<c>"scoring-cert-password"</c>, <c>"hive_broker_secret"</c>). Two words or more; digits only in the words before
    /// the last. A lower-case name needs a word only a credential's name ends in (password, passphrase, passcode, secret,
    /// psk, api key) after a word that says what the credential is for (cert, broker, db, wifi, ...): a run of other
    /// words ("lantern-marsh-secret") may be a passphrase, and one ending in "pass" or "token" an identifier.
    /// </summary>
    private static bool IsSeparatedCredentialName(string text)
    {
        var separator = text.IndexOf('_') >= 0 ? '_' : '-';
        if (text.IndexOf(separator) < 0)
        {
            return false; // one word: no separated name
        }

        var words = text.Split(separator);
        if (words.Length < 2 || (separator == '_' && text.IndexOf('-') >= 0))
        {
            return false;
        }

        bool upper = true, lower = true;
        foreach (var word in words)
        {
            if (word.Length == 0 || !word.Any(char.IsLetter))
            {
                return false;
            }

            foreach (var c in word)
            {
                upper &= c is >= 'A' and <= 'Z' or >= '0' and <= '9';
                lower &= c is >= 'a' and <= 'z' or >= '0' and <= '9';
            }
        }

        var last = words[words.Length - 1].ToLowerInvariant();
        var lastTwo = words[words.Length - 2].ToLowerInvariant() + last;
        if (last.Any(char.IsDigit))
        {
            return false;
        }

        if (upper && separator == '_')
        {
            return CredentialNameEndings.Contains(last) || CredentialNameEndings.Contains(lastTwo);
        }

        // lower case: the word before the credential's says what it is for (scoring-cert-password: a certificate's), as
        // a setting's name does; "lantern-marsh-secret" or "form-control-secret" say no such thing
        if (!lower)
        {
            return false;
        }

        var ownerAt = last is "password" or "passwd" or "passphrase" or "passcode" or "secret" or "psk" ? words.Length - 2
            : lastTwo is "apikey" or "secretkey" or "accesskey" ? words.Length - 3
            : -2;
        return ownerAt >= 0 && (CredentialOwnerWords.Contains(words[ownerAt]) || Array.IndexOf(TemplateWords, words[ownerAt]) >= 0);
    }

    /// <summary>
    /// What a credential is for, in the words a template names it by (<c>proxyPassword</c>, <c>client-cert-password</c>,
    /// <c>ftp.password</c>, <c>keystore passphrase</c>): systems, services, protocols and accounts of device code.
    /// </summary>
    private static readonly HashSet<string> CredentialOwnerWords = new(StringComparer.Ordinal)
    {
        "proxy", "gateway", "certificate", "cert", "client", "server", "keystore", "truststore", "store", "database", "db",
        "ftp", "sftp", "smtp", "mail", "email", "camera", "cam", "router", "admin", "root", "service", "svc", "app",
        "application", "account", "vpn", "hotspot", "sip", "ssh", "telnet", "snmp", "cloud", "portal", "backend", "bridge",
        "login", "web", "http", "private", "pfx", "tls", "ssl", "bot", "webhook", "influx", "redis", "postgres", "mysql",
        "sql", "amqp", "rabbit", "rabbitmq", "backup", "master", "station", "sta", "softap", "mesh", "nvr", "dvr", "ota",
        "update", "firmware", "registry", "repo", "git", "github", "slack", "telegram", "discord", "twilio", "aws", "azure",
        "iot", "iothub", "sas", "lora", "ttn", "ble", "bluetooth", "zigbee", "zwave", "modem", "sim", "apn", "gsm", "lte",
        "cellular", "serial", "console", "ui", "panel", "dashboard", "install", "installer", "maintenance", "support",
        "guest", "operator", "owner", "manager", "tenant", "site", "home", "office", "lab", "ldap", "onvif", "rtsp", "rtmp",
        "mongo", "mongodb", "plc", "nas", "scada", "hmi", "opc", "opcua", "modbus", "knx", "ipcam", "kafka", "nats", "coap",
        "ftps", "imap", "pop", "xmpp", "voip", "radius", "tacacs", "kerberos", "rdp", "vnc", "samba", "smb", "cifs",
        "minio", "grafana", "influxdb", "mariadb", "mssql", "oracle", "elastic", "couchdb", "zabbix", "unifi", "hue",
        "tuya", "shelly", "sonoff", "homeassistant", "hass", "openhab", "jenkins", "docker", "storage", "blob", "keyvault",
        "vault", "jwt", "oauth", "signing", "encryption", "postgresql", "sqlserver",
    };

    /// <summary>A PEM block whose body holds no key (a sample's "-----BEGIN EC PRIVATE KEY-----\ncert\n-----END ..."): a template.</summary>
    public static bool IsEmptyPemBlock(string text)
    {
        var begin = text.IndexOf("-----BEGIN", StringComparison.Ordinal);
        if (begin < 0)
        {
            return false;
        }

        var headerEnd = text.IndexOf("-----", begin + 10, StringComparison.Ordinal);
        if (headerEnd < 0)
        {
            return false;
        }

        // A header line alone ("-----BEGIN ENCRYPTED PRIVATE KEY-----", kept to tell key formats apart): no body follows it
        // in this text (a key split over several strings is judged as the text they build together).
        // (the body ends at the footer, or at the next header of a list of headers: "-----BEGIN PRIVATE KEY-----\n-----BEGIN
        // OPENSSH PRIVATE KEY-----" names formats, it holds no body)
        var end = text.IndexOf("-----", headerEnd + 5, StringComparison.Ordinal);
        if (end < 0)
        {
            end = text.Length;
        }

        // (a body is base64 written in runs without spaces; a sentence between the markers, "Paste the device's private key
        // between these lines", is made of short words)
        if (HasMaskRow(text, headerEnd + 5, end))
        {
            return true; // MIGHAgEAMBMG...************...Xk9=: a key masked between its public prefix and its tail
        }

        var base64 = 0;
        var run = -1; // where the current run of base64 characters starts
        for (var i = headerEnd + 5; i <= end; i++)
        {
            var c = i < end ? text[i] : ' ';
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/' or '=')
            {
                run = run < 0 ? i : run;
            }
            else if (c is '\r' or '\n' && run >= 0 && i - run >= 16)
            {
                continue; // a line break inside the body
            }
            else if (run >= 0)
            {
                base64 += IsBodyRun(text, run, i) ? i - run : 0;
                run = -1;
            }
        }

        // (the smallest private key a PEM block holds, an Ed25519 or X25519 key in PKCS#8, is 48 bytes: 64 base64 characters;
        // fewer hold an algorithm's prefix at most, MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg)
        return base64 < 60;
    }

    /// <summary>
    /// Whether <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) (base64 characters and the line breaks
    /// inside a body) may be a PEM body's base64, not a word, a path or a hash written between the markers: 16 characters or
    /// more; not a run of slashes (base64 has one '/' in 64: /a/b/c is a path); not hex digits alone (a certificate's SHA-1
    /// thumbprint, 40 of them); not a mask or a ruler (<c>XXXX...</c>, <c>====...</c>: fewer than 10 different characters,
    /// where 16 random base64 characters have about 14); and not made of word-like pieces between its slashes (letters then
    /// digits, <c>fieldgateway</c>, <c>keys2024</c>; or no capital after the first letter, <c>x509certs</c>; each no longer
    /// than 32). A 64-character base64 line is made of such pieces about once in a million.
    /// </summary>
    private static bool IsBodyRun(string text, int start, int end)
    {
        if (end - start < 16)
        {
            return false;
        }

        var slashes = 0;
        var hex = true;
        var wordPieces = true;
        var seen = new bool[128];
        var distinct = 0;
        var pieceStart = start;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : '/';
            if (c is '/' or '\r' or '\n')
            {
                // (a slash beside another is no path's separator: base64 writes a DER's 0xFF bytes as rows of '/', which an
                // explicit curve's prime and order hold)
                slashes += c == '/' && i < end && (i == start || text[i - 1] != '/') && (i + 1 >= end || text[i + 1] != '/') ? 1 : 0;
                wordPieces &= IsWordPiece(text, pieceStart, i);
                pieceStart = i + 1;
                continue;
            }

            hex &= c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
            if (!seen[c])
            {
                seen[c] = true;
                distinct++;
            }
        }

        return slashes * 8 < end - start && !hex && !wordPieces && distinct >= 10;

        // letters then digits (keys2024), or no capital after the first letter (x509certs, Provisioning), no '+' or '=';
        // or words run together in Pascal case, of any length (PasteTheDeviceKeyFromThePortalHere)
        static bool IsWordPiece(string text, int start, int end)
        {
            if (IsPascalCaseWords(text, start, end))
            {
                return true;
            }

            if (end - start > 32)
            {
                return false;
            }

            var digitSeen = false;
            var lettersThenDigits = true;
            var capitalAfterFirst = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c is '+' or '=')
                {
                    return false;
                }

                digitSeen |= c is >= '0' and <= '9';
                lettersThenDigits &= !(digitSeen && c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');
                capitalAfterFirst |= i > start && c is >= 'A' and <= 'Z';
            }

            return lettersThenDigits || !capitalAfterFirst;
        }
    }

    /// <summary>
    /// A sentence that says what goes in the place of a credential instead of being one ("the password that you used with
    /// open ssl", "Device key taken from the node.js script"): four or more words of letters, one of them a credential's
    /// word, one a sentence's little word (the, that, you, from, with, ...), and nothing of a generated value (no digit, no
    /// symbol but the sentence's punctuation). A passphrase of words ("correct horse battery staple", "skeleton key garden
    /// gate") is not one.
    /// </summary>
    public static bool DescribesACredential(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4)
        {
            return false;
        }

        var credentialWord = false;
        var functionWord = false;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (!(char.IsLetter(c) || c is '.' or ',' or '\'' or '-' or ':' or '(' or ')'))
                {
                    return false;
                }
            }

            var bare = word.Trim('.', ',', ':', '(', ')', '\'').ToLowerInvariant();
            credentialWord |= bare is "password" or "passphrase" or "passcode" or "key" or "token" or "secret" or "psk" or "pin";
            functionWord |= bare is "the" or "that" or "this" or "you" or "your" or "from" or "with" or "for" or "of" or "here" or "to" or "by" or "in" or "used" or
                "taken" or "goes" or "enter" or "put" or "paste" or "copy" or "generated" or "provided" or "given" or "use" or "replace";
        }

        // A sentence has its little words ("the password that you used"); "skeleton key garden gate" is a passphrase.
        return credentialWord && functionWord;
    }

    /// <summary>
    /// Words run together in any case that say where the credential goes ("PasteYourTokenHere", "YourInfluxTokenHere",
    /// "WifiPasswordHere"): letters only, with "your" or a last word "here", and a credential's word among them.
    /// </summary>
    public static bool SaysWhereItGoes(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsLetter(c) || c is '_' or '-' or '.' or ' '))
            {
                return false;
            }
        }

        var words = SecretNames.SplitWords(text, lettersOnly: true);
        if (words.Count < 2 || !(words.Contains("your") || words[words.Count - 1] == "here"))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word is "password" or "passwd" or "pass" or "pwd" or "passphrase" or "psk" or "key" or "apikey" or "token" or "secret" or "pin" or "community")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A login with no secret in it: <c>user:</c> or <c>user:********</c> (a guest's empty password, a mask shown in its
    /// place), the text a Basic header is built from when there is no password to send.
    /// </summary>
    public static bool IsLoginWithoutSecret(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 64 || text.IndexOf(' ', 0, colon) >= 0)
        {
            return false;
        }

        var password = text.Substring(colon + 1);
        return password.Trim().Length == 0 || Classify(password) == TextClass.Mask;
    }

    /// <summary>
    /// The password of a login written as <c>user:password</c> (the text a Basic header is built from, RFC 7617): the text
    /// after the first colon when the user part is 1 to 64 characters without spaces or slashes and the password part has
    /// no colon, slash or <c>@</c> (not a URL, a time or a key list); null otherwise.
    /// </summary>
    public static string? LoginPassword(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 64 || colon == text.Length - 1 || text.IndexOfAny(LoginUserStops, 0, colon) >= 0 ||
            text.IndexOfAny(LoginPasswordStops, colon + 1) >= 0)
        {
            return null;
        }

        return text.Substring(colon + 1);
    }

    private static readonly char[] LoginUserStops = { ' ', '/', '\\', '\t' };
    private static readonly char[] LoginPasswordStops = { ':', '/', '@', '\r', '\n' };

    /// <summary>
    /// Whether a key says the data under it is mock, fake, dummy, sample or example data (<c>mockAPIKey</c>, in the plural
    /// too), or sits in a test or stub section (a whole segment: <c>test.apiKey</c>). A test word inside a name is not
    /// enough: a factory's test password (<c>factoryTestPassword</c>) is a working one.
    /// </summary>
    public static bool KeySaysMock(string key)
    {
        foreach (var word in SecretNames.SplitWords(key, lettersOnly: true))
        {
            if (word is "mock" or "mocks" or "fake" or "fakes" or "dummy" or "dummies" or "sample" or "samples" or "example" or "examples" or "placeholder")
            {
                return true;
            }
        }

        // A test or stub section of the configuration (["test.apiKey"], ["stubs:broker:password"]): the whole segment says
        // it; a factory's test password (factoryTestPassword) is a password used in testing, not test data.
        foreach (var segment in key.Split('.', ':', '/', '_', '-', ' '))
        {
            if (segment.Equals("test", StringComparison.OrdinalIgnoreCase) || segment.Equals("tests", StringComparison.OrdinalIgnoreCase) ||
                segment.Equals("stub", StringComparison.OrdinalIgnoreCase) || segment.Equals("stubs", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Markup (<c>&lt;input type='password' name='password'&gt;</c>, <c>&lt;title&gt;Change Password&lt;/title&gt;</c>): a page or a
    /// form that asks for a credential, never one.
    /// </summary>
    public static bool IsMarkup(string text) =>
        text.IndexOf('<') >= 0 && MarkupTag.IsMatch(text);

    // An element's tag: <input ...>, <br>, </title>, <html>: a letter after '<' or '</' and the tag closed.
    private static readonly BuiltInPattern MarkupTag = new(@"</?(?:html|head|body|title|form|input|label|button|div|span|p|br|h[1-6]|table|tr|td|a|b|i|script|style|meta|select|option)\b[^<>]{0,200}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>True when the text is usable as a secret value (not empty, not a placeholder, label, mask, key or template).</summary>
    public static bool IsSecretValue(string? text) => Classify(text) == TextClass.Value;

    private static bool LooksLikeWordLabel(string trimmed)
    {
        // "Password:" / "WiFi-Password:" - letters (and - _) followed by a colon.
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            var c = trimmed[i];
            if (!(char.IsLetter(c) || c == '-' || c == '_' || c == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How many pieces of one or two letters letters-only text has between its case changes, read as an identifier's words
    /// are: an upper-case run not followed by lower case (an acronym), or lower case with an optional capital before it
    /// (IPAddress: IP, Address; getDnsName: get, Dns, Name; ZIyukWBqRW: Z, Iyuk, W, Bq, RW).
    /// </summary>
    public static int ShortCasePieces(string text)
    {
        var shortPieces = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsUpper(text[i]))
            {
                i++;
            }

            if (i < text.Length && i - start > 1)
            {
                i--; // the acronym ends before the capital of the next word (IPAddress: IP, then Address)
            }
            else
            {
                while (i < text.Length && !char.IsUpper(text[i]))
                {
                    i++;
                }
            }

            shortPieces += i - start <= 2 ? 1 : 0;
        }

        return shortPieces;
    }
}

/// <summary>A secret-bearing <c>key=value</c> pair found in a connection string or URI: the key and where its value sits.</summary>
internal readonly struct ConnectionStringSecret
{
    public ConnectionStringSecret(string keyName, int valueStart, int valueLength, string value)
    {
        KeyName = keyName;
        ValueStart = valueStart;
        ValueLength = valueLength;
        Value = value;
    }

    public string KeyName { get; }
    public int ValueStart { get; }
    public int ValueLength { get; }
    public string Value { get; }
}

/// <summary>
/// Finds secret-bearing pairs in connection strings (IoT Hub, Service Bus, Storage, ADO-style) and URIs
/// (<c>scheme://user:password@host</c>, <c>?apikey=</c>, <c>&amp;sig=</c>). A hole in the text (a value not known at
/// compile time) is written as <c>\0</c> by callers; a value that touches a hole is never returned.
/// </summary>
internal static class ConnectionStrings
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// A value left for a tool or a person to fill in, which may hold spaces or a '#' where a plain value may not:
    /// <c>&lt;from vault&gt;</c>, <c>#{WU_STATION_KEY}#</c> (Octopus-style token replacement), <c>${DB_PASSWORD}</c>,
    /// <c>{{ broker_password }}</c>, and words in square brackets, braces or parentheses (<c>[paste device key]</c>,
    /// <c>{your db password}</c>, <c>(your db password)</c>; braces and parentheses with a space inside, so a format item
    /// <c>{0}</c> or a one-word <c>{password}</c> is read as a plain value).
    /// </summary>
    private const string TemplateValue = @"<[^<>;&""'\r\n]*>|\#\{[^{};&\r\n]*\}\#|\$\{[^{};&\r\n]*\}|\{\{[^{}\r\n;&]*\}\}|\[[A-Za-z][^\[\];&""\r\n]*\]|\{[A-Za-z][A-Za-z0-9_\-.]* [A-Za-z0-9 _\-.]*\}|\([A-Za-z][A-Za-z0-9_\-.]* [A-Za-z0-9 _\-.]*\)";

    /// <summary>
    /// A secret-keyed pair of a connection string. An unquoted value ends at ';', '&amp;', a quote or white space, and at
    /// a ',' that starts another <c>key=</c> (StackExchange.Redis: <c>cache:6380,password=...,ssl=True</c>); a comma
    /// inside a password stays in it. A key that names whose password it is counts too (KNX Falcon's
    /// <c>UserPassword=</c>, <c>DevicePassword=</c>); a switch under such a key (<c>RememberPassword=true</c>) is dropped by
    /// <see cref="FindPairs"/>.
    /// </summary>
    private static readonly BuiltInPattern SecretPair = new(
        @"(?i)(?<![\w])(?<key>SharedAccessKey|AccountKey|SharedSecretValue|[A-Za-z]{0,24}Password|Pwd|sig)\s*=\s*(?:'(?<value>[^'\r\n]*)'|""(?<value>[^""\r\n]*)""|(?<value>" + TemplateValue + @"|" + SpacedPairWords + @"|(?:[^;&,""'\s]|,(?!\s*[A-Za-z][\w\-]*\s*=))*))",
        Options, Timeout);

    private static readonly BuiltInPattern UrlUserInfo = new(@"(?i)\b[a-z][a-z0-9+.\-]*://(?<user>[^:/@\s""']*):(?<value>[^@/\s""']*)@", Options, Timeout);

    /// <summary>
    /// A credential written as a URL path segment after the segment that names it: <c>/key/{key}</c>, <c>/apikey/</c>,
    /// <c>/token/</c>, <c>/write_key/</c> (16 to 128 characters), or a Hue bridge's <c>/api/{username}/</c> (30 to 64).
    /// </summary>
    private static readonly BuiltInPattern UrlPathKey = new(
        @"(?i)/(?<key>key|apikey|api_key|api-key|token|access_token|write_key|writekey)/(?<value>[A-Za-z0-9_\-]{16,128})(?=[/?#\s]|$)|/(?<key>api)/(?<value>[A-Za-z0-9\-]{30,64})(?=[/?#\s]|$)",
        Options, Timeout);

    private static readonly BuiltInPattern UrlQuery = new(
        @"(?i)[?&]-?(?<key>api[_\-]?key|apikey|app[_\-]?id|appkey|access[_\-]?token|token|key|sig|signature|(?:[a-z0-9]{1,16}[_\-]?)?(?:password|passwd|pswd|pwd|psk)|(?:[a-z0-9]{1,16}[_\-])?pass|(?:login|user|usr|admin)[_\-]?(?:pas|psw)|secret|client[_\-]?secret|auth|code|subscription[_\-]?key)=(?<value>" + TemplateValue + @"|" + SpacedWords + @"|[^&#\s""']*)",
        Options, Timeout);

    /// <summary>A pair's value of words separated by single spaces up to the pair's end (<c>Password=YOUR DB PASSWORD;</c>): read whole, not as its first word.</summary>
    private const string SpacedPairWords = @"[A-Za-z]+(?: [A-Za-z]+){1,6}(?=[ \t]*(?:;|$))";

    /// <summary>
    /// A query value of two to seven words of letters separated by single spaces, written or URL-encoded (<c>+</c>,
    /// <c>%20</c>), that runs to the end of the text or to the next '&amp;' (<c>?appid=YOUR API KEY</c>,
    /// <c>?appid=YOUR+API+KEY</c>): a sample's words in place of the value, read whole.
    /// </summary>
    private const string SpacedWords = @"[A-Za-z]+(?:(?: |\+|%20)[A-Za-z]+){1,6}(?=$|&|#)";

    /// <summary>
    /// A SIM PIN's or PUK's place in a command: four to eight digits, quoted or not, or any quoted text (kept only when it
    /// is a placeholder, <c>"YOUR_SIM_PIN"</c>, <c>"&lt;sim-pin&gt;"</c>: see <see cref="IsPinCommandValue"/>).
    /// </summary>
    private const string PinValue = @"(?:""(?<value>[^""\r\n]{1,64})""|(?<value>[0-9]{4,8}))";

    /// <summary>
    /// Whether a value read at a SIM PIN's or PUK's place (<c>AT+CPIN</c>, <c>AT+CLCK</c>, <c>AT+CPWD</c>) is one: four to
    /// eight digits, or a placeholder written where one goes. Other quoted text there is a facility or a reply's word
    /// (<c>"SC"</c>, <c>"READY"</c>), not a PIN; a redaction in a logged command (<c>"&lt;hidden&gt;"</c>, <c>"****"</c>) is none either.
    /// </summary>
    private static bool IsPinCommandValue(string value) =>
        (value.Length is >= 4 and <= 8 && value.All(char.IsDigit)) || (SecretText.Classify(value) == TextClass.Placeholder && !SecretText.IsRedaction(value));

    /// <summary>
    /// SIM PINs, PUKs and APN passwords in AT commands sent to a cellular modem (3GPP TS 27.007 and the vendors' own):
    /// <c>AT+CPIN="1234"</c>, <c>AT+CPIN="&lt;PUK&gt;","&lt;new PIN&gt;"</c>, <c>AT+CLCK="SC",1,"1234"</c>,
    /// <c>AT+CPWD="SC","&lt;old&gt;","&lt;new&gt;"</c>; the password of a data context's authentication
    /// (<c>AT+CGAUTH=1,1,"user","pass"</c>, Quectel <c>AT+QICSGP=1,1,"apn","user","pass"</c>, SIMCom
    /// <c>AT+CSTT="apn","user","pass"</c> and <c>AT+SAPBR=3,1,"PWD","pass"</c>). Every value of a command is a capture
    /// of the group <c>value</c>. A number's place (a context id, a link id) may hold a hole of code
    /// (<c>$"AT+CGAUTH={cid},1,..."</c>: the text's hole character).
    /// </summary>
    private static readonly BuiltInPattern SimPin = new(
        @"(?i)\bAT\+(?:(?<key>CPIN)\s*=\s*" + PinValue + @"(?:\s*,\s*" + PinValue + ")?" +
        @"|(?<key>CLCK)\s*=\s*""[^""\r\n]*""\s*,\s*(?:\d+|\x00)\s*,\s*" + PinValue +
        @"|(?<key>CPWD)\s*=\s*""[^""\r\n]*""\s*,\s*" + PinValue + @"\s*,\s*" + PinValue +
        @"|(?<key>CGAUTH)\s*=\s*(?:\d+|\x00)\s*,\s*(?:\d+|\x00)\s*,\s*""(?<apnuser>[^""\r\n]*)""\s*,\s*""(?<value>[^""\r\n]*)""" +
        @"|(?<key>QICSGP)\s*=\s*(?:\d+|\x00)\s*,\s*(?:\d+|\x00)\s*,\s*""(?<apn>[^""\r\n]*)""\s*,\s*""(?<apnuser>[^""\r\n]*)""\s*,\s*""(?<value>[^""\r\n]*)""" +
        @"|(?<key>CSTT)\s*=\s*""(?<apn>[^""\r\n]*)""\s*,\s*""(?<apnuser>[^""\r\n]*)""\s*,\s*""(?<value>[^""\r\n]*)""" +
        @"|(?<key>QMTCONN)\s*=\s*(?:\d+|\x00)\s*,\s*""[^""\r\n]*""\s*,\s*""(?<user>[^""\r\n]*)""\s*,\s*""(?<value>[^""\r\n]*)""" +
        @"|(?<key>SAPBR)\s*=\s*3\s*,\s*(?:\d+|\x00)\s*,\s*""PWD""\s*,\s*""(?<value>[^""\r\n]*)""" +
        // Espressif ESP-AT: Wi-Fi join and soft AP (ssid, password), MQTT login (link, scheme, client, user, password)
        @"|(?<key>CWJAP(?:_CUR|_DEF)?|CWSAP(?:_CUR|_DEF)?)\s*=\s*""[^""\r\n]*""\s*,\s*""(?<value>[^""\r\n]*)""" +
        @"|(?<key>MQTTUSERCFG)\s*=\s*(?:\d+|\x00)\s*,\s*(?:\d+|\x00)\s*,\s*""[^""\r\n]*""\s*,\s*""(?<user>[^""\r\n]*)""\s*,\s*""(?<value>[^""\r\n]*)""" +
        // SIMCom MQTT connect (index, server, keepalive, clean session, user, password); u-blox PDP profile password (tag 3)
        @"|(?<key>CMQTTCONNECT)\s*=\s*(?:\d+|\x00)\s*,\s*""[^""\r\n]*""\s*,\s*(?:\d+|\x00)\s*,\s*(?:\d+|\x00)\s*,\s*""(?<user>[^""\r\n]*)""\s*,\s*""(?<value>[^""\r\n]*)""" +
        @"|(?<key>UPSD)\s*=\s*(?:\d+|\x00)\s*,\s*3\s*,\s*""(?<value>[^""\r\n]*)"")",
        Options, Timeout);

    /// <summary>Every secret-keyed pair whose value is fully known, whatever the value looks like (and SIM PINs in AT commands).</summary>
    public static IReadOnlyList<ConnectionStringSecret> FindPairs(string text)
    {
        var pairs = Find(SecretPair, text);
        if (pairs.Any(p => p.KeyName.Length > "Password".Length && IsSwitchValue(p.Value)))
        {
            pairs = pairs.Where(p => !(p.KeyName.Length > "Password".Length && IsSwitchValue(p.Value))).ToList(); // RememberPassword=true: a switch
        }

        if (text.IndexOf("AT+", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return pairs;
        }

        var all = new List<ConnectionStringSecret>(pairs);
        all.AddRange(Find(SimPin, text));
        return all;
    }

    /// <summary>
    /// Whether text is a connection string whose first pair's value is a URI (<c>Endpoint=opc.tcp://plc:4840;UserName=hmi;
    /// UserPassword=...</c>, <c>Server=tcp://...;Password=...</c>): its pairs are read as a connection string's, not as
    /// one URI's.
    /// </summary>
    public static bool StartsWithUriValuedPair(string text) =>
        text.IndexOf(';') > 0 && UriValuedPair.IsMatch(text);

    private static readonly BuiltInPattern UriValuedPair = new(@"^\s*[A-Za-z][A-Za-z0-9 _.\-]{0,40}=\s*[A-Za-z][A-Za-z0-9+.\-]{0,20}://[^;]*;\s*[A-Za-z][A-Za-z0-9 _.\-]{0,40}=", Options, Timeout);

    /// <summary>Whether a pair is a SIM PIN in an AT command (a command, not a connection string: it has no other keys).</summary>
    public static bool IsModemCommand(ConnectionStringSecret pair) => ModemCommands.Contains(pair.KeyName);

    /// <summary>
    /// A SIM PIN's or PUK's place (<c>AT+CPIN</c>, <c>AT+CLCK</c>, <c>AT+CPWD</c>), whose values are four to eight digits or a
    /// placeholder by the time they are found (<see cref="IsPinCommandValue"/>).
    /// </summary>
    public static bool IsSimPinCommand(ConnectionStringSecret pair) =>
        pair.KeyName.Equals("CPIN", StringComparison.OrdinalIgnoreCase) || pair.KeyName.Equals("CLCK", StringComparison.OrdinalIgnoreCase) ||
        pair.KeyName.Equals("CPWD", StringComparison.OrdinalIgnoreCase);

    /// <summary>The AT commands (without <c>AT+</c>) whose values carry a credential: SIM PINs and PUKs, APN logins, ESP-AT Wi-Fi and MQTT logins.</summary>
    public static IEnumerable<string> ModemCommandNames => ModemCommands;

    private static readonly HashSet<string> ModemCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        "CPIN", "CLCK", "CPWD", "CGAUTH", "QICSGP", "CSTT", "SAPBR", "QMTCONN", "CWJAP", "CWJAP_CUR", "CWJAP_DEF", "CWSAP", "CWSAP_CUR", "CWSAP_DEF",
        "MQTTUSERCFG", "CMQTTCONNECT", "UPSD",
    };

    /// <summary>
    /// An APN password that is the user name again or a label of the access point's name is the operator's published
    /// login (<c>"web.vodafone.de","vodafone","vodafone"</c>), which every subscriber uses: no secret of the device.
    /// </summary>
    private static bool IsPublicAccessPointLogin(Group user, Group? apn, string password) =>
        // user: an APN's login, never a broker's (QMTCONN "admin","admin" is a default)
        user.Success && IsPublishedApnLogin(password, user.Value, apn is { Success: true } ? apn.Value : null);

    /// <summary>
    /// Whether an APN password is the operator's published login: the <paramref name="user"/> name again, or a label of the
    /// access point's name <paramref name="apn"/> (<c>"web.vodafone.de"</c> with <c>"vodafone"</c>). Either may be null
    /// when the command or code that sets it is not known.
    /// </summary>
    public static bool IsPublishedApnLogin(string password, string? user, string? apn) =>
        (user is not null && password.Equals(user, StringComparison.OrdinalIgnoreCase)) ||
        (apn is not null && Array.Exists(apn.Split('.'), label => label.Equals(password, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every URI user-information password and secret-named query value that is fully known.</summary>
    public static IReadOnlyList<ConnectionStringSecret> FindUrlPairs(string text) => FindUrlPairs(text, null);

    /// <summary>
    /// As <see cref="FindUrlPairs(string)"/>, also keeping a query value that <paramref name="alsoKeep"/> accepts (the caller
    /// knows where the text came from: a value that repeats the name of the constant it is read from is a template).
    /// </summary>
    public static IReadOnlyList<ConnectionStringSecret> FindUrlPairs(string text, Func<ConnectionStringSecret, bool>? alsoKeep)
    {
        // User information needs "://" and '@'; a query value needs '?' or '&' and '='; a key in the path needs "/key/",
        // "/token/" or "/api/" after a scheme.
        var hasUserInfo = text.IndexOf('@') >= 0 && text.IndexOf("://", StringComparison.Ordinal) >= 0;
        var hasQuery = (text.IndexOf('?') >= 0 || text.IndexOf('&') >= 0) && text.IndexOf('=') >= 0 && MayHoldQueryCredentialKey(text);
        var hasPathKey = text.IndexOf("://", StringComparison.Ordinal) >= 0 &&
                         (text.IndexOf("key/", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("/token/", StringComparison.OrdinalIgnoreCase) >= 0 ||
                          text.IndexOf("/api/", StringComparison.OrdinalIgnoreCase) >= 0);
        if (!hasUserInfo && !hasQuery && !hasPathKey)
        {
            return Array.Empty<ConnectionStringSecret>();
        }

        var found = new List<ConnectionStringSecret>(hasUserInfo ? Find(UrlUserInfo, text).Where(p => !IsAnonymousLogin(text, p)) : Array.Empty<ConnectionStringSecret>());
        if (hasPathKey)
        {
            // A key written as a path segment (IFTTT's /with/key/{key}, a Philips Hue bridge's /api/{username}/lights): a
            // generated value right after the segment that names it; an id, a hash or a name is a resource's.
            foreach (var segment in Find(UrlPathKey, text, needsPairCharacter: false))
            {
                if (IsGeneratedPathSegment(segment.Value))
                {
                    found.Add(segment);
                }
            }
        }

        foreach (var written in hasQuery ? Find(UrlQuery, text) : Array.Empty<ConnectionStringSecret>())
        {
            // The value as the server reads it: YOUR+API+KEY and YOUR%20API%20KEY are the words YOUR API KEY.
            var pair = new ConnectionStringSecret(written.KeyName, written.ValueStart, written.ValueLength, QueryText(written.Value));
            // ?code=KSEA, ?key=brightness, ?token=optional name things; an API key or token looks generated. A password
            // key names a password whatever it looks like (a camera's ?usr=admin&pwd=..., ?loginuse=admin&loginpas=...);
            // a bare "pass" may count passes, so it takes a generated look or a listed default.
            var key = pair.KeyName.ToLowerInvariant();
            if (IsSwitchValue(pair.Value))
            {
                continue; // ?show_password=true, &reset_pwd=0: a setting's switch or count, no password
            }

            // A placeholder counts under a credential's key (&api_key=fill-me-in, &sig=<signature>), not under a bare key or
            // code (?key=sample), unless its words name the credential it stands for (?key=YOUR_WRITE_KEY, ?key=<api key>).
            if (key is "key" or "code" or "auth" && !SaysWhichCredentialGoesHere(pair.Value) && LooksGenerated(pair.Value) &&
                SecretText.Classify(pair.Value) == TextClass.Placeholder)
            {
                continue; // ?key=enter_key_action: sixteen letters look generated, but its words are a setting's name
            }

            if (PasswordQueryKey.IsMatch(key) || LooksGenerated(pair.Value) ||
                (key is not ("key" or "code" or "auth") && SecretText.Classify(pair.Value) == TextClass.Placeholder) ||
                (key is "key" or "auth" && SaysWhichCredentialGoesHere(pair.Value) && SecretText.Classify(pair.Value) == TextClass.Placeholder) ||
                (IsPassKey(key) && DefaultCredentialList.IsDefaultPassword(pair.Value)) || alsoKeep?.Invoke(pair) == true)
            {
                found.Add(pair);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a URL path segment after <c>/key/</c>, <c>/token/</c> or <c>/api/</c> looks generated as a key does: upper-
    /// and lower-case letters and digits mixed (<c>3Vd9kQm1xR7tLw2ZbN5cHy8pJf0sGa4eUo6iTr2E</c>), with no word among its
    /// '-' or '_' separated parts. A resource's id in one case (a hex serial, a UUID), a content hash
    /// (<c>sha256-9f8e...</c>) or a dated name (<c>2024-06-01T12-00-00Z-report-0001</c>) in that place is no key.
    /// </summary>
    private static bool IsGeneratedPathSegment(string value)
    {
        if (!LooksGenerated(value) || !value.Any(char.IsDigit) || !value.Any(char.IsUpper) || !value.Any(char.IsLower) || SecretText.IsUuid(value))
        {
            return false;
        }

        foreach (var part in value.Split('-', '_'))
        {
            if (part.Length >= 4 && part.All(char.IsLower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a bare <c>key=</c> or <c>auth=</c> value says which credential goes in its place: its last word is a
    /// credential's (<c>key</c>, <c>token</c>, <c>secret</c>, <c>password</c>, <c>psk</c>, <c>signature</c>) or "here", and it
    /// stands in brackets, gives an instruction (your, my, enter, insert, paste, put, here) or is written in capitals as
    /// documentation writes placeholders: <c>YOUR_WRITE_KEY</c>, <c>YOURAPIKEY</c>, <c>INSERT_KEY_HERE</c>,
    /// <c>&lt;api key&gt;</c>, <c>API_KEY</c>. A setting's name a settings API is asked for (<c>?key=wifi_password</c>,
    /// <c>?key=enter_key_action</c>) or a mode (<c>?auth=token</c>) gives none.
    /// </summary>
    private static bool SaysWhichCredentialGoesHere(string text)
    {
        var words = SecretNames.SplitWords(text, lettersOnly: true);
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[words.Count - 1];
        if (!(IsCredentialNoun(last) || last == "here" ||
              (words.Count == 1 && CredentialNouns.Any(n => last.EndsWith(n, StringComparison.Ordinal)))))
        {
            return false; // ?key=enter_key_action, &key=put_password_prompt: a setting or an action, named
        }

        var trimmed = text.Trim();
        if (trimmed[0] is '<' or '[' or '{')
        {
            return true;
        }

        // an instruction among its words (YOUR_WRITE_KEY, insert-key-here, MY_API_KEY), or run together (YOURAPIKEY), or
        // a credential's name in capitals as documentation writes placeholders (key=API_KEY); a lower-case name
        // (?key=wifi_password) is a setting a settings API is asked for
        return words.Any(w => w is "your" or "you" or "my" or "enter" or "insert" or "paste" or "put" or "here") ||
               (words.Count == 1 && (last.StartsWith("your", StringComparison.Ordinal) || last.StartsWith("my", StringComparison.Ordinal) ||
                                     last.StartsWith("enter", StringComparison.Ordinal) || last.StartsWith("insert", StringComparison.Ordinal))) ||
               (trimmed.Any(char.IsLetter) && !trimmed.Any(char.IsLower));
    }

    private static readonly string[] CredentialNouns = { "key", "apikey", "token", "secret", "password", "passwd", "pwd", "pass", "passphrase", "psk", "signature" };

    private static bool IsCredentialNoun(string word) => System.Array.IndexOf(CredentialNouns, word) >= 0;

    /// <summary>
    /// An anonymous FTP login in a URL's user information (<c>ftp://anonymous:ops%40example.org@host/</c>): by FTP's
    /// convention (RFC 1635) the password is an e-mail address given as courtesy, not a secret.
    /// </summary>
    private static bool IsAnonymousLogin(string text, ConnectionStringSecret pair)
    {
        var scheme = pair.ValueStart > 0 ? text.LastIndexOf("://", pair.ValueStart - 1, StringComparison.Ordinal) : -1;
        if (scheme < 0 || pair.ValueStart - 1 < scheme + 3 || !IsFtpScheme(text.Substring(0, scheme)))
        {
            return false;
        }

        var user = text.Substring(scheme + 3, pair.ValueStart - 1 - (scheme + 3));
        return (user.Equals("anonymous", StringComparison.OrdinalIgnoreCase) || user.Equals("ftp", StringComparison.OrdinalIgnoreCase)) &&
               IsAnonymousLoginPassword(QueryText(pair.Value));
    }

    /// <summary>Whether the text before "://" ends in an FTP scheme (<c>ftp</c>, <c>ftps</c>), the one protocol with anonymous logins by convention.</summary>
    private static bool IsFtpScheme(string before)
    {
        var start = before.Length;
        while (start > 0 && (char.IsLetterOrDigit(before[start - 1]) || before[start - 1] is '+' or '.' or '-'))
        {
            start--;
        }

        return before.Substring(start).ToLowerInvariant() is "ftp" or "ftps";
    }

    /// <summary>
    /// The password an anonymous FTP login gives by convention (RFC 1635): nothing, or an e-mail address
    /// (<c>ops@example.org</c>: one '@', a dot in the domain, no spaces). Any other password is a secret, whoever the user is.
    /// </summary>
    public static bool IsAnonymousLoginPassword(string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return true;
        }

        var at = password!.IndexOf('@');
        return at > 0 && at == password.LastIndexOf('@') && password.IndexOf('.', at) > at + 1 && !password.EndsWith(".", StringComparison.Ordinal) &&
               password.IndexOf(' ') < 0;
    }

    /// <summary>A query value as text: '+' and percent-escapes decoded (<c>YOUR+API+KEY</c>, <c>YOUR%20API%20KEY</c>); the value itself when it does not decode.</summary>
    private static string QueryText(string value)
    {
        if (value.IndexOf('+') < 0 && value.IndexOf('%') < 0)
        {
            return value;
        }

        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }

    /// <summary>The words every key <see cref="UrlQuery"/> reads holds one of (api_key, app_id, access_token, sig, pass, pwd, psw, psk, secret, auth, code).</summary>
    private static readonly string[] QueryKeyWords = { "key", "app", "token", "sig", "pas", "psw", "pwd", "psk", "secret", "auth", "code" };

    /// <summary>A cheap test before the query pattern runs: most URLs of device code carry readings, not credentials.</summary>
    private static bool MayHoldQueryCredentialKey(string text)
    {
        foreach (var word in QueryKeyWords)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A query key that names a password: <c>password</c>, <c>pwd</c>, <c>passwd</c>, <c>pswd</c>, a Wi-Fi <c>psk</c>, after
    /// an owner word or not (<c>wifi_password</c>, <c>mqttPassword</c>, <c>ap_psk</c>), or one after a login word
    /// (<c>loginpas</c>, <c>user_pwd</c>).
    /// </summary>
    private static readonly BuiltInPattern PasswordQueryKey = new(@"^(?:(?:login|user|usr|admin)[_\-]?(?:pas|pass|psw|pswd|pwd|passwd|password)|(?:[a-z0-9]{1,16}[_\-]?)?(?:password|passwd|pswd|pwd|psk))$", Options, Timeout);

    /// <summary>
    /// A query value that switches or counts (<c>true</c>, <c>off</c>, <c>checked</c>, <c>always</c>, <c>none</c>, <c>0</c>,
    /// <c>12</c>): never a password.
    /// </summary>
    private static bool IsSwitchValue(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "on" or "off" or "yes" or "no" or "enabled" or "disabled" or "enable" or "disable" or
            "checked" or "unchecked" or "always" or "never" or "none" or "null" or "auto" or "required" or "optional" or "hidden" or "visible" or "show" or "hide" ||
        (value.Length is > 0 and <= 2 && value.All(char.IsDigit));

    /// <summary>
    /// A key that is "pass" alone or after an owner word (<c>mqtt_pass</c>, <c>ap-pass</c>): a password only when its value
    /// looks generated or is a listed default, as <c>high_pass=200</c> or <c>pass=3</c> may be a filter or a count.
    /// </summary>
    private static bool IsPassKey(string key) =>
        key == "pass" || (key.EndsWith("pass", StringComparison.Ordinal) && key.Length > 5 && key[key.Length - 5] is '_' or '-');

    /// <summary>Whether a value looks generated: 16 characters or more, 8 or more mixing letters and digits, or 12 or more letters whose case changes at random.</summary>
    private static bool LooksGenerated(string value)
    {
        if (value.Length >= 16)
        {
            return true;
        }

        bool letter = false, digit = false;
        foreach (var c in value)
        {
            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        // 12 or more letters whose case changes at random ("nQBU_KXfAyRYpMh"), separators aside
        return value.Length >= 8 && letter && digit ||
               value.Length >= 12 && value.All(c => char.IsLetter(c) || c is '_' or '-') && SecretText.ShortCasePieces(value.Replace("_", string.Empty).Replace("-", string.Empty)) >= 3;
    }



    /// <summary>The pairs of <see cref="FindPairs"/> whose value is usable as a secret (not empty, a placeholder or a key).</summary>
    public static IReadOnlyList<ConnectionStringSecret> FindSecrets(string text) => FindSecrets(text, null);

    /// <summary>As <see cref="FindSecrets(string)"/>, with a team's placeholder patterns.</summary>
    public static IReadOnlyList<ConnectionStringSecret> FindSecrets(string text, IReadOnlyList<Regex>? placeholders)
    {
        var pairs = FindPairs(text);
        if (pairs.Count == 0)
        {
            return pairs;
        }

        var secrets = new List<ConnectionStringSecret>();
        foreach (var pair in pairs)
        {
            if (SecretText.Classify(pair.Value, placeholders) == TextClass.Value)
            {
                secrets.Add(pair);
            }
        }

        return secrets;
    }

    private static IReadOnlyList<ConnectionStringSecret> Find(BuiltInPattern pattern, string text, bool needsPairCharacter = true)
    {
        if (needsPairCharacter && text.IndexOf('=') < 0 && text.IndexOf('@') < 0)
        {
            return Array.Empty<ConnectionStringSecret>();
        }

        List<ConnectionStringSecret>? found = null;
        var keyGroup = pattern.GroupNumber("key");
        var valueGroup = pattern.GroupNumber("value");
        var apnUserGroup = pattern.GroupNumber("apnuser");
        var apnGroup = pattern.GroupNumber("apn");
        try
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var keyMatch = keyGroup < 0 ? null : match.Groups[keyGroup];
                var key = keyMatch is { Success: true } ? keyMatch.Value : "password";
                foreach (Capture value in match.Groups[valueGroup].Captures)
                {
                    var end = value.Index + value.Length;
                    if ((end < text.Length && text[end] == '\0') || value.Value.IndexOf('\0') >= 0 || value.Length == 0)
                    {
                        continue; // empty, or continues into a runtime hole
                    }

                    if (key.Equals("CPIN", StringComparison.OrdinalIgnoreCase) || key.Equals("CLCK", StringComparison.OrdinalIgnoreCase) ||
                        key.Equals("CPWD", StringComparison.OrdinalIgnoreCase)) // IsSimPinCommand's keys
                    {
                        if (!IsPinCommandValue(value.Value))
                        {
                            continue; // AT+CPIN="READY": a reply's word, not a PIN
                        }
                    }

                    if (apnUserGroup >= 0 && IsPublicAccessPointLogin(match.Groups[apnUserGroup], apnGroup < 0 ? null : match.Groups[apnGroup], value.Value))
                    {
                        continue; // an operator's published APN login ("net2.vodafone.pt", "vodafone", "vodafone")
                    }

                    (found ??= new List<ConnectionStringSecret>()).Add(new ConnectionStringSecret(key, value.Index, value.Length, value.Value));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input: report nothing rather than stall the build.
        }

        return (IReadOnlyList<ConnectionStringSecret>?)found ?? Array.Empty<ConnectionStringSecret>();
    }
}

/// <summary>HTTP header names that carry credentials.</summary>
internal static class AuthenticationHeaders
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "X-API-Key", "X-Api-Key", "Api-Key", "ApiKey", "X-Auth-Token", "X-Access-Token",
        "Ocp-Apim-Subscription-Key", "X-Functions-Key", "X-Device-Key", "X-Secret", "Token", "X-Token", "PRIVATE-TOKEN",
    };

    /// <summary>
    /// A whole header line (<c>"Authorization: Bearer ..."</c>, the one-argument <c>WebHeaderCollection.Add(header)</c>)
    /// split at its first colon into the header's name and value (trimmed of the space after the colon); false when the
    /// text has no name before a colon (RFC 9110: <c>field-name ":" OWS field-value</c>).
    /// </summary>
    public static bool TrySplitHeaderLine(string? line, out string name, out string value)
    {
        name = value = string.Empty;
        var colon = line?.IndexOf(':') ?? -1;
        if (colon <= 0 || line!.Substring(0, colon).Trim() is not { Length: > 0 } written || written.Any(char.IsWhiteSpace))
        {
            return false;
        }

        name = written;
        value = line.Substring(colon + 1).TrimStart();
        return true;
    }

    public static bool IsAuthenticationHeader(string? name)
    {
        if (name is null)
        {
            return false;
        }

        if (Names.Contains(name.Trim()))
        {
            return true;
        }

        // A vendor's own header that says it carries a key, token or secret (X-Pvoutput-Apikey, X-Vendor-Auth-Token,
        // X-DR-Key), not one whose key is a protocol value or a data key (Sec-WebSocket-Key, Idempotency-Key, X-Partition-Key).
        var normalized = SecretNames.Normalize(name);
        if (normalized.EndsWith("apikey", StringComparison.Ordinal) || normalized.EndsWith("token", StringComparison.Ordinal) ||
            normalized.EndsWith("secret", StringComparison.Ordinal) || normalized.EndsWith("password", StringComparison.Ordinal) ||
            normalized.EndsWith("accesskey", StringComparison.Ordinal) || normalized.EndsWith("authkey", StringComparison.Ordinal) ||
            normalized.EndsWith("authorization", StringComparison.Ordinal)) // X-Authorization (Victron VRM, ThingsBoard)
        {
            return true;
        }

        var words = SecretNames.SplitWords(name);
        return words.Count >= 2 && words[words.Count - 1] == "key" && Array.IndexOf(DataKeyWords, words[words.Count - 2]) < 0;
    }

    /// <summary>The word before "Key" in headers whose key is a protocol value, an identifier or public data, not a credential.</summary>
    private static readonly string[] DataKeyWords =
    {
        "websocket", "socket", "idempotency", "partition", "cache", "sort", "routing", "row", "public", "dedup", "deduplication", "lookup",
        "object", "primary", "foreign", "sequence", "correlation", "message", "request", "event", "shard", "hash", "range",
    };

    /// <summary>
    /// True when <paramref name="text"/> is an HTTP Basic authorization value (RFC 7617): the scheme <c>Basic</c> (any
    /// case), a space and base64 that decodes to UTF-8 <c>user-id:password</c> with a non-empty user id
    /// (<c>"Basic YWRtaW46YWRtaW4="</c>). A challenge (<c>Basic realm="device"</c>), the bare scheme and base64 of other
    /// text are not. Never throws; false for null.
    /// </summary>
    public static bool IsBasicCredential(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var value = text.Trim();
        if (value.Length < 10 || !value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var encoded = value.Substring(6).Trim();
        if (encoded.Length < 4 || encoded.Length % 4 != 0 || encoded.Any(c => !(char.IsLetterOrDigit(c) && c < 128 || c is '+' or '/' or '=')))
        {
            return false;
        }

        try
        {
            var decoded = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(encoded));
            var colon = decoded.IndexOf(':');
            return colon > 0 && decoded.All(c => !char.IsControl(c)) && !PublishedExamples.Contains(decoded);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The published examples of RFC 2617 and RFC 7617 (an encoder's self-test checks against them): nobody's credentials.</summary>
    private static readonly HashSet<string> PublishedExamples = new(StringComparer.Ordinal) { "Aladdin:open sesame", "test:123\u00A3" };

    /// <summary>The credential part of a header value: what follows <c>Bearer </c>, <c>Basic </c>, <c>SharedAccessSignature </c>.</summary>
    public static string CredentialOf(string value)
    {
        var trimmed = value.Trim();
        var space = trimmed.IndexOf(' ');
        if (space > 0 && trimmed.Substring(0, space).All(char.IsLetter) && !trimmed.StartsWith("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
        {
            return trimmed.Substring(space + 1).Trim();
        }

        return trimmed;
    }
}
