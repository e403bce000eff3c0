using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

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

    /// <summary>The provisions this build checks, as listed in the statement (what a build cannot check is in the docs).</summary>
    private static readonly (string Provision, string Check)[] ChecksPerformed =
    {
        ("ETSI EN 303 645 5.1-1, 5.1-2, 5.4-3; PSTI Sch.1 para 1", "no universal default or hard-coded credentials (IOT1001-IOT1006)"),
        ("ETSI EN 303 645 5.2-1; PSTI Sch.1 para 2; RFC 9116", "vulnerability disclosure contact declared and published (IOT8010-IOT8012)"),
        ("ETSI EN 303 645 5.3-13; PSTI Sch.1 para 3; CRA Art. 13", "security-update support period end declared (IOT8001-IOT8005)"),
    };

    public static DateTime Expires(DeviceDeclarations declarations, DateTime issued)
    {
        var yearAhead = issued.Date.AddYears(1).AddDays(-1);
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
        builder.Append("# Security updates are provided until ").Append(Line(declarations.SupportPeriodEndText) ?? Missing).Append(".\n");
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

    public static string StatementJson(DeviceDeclarations declarations, ProductIdentity identity, DateTime issued)
    {
        var missing = MissingFields(declarations, identity);
        var json = new JsonText();
        json.Open();
        json.Property("schema", "iotsecure/statement-of-compliance/v1");
        json.Property("regime", "UK PSTI Schedule 4; ETSI EN 303 645");
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
        json.Array("checksPerformed", ChecksPerformed.Select(c => c.Provision + ": " + c.Check).ToList());
        json.Property("placeOfIssue", Line(identity.PlaceOfIssue));
        json.Property("dateOfIssue", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.Array("missing", missing);
        json.Close();
        return json.ToString();
    }

    public static string StatementMarkdown(DeviceDeclarations declarations, ProductIdentity identity, DateTime issued)
    {
        var builder = new StringBuilder();
        builder.Append("# Statement of compliance\n\n");
        builder.Append("Prepared for UK PSTI Schedule 4 and ETSI EN 303 645. Fields marked MISSING were not declared in the build and must be completed before this statement accompanies the product.\n\n");
        builder.Append("| Field | Value |\n|---|---|\n");
        Row(builder, "Product", Join(identity.ProductName, identity.ProductVersion), "Product / Version");
        Row(builder, "Product type", identity.ProductType, "IoTProductType");
        Row(builder, "Product model", identity.ProductModel, "IoTProductModel");
        Row(builder, "Manufacturer", identity.Manufacturer, "IoTManufacturer");
        Row(builder, "Manufacturer address", identity.ManufacturerAddress, "IoTManufacturerAddress");
        var standards = Standards(identity).ToList();
        Row(builder, "Standards met", standards.Count == 0 ? null : string.Join("; ", standards), "IoTStandards");
        Row(builder, "Defined support period ends", declarations.SupportPeriodEndText, "IoTSupportPeriodEnd");
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
        builder.Append("\n## Checked at build time by IoTSecure\n\n");
        foreach (var (provision, check) in ChecksPerformed)
        {
            builder.Append("- ").Append(provision).Append(": ").Append(check).Append('\n');
        }

        return builder.ToString();
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
        if (declarations.Contacts.Count == 0)
        {
            missing.Add("IoTVulnerabilityDisclosureContact");
        }

        return missing;
    }

    private static IEnumerable<string> Standards(ProductIdentity identity) => DeclarationValidator.Split(Line(identity.Standards));

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
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var text = builder.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A minimal, deterministic JSON writer (two-space indentation, LF), enough for the statement.</summary>
    private sealed class JsonText
    {
        private readonly StringBuilder _builder = new();
        private int _depth;
        private bool _first = true;

        public void Open()
        {
            _builder.Append('{');
            _depth++;
            _first = true;
        }

        public void Close()
        {
            _depth--;
            _builder.Append('\n').Append(' ', _depth * 2).Append('}');
            _first = false;
            if (_depth == 0)
            {
                _builder.Append('\n');
            }
        }

        public void Property(string name, string? value)
        {
            Name(name);
            _builder.Append(value is null ? "null" : Quote(value));
        }

        public void Object(string name, Action body)
        {
            Name(name);
            Open();
            body();
            Close();
        }

        public void Array(string name, IReadOnlyList<string> values)
        {
            Name(name);
            if (values.Count == 0)
            {
                _builder.Append("[]");
                return;
            }

            _builder.Append('[');
            for (var i = 0; i < values.Count; i++)
            {
                _builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (_depth + 1) * 2).Append(Quote(values[i]));
            }

            _builder.Append('\n').Append(' ', _depth * 2).Append(']');
        }

        private void Name(string name)
        {
            _builder.Append(_first ? "\n" : ",\n").Append(' ', _depth * 2).Append(Quote(name)).Append(": ");
            _first = false;
        }

        private static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '<': builder.Append("\\u003c"); break;
                    case '>': builder.Append("\\u003e"); break;
                    default:
                        if (c < ' ')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        public override string ToString() => _builder.ToString();
    }
}
