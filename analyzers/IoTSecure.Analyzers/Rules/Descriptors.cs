using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers;

/// <summary>Every analyzer descriptor of IoTSecure, side by side.</summary>
public static class Descriptors
{
    public static readonly DiagnosticDescriptor HardcodedCredential = Create(
        RuleIdentifiers.HardcodedCredential,
        RuleCategories.Credentials,
        DiagnosticSeverity.Error,
        title: "Hard-coded credential reaches an authentication API",
        messageFormat: "Hard-coded {0} reaches '{1}' parameter '{2}'{3}; load it from secure storage, configuration or the environment instead",
        description: "A credential written into device code ships in every unit and can be read out of the firmware. " +
                     "ETSI EN 303 645 provisions 5.1-1 and 5.4-3 and UK PSTI Schedule 1 paragraph 1 forbid universal and hard-coded credentials. " +
                     "The diagnostic names the sink, the parameter and the symbol the value travelled through; it never prints the value.",
        WellKnownDiagnosticTags.Telemetry);

    private static DiagnosticDescriptor Create(
        string id, string category, DiagnosticSeverity severity, string title, string messageFormat, string description,
        params string[] tags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description,
            helpLinkUri: RuleIdentifiers.HelpLink(id), customTags: tags);
}
