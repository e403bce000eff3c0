using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using IoTSecure.Detection;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The analyzers and the pack/publish gate's file scan agree on what a secret is: a value under a given name is a
/// finding in code (IOT1004, a secret-named field given it) exactly when the same key and value in a shipped JSON,
/// .env or INI file is (IOT8040), with the built-in vocabulary and with a team's secret names and placeholder pattern.
/// </summary>
public class GateAgreementTests
{
    private const string TeamNames = "otaseed, pairingcode";
    private const string TeamPlaceholders = "^@@.*@@$";

    /// <summary>(name, value, whether a team's options are set, expected verdict).</summary>
    public static TheoryData<string, string, bool, bool> Cases => new()
    {
        { "WifiPassword", "Kx9-Wq7Lt2mZ", false, true },
        { "WifiKey", "Kx9-Wq7Lt2mZ", false, true },
        { "DeviceKey", "Kx9-Wq7Lt2mZ", false, true },
        { "MqttPassword", "s3cr3t-broker", false, true },
        { "ApiToken", "Tr0ub4dor-3x", false, true },
        { "PasswordHash", "Kx9-Wq7Lt2mZ", false, false },
        { "PublicKeyToken", "b77a5c561934e089", false, false },
        { "ApiKeyHeaderName", "X-Api-Key", false, false },
        { "DeviceName", "Kx9-Wq7Lt2mZ", false, false },
        { "WifiPassword", "", false, false },
        { "WifiPassword", "your_wifi_password", false, false },
        { "OtaSeed", "Kx9-Wq7Lt2mZ", false, false },
        { "OtaSeed", "Kx9-Wq7Lt2mZ", true, true },
        { "PairingCode", "Tr0ub4dor-3x", true, true },
        { "WifiPassword", "@@wifi-pass@@", false, true },
        { "WifiPassword", "@@wifi-pass@@", true, false },
        // a password hash in the modular crypt format is the verifier a login stores (Node-RED's adminAuth), not the password
        { "AdminPassword", "$2b$08$nRwEHKsFZCJ1zGcJ0FNaFwEaDPjzQNlVLWtKGFY90m54skdVdIk9p", false, false },
        { "WebPassword", "$6$rounds=5000$Qx7saltR$3iHNzTpR8zDHmpq94GJg6GFl3ivqA5rTM9FZiOdww9IT3xhP1hzrubRIURbb/8Vfi.QztmOE4wwxwL7xFWGY2S", false, false },
        { "AdminPassword", "$ecret-Kx9Wq7Lt", false, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Code_and_shipped_files_agree(string name, string value, bool teamOptions, bool expected)
    {
        var inCode = await FlaggedInCode(name, value, teamOptions);
        var vocabulary = teamOptions ? TeamOptions.Vocabulary(TeamNames, TeamPlaceholders) : SecretVocabulary.Default;
        var json = SecretTokens.FindInFile("{\n  \"Device\": {\n    \"" + name + "\": \"" + value + "\"\n  }\n}\n", vocabulary, out _).Count > 0;
        var env = SecretTokens.FindInFile(IoTSecure.Analyzers.Sinks.SecretFinding.EnvironmentVariableName(name) + "=" + value + "\n", vocabulary, out _).Count > 0;

        Assert.Equal((Code: expected, Json: expected, Env: expected), (Code: inCode, Json: json, Env: env));
    }

    private static async Task<bool> FlaggedInCode(string name, string value, bool teamOptions)
    {
        var source = "class Device\n{\n    static readonly string " + name + " = " + SymbolDisplay.FormatLiteral(value, quote: true) + ";\n}\n";
        var compilation = CSharpCompilation.Create("Device", new[] { CSharpSyntaxTree.ParseText(source) }, Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new Dictionary<string, string>();
        if (teamOptions)
        {
            options[TeamOptions.SecretNames] = TeamNames;
            options[TeamOptions.PlaceholderPatterns] = TeamPlaceholders;
        }

        var analyzer = new SecretNamedSymbolRule();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(options))).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Any(d => d.Id == RuleIdentifiers.SecretNamedSymbol);
    }

    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public GlobalOptionsProvider(Dictionary<string, string> values) => _global = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

            public override IEnumerable<string> Keys => _values.Keys;
        }
    }
}
