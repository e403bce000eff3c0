using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IoTSecure.Analyzers.Tests.Sinks;

/// <summary>Where a catalogued parameter sits in a call, worked out from the overloads the compilation references.</summary>
public class SinkSlotsTests
{
    private static SinkSlots Slots(params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "Slots",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var all = CredentialSinkCatalog.BuiltIn;
        return new SinkSlots(compilation, SinkIndex.Build(all), all);
    }

    [Fact]
    public void Positions_follow_the_overloads_that_accept_the_argument_count()
    {
        var slots = Slots(Stubs.M2Mqtt);

        Assert.Equal(new[] { 2 }, slots.ForCall("Connect", 3).Select(s => s.Position).Distinct());
        Assert.Equal(new[] { 2 }, slots.ForCall("Connect", 5).Select(s => s.Position).Distinct());
        Assert.Empty(slots.ForCall("Connect", 1)); // Connect(clientId): no password
        Assert.Empty(slots.ForCall("Publish", 2));
        Assert.True(slots.AnyPresent);
    }

    [Fact]
    public void Optional_params_and_extension_receivers_are_counted()
    {
        var slots = Slots("""
            namespace uPLibrary.Networking.M2Mqtt
            {
                public class MqttClient
                {
                    public byte Connect(string clientId, string username = null, string password = null, bool clean = true) => 0;
                }
            }
            """);

        Assert.Empty(slots.ForCall("Connect", 2).Where(s => s.Holds(1) || s.Holds(0)));
        Assert.Equal(new[] { 2 }, slots.ForCall("Connect", 3).Select(s => s.Position));
        Assert.Equal(new[] { 2 }, slots.ForCall("Connect", 4).Select(s => s.Position));
        Assert.Empty(slots.ForCall("Connect", 5));
    }

    [Fact]
    public void A_compilation_without_any_sink_type_has_no_slots_at_all()
    {
        var slots = Slots("class Device { void Connect(string password) { } }");

        Assert.False(slots.AnyPresent);
        Assert.Empty(slots.ForCall("Connect", 1));
        Assert.Empty(slots.ForConstructor("NetworkCredential", 2));
        Assert.False(slots.HasProperty("Password"));
    }

    [Theory]
    [InlineData(2, 2, 0, true)]
    [InlineData(1, 2, 0, false)]
    [InlineData(3, 2, 0, false)]
    [InlineData(1, 2, 1, true)]
    public void Accepts_counts_required_parameters_and_the_receiver(int arguments, int parameters, int skip, bool expected)
    {
        var source = "static class E { public static void M(" + string.Join(", ", Enumerable.Range(0, parameters).Select(i => (i == 0 ? "this " : "") + "string p" + i)) + ") { } }";
        var compilation = CSharpCompilation.Create("A", new[] { CSharpSyntaxTree.ParseText(source) }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var method = compilation.GetTypeByMetadataName("E")!.GetMembers("M").OfType<IMethodSymbol>().Single();

        Assert.Equal(expected, Overloads.Accepts(method.Parameters, arguments, skip));
    }
    /// <summary>The namespace walk agrees with the compilation's own lookup: nested, generic, global, duplicated, absent and malformed names.</summary>
    [Fact]
    public void Types_by_metadata_name_agree_with_the_compilations_lookup()
    {
        var library = CSharpCompilation.Create(
            "Vendor",
            new[] { CSharpSyntaxTree.ParseText("namespace Vendor.Net { public class Client { public class Options { } } public class Box<T> { } } public class Global { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var compilation = CSharpCompilation.Create(
            "App",
            new[] { CSharpSyntaxTree.ParseText("namespace Vendor.Net { internal class Client { } } namespace App { class Device { } }") },
            new MetadataReference[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), library.ToMetadataReference() },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var names = new string[]
        {
            "System.Net.NetworkCredential", "System.String", "System.Collections.Generic.List`1", "System.Environment+SpecialFolder",
            "Vendor.Net.Client", "Vendor.Net.Client+Options", "Vendor.Net.Box`1", "Vendor.Net.Box", "Global", "App.Device",
            "uPLibrary.Networking.M2Mqtt.MqttClient", "Vendor.Missing", "Vendor.Net.Client+Missing", "Vendor..Client", "Vendor.Net.",
            "", "Box`x", "`1", "Vendor.Net.Box`1+", "+",
        }.Concat(CredentialSinkCatalog.BuiltIn.Select(s => s.TypeMetadataName)).Distinct();

        foreach (var name in names)
        {
            var expected = compilation.GetTypesByMetadataName(name).Select(t => t.ToDisplayString()).OrderBy(t => t).ToArray();
            var actual = TypeNames.ByMetadataName(compilation, name).Select(t => t.ToDisplayString()).OrderBy(t => t).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }

        Assert.Equal(2, TypeNames.ByMetadataName(compilation, "Vendor.Net.Client").Length); // the source's and the reference's
    }
}
