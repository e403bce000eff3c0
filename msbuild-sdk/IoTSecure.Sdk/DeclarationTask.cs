using System;
using System.Globalization;
using IoTSecure.Sdk.Gate;

namespace IoTSecure.Sdk;

/// <summary>The product declarations (IoT* properties) that the gate tasks take as input.</summary>
public abstract class DeclarationTask : GateTask
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
    public string? ProductName { get; set; }
    public string? ProductVersion { get; set; }
    public string? ProductType { get; set; }
    public string? Standards { get; set; }
    public string? PlaceOfIssue { get; set; }
    public string? PreferredLanguages { get; set; }

    /// <summary>IoTStatementSignatory and IoTStatementSignatoryFunction: who signs the statement for the manufacturer (PSTI Schedule 4).</summary>
    public string? Signatory { get; set; }

    public string? SignatoryFunction { get; set; }

    /// <summary>The date of issue, <c>yyyy-MM-dd</c> (IoTStatementDate); today when empty.</summary>
    public string? DateOfIssue { get; set; }

    /// <summary>
    /// IoTSecureToday, <c>yyyy-MM-dd</c>: a date for tests that can only make the gate stricter. The checks use the
    /// later of it and today (UTC), so it cannot let a package ship with a support period that has already ended.
    /// </summary>
    public string? Today { get; set; }

    protected DeclarationInput Input() => new()
    {
        SupportPeriodEnd = SupportPeriodEnd,
        DisclosureContact = DisclosureContact,
        DisclosurePolicyUrl = DisclosurePolicyUrl,
        Manufacturer = Manufacturer,
        ManufacturerAddress = ManufacturerAddress,
        ProductModel = ProductModel,
        UpdateMechanism = UpdateMechanism,
        NoUpdateRationale = NoUpdateRationale,
        Markets = Markets,
        OtherWrittenValues = new (string, string?)[]
        {
            ("Product", ProductName),
            ("Version", ProductVersion),
            ("IoTProductType", ProductType),
            ("IoTStandards", Standards),
            ("IoTStatementPlace", PlaceOfIssue),
            ("IoTStatementDate", DateOfIssue),
            ("IoTPreferredLanguages", PreferredLanguages),
            ("IoTStatementSignatory", Signatory),
            ("IoTStatementSignatoryFunction", SignatoryFunction),
        },
    };

    protected ProductIdentity Identity() => new()
    {
        ProductName = ProductName,
        ProductVersion = ProductVersion,
        ProductType = ProductType,
        ProductModel = ProductModel,
        Manufacturer = Manufacturer,
        ManufacturerAddress = ManufacturerAddress,
        Standards = Standards,
        PlaceOfIssue = PlaceOfIssue,
        PreferredLanguages = PreferredLanguages,
        NoUpdateRationale = NoUpdateRationale,
        Signatory = Signatory,
        SignatoryFunction = SignatoryFunction,
    };

    /// <summary>The date the checks are made against: the later of today (UTC) and IoTSecureToday.</summary>
    protected bool TryGetToday(out DateTime today)
    {
        today = DateTime.UtcNow.Date;
        if (string.IsNullOrWhiteSpace(Today))
        {
            return true;
        }

        if (!TryParseDate("IoTSecureToday", Today, out var knob))
        {
            return false;
        }

        if (knob > today)
        {
            today = knob;
        }

        return true;
    }

    /// <summary>The date of issue: IoTStatementDate when declared, otherwise <paramref name="today"/>.</summary>
    protected bool TryGetDateOfIssue(DateTime today, out DateTime issued)
    {
        issued = today;
        return string.IsNullOrWhiteSpace(DateOfIssue) || TryParseDate("IoTStatementDate", DateOfIssue, out issued);
    }

    private bool TryParseDate(string property, string? value, out DateTime date)
    {
        if (DateTime.TryParseExact(value!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        Report(RuleIdentifiers.SupportPeriodMalformed, true, ProjectFile, 0,
            $"{property} received {DeclarationValidator.Show(value)}, which is not a date in the form yyyy-MM-dd, e.g. <{property}>2026-01-31</{property}>.");
        return false;
    }
}
