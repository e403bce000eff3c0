namespace IoTSecure.Sdk.Gate;

/// <summary>The build checks (IOT8xxx, IDs in <see cref="RuleIdentifiers"/>): default severity and title of each.</summary>
public static class GateCodes
{

    /// <summary>Every build check: code, default severity and title (the README table is generated from this).</summary>
    public static readonly (string Code, string Severity, string Title)[] All =
    {
        (RuleIdentifiers.SupportPeriodMissing, "error", "Security-update support period not declared"),
        (RuleIdentifiers.SupportPeriodMalformed, "error", "Support period end is not a date"),
        (RuleIdentifiers.SupportPeriodPast, "error", "Support period has already ended"),
        (RuleIdentifiers.SupportPeriodEndingSoon, "warning", "Support period ends within 12 months"),
        (RuleIdentifiers.SupportPeriodShortForMarket, "warning", "Support period under five years for the EU market"),
        (RuleIdentifiers.ContactMissing, "error", "Vulnerability-disclosure contact not declared"),
        (RuleIdentifiers.ContactMalformed, "error", "Vulnerability-disclosure contact is not a mailto:, https: or tel: URI"),
        (RuleIdentifiers.PolicyUrlNotHttps, "error", "Disclosure policy URL is not https"),
        (RuleIdentifiers.IdentityMissing, "warning (error for UK)", "Statement-of-compliance identity missing"),
        (RuleIdentifiers.UpdateMechanismInvalid, "error", "Unknown update mechanism"),
        (RuleIdentifiers.NoUpdateRationaleMissing, "error", "No-update product without a rationale"),
        (RuleIdentifiers.MarketUnknown, "warning", "Unknown market"),
        (RuleIdentifiers.AnalyzersSwitchedOff, "error", "Security analyzers switched off for a device build"),
        (RuleIdentifiers.ChecksSwitchedOff, "warning", "Gate or rules switched off, or a device not treated as one"),
        (RuleIdentifiers.SuppressionWithoutJustification, "warning", "Finding suppressed without a justification"),
        (RuleIdentifiers.ReceiptMissing, "error", "Shipped assembly has no build receipt proving it was analysed"),
        (RuleIdentifiers.SecretInPackagedFile, "error", "Secret in a file that would ship"),
        (RuleIdentifiers.FileNotScanned, "error", "Shipped file could not be scanned for secrets"),
        (RuleIdentifiers.ControlCharacterInValue, "error", "Line break or control character in a declared value"),
        (RuleIdentifiers.DebugBuild, "error", "Debug build packed or published as a release"),
        (RuleIdentifiers.VulnerablePackage, "error", "Shipped package with a known vulnerability"),
        (RuleIdentifiers.NotAudited, "warning", "Shipped packages could not be audited for known vulnerabilities"),
        (RuleIdentifiers.SeverityThresholdInvalid, "error", "Unknown vulnerability severity threshold"),
        (RuleIdentifiers.RestoreInformationMissing, "error", "No restore information to list what ships"),
        (RuleIdentifiers.GateFailed, "error", "The gate could not complete"),
    };

    public static string HelpLink(string code) => RuleIdentifiers.HelpLink(code);
}
