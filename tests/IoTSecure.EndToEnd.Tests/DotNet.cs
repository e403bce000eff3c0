using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>The result of one <c>dotnet</c> command.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>
/// Runs the real <c>dotnet</c> CLI as a user would, isolated from the test host: no node reuse, and none of the
/// MSBuild or NuGet variables the test host inherited.
/// </summary>
public static class DotNet
{
    private static readonly string[] ClearedVariables =
    {
        "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "NUGET_PACKAGES", "DOTNET_HOST_PATH", "VSTEST_HOST_DEBUG", "MSBUILDNOINPROCNODE",
    };

    public static CommandResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, TimeSpan.FromMinutes(5), arguments);

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Exec("dotnet", workingDirectory, timeout, arguments);

    /// <summary>Runs <paramref name="file"/> (dotnet, bash ...) with the same clean MSBuild environment; output and errors merged.</summary>
    public static CommandResult Exec(string file, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in ClearedVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {timeout}.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new CommandResult(process.ExitCode, output.ToString());
        }
    }

    /// <summary>The repository root: the folder holding IoTSecure.Analyzers.sln above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IoTSecure.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IoTSecure.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
