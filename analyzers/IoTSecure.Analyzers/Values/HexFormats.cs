namespace IoTSecure.Analyzers.Values;

/// <summary>
/// Numbers written as hex digits: the standard numeric format <c>X</c>/<c>x</c> (<c>ToString("X8")</c>, <c>$"{n:x4}"</c>,
/// <c>string.Format("{0:X8}", n)</c>). A code so written is a token, not a PIN (IOT3005 and IOT1005 share the reading).
/// </summary>
internal static class HexFormats
{
    /// <summary>Whether <paramref name="format"/> is the hexadecimal format specifier, with or without a precision.</summary>
    public static bool IsHex(string? format) => format is { Length: > 0 } && format[0] is 'x' or 'X' && (format.Length == 1 || char.IsDigit(format[1]));

    /// <summary>
    /// Whether the composite format <paramref name="composite"/> writes argument <paramref name="index"/> (any argument when
    /// -1) in hex.
    /// </summary>
    public static bool WritesInHex(string composite, int index = -1)
    {
        if (composite.IndexOf(':') < 0 || CompositeFormat.Parse(composite) is not { } segments)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.Literal is null && (index < 0 || segment.Index == index) && IsHex(segment.Format))
            {
                return true;
            }
        }

        return false;
    }
}
