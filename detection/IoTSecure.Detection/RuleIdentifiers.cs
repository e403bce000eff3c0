namespace IoTSecure;

/// <summary>
/// The one ID registry of IoTSecure: configuration (IOT0xxx), analyzer rules (IOT1xxx-IOT4xxx) and the pack/publish
/// gate's build checks (IOT8xxx), shared by the analyzers and the MSBuild tasks. The IDs are a public contract: users
/// put them in project files and suppressions.
/// </summary>
public static class RuleIdentifiers
{
    public const string AnalysisSkipped = "IOT0001";
    public const string UnusablePlaceholderPattern = "IOT0002";
    public const string UnusedConfiguration = "IOT0003";
    public const string HardcodedCredential = "IOT1001";
    public const string DefaultPassword = "IOT1002";
    public const string SecretToken = "IOT1003";
    public const string SecretNamedSymbol = "IOT1004";
    public const string DerivedDevicePassword = "IOT1005";
    public const string PlaceholderCredential = "IOT1006";
    public const string MissingSecurityUpdate = "IOT2001";
    public const string UnverifiedUpdate = "IOT2002";
    public const string InsecureUpdateChannel = "IOT2003";
    public const string ChecksumOnlyUpdate = "IOT2004";
    public const string ClearTextProtocol = "IOT3001";
    public const string CertificateValidationDisabled = "IOT3002";
    public const string ObsoleteTlsVersion = "IOT3003";
    public const string WeakCryptography = "IOT3004";
    public const string InsecureRandom = "IOT3005";
    public const string ConstantInitializationVector = "IOT3006";

    // Build checks of the pack/publish gate (IOT8xxx); their titles and default severities are in IoTSecure.Sdk.Gate.GateCodes.
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

    /// <summary>Base of every rule's and build check's help page; each ID has <c>docs/rules/IOTnnnn.md</c>. The one place it is written.</summary>
    public const string HelpLinkBase = "https://github.com/iotsecure/iotsecure/blob/main/docs/rules/";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}

/// <summary>Diagnostic categories, one per rule family.</summary>
public static class RuleCategories
{
    public const string Configuration = "IoTSecure.Configuration";
    public const string Credentials = "IoTSecure.Credentials";
    public const string Updates = "IoTSecure.Updates";
    public const string Communication = "IoTSecure.Communication";
    public const string AttackSurface = "IoTSecure.AttackSurface";
}
