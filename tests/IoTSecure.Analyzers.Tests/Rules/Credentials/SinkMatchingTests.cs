using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class SinkMatchingTests
{
    private const string Sdk = """
        namespace Contoso.Vault
        {
            public class Box<T> { public Box(string secret) { } }
            public interface IStore<T> { void Put(string secret); }
            public sealed class FileStore : IStore<string> { public void Put(string secret) { } }
            public class Outer { public class Inner { public void Set(string secret) { } } }
        }
        """;

    private static async Task Run(string device, string? sinkFile, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<HardcodedCredentialRule, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", device));
        test.TestState.Sources.Add(("/0/Sdk.cs", Sdk));
        foreach (var stub in Stubs.All.Select((s, i) => (s, i)))
        {
            test.TestState.Sources.Add(($"/0/Stub{stub.i}.cs", stub.s));
        }

        if (sinkFile is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/" + TeamOptions.SinkFileName, sinkFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Finding(int location, string where) =>
        new DiagnosticResult(Descriptors.HardcodedCredential).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("password", where, string.Empty);

    [Theory]
    [InlineData("Contoso.Vault.Box`1..ctor(secret)")]
    [InlineData("Contoso.Vault.Box`1.Box(secret)")]
    public Task A_generic_types_constructor_is_a_sink(string line) =>
        Run("class Device { object Run() => new Contoso.Vault.Box<int>({|#0:\"Kx9-Wq7Lt2mZ\"|}); }", line + "\n",
            Finding(0, "reaches 'new Box(...)' parameter 'secret'"));

    [Fact]
    public Task A_generic_interfaces_implementation_is_a_sink() =>
        Run("class Device { void Run() => new Contoso.Vault.FileStore().Put({|#0:\"Kx9-Wq7Lt2mZ\"|}); }", "Contoso.Vault.IStore`1.Put(secret)\n",
            Finding(0, "reaches 'FileStore.Put' parameter 'secret'"));

    [Fact]
    public Task A_nested_type_is_a_sink() =>
        Run("class Device { void Run() => new Contoso.Vault.Outer.Inner().Set({|#0:\"Kx9-Wq7Lt2mZ\"|}); }", "Contoso.Vault.Outer+Inner.Set(secret)\n",
            Finding(0, "reaches 'Inner.Set' parameter 'secret'"));

    [Fact]
    public Task A_built_in_constructor_reached_through_a_using_alias_is_reported() =>
        Run("using Cred = System.Net.NetworkCredential;\nclass Device { object Run() => new Cred(\"user\", {|#0:\"Kx9-Wq7Lt2mZ\"|}); }", null,
            Finding(0, "reaches 'new NetworkCredential(...)' parameter 'password'"));

    [Fact]
    public Task Tabs_crlf_and_trailing_comments_in_the_sink_file_are_read() =>
        Run("class Device { void Run() => new Contoso.Vault.Outer.Inner().Set({|#0:\"Kx9-Wq7Lt2mZ\"|}); }", "\t+\tContoso.Vault.Outer+Inner.Set( secret ) : password\t# team sdk\r\n",
            Finding(0, "reaches 'Inner.Set' parameter 'secret'"));
}
