using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using IoTSecure.Sdk.Evidence;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;

namespace IoTSecure.Sdk;

/// <summary>
/// For an executable whose checks a switch turned off (IoTSecurePackGate=false, IoTDevice=false, IsTestProject):
/// warns IOT8031 naming each switch, its value and where it was set, and writes a statement of compliance that claims
/// no check and lists what was switched off. No security.txt: nothing vouches for its contact.
/// </summary>
public sealed class ReportChecksSwitchedOff : DeclarationTask
{
    /// <summary>The switches: item spec = property name; metadata <c>Value</c> and <c>Effect</c>.</summary>
    public ITaskItem[]? Switches { get; set; }

    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public string? Operation { get; set; }

    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = Array.Empty<ITaskItem>();

    protected override bool Run()
    {
        var switches = (Switches ?? Array.Empty<ITaskItem>())
            .Select(s => new SwitchedOff(s.ItemSpec, s.GetMetadata("Value"), SourceOf(s.ItemSpec, s.GetMetadata("Value")), s.GetMetadata("Effect")))
            .ToList();
        if (switches.Count == 0)
        {
            return true;
        }

        foreach (var off in switches)
        {
            Report(RuleIdentifiers.ChecksSwitchedOff, false, ProjectFile, 0,
                $"{off.Property}={off.Value}, set by {off.Source}: {off.Effect}. The {Operation ?? "package"} carries a statement of compliance that claims no check; remove the setting to have IoTSecure check this build, e.g. delete <{off.Property}>{off.Value}</{off.Property}>.");
        }

        if (!TryGetToday(out var today) || !TryGetDateOfIssue(today, out var issued))
        {
            return false;
        }

        var declarations = DeclarationValidator.Validate(Input(), today);
        var audit = new AuditTrail { NothingChecked = true };
        audit.SwitchedOff.AddRange(switches);
        System.IO.Directory.CreateDirectory(OutputDirectory);
        GeneratedFiles = new[]
        {
            WriteComplianceEvidence.Write(OutputDirectory, ComplianceEvidence.StatementJsonName, ComplianceEvidence.StatementJson(declarations, Identity(), issued, audit)),
            WriteComplianceEvidence.Write(OutputDirectory, ComplianceEvidence.StatementMarkdownName, ComplianceEvidence.StatementMarkdown(declarations, Identity(), issued, audit)),
        };
        return true;
    }

    /// <summary>Where a property's value came from: the environment, a global property, or the project and its imports.</summary>
    private string SourceOf(string property, string value)
    {
        if (BuildEngine is IBuildEngine6 engine && engine.GetGlobalProperties() is { } globals &&
            globals.TryGetValue(property, out var global) && string.Equals(global, value, StringComparison.OrdinalIgnoreCase))
        {
            return "a global property (the command line's -p:" + property + " or a parent build)";
        }

        var environment = Environment.GetEnvironmentVariable(property);
        if (environment is not null && string.Equals(environment.Trim(), value, StringComparison.OrdinalIgnoreCase))
        {
            return "the environment variable " + property;
        }

        return "the project file or a file it imports (Directory.Build.props/targets)";
    }
}
