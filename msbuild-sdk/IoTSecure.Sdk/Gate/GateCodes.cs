namespace IoTSecure.Sdk.Gate;

/// <summary>The build-check IDs (IOT8xxx); each has <c>docs/rules/IOTnnnn.md</c>. A public contract.</summary>
public static class GateCodes
{
    public const string SupportPeriodMissing = "IOT8001";
    public const string SupportPeriodMalformed = "IOT8002";
    public const string SupportPeriodPast = "IOT8003";
    public const string SupportPeriodEndingSoon = "IOT8004";
    public const string SupportPeriodShortForMarket = "IOT8005";
    public const string ContactMissing = "IOT8010";
    public const string ContactMalformed = "IOT8011";
    public const string PolicyUrlNotHttps = "IOT8012";
    public const string IdentityMissing = "IOT8020";
    public const string UpdateMechanismInvalid = "IOT8021";
    public const string NoUpdateRationaleMissing = "IOT8022";
    public const string MarketUnknown = "IOT8023";
    public const string AnalyzersSwitchedOff = "IOT8030";
    public const string ChecksSwitchedOff = "IOT8031";
    public const string SuppressionWithoutJustification = "IOT8032";
    public const string ReceiptMissing = "IOT8033";
    public const string SecretInPackagedFile = "IOT8040";
    public const string FileNotScanned = "IOT8041";
    public const string ControlCharacterInValue = "IOT8050";
    public const string DebugBuild = "IOT8060";
    public const string VulnerablePackage = "IOT8061";
    public const string NotAudited = "IOT8062";
    public const string SeverityThresholdInvalid = "IOT8063";
    public const string RestoreInformationMissing = "IOT8064";
    public const string GateFailed = "IOT8099";

    public const string HelpLinkBase = "https://github.com/iotsecure/iotsecure/blob/main/docs/rules/";

    /// <summary>Every build check: code, default severity and title (the README table is generated from this).</summary>
    public static readonly (string Code, string Severity, string Title)[] All =
    {
        (SupportPeriodMissing, "error", "Security-update support period not declared"),
        (SupportPeriodMalformed, "error", "Support period end is not a date"),
        (SupportPeriodPast, "error", "Support period has already ended"),
        (SupportPeriodEndingSoon, "warning", "Support period ends within 12 months"),
        (SupportPeriodShortForMarket, "warning", "Support period under five years for the EU market"),
        (ContactMissing, "error", "Vulnerability-disclosure contact not declared"),
        (ContactMalformed, "error", "Vulnerability-disclosure contact is not a mailto:, https: or tel: URI"),
        (PolicyUrlNotHttps, "error", "Disclosure policy URL is not https"),
        (IdentityMissing, "warning (error for UK)", "Statement-of-compliance identity missing"),
        (UpdateMechanismInvalid, "error", "Unknown update mechanism"),
        (NoUpdateRationaleMissing, "error", "No-update product without a rationale"),
        (MarketUnknown, "warning", "Unknown market"),
        (AnalyzersSwitchedOff, "error", "Security analyzers switched off for a device build"),
        (ChecksSwitchedOff, "warning", "Gate or rules switched off, or a device not treated as one"),
        (SuppressionWithoutJustification, "warning", "Finding suppressed without a justification"),
        (ReceiptMissing, "error", "Shipped assembly has no build receipt proving it was analysed"),
        (SecretInPackagedFile, "error", "Secret in a file that would ship"),
        (FileNotScanned, "error", "Shipped file could not be scanned for secrets"),
        (ControlCharacterInValue, "error", "Line break or control character in a declared value"),
        (DebugBuild, "error", "Debug build packed or published as a release"),
        (VulnerablePackage, "error", "Shipped package with a known vulnerability"),
        (NotAudited, "warning", "Shipped packages could not be audited for known vulnerabilities"),
        (SeverityThresholdInvalid, "error", "Unknown vulnerability severity threshold"),
        (RestoreInformationMissing, "error", "No restore information to list what ships"),
        (GateFailed, "error", "The gate could not complete"),
    };

    public static string HelpLink(string code) => HelpLinkBase + code + ".md";
}
