using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.MissingSecurityUpdateAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Updates;

public class MissingSecurityUpdateAnalyzerTests
{
    private const string Hook = """
        namespace IoTSecure
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, Inherited = false)]
            [System.Diagnostics.Conditional("IOTSECURE_UPDATE_HOOK_METADATA")]
            internal sealed class SecurityUpdateHookAttribute : System.Attribute { }
        }
        """;

    private const string App = "static class Program { static void Main() { } }";

    private static DiagnosticResult Finding() =>
        VerifyCS.Diagnostic(Descriptors.MissingSecurityUpdate).WithNoLocation().WithArguments("TestProject");

    [Fact]
    public async Task The_fix_adds_an_update_hook_that_compiles_and_passes_every_IoTSecure_rule()
    {
        var generated = IoTSecure.Analyzers.CodeFixes.Rules.Updates.MissingSecurityUpdateFixer.Source("Contoso.Device");
        var compilation = Infrastructure.AnalyzerRunner.Compile(new[] { "static class Program { static void Main() { } }", Hook, generated });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostics = await Infrastructure.AnalyzerRunner.RunAsync(compilation);
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("IOT", System.StringComparison.Ordinal)));
    }

    [Fact]
    public Task A_hook_on_a_local_function_is_a_mechanism() =>
        VerifyCS.AnalyzerAsync(
            new[] { "static class Program { static void Main() { Install(new byte[0]); [IoTSecure.SecurityUpdateHook] static void Install(byte[] image) { } } }", Hook },
            "build_property.IoTDevice = true");

    [Fact]
    public Task Device_without_a_mechanism_is_reported_once() =>
        VerifyCS.AnalyzerAsync(new[] { App, Hook }, "build_property.IoTDevice = true", Finding());

    [Theory]
    [InlineData("[IoTSecure.SecurityUpdateHook] class Updater { }")]
    [InlineData("class Updater { [IoTSecure.SecurityUpdateHook] public void Apply(byte[] image) { } }")]
    [InlineData("class Updater { public void Run() { Apply(new byte[0]); [IoTSecure.SecurityUpdateHook] static void Apply(byte[] image) { } } }")]
    public Task A_hook_on_a_class_or_method_is_a_mechanism(string updater) =>
        VerifyCS.AnalyzerAsync(new[] { App, Hook, updater }, "build_property.IoTDevice = true");

    [Theory]
    [InlineData("External")]
    [InlineData("none")]
    public Task Declared_external_or_no_update_mechanism(string mechanism) =>
        VerifyCS.AnalyzerAsync(new[] { App }, "build_property.IoTDevice = true\nbuild_property.IoTUpdateMechanism = " + mechanism);

    /// <summary>A value the contract does not know is a configuration error (IOT8021 at build), not a missing mechanism.</summary>
    [Theory]
    [InlineData("Extern")]
    [InlineData("OTA")]
    [InlineData("Externall")]
    public Task Unknown_mechanism_is_left_to_the_build_check(string mechanism) =>
        VerifyCS.AnalyzerAsync(new[] { App }, "build_property.IoTDevice = true\nbuild_property.IoTUpdateMechanism = " + mechanism);

    [Fact]
    public Task Libraries_and_explicit_non_devices_are_not_checked() =>
        Task.WhenAll(
            VerifyCS.AnalyzerAsync(new[] { App }, "build_property.IoTDevice = false"),
            VerifyCS.AnalyzerAsync(new[] { "class Library { }" }));

    [Fact]
    public Task Platform_mechanisms_count() =>
        Task.WhenAll(
            VerifyCS.AnalyzerAsync(
                new[]
                {
                    App,
                    "namespace nanoFramework.Runtime.Native { public static class UpdateManager { public static bool StoreImageChunk(byte[] chunk) => true; } }",
                    "class Ota { void Store(byte[] chunk) => nanoFramework.Runtime.Native.UpdateManager.StoreImageChunk(chunk); }",
                },
                "build_property.IoTDevice = true"),
            VerifyCS.AnalyzerAsync(
                new[]
                {
                    App,
                    "namespace Contoso.Unrelated { public static class UpdateManager { public static void Run() { } } }",
                    "class Other { void Run() => Contoso.Unrelated.UpdateManager.Run(); }",
                },
                "build_property.IoTDevice = true",
                Finding()),
            VerifyCS.AnalyzerAsync(
                new[]
                {
                    App,
                    "namespace Meadow.Update { public interface IUpdateService { event System.Action OnUpdateAvailable; } }",
                    "class Updates { void Wire(Meadow.Update.IUpdateService service) => service.OnUpdateAvailable += () => { }; }",
                },
                "build_property.IoTDevice = true"),
            VerifyCS.AnalyzerAsync(
                new[]
                {
                    App,
                    "namespace Microsoft.Azure.Devices.Client { public class DeviceClient { public System.Threading.Tasks.Task SetMethodHandlerAsync(string methodName, object handler, object context) => null!; } }",
                    "class Twin { void Wire(Microsoft.Azure.Devices.Client.DeviceClient client) => client.SetMethodHandlerAsync(\"firmwareUpdate\", null!, null!); }",
                },
                "build_property.IoTDevice = true"),
            VerifyCS.AnalyzerAsync(
                new[]
                {
                    App,
                    "namespace Microsoft.Azure.Devices.Client { public class DeviceClient { public System.Threading.Tasks.Task SetMethodHandlerAsync(string methodName, object handler, object context) => null!; } }",
                    "class Twin { void Wire(Microsoft.Azure.Devices.Client.DeviceClient client) => client.SetMethodHandlerAsync(\"reboot\", null!, null!); }",
                },
                "build_property.IoTDevice = true",
                Finding()));

    [Fact]
    public Task Without_the_property_a_library_is_not_a_device() =>
        VerifyCS.AnalyzerAsync(new[] { App }, "build_property.IoTDevice = ");
}
