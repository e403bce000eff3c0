using System;
using System.IO;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding IoTSecure.Analyzers.sln above the test assembly.</summary>
    public static string Root()
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
