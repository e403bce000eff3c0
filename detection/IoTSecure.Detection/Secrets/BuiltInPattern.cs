using System;
using System.Text.RegularExpressions;

namespace IoTSecure.Detection;

/// <summary>
/// One of IoTSecure's own regular expressions (not a team's pattern), run without a match timeout on text up to
/// <see cref="UntimedLength"/> characters and with one on longer text. A timeout makes the engine read the clock on every
/// match and in its loops, which on the short literals of device code cost as much as the match itself. The built-in
/// patterns have no nested quantifiers, but some are quadratic on crafted text (a run of spaces before a separator:
/// red team 9 measured 0.1-0.35 s on 4,096 characters), so the untimed bound is 1,024 characters, where that worst
/// case stays in milliseconds. A team's own patterns (from configuration) always keep their timeout.
/// <para>
/// A timed-out <see cref="IsMatch"/> or <see cref="Match"/> answers "no match" instead of throwing: an analyzer that
/// throws loses every finding in the file (AD0001), and a loaded build machine can push even a linear scan of a long
/// literal past the timeout. Every test that asks "is this a placeholder, a UUID, prose, a reference, code?" therefore
/// fails closed: the value stays a suspect. <see cref="Replace"/> still throws <see cref="RegexMatchTimeoutException"/>;
/// its one caller catches it.
/// </para>
/// </summary>
internal sealed class BuiltInPattern
{
    /// <summary>The longest text matched without a timeout, in UTF-16 code units.</summary>
    public const int UntimedLength = 1024;

    private readonly Regex _untimed;
    private readonly Lazy<Regex> _timed;

    /// <param name="pattern">The pattern.</param>
    /// <param name="options">Its options.</param>
    /// <param name="timeout">The match timeout on text longer than <see cref="UntimedLength"/>; a match that runs over it reads as no match (see the class remarks).</param>
    public BuiltInPattern(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _untimed = new Regex(pattern, options, Regex.InfiniteMatchTimeout);
        _timed = new Lazy<Regex>(() => new Regex(pattern, options, timeout));
    }

    /// <summary>
    /// The number of the group named <paramref name="name"/> (the same in the timed and the untimed expression); -1 when
    /// the pattern has none. A match's groups read by number skip the name lookup each <c>Groups[name]</c> makes.
    /// </summary>
    public int GroupNumber(string name) => _untimed.GroupNumberFromName(name);

    /// <summary>The regular expression to run on <paramref name="text"/>.</summary>
    public Regex For(string text) => text.Length <= UntimedLength ? _untimed : _timed.Value;

    /// <summary>Whether the pattern matches <paramref name="text"/>; false when the match timed out.</summary>
    public bool IsMatch(string text)
    {
        try
        {
            return For(text).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The first match in <paramref name="text"/>; <see cref="System.Text.RegularExpressions.Match.Empty"/> when the match
    /// timed out. Its <see cref="System.Text.RegularExpressions.Match.NextMatch"/> may still throw
    /// <see cref="RegexMatchTimeoutException"/>: a caller that loops over matches catches it.
    /// </summary>
    public Match Match(string text)
    {
        try
        {
            return For(text).Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>Replaces every match; throws <see cref="RegexMatchTimeoutException"/> when a match timed out.</summary>

    public string Replace(string text, string replacement) => For(text).Replace(text, replacement);
}
