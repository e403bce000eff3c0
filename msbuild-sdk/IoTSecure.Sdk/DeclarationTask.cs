using System;
using System.Globalization;
using System.Linq;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IoTSecure.Sdk;

/// <summary>The product declarations (IoT* properties) that the gate tasks take as input.</summary>
public abstract class DeclarationTask : Task
{
    public string? ProjectFile { get; set; }
    public string? SupportPeriodEnd { get; set; }
    public string? DisclosureContact { get; set; }
    public string? DisclosurePolicyUrl { get; set; }
    public string? Manufacturer { get; set; }
    public string? ManufacturerAddress { get; set; }
    public string? ProductModel { get; set; }
    public string? UpdateMechanism { get; set; }
    public string? NoUpdateRationale { get; set; }
    public string? Markets { get; set; }
    public string? RunAnalyzers { get; set; }
    public string? RunAnalyzersDuringBuild { get; set; }
    public string? NoWarn { get; set; }

    /// <summary>The analyzer assemblies passed to the compiler (the @(Analyzer) items); null when unknown.</summary>
    public ITaskItem[]? Analyzers { get; set; }

    /// <summary>The date the checks are made against, <c>yyyy-MM-dd</c>; today (UTC) when empty.</summary>
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
        RunAnalyzers = RunAnalyzers,
        RunAnalyzersDuringBuild = RunAnalyzersDuringBuild,
        NoWarn = NoWarn,
        AnalyzersKnown = Analyzers is not null,
        AnalyzerFileNames = (Analyzers ?? Array.Empty<ITaskItem>()).Select(a => System.IO.Path.GetFileName(a.ItemSpec)).ToList(),
    };

    protected bool TryGetToday(out DateTime today)
    {
        if (string.IsNullOrWhiteSpace(Today))
        {
            today = DateTime.UtcNow.Date;
            return true;
        }

        if (DateTime.TryParseExact(Today!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            return true;
        }

        Log.LogError("IoTSecure", GateCodes.SupportPeriodMalformed, null, GateCodes.HelpLink(GateCodes.SupportPeriodMalformed), ProjectFile, 0, 0, 0, 0,
            $"IoTSecureToday received {DeclarationValidator.Show(Today)}, which is not a date in the form yyyy-MM-dd, e.g. <IoTSecureToday>2026-01-31</IoTSecureToday>.");
        return false;
    }
}
