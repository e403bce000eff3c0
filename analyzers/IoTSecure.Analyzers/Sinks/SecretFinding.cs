using System.Text;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>
/// How a credential finding names things: the symbol that holds the secret, in messages, and the environment variable the
/// code fix reads instead of the literal (passed to the fixer as a diagnostic property). The verdict itself is
/// <see cref="CredentialJudge"/>'s.
/// </summary>
internal static class SecretFinding
{
    /// <summary>Diagnostic property: the environment variable the fix reads instead of the literal.</summary>
    public const string EnvironmentVariableProperty = "EnvironmentVariable";

    /// <summary>How a symbol is named in messages: <c>Type.Member</c> for fields and properties, the name otherwise.</summary>
    public static string Display(Microsoft.CodeAnalysis.ISymbol symbol) =>
        symbol is Microsoft.CodeAnalysis.IFieldSymbol or Microsoft.CodeAnalysis.IPropertySymbol && !symbol.ContainingType.IsAnonymousType
            ? symbol.ContainingType.Name + "." + symbol.Name
            : symbol.Name; // an anonymous object's member has no type name to show

    /// <summary><c>WifiPassword</c>, <c>_wifiPassword</c>, <c>c_AP_PASSWORD</c> to <c>WIFI_PASSWORD</c>, <c>C_AP_PASSWORD</c>.</summary>
    public static string EnvironmentVariableName(params string[] words)
    {
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            AppendSnake(builder, word);
        }

        return builder.Length == 0 ? "DEVICE_SECRET" : builder.ToString();
    }

    private static void AppendSnake(StringBuilder builder, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            var boundary = i > 0 && char.IsUpper(c) &&
                           (char.IsLower(word[i - 1]) || char.IsDigit(word[i - 1]) || (i + 1 < word.Length && char.IsLower(word[i + 1]) && char.IsUpper(word[i - 1])));
            if ((boundary || (i == 0 && builder.Length > 0)) && builder.Length > 0 && builder[builder.Length - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }
    }
}
