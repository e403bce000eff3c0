using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using IoTSecure.Sdk.Evidence;

namespace IoTSecure.Sdk.Gate;

/// <summary>What the statement of compliance says about the product, beyond the validated declarations.</summary>
public sealed class ProductIdentity
{
    public string? ProductName { get; set; }
    public string? ProductVersion { get; set; }
    public string? ProductType { get; set; }
    public string? ProductModel { get; set; }
    public string? Manufacturer { get; set; }
    public string? ManufacturerAddress { get; set; }
    public string? Standards { get; set; }
    public string? PlaceOfIssue { get; set; }
    public string? PreferredLanguages { get; set; }
    public string? NoUpdateRationale { get; set; }
    public string? Signatory { get; set; }
    public string? SignatoryFunction { get; set; }
}

/// <summary>
/// Renders security.txt (RFC 9116) and the statement of compliance (UK PSTI Schedule 4 fields) as JSON and
/// Markdown. Pure and deterministic: the same declarations and date give byte-identical files. A field that was
/// not declared is marked missing, never invented.
/// </summary>
public static class ComplianceEvidence
{
    public const string SecurityTxtName = "security.txt";
    public const string StatementJsonName = "statement-of-compliance.json";
    public const string StatementMarkdownName = "statement-of-compliance.md";
    private const string Missing = "MISSING: not declared";

    /// <summary>The regimes each IoTMarkets value places the product under (ETSI EN 303 645 always: every regime below rests on it).</summary>
    public static IReadOnlyList<string> Regimes(DeviceDeclarations declarations)
    {
        var regimes = new List<string> { "ETSI EN 303 645 (baseline)" };
        foreach (var market in declarations.Markets)
        {
            regimes.Add(market switch
            {
                "UK" => "UK: PSTI Act 2022 and the Product Security regulations (Schedule 1 requirements, Schedule 4 statement of compliance)",
                "EU" => "EU: Cyber Resilience Act, Regulation (EU) 2024/2847 (Annex I essential requirements, Art. 13 support period); Radio Equipment Directive delegated act (EU) 2022/30 via EN 18031-1",
                "SG" => "SG: Cybersecurity Labelling Scheme (CLS), levels built on ETSI EN 303 645",
                "US" => "US: U.S. Cyber Trust Mark (FCC), baseline NIST IR 8425 (consumer IoT product capabilities)",
                "US-CA" => "US-CA: California SB-327 (Civil Code 1798.91.04, reasonable security features, no universal default password)",
                _ => market,
            });
        }

        return regimes;
    }

    /// <summary>The checks the statement may claim: rule families that ran with none switched off, and the gate's own checks.</summary>
    public static IReadOnlyList<string> ChecksPerformed(AuditTrail audit)
    {
        var checks = new List<string>();
        if (audit.NothingChecked)
        {
            return checks;
        }

        foreach (var family in audit.RuleFamilies.Where(f => f.Checked && !IsUpdatesOutsideTheApp(f, audit)))
        {
            checks.Add($"{family.Provision}: {family.Name}, by the IoTSecure rules {string.Join(", ", family.Ran.Select(r => r.Split(' ')[0]))} on the project-compiled assemblies listed below ({family.Reported} reported, {family.Suppressed} suppressed; listed below)");
        }

        checks.AddRange(audit.BuildChecks);
        if (audit.Sbom is { } sbom)
        {
            checks.Add($"CRA Annex I Part II (1); ETSI EN 303 645 5.2-3: software bill of materials of what ships, {sbom.Path} (CycloneDX 1.6 JSON, SHA-256 {sbom.Sha256})");
        }

        if (audit.VulnerabilityAudit is { Audited: true } vulnerabilities)
        {
            var below = vulnerabilities.Vulnerabilities.Count;
            checks.Add($"CRA Annex I Part I (2)(a); EN 18031-1 GEC-1: NuGet vulnerability audit (NuGetAudit, mode {vulnerabilities.Mode ?? "unknown"}) of every shipped package against {string.Join(", ", vulnerabilities.Sources)}: no known vulnerability at or above {audit.VulnerabilityThreshold}{(below == 0 ? string.Empty : $"; {below} below it, listed under vulnerabilityAudit")}");
        }

        return checks;
    }

    private static bool IsUpdatesOutsideTheApp(FamilyResult family, AuditTrail audit) => family.Prefix == "IOT2" && family.Checked && audit.UpdatesOutsideTheApp is not null;

    /// <summary>What the statement must not claim, and why.</summary>
    public static IReadOnlyList<string> NotChecked(AuditTrail audit)
    {
        var list = new List<string>();
        foreach (var off in audit.SwitchedOff)
        {
            list.Add(off.ToString());
        }

        if (audit.NothingChecked)
        {
            return list;
        }

        foreach (var family in audit.RuleFamilies.Where(f => IsUpdatesOutsideTheApp(f, audit)))
        {
            list.Add($"{family.Name} ({family.Provision}): IoTUpdateMechanism is {audit.UpdatesOutsideTheApp}, so updates are installed outside this app (or not at all) and the build saw no update code to check");
        }

        foreach (var family in audit.RuleFamilies.Where(f => !f.Checked))
        {
            list.Add(family.Off.Count > 0
                ? $"{family.Name} ({family.Provision}): {string.Join(", ", family.Off)} switched off by configuration"
                : $"{family.Name} ({family.Provision}): no rule of this family ran");
        }

        foreach (var file in audit.NotScanned)
        {
            list.Add("not scanned for secrets: " + file);
        }

        list.AddRange(audit.NotAnalysed);
        if (audit.VulnerabilityAudit is { Audited: false } notAudited)
        {
            list.Add("known vulnerabilities of the shipped packages: not audited, because " + notAudited.NotAuditedReason);
        }

        return list;
    }

    public static DateTime Expires(DeviceDeclarations declarations, DateTime issued)
    {
        var yearAhead = DeclarationValidator.AddYears(issued.Date, 1).AddDays(issued.Year >= 9999 ? 0 : -1);
        var end = declarations.SupportPeriodEnd ?? yearAhead;
        return end < yearAhead ? end : yearAhead;
    }

    public static string SecurityTxt(DeviceDeclarations declarations, ProductIdentity identity, DateTime issued)
    {
        var builder = new StringBuilder();
        builder.Append("# security.txt (RFC 9116) for ").Append(Line(identity.ProductName) ?? "this product");
        if (Line(identity.ProductVersion) is { } version)
        {
            builder.Append(' ').Append(version);
        }

        builder.Append('\n');
        builder.Append("# Security updates are provided until ").Append(SupportPeriodDisplay(declarations) ?? Missing).Append(".\n");
        builder.Append("# Publish this file at /.well-known/security.txt on your site (RFC 9116) and replace it before it expires.\n");
        foreach (var contact in declarations.Contacts)
        {
            builder.Append("Contact: ").Append(Line(contact)).Append('\n');
        }

        builder.Append("Expires: ").Append(Expires(declarations, issued).ToString("yyyy-MM-dd'T'23:59:59'Z'", CultureInfo.InvariantCulture)).Append('\n');
        if (Line(declarations.PolicyUrl) is { } policy)
        {
            builder.Append("Policy: ").Append(policy).Append('\n');
        }

        builder.Append("Preferred-Languages: ").Append(Line(identity.PreferredLanguages) ?? "en").Append('\n');
        return builder.ToString();
    }

    public static string StatementJson(DeviceDeclarations declarations, ProductIdentity identity, DateTime issued, AuditTrail audit)
    {
        var missing = MissingFields(declarations, identity);
        var json = new JsonText();
        json.Open();
        json.Property("schema", "iotsecure/statement-of-compliance/v2");
        json.Property("summary", Summary(audit));
        json.Array("regimes", Regimes(declarations).ToList());
        json.Object("product", () =>
        {
            json.Property("name", Line(identity.ProductName));
            json.Property("version", Line(identity.ProductVersion));
            json.Property("type", Line(identity.ProductType));
            json.Property("model", Line(identity.ProductModel));
        });
        json.Object("manufacturer", () =>
        {
            json.Property("name", Line(identity.Manufacturer));
            json.Property("address", Line(identity.ManufacturerAddress));
        });
        json.Array("standards", Standards(identity).ToList());
        json.Property("supportPeriodEnd", Line(declarations.SupportPeriodEndText));
        json.Property("supportPeriodEndDate", declarations.SupportPeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.Object("vulnerabilityDisclosure", () =>
        {
            json.Array("contacts", declarations.Contacts.ToList());
            json.Property("policy", Line(declarations.PolicyUrl));
        });
        json.Property("updateMechanism", declarations.UpdateMechanism);
        if (declarations.UpdateMechanism == "None")
        {
            json.Property("noUpdateRationale", Line(identity.NoUpdateRationale));
        }

        json.Array("markets", declarations.Markets.ToList());
        json.Property("developmentBuild", audit.DevelopmentBuild);
        if (audit.Sbom is { } sbom)
        {
            json.Object("sbom", () =>
            {
                json.Property("path", sbom.Path);
                json.Property("format", "CycloneDX 1.6 JSON");
                json.Property("sha256", sbom.Sha256);
            });
        }

        if (audit.VulnerabilityAudit is { } vulnerabilities)
        {
            json.Object("vulnerabilityAudit", () =>
            {
                json.Property("result", vulnerabilities.Audited
                    ? $"no known vulnerability at or above {audit.VulnerabilityThreshold}" + (vulnerabilities.SuppressedAdvisories.Count > 0 ? $", except {vulnerabilities.SuppressedAdvisories.Count} advisory(ies) the project suppressed (suppressedAdvisories)" : string.Empty)
                    : "not audited: " + vulnerabilities.NotAuditedReason);
                json.Property("tool", "NuGetAudit (restore)");
                json.Property("mode", vulnerabilities.Mode);
                json.Property("threshold", audit.VulnerabilityThreshold);
                json.Array("sources", vulnerabilities.Sources);
                json.Array("suppressedAdvisories", vulnerabilities.SuppressedAdvisories);
                json.Objects("belowThreshold", vulnerabilities.Vulnerabilities, v =>
                {
                    json.Property("package", v.Package);
                    json.Property("version", v.Version);
                    json.Property("severity", v.Severity);
                    json.Property("advisory", v.Advisory);
                });
            });
        }

        json.Array("checksPerformed", ChecksPerformed(audit).ToList());
        json.Array("notChecked", NotChecked(audit).ToList());
        json.Object("audit", () =>
        {
            json.Objects("assemblies", audit.Assemblies, a =>
            {
                json.Property("name", a.Name);
                json.Property("sha256", a.Sha256);
                json.Property("analyzerVersion", a.AnalyzerVersion);
            });
            json.Objects("ruleFamilies", audit.RuleFamilies, f =>
            {
                json.Property("family", f.Prefix + "xxx");
                json.Property("name", f.Name);
                json.Property("checked", f.Checked);
                json.Array("ran", f.Ran);
                json.Array("off", f.Off);
                json.Property("reported", f.Reported);
                json.Property("suppressed", f.Suppressed);
            });
            json.Array("buildChecks", audit.BuildChecks);
            json.Objects("reportedFindings", audit.Reported, r =>
            {
                json.Property("rule", r.Rule);
                json.Property("file", r.File);
                json.Property("line", r.Line);
                json.Property("level", r.Level);
            });
            json.Objects("suppressedFindings", audit.Suppressed, r =>
            {
                json.Property("rule", r.Rule);
                json.Property("file", r.File);
                json.Property("line", r.Line);
                json.Property("how", r.How);
                json.Property("justification", r.Justification);
            });
            json.Objects("switchedOff", audit.SwitchedOff, o =>
            {
                json.Property("property", o.Property);
                json.Property("value", o.Value);
                json.Property("source", o.Source);
                json.Property("effect", o.Effect);
            });
        });
        json.Object("signature", () =>
        {
            json.Property("signatory", Line(identity.Signatory));
            json.Property("function", Line(identity.SignatoryFunction));
            json.Property("signed", "not by this build: the manufacturer signs the statement (PSTI Schedule 4)");
        });
        json.Property("placeOfIssue", Line(identity.PlaceOfIssue));
        json.Property("dateOfIssue", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.Array("missing", missing);
        json.Close();
        return json.ToString();
    }

    /// <summary>The statement's first sentence: what was checked, or that nothing was.</summary>
    public static string Summary(AuditTrail audit) => Summary(audit, "notChecked", "checksPerformed");

    private static string Summary(AuditTrail audit, string notCheckedName, string checkedName)
    {
        if (audit.NothingChecked)
        {
            return "NOT CHECKED by IoTSecure: " + string.Join("; ", audit.SwitchedOff.Select(o => o.Property + "=" + o.Value + " (" + o.Source + ")")) + ". This statement claims no check.";
        }

        var development = audit.DevelopmentBuild ? "DEVELOPMENT BUILD, NOT FOR THE MARKET: a debug build shipped because the project declared IoTDevelopmentBuild. " : string.Empty;
        var notChecked = NotChecked(audit);
        var suppressions = audit.Suppressed.Count == 0 ? string.Empty
            : $" {audit.Suppressed.Count} finding(s) were suppressed in source ({audit.Suppressed.Count(s => s.Justification is null)} without a justification); each is listed.";
        return development + (notChecked.Count == 0
            ? "Every IoTSecure rule family and build check ran on what ships; findings that did not fail the build and every suppression are listed."
            : "Checked in part: " + notChecked.Count + " item(s) under " + notCheckedName + " were not checked; only " + checkedName + " is claimed.") + suppressions;
    }

    public static string StatementMarkdown(DeviceDeclarations declarations, ProductIdentity identity, DateTime issued, AuditTrail audit)
    {
        var builder = new StringBuilder();
        builder.Append("# Statement of compliance\n\n");
        builder.Append("**").Append(EscapeMarkdown(Summary(audit, "\"Not checked\"", "\"Checked at build time by IoTSecure\""))).Append("**\n\n");
        builder.Append("Prepared for: ").Append(EscapeMarkdown(string.Join("; ", Regimes(declarations)))).Append(". Fields marked MISSING were not declared in the build and must be completed before this statement accompanies the product.\n\n");
        builder.Append("| Field | Value |\n|---|---|\n");
        Row(builder, "Product", Join(identity.ProductName, identity.ProductVersion), "Product / Version");
        Row(builder, "Product type", identity.ProductType, "IoTProductType");
        Row(builder, "Product model", identity.ProductModel, "IoTProductModel");
        Row(builder, "Manufacturer", identity.Manufacturer, "IoTManufacturer");
        Row(builder, "Manufacturer address", identity.ManufacturerAddress, "IoTManufacturerAddress");
        var standards = Standards(identity).ToList();
        Row(builder, "Standards met", standards.Count == 0 ? null : string.Join("; ", standards), "IoTStandards");
        Row(builder, "Defined support period ends", SupportPeriodDisplay(declarations), "IoTSupportPeriodEnd");
        Row(builder, "Vulnerability disclosure contact", declarations.Contacts.Count == 0 ? null : string.Join("; ", declarations.Contacts), "IoTVulnerabilityDisclosureContact");
        Row(builder, "Vulnerability disclosure policy", declarations.PolicyUrl, "IoTVulnerabilityDisclosurePolicyUrl");
        Row(builder, "Security update mechanism", declarations.UpdateMechanism, "IoTUpdateMechanism");
        if (declarations.UpdateMechanism == "None")
        {
            Row(builder, "Why the product cannot be updated", identity.NoUpdateRationale, "IoTNoUpdateRationale");
        }

        Row(builder, "Markets", declarations.Markets.Count == 0 ? null : string.Join("; ", declarations.Markets), "IoTMarkets");
        Row(builder, "Place of issue", identity.PlaceOfIssue, "IoTStatementPlace");
        Row(builder, "Date of issue", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "IoTStatementDate");
        Row(builder, "Signed for and on behalf of the manufacturer by", Join(identity.Signatory, Line(identity.SignatoryFunction) is { } function ? "(" + function + ")" : null), "IoTStatementSignatory");
        builder.Append("| Signature | ____________________ (by hand or with the manufacturer's signing process; a build cannot sign) |\n");
        builder.Append("\nThis statement is prepared by or on behalf of the manufacturer named above. Whether, in the manufacturer's opinion, the product complies with the relevant security requirements is the manufacturer's declaration to make by signing it; IoTSecure records only the build checks listed below.\n");
        AuditMarkdown(builder, audit);
        return builder.ToString();
    }

    private static void AuditMarkdown(StringBuilder builder, AuditTrail audit)
    {
        void List(string heading, IReadOnlyList<string> items, string none)
        {
            builder.Append("\n## ").Append(heading).Append("\n\n");
            if (items.Count == 0)
            {
                builder.Append(none).Append('\n');
                return;
            }

            foreach (var item in items)
            {
                builder.Append("- ").Append(EscapeMarkdown(item)).Append('\n');
            }
        }

        List("Checked at build time by IoTSecure", ChecksPerformed(audit), "Nothing: no check is claimed.");
        List("Not checked", NotChecked(audit), "Nothing was left out.");
        if (audit.NothingChecked)
        {
            return;
        }

        List("Shipped assemblies checked against their build receipts", audit.Assemblies.Select(a => $"{a.Name}: SHA-256 {a.Sha256}, IoTSecure analyzers {a.AnalyzerVersion}").ToList(), "None.");
        List("Rules and the level they ran at", audit.RuleFamilies.Select(f => $"{f.Prefix}xxx {f.Name}: {(f.Ran.Count == 0 ? "none ran" : string.Join(", ", f.Ran))}{(f.Off.Count == 0 ? string.Empty : "; off: " + string.Join(", ", f.Off))}").ToList(), "None.");
        List("Findings reported by the build (did not fail it)", audit.Reported.Select(r => $"{r.Rule} ({r.Level}) at {r.File}:{r.Line}").ToList(), "None.");
        List("Suppressed findings", audit.Suppressed.Select(r => $"{r.Rule} at {r.File}:{r.Line}, by {r.How}: {r.Justification ?? "NO JUSTIFICATION GIVEN"}").ToList(), "None.");
    }

    public static List<string> MissingFields(DeviceDeclarations declarations, ProductIdentity identity)
    {
        var missing = new List<string>();
        void Check(string? value, string property)
        {
            if (Line(value) is null)
            {
                missing.Add(property);
            }
        }

        Check(identity.ProductType, "IoTProductType");
        Check(identity.ProductModel, "IoTProductModel");
        Check(identity.Manufacturer, "IoTManufacturer");
        Check(identity.ManufacturerAddress, "IoTManufacturerAddress");
        Check(identity.Standards, "IoTStandards");
        Check(declarations.SupportPeriodEndText, "IoTSupportPeriodEnd");
        Check(declarations.PolicyUrl, "IoTVulnerabilityDisclosurePolicyUrl");
        Check(identity.PlaceOfIssue, "IoTStatementPlace");
        Check(identity.Signatory, "IoTStatementSignatory");
        Check(identity.SignatoryFunction, "IoTStatementSignatoryFunction");
        if (declarations.Contacts.Count == 0)
        {
            missing.Add("IoTVulnerabilityDisclosureContact");
        }

        return missing;
    }

    private static IEnumerable<string> Standards(ProductIdentity identity) => DeclarationValidator.Split(Line(identity.Standards));

    /// <summary>The declared end and, for a month, the day it means (the end of that month).</summary>
    private static string? SupportPeriodDisplay(DeviceDeclarations declarations) =>
        Line(declarations.SupportPeriodEndText) is { } text && declarations.SupportPeriodEnd is { } end && text.Length == 7
            ? text + " (to " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")"
            : Line(declarations.SupportPeriodEndText);

    private static string? Join(string? a, string? b) => Line(a) is { } first ? (Line(b) is { } second ? first + " " + second : first) : null;

    private static void Row(StringBuilder builder, string field, string? value, string property)
    {
        builder.Append("| ").Append(field).Append(" | ");
        builder.Append(Line(value) is { } text ? EscapeMarkdown(text) : "**" + Missing + " (" + property + ")**");
        builder.Append(" |\n");
    }

    private static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_[]<>|#".IndexOf(c) >= 0)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A declared value as one trimmed line (control characters dropped), or null when empty.</summary>
    internal static string? Line(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(DeclarationValidator.IsLineBreakOrControl(c) ? ' ' : c);
        }

        var text = builder.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
