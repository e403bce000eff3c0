using System;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IoTSecure.Sdk;

/// <summary>
/// Base of every IoTSecure task: coded, help-linked errors and warnings, and no exception ever escapes as MSB4018.
/// An unexpected exception becomes IOT8099 (the gate could not complete, so it fails closed) naming the task.
/// </summary>
public abstract class GateTask : Task
{
    /// <summary>The project being built; errors without a file of their own are logged against it.</summary>
    public string? ProjectFile { get; set; }

    public sealed override bool Execute()
    {
        try
        {
            return Run() && !Log.HasLoggedErrors;
        }
        catch (Exception e)
        {
            Report(RuleIdentifiers.GateFailed, true, ProjectFile, 0,
                $"{GetType().Name} could not complete ({e.GetType().Name}: {e.Message}), so nothing was packed, published or recorded as checked. Run the build again with -v:diag and report this at the IoTSecure issue tracker with the log.");
            return false;
        }
    }

    /// <summary>The task's work; returns false when it failed (errors logged).</summary>
    protected abstract bool Run();

    protected void Report(string code, bool isError, string? file, int line, string message)
    {
        if (isError)
        {
            Log.LogError("IoTSecure", code, null, GateCodes.HelpLink(code), file, line, 0, 0, 0, message);
        }
        else
        {
            Log.LogWarning("IoTSecure", code, null, GateCodes.HelpLink(code), file, line, 0, 0, 0, message);
        }
    }

    protected void Report(GateFinding finding, string? file = null, int line = 0) =>
        Report(finding.Code, finding.IsError, file ?? ProjectFile, line, finding.Message);
}
