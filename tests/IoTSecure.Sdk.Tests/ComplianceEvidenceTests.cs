using System;
using IoTSecure.Sdk.Evidence;
using IoTSecure.Sdk.Gate;

namespace IoTSecure.Sdk.Tests;

public class ComplianceEvidenceTests
{
    private static readonly DateTime Issued = new(2026, 11, 27);

    private static DeviceDeclarations Declarations(string end = "2031-12") =>
        DeclarationValidator.Validate(new DeclarationInput { SupportPeriodEnd = end, DisclosureContact = "security@example.com" }, Issued);

    [Fact]
    public void Expires_is_at_most_a_year_ahead_and_never_after_the_support_period()
    {
        Assert.Equal(new DateTime(2027, 11, 26), ComplianceEvidence.Expires(Declarations(), Issued));
        Assert.Equal(new DateTime(2027, 3, 31), ComplianceEvidence.Expires(Declarations("2027-03"), Issued));
    }

    [Fact]
    public void Undeclared_fields_are_marked_missing_never_invented()
    {
        var identity = new ProductIdentity { ProductName = "SensorHub", Manufacturer = "Contoso" };
        var json = ComplianceEvidence.StatementJson(Declarations(), identity, Issued, new AuditTrail());
        var markdown = ComplianceEvidence.StatementMarkdown(Declarations(), identity, Issued, new AuditTrail());

        Assert.Contains("\"address\": null", json);
        Assert.Contains("\"IoTManufacturerAddress\"", json);
        Assert.Contains("\"IoTStandards\"", json);
        Assert.Contains("| Manufacturer address | **MISSING: not declared (IoTManufacturerAddress)** |", markdown);
        Assert.Contains("| Manufacturer | Contoso |", markdown);
        Assert.Contains("| Defined support period ends | 2031-12 (to 2031-12-31) |", markdown);
        Assert.Contains("| Signed for and on behalf of the manufacturer by | **MISSING: not declared (IoTStatementSignatory)** |", markdown);
        Assert.Contains("a build cannot sign", markdown);
    }

    [Fact]
    public void Values_cannot_break_out_of_their_field()
    {
        var identity = new ProductIdentity
        {
            Manufacturer = "Contoso \"Devices\" <b>|</b>\nContact: mailto:attacker@evil.example",
            PlaceOfIssue = "London\r\n# injected",
        };
        var json = ComplianceEvidence.StatementJson(Declarations(), identity, Issued, new AuditTrail());
        var markdown = ComplianceEvidence.StatementMarkdown(Declarations(), identity, Issued, new AuditTrail());
        var txt = ComplianceEvidence.SecurityTxt(Declarations(), new ProductIdentity { ProductName = "X\nContact: mailto:attacker@evil.example" }, Issued);

        Assert.Contains("\"name\": \"Contoso \\\"Devices\\\" \\u003cb\\u003e|\\u003c/b\\u003e Contact: mailto:attacker@evil.example\"", json);
        Assert.DoesNotContain("\n# injected", markdown);
        Assert.Contains("\\<b\\>\\|\\</b\\>", markdown);
        Assert.DoesNotContain("\nContact: mailto:attacker", txt);
    }

    [Fact]
    public void The_statement_names_the_standards_each_declared_market_implies()
    {
        var declarations = DeclarationValidator.Validate(new DeclarationInput { SupportPeriodEnd = "2031-12", DisclosureContact = "security@example.com", Markets = "us;EU;uk;SG;US-CA" }, Issued);
        Assert.DoesNotContain(declarations.Findings, f => f.Code == RuleIdentifiers.MarketUnknown);
        var regimes = ComplianceEvidence.Regimes(declarations);
        Assert.Equal("ETSI EN 303 645 (baseline)", regimes[0]);
        Assert.Contains(regimes, r => r.StartsWith("US: U.S. Cyber Trust Mark (FCC), baseline NIST IR 8425", StringComparison.Ordinal));
        Assert.Contains(regimes, r => r.StartsWith("EU: Cyber Resilience Act", StringComparison.Ordinal) && r.Contains("EN 18031-1"));
        Assert.Contains(regimes, r => r.StartsWith("UK: PSTI", StringComparison.Ordinal));
        Assert.Contains(regimes, r => r.StartsWith("SG: Cybersecurity Labelling Scheme", StringComparison.Ordinal));
        Assert.Contains(regimes, r => r.StartsWith("US-CA: California SB-327", StringComparison.Ordinal));
        var json = ComplianceEvidence.StatementJson(declarations, new ProductIdentity(), Issued, new AuditTrail());
        Assert.Contains("\"US\"", json); // markets are normalised to their canonical spelling
    }
}
