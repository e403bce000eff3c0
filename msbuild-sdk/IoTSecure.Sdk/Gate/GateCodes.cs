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
    public const string SecretInPackagedFile = "IOT8040";
    public const string ControlCharacterInValue = "IOT8050";

    public const string HelpLinkBase = "https://github.com/iotsecure/iotsecure/blob/main/docs/rules/";

    public static string HelpLink(string code) => HelpLinkBase + code + ".md";
}
