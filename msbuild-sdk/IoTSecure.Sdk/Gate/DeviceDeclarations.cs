using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace IoTSecure.Sdk.Gate;

/// <summary>A problem the gate found: its code, whether it fails the gate, and the message.</summary>
public sealed class GateFinding
{
    public GateFinding(string code, bool isError, string message)
    {
        Code = code;
        IsError = isError;
        Message = message;
    }

    public string Code { get; }
    public bool IsError { get; }
    public string Message { get; }

    public override string ToString() => (IsError ? "error " : "warning ") + Code + ": " + Message;
}

/// <summary>The raw MSBuild property values the gate judges (IoT* properties of the MSBuild contract).</summary>
public sealed class DeclarationInput
{
    public string? SupportPeriodEnd { get; set; }
    public string? DisclosureContact { get; set; }
    public string? DisclosurePolicyUrl { get; set; }
    public string? Manufacturer { get; set; }
    public string? ManufacturerAddress { get; set; }
    public string? ProductModel { get; set; }
    public string? UpdateMechanism { get; set; }
    public string? NoUpdateRationale { get; set; }
    public string? Markets { get; set; }

    /// <summary>The statement-of-compliance values that are written but not otherwise validated (Product, Version,
    /// IoTProductType, IoTStandards, IoTStatementPlace, IoTStatementDate, IoTPreferredLanguages), by property name.</summary>
    public IReadOnlyList<(string Property, string? Value)> OtherWrittenValues { get; set; } = Array.Empty<(string, string?)>();
}

/// <summary>The declarations once validated and normalised, ready for the generated evidence.</summary>
public sealed class DeviceDeclarations
{
    public DateTime? SupportPeriodEnd { get; internal set; }

    /// <summary>The support period end as declared (month precision when declared as yyyy-MM).</summary>
    public string? SupportPeriodEndText { get; internal set; }

    public IReadOnlyList<string> Contacts { get; internal set; } = Array.Empty<string>();
    public string? PolicyUrl { get; internal set; }
    public IReadOnlyList<string> Markets { get; internal set; } = Array.Empty<string>();
    public string UpdateMechanism { get; internal set; } = "InApp";
    public List<GateFinding> Findings { get; } = new();
    public bool HasErrors => Findings.Any(f => f.IsError);
}

/// <summary>
/// Validates the product declarations against ETSI EN 303 645 5.2-1 and 5.3-13, UK PSTI Schedule 1 paras 2-3 and
/// Schedule 4, EU CRA Art. 13 and RFC 9116. Pure: no MSBuild types, so every rule is unit-tested directly.
/// </summary>
public static class DeclarationValidator
{
    public static readonly string[] KnownMarkets = { "UK", "EU", "SG", "US", "US-CA" };
    private static readonly string[] UpdateMechanisms = { "InApp", "External", "None" };
    private static readonly Regex Telephone = new(@"^tel:\+?[0-9][0-9\-. ()]{3,30}$", RegexOptions.CultureInvariant);
    private const int MaxShownLength = 80;

    public static DeviceDeclarations Validate(DeclarationInput input, DateTime today)
    {
        var result = new DeviceDeclarations();
        var findings = result.Findings;
        today = today.Date;

        CheckControlCharacters(input, findings);
        result.Markets = ValidateMarkets(input.Markets, findings);
        var markets = new HashSet<string>(result.Markets, StringComparer.OrdinalIgnoreCase);

        ValidateSupportPeriod(input.SupportPeriodEnd, today, markets, result);
        ValidateContact(input.DisclosureContact, result);
        ValidatePolicy(input.DisclosurePolicyUrl, result);
        ValidateIdentity(input, markets, findings);
        ValidateUpdateMechanism(input, result);
        return result;
    }

    /// <summary>A value as it may be quoted in a message: trimmed, control characters shown as \n, bounded length.</summary>
    public static string Show(string? value)
    {
        if (value is null)
        {
            return "''";
        }

        var builder = new StringBuilder();
        foreach (var c in value)
        {
            if (builder.Length >= MaxShownLength)
            {
                builder.Append("...");
                break;
            }

            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsLineBreakOrControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return "'" + builder + "'";
    }

    /// <summary>
    /// A character that ends a line for some reader or is not text: C0/C1 controls (U+0085 NEXT LINE included),
    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR. A declared value holding one could add a line to
    /// security.txt (RFC 9116 readers split on them) or the statement.
    /// </summary>
    public static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';

    private static void CheckControlCharacters(DeclarationInput input, List<GateFinding> findings)
    {
        var values = new List<(string Property, string? Value)>
        {
            ("IoTSupportPeriodEnd", input.SupportPeriodEnd),
            ("IoTVulnerabilityDisclosureContact", input.DisclosureContact),
            ("IoTVulnerabilityDisclosurePolicyUrl", input.DisclosurePolicyUrl),
            ("IoTManufacturer", input.Manufacturer),
            ("IoTManufacturerAddress", input.ManufacturerAddress),
            ("IoTProductModel", input.ProductModel),
            ("IoTMarkets", input.Markets),
            ("IoTUpdateMechanism", input.UpdateMechanism),
            ("IoTNoUpdateRationale", input.NoUpdateRationale),
        };
        values.AddRange(input.OtherWrittenValues);

        foreach (var (property, value) in values)
        {
            var trimmed = value?.Trim();
            if (trimmed is not null && trimmed.Any(IsLineBreakOrControl))
            {
                findings.Add(new GateFinding(RuleIdentifiers.ControlCharacterInValue, true,
                    $"{property} received {Show(value)}, which contains a line break or control character; these values are written into security.txt and the statement of compliance, so they must be single-line text, e.g. <{property}>{ExampleOf(property)}</{property}>."));
            }
        }
    }

    /// <summary>A valid value of each declared property, for messages (the README's declaration block).</summary>
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["IoTSupportPeriodEnd"] = "2031-12",
        ["IoTVulnerabilityDisclosureContact"] = "mailto:security@example.com;https://example.com/security",
        ["IoTVulnerabilityDisclosurePolicyUrl"] = "https://example.com/security/policy",
        ["IoTManufacturer"] = "Example Devices Ltd",
        ["IoTManufacturerAddress"] = "1 Example Street, Cambridge, UK",
        ["IoTProductModel"] = "EX-100",
        ["IoTMarkets"] = "UK;EU",
        ["IoTUpdateMechanism"] = "External",
        ["IoTNoUpdateRationale"] = "Sealed sensor; replaced free of charge during the support period",
        ["Product"] = "Example SensorHub",
        ["Version"] = "1.4.0",
        ["IoTProductType"] = "Environmental sensor hub",
        ["IoTStandards"] = "ETSI EN 303 645 V3.1.3 (2024-09)",
        ["IoTStatementPlace"] = "Cambridge, United Kingdom",
        ["IoTStatementDate"] = "2026-11-30",
        ["IoTPreferredLanguages"] = "en, de",
        ["IoTStatementSignatory"] = "Jane Doe",
        ["IoTStatementSignatoryFunction"] = "Head of Product Security",
    };

    private static string ExampleOf(string property) => Examples.TryGetValue(property, out var example) ? example : "single-line text";

    private static IReadOnlyList<string> ValidateMarkets(string? markets, List<GateFinding> findings)
    {
        var list = new List<string>();
        foreach (var market in Split(markets))
        {
            var known = KnownMarkets.FirstOrDefault(m => string.Equals(m, market, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                findings.Add(new GateFinding(RuleIdentifiers.MarketUnknown, false,
                    $"IoTMarkets received {Show(market)}, which is not a known regime; use a ';'-separated list of {string.Join(", ", KnownMarkets)}, e.g. <IoTMarkets>UK;EU</IoTMarkets>."));
                continue;
            }

            if (!list.Contains(known))
            {
                list.Add(known);
            }
        }

        return list;
    }

    private static void ValidateSupportPeriod(string? value, DateTime today, HashSet<string> markets, DeviceDeclarations result)
    {
        const string Example = "e.g. <IoTSupportPeriodEnd>2031-12</IoTSupportPeriodEnd> or <IoTSupportPeriodEnd>2031-12-31</IoTSupportPeriodEnd>";
        var findings = result.Findings;
        if (string.IsNullOrWhiteSpace(value))
        {
            findings.Add(new GateFinding(RuleIdentifiers.SupportPeriodMissing, true,
                $"IoTSupportPeriodEnd received {Show(value)}: a device must declare the end date of its security-update support period (ETSI EN 303 645 5.3-13, UK PSTI Schedule 1 para 3, EU CRA Art. 13); {Example}."));
            return;
        }

        var text = value!.Trim();
        DateTime end;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            end = day;
        }
        else if (DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            end = new DateTime(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)); // to the end of the declared month
        }
        else
        {
            findings.Add(new GateFinding(RuleIdentifiers.SupportPeriodMalformed, true,
                $"IoTSupportPeriodEnd received {Show(value)}, which is not a calendar date in the form yyyy-MM-dd or yyyy-MM (a duration such as '5 years' is not a defined end date); {Example}."));
            return;
        }

        result.SupportPeriodEnd = end;
        result.SupportPeriodEndText = text;
        if (end < today)
        {
            findings.Add(new GateFinding(RuleIdentifiers.SupportPeriodPast, true,
                $"IoTSupportPeriodEnd received {Show(value)}, which is already past ({today:yyyy-MM-dd}); a product whose support period has ended must not be shipped as supported. Declare the real end date, {Example}."));
            return;
        }

        if (end < AddYears(today, 1))
        {
            findings.Add(new GateFinding(RuleIdentifiers.SupportPeriodEndingSoon, false,
                $"IoTSupportPeriodEnd received {Show(value)}, which ends within 12 months of {today:yyyy-MM-dd}; buyers must be told, and a longer period may be expected, {Example}."));
        }

        if (markets.Contains("EU") && end < AddYears(today, 5))
        {
            findings.Add(new GateFinding(RuleIdentifiers.SupportPeriodShortForMarket, false,
                $"IoTSupportPeriodEnd received {Show(value)}, under five years from {today:yyyy-MM-dd}; IoTMarkets includes EU, where the CRA (Art. 13(8)) expects a support period of at least five years unless the product is expected to be in use for less, e.g. <IoTSupportPeriodEnd>{AddYears(today, 5):yyyy-MM}</IoTSupportPeriodEnd>."));
        }
    }

    private static void ValidateContact(string? value, DeviceDeclarations result)
    {
        const string Example = "e.g. <IoTVulnerabilityDisclosureContact>mailto:security@example.com;https://example.com/security</IoTVulnerabilityDisclosureContact>";
        var findings = result.Findings;
        var items = Split(value).ToList();
        if (items.Count == 0)
        {
            findings.Add(new GateFinding(RuleIdentifiers.ContactMissing, true,
                $"IoTVulnerabilityDisclosureContact received {Show(value)}: a device must publish a point of contact for reporting vulnerabilities (ETSI EN 303 645 5.2-1, UK PSTI Schedule 1 para 2, RFC 9116); {Example}."));
            return;
        }

        var contacts = new List<string>();
        foreach (var item in items)
        {
            var normalized = NormalizeContact(item);
            if (normalized is null)
            {
                findings.Add(new GateFinding(RuleIdentifiers.ContactMalformed, true,
                    $"IoTVulnerabilityDisclosureContact received {Show(item)}, which is not a mailto:, https: or tel: URI or an e-mail address; {Example}."));
                continue;
            }

            if (!contacts.Contains(normalized))
            {
                contacts.Add(normalized);
            }
        }

        result.Contacts = contacts;
    }

    /// <summary>A contact as an RFC 9116 URI, or null when it is not one: bare e-mail addresses gain <c>mailto:</c>.</summary>
    public static string? NormalizeContact(string item)
    {
        var text = item.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var address = text.Substring("mailto:".Length);
            return IsEmail(address) ? "mailto:" + address : null;
        }

        if (text.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            return IsHttpsUrl(text) ? text : null;
        }

        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return Telephone.IsMatch(text) ? "tel:" + text.Substring(4) : null;
        }

        if (text.IndexOf(':') < 0 && IsEmail(text))
        {
            return "mailto:" + text;
        }

        return null;
    }

    private static bool IsEmail(string address)
    {
        if (address.Length is 0 or > 254 || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || address.IndexOfAny(new[] { '<', '>', '"', '\'', '(', ')', ',', ';' }) >= 0)
        {
            return false;
        }

        try
        {
            var parsed = new MailAddress(address);
            var at = parsed.Address.LastIndexOf('@');
            return parsed.Address == address && at > 0 && parsed.Host.IndexOf('.') > 0 && !parsed.Host.EndsWith(".", StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsHttpsUrl(string text) =>
        text.Length <= 2048 &&
        !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) &&
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        uri.Scheme == Uri.UriSchemeHttps &&
        !string.IsNullOrEmpty(uri.Host) &&
        string.IsNullOrEmpty(uri.UserInfo);

    private static void ValidatePolicy(string? value, DeviceDeclarations result)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var text = value!.Trim();
        if (!IsHttpsUrl(text))
        {
            result.Findings.Add(new GateFinding(RuleIdentifiers.PolicyUrlNotHttps, true,
                $"IoTVulnerabilityDisclosurePolicyUrl received {Show(value)}, which is not an https URL; the disclosure policy must be served over https, e.g. <IoTVulnerabilityDisclosurePolicyUrl>https://example.com/security/policy</IoTVulnerabilityDisclosurePolicyUrl>."));
            return;
        }

        result.PolicyUrl = text;
    }

    private static void ValidateIdentity(DeclarationInput input, HashSet<string> markets, List<GateFinding> findings)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Manufacturer))
        {
            missing.Add("IoTManufacturer");
        }

        if (string.IsNullOrWhiteSpace(input.ManufacturerAddress))
        {
            missing.Add("IoTManufacturerAddress");
        }

        if (string.IsNullOrWhiteSpace(input.ProductModel))
        {
            missing.Add("IoTProductModel");
        }

        if (missing.Count == 0)
        {
            return;
        }

        var uk = markets.Contains("UK");
        findings.Add(new GateFinding(RuleIdentifiers.IdentityMissing, uk,
            $"{string.Join(", ", missing)} received '' (not set): the statement of compliance (UK PSTI Schedule 4) names the manufacturer, its address and the product model{(uk ? ", and IoTMarkets includes UK" : string.Empty)}; e.g. <IoTManufacturer>Contoso Ltd</IoTManufacturer> <IoTManufacturerAddress>1 High Street, London, UK</IoTManufacturerAddress> <IoTProductModel>CT-100</IoTProductModel>."));
    }

    private static void ValidateUpdateMechanism(DeclarationInput input, DeviceDeclarations result)
    {
        var value = string.IsNullOrWhiteSpace(input.UpdateMechanism) ? "InApp" : input.UpdateMechanism!.Trim();
        var known = UpdateMechanisms.FirstOrDefault(m => string.Equals(m, value, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            result.Findings.Add(new GateFinding(RuleIdentifiers.UpdateMechanismInvalid, true,
                $"IoTUpdateMechanism received {Show(input.UpdateMechanism)}; expected InApp, External or None, e.g. <IoTUpdateMechanism>External</IoTUpdateMechanism> for a device updated through OS packages or containers."));
            return;
        }

        result.UpdateMechanism = known;
        if (known == "None" && string.IsNullOrWhiteSpace(input.NoUpdateRationale))
        {
            result.Findings.Add(new GateFinding(RuleIdentifiers.NoUpdateRationaleMissing, true,
                $"IoTUpdateMechanism is None but IoTNoUpdateRationale received {Show(input.NoUpdateRationale)}; ETSI EN 303 645 5.3-14 asks why a product cannot be updated and how its hardware is replaced, e.g. <IoTNoUpdateRationale>Sealed sensor; replaced free of charge by the vendor during the support period</IoTNoUpdateRationale>."));
        }
    }

    /// <summary><paramref name="date"/> plus <paramref name="years"/>, or the last representable day when that is past year 9999.</summary>
    public static DateTime AddYears(DateTime date, int years) => date.Year + years > 9999 ? DateTime.MaxValue.Date : date.AddYears(years);

    internal static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0);
}
