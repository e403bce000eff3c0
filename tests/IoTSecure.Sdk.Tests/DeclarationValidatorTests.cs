using System;
using System.Linq;
using IoTSecure.Sdk.Gate;

namespace IoTSecure.Sdk.Tests;

public class DeclarationValidatorTests
{
    private static readonly DateTime Today = new(2026, 11, 27);

    private static DeclarationInput Valid() => new()
    {
        SupportPeriodEnd = "2031-12",
        DisclosureContact = "mailto:security@example.com",
        Manufacturer = "Contoso",
        ManufacturerAddress = "1 High Street, London",
        ProductModel = "CT-100",
    };

    private static DeviceDeclarations Validate(Action<DeclarationInput> change)
    {
        var input = Valid();
        change(input);
        return DeclarationValidator.Validate(input, Today);
    }

    private static GateFinding Single(DeviceDeclarations result, string code) => Assert.Single(result.Findings, f => f.Code == code);

    [Fact]
    public void Complete_declarations_pass_without_findings()
    {
        var result = DeclarationValidator.Validate(Valid(), Today);
        Assert.Empty(result.Findings);
        Assert.Equal(new DateTime(2031, 12, 31), result.SupportPeriodEnd);
        Assert.Equal(new[] { "mailto:security@example.com" }, result.Contacts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_support_period_is_IOT8001(string? value)
    {
        var finding = Single(Validate(i => i.SupportPeriodEnd = value), RuleIdentifiers.SupportPeriodMissing);
        Assert.True(finding.IsError);
        Assert.Contains("IoTSupportPeriodEnd", finding.Message);
        Assert.Contains("<IoTSupportPeriodEnd>2031-12</IoTSupportPeriodEnd>", finding.Message);
    }

    [Theory]
    [InlineData("2030-02-30")]
    [InlineData("5 years")]
    [InlineData("2031/12/31")]
    [InlineData("31-12-2031")]
    [InlineData("2031-13")]
    [InlineData("Dec 2031")]
    public void Malformed_support_period_is_IOT8002_and_quotes_the_value(string value)
    {
        var finding = Single(Validate(i => i.SupportPeriodEnd = value), RuleIdentifiers.SupportPeriodMalformed);
        Assert.True(finding.IsError);
        Assert.Contains("'" + value + "'", finding.Message);
        Assert.Contains("yyyy-MM-dd or yyyy-MM", finding.Message);
    }

    [Theory]
    [InlineData("1999-01-01")]
    [InlineData("2026-10")]
    [InlineData("2026-11-26")]
    public void Past_support_period_is_IOT8003(string value) =>
        Assert.True(Single(Validate(i => i.SupportPeriodEnd = value), RuleIdentifiers.SupportPeriodPast).IsError);

    [Fact]
    public void Month_precision_runs_to_the_end_of_the_month()
    {
        var result = Validate(i => i.SupportPeriodEnd = "2026-11");
        Assert.DoesNotContain(result.Findings, f => f.Code == RuleIdentifiers.SupportPeriodPast);
        Assert.Equal(new DateTime(2026, 11, 30), result.SupportPeriodEnd);
    }

    [Fact]
    public void Support_period_ending_within_a_year_is_a_warning_IOT8004()
    {
        var finding = Single(Validate(i => i.SupportPeriodEnd = "2027-06-30"), RuleIdentifiers.SupportPeriodEndingSoon);
        Assert.False(finding.IsError);
    }

    [Fact]
    public void Under_five_years_warns_only_for_the_EU_market()
    {
        Assert.DoesNotContain(Validate(i => i.SupportPeriodEnd = "2029-01").Findings, f => f.Code == RuleIdentifiers.SupportPeriodShortForMarket);
        var finding = Single(Validate(i => { i.SupportPeriodEnd = "2029-01"; i.Markets = "UK;eu"; }), RuleIdentifiers.SupportPeriodShortForMarket);
        Assert.False(finding.IsError);
    }

    [Fact]
    public void Missing_contact_is_IOT8010() =>
        Assert.True(Single(Validate(i => i.DisclosureContact = " ; "), RuleIdentifiers.ContactMissing).IsError);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://example.com/security")]
    [InlineData("security at example dot com")]
    [InlineData("mailto:not-an-address")]
    [InlineData("tel:call-us")]
    [InlineData("ftp://example.com")]
    [InlineData("https://")]
    public void Contact_that_is_not_an_RFC_9116_URI_is_IOT8011(string value)
    {
        var finding = Single(Validate(i => i.DisclosureContact = value), RuleIdentifiers.ContactMalformed);
        Assert.True(finding.IsError);
        Assert.Contains("IoTVulnerabilityDisclosureContact", finding.Message);
    }

    [Fact]
    public void Bare_addresses_are_normalised_to_mailto_and_lists_are_kept_in_order()
    {
        var result = Validate(i => i.DisclosureContact = "security@example.com; https://example.com/security ;tel:+44-20-7946-0000;security@example.com");
        Assert.Empty(result.Findings);
        Assert.Equal(new[] { "mailto:security@example.com", "https://example.com/security", "tel:+44-20-7946-0000" }, result.Contacts);
    }

    [Theory]
    [InlineData("http://example.com/policy")]
    [InlineData("example.com/policy")]
    [InlineData("https://user:pw@example.com/policy")]
    public void Policy_url_must_be_https_IOT8012(string value) =>
        Assert.True(Single(Validate(i => i.DisclosurePolicyUrl = value), RuleIdentifiers.PolicyUrlNotHttps).IsError);

    [Fact]
    public void Missing_identity_is_a_warning_and_an_error_for_the_UK()
    {
        var warning = Single(Validate(i => { i.Manufacturer = null; i.ProductModel = ""; }), RuleIdentifiers.IdentityMissing);
        Assert.False(warning.IsError);
        Assert.Contains("IoTManufacturer, IoTProductModel", warning.Message);

        var error = Single(Validate(i => { i.Manufacturer = null; i.Markets = "UK"; }), RuleIdentifiers.IdentityMissing);
        Assert.True(error.IsError);
    }

    [Fact]
    public void Update_mechanism_is_checked_and_None_needs_a_rationale()
    {
        Assert.True(Single(Validate(i => i.UpdateMechanism = "Sometimes"), RuleIdentifiers.UpdateMechanismInvalid).IsError);
        Assert.True(Single(Validate(i => i.UpdateMechanism = "none"), RuleIdentifiers.NoUpdateRationaleMissing).IsError);
        var result = Validate(i => { i.UpdateMechanism = "None"; i.NoUpdateRationale = "Sealed unit, replaced by the vendor."; });
        Assert.Empty(result.Findings);
        Assert.Equal("None", result.UpdateMechanism);
    }

    [Fact]
    public void Unknown_market_is_a_warning() =>
        Assert.False(Single(Validate(i => i.Markets = "UK;Mars"), RuleIdentifiers.MarketUnknown).IsError);

    [Theory]
    [InlineData("\u2028Contact: mailto:attacker@evil.example")]
    [InlineData("\u2029Contact: mailto:attacker@evil.example")]
    [InlineData("\u0085Contact: mailto:attacker@evil.example")]
    public void Unicode_line_separators_in_any_written_value_are_IOT8050(string injected)
    {
        foreach (var property in new[] { "Product", "IoTPreferredLanguages", "IoTStandards", "IoTStatementPlace", "IoTProductType", "Version", "IoTStatementDate" })
        {
            var finding = Single(Validate(i => i.OtherWrittenValues = new (string, string?)[] { (property, "en" + injected) }), RuleIdentifiers.ControlCharacterInValue);
            Assert.Contains(property, finding.Message);
            Assert.DoesNotContain(injected.Substring(0, 1), finding.Message);
        }

        Assert.Single(Validate(i => i.NoUpdateRationale = "Sealed" + injected).Findings, f => f.Code == RuleIdentifiers.ControlCharacterInValue);
        Assert.Single(Validate(i => i.Manufacturer = "Contoso" + injected).Findings, f => f.Code == RuleIdentifiers.ControlCharacterInValue);
    }

    [Theory]
    [InlineData("9999-12")]
    [InlineData("9999-12-31")]
    public void Far_future_support_periods_are_accepted(string end)
    {
        var result = Validate(i => { i.SupportPeriodEnd = end; i.Markets = "EU"; });
        Assert.Empty(result.Findings);
        Assert.Equal(new DateTime(9999, 12, 31), result.SupportPeriodEnd);
    }

    [Fact]
    public void Line_breaks_injected_into_values_are_IOT8050_and_shown_escaped()
    {
        var result = Validate(i => i.Manufacturer = "Contoso\nContact: mailto:attacker@evil.example");
        var finding = Single(result, RuleIdentifiers.ControlCharacterInValue);
        Assert.True(finding.IsError);
        Assert.Contains("Contoso\\nContact", finding.Message);
        Assert.DoesNotContain("\n", finding.Message);
        Assert.Contains("e.g. <IoTManufacturer>Example Devices Ltd</IoTManufacturer>", finding.Message); // a real example, not a placeholder
    }

    [Fact]
    public void Very_long_values_are_shown_truncated()
    {
        var value = new string('9', 5000);
        var finding = Single(Validate(i => i.SupportPeriodEnd = value), RuleIdentifiers.SupportPeriodMalformed);
        Assert.True(finding.Message.Length < 1000);
        Assert.Contains("...", finding.Message);
    }

    [Fact]
    public void Every_finding_names_its_property_and_shows_a_valid_example()
    {
        var result = DeclarationValidator.Validate(new DeclarationInput { DisclosurePolicyUrl = "http://x", UpdateMechanism = "x", Markets = "UK;Z", Manufacturer = "A\u2028B" }, Today);
        Assert.All(result.Findings, f =>
        {
            Assert.Matches("IoT[A-Za-z]+", f.Message);
            Assert.Contains("e.g.", f.Message);
        });
        Assert.True(result.Findings.Select(f => f.Code).Distinct().Count() >= 6);
    }
}
