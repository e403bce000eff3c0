namespace IoTSecure.Analyzers.Tests.Rules.Updates;

/// <summary>The [SecurityUpdateHook] attribute as the package compiles it into a device project.</summary>
internal static class UpdateHookSource
{
    public const string Hook = """
        namespace IoTSecure
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, Inherited = false)]
            internal sealed class SecurityUpdateHookAttribute : System.Attribute { }
        }
        """;
}
