namespace IoTSecure.Analyzers;

/// <summary>
/// The one ID space of IoTSecure: configuration (IOT0xxx), analyzer rules (IOT1xxx-IOT4xxx) and build checks (IOT8xxx).
/// The IDs are a public contract: users put them in project files and suppressions.
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

    /// <summary>Base of every rule's help page; each ID has <c>docs/rules/IOTnnnn.md</c>.</summary>
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
