using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Json.Schema;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>
/// Supply chain at the gate, through the real dotnet pack in both consumption styles: a release package of a device
/// that uses MQTTnet carries a CycloneDX 1.6 SBOM that validates against the official schema and that the statement
/// references; a debug pack is refused; a known vulnerability served by a NuGet V3 vulnerability resource on a loopback
/// HTTP server (reached through nuget.config auditSources) makes pack refuse.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class SupplyChainEndToEndTests
{
    private const string Declarations = """
            <IoTSupportPeriodEnd>2032-06</IoTSupportPeriodEnd>
            <IoTVulnerabilityDisclosureContact>security@contoso.example</IoTVulnerabilityDisclosureContact>
            <IoTManufacturer>Contoso Devices Ltd</IoTManufacturer>
            <IoTManufacturerAddress>1 Example Street, Cambridge, UK</IoTManufacturerAddress>
            <IoTProductModel>CSH-200</IoTProductModel>
            <Product>Contoso SensorHub</Product>
            <Version>1.4.0</Version>
        """;

    private const string MqttReference = """<PackageReference Include="MQTTnet" Version="5.2.0.1603" />""";

    private const string Program = """
        static class Program
        {
            static void Main() => System.Console.WriteLine(typeof(MQTTnet.MqttClientFactory).Assembly.GetName().Name);
        }
        """;

    private readonly PackagesFixture _packages;

    public SupplyChainEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Theory]
    [InlineData(Consumption.PackageReference)]
    [InlineData(Consumption.Sdk)]
    public void A_release_package_carries_a_valid_SBOM_of_what_ships_and_a_debug_pack_is_refused(Consumption consumption)
    {
        var consumer = _packages.NewConsumer("sbom-" + consumption).WithProject(consumption, Declarations, MqttReference).WithFile("Program.cs", Program);

        var debug = consumer.Run("pack", "-c", "Debug", "-o", "debug", "-nodeReuse:false");
        Assert.NotEqual(0, debug.ExitCode);
        Assert.Contains("IoTSecure error IOT8060", debug.Output);
        Assert.Empty(consumer.Packages("debug"));

        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var nupkg = Assert.Single(consumer.Packages("out"));
        var sbom = Consumer.ReadEntry(nupkg, "iotsecure/sbom.cdx.json");
        CycloneDx.AssertValid(sbom, _packages.Root);

        var bom = JsonNode.Parse(sbom)!;
        var components = bom["components"]!.AsArray().Select(c => c!["purl"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Contains("pkg:nuget/MQTTnet@5.2.0.1603", components);
        Assert.DoesNotContain(components, p => p.StartsWith("pkg:nuget/IoTSecure", StringComparison.Ordinal));
        Assert.Equal("Contoso SensorHub", bom["metadata"]!["component"]!["name"]!.GetValue<string>());

        // Every package restore put in the graph that ships (MQTTnet and everything it pulls in) is listed.
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(consumer.Directory, "obj", "project.assets.json")))!;
        var graph = assets["targets"]!["net10.0"]!.AsObject();
        foreach (var dependency in graph["MQTTnet/5.2.0.1603"]!["dependencies"]?.AsObject() ?? new JsonObject())
        {
            Assert.Contains(components, p => p.StartsWith("pkg:nuget/" + dependency.Key + "@", StringComparison.OrdinalIgnoreCase));
        }

        var statement = Consumer.ReadEntry(nupkg, "iotsecure/statement-of-compliance.json");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(sbom)));
        Assert.Contains($"\"sha256\": \"{sha}\"", statement);
        Assert.Contains("\"developmentBuild\": false", statement);
    }

    [Theory]
    [InlineData(Consumption.PackageReference)]
    [InlineData(Consumption.Sdk)]
    public void A_known_vulnerability_from_the_audit_source_makes_pack_refuse(Consumption consumption)
    {
        using var server = new VulnerabilityServer("""{ "mqttnet": [ { "url": "https://advisories.example.test/IOT-2026-0001", "severity": 2, "versions": "[4.0.0, 6.0.0)" } ] }""");
        var consumer = _packages.NewConsumer("vulnerable-" + consumption).WithProject(consumption, Declarations, MqttReference).WithFile("Program.cs", Program);
        var config = File.ReadAllText(Path.Combine(consumer.Directory, "nuget.config"));
        consumer.WithFile("nuget.config", config.Replace("</configuration>",
            $"  <auditSources>\n    <clear />\n    <add key=\"loopback-advisories\" value=\"{server.ServiceIndex}\" allowInsecureConnections=\"true\" />\n  </auditSources>\n</configuration>"));

        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("IoTSecure error IOT8061", pack.Output);
        Assert.Contains("MQTTnet 5.2.0.1603 ships with a known high severity vulnerability (https://advisories.example.test/IOT-2026-0001)", pack.Output);
        Assert.Empty(consumer.Packages("out"));
        Assert.True(server.Requests > 0, "restore never asked the loopback vulnerability source");

        // At a threshold above the advisory's severity it ships, and the statement records the audit and what it found.
        var accepted = consumer.Run("pack", "-c", "Release", "-o", "out", "-p:IoTVulnerabilitySeverityThreshold=critical", "-nodeReuse:false");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        var statement = Consumer.ReadEntry(Assert.Single(consumer.Packages("out")), "iotsecure/statement-of-compliance.json");
        Assert.Contains("\"result\": \"no known vulnerability at or above critical\"", statement);
        Assert.Contains(server.ServiceIndex, statement);
        Assert.Contains("\"advisory\": \"https://advisories.example.test/IOT-2026-0001\"", statement);
    }

    /// <summary>A NuGet V3 source on loopback that offers only a vulnerability resource (service index, index, one page).</summary>
    private sealed class VulnerabilityServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly string _page;
        private readonly CancellationTokenSource _stop = new();
        private int _requests;

        public VulnerabilityServer(string page)
        {
            _page = page;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Base = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Base);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Base { get; }
        public string ServiceIndex => Base + "v3/index.json";
        public int Requests => Volatile.Read(ref _requests);

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                var body = context.Request.Url!.AbsolutePath switch
                {
                    "/v3/index.json" => $$"""{ "version": "3.0.0", "resources": [ { "@id": "{{Base}}v3/vulnerabilities/index.json", "@type": "VulnerabilityInfo/6.7.0" } ] }""",
                    "/v3/vulnerabilities/index.json" => $$"""[ { "@name": "all", "@id": "{{Base}}v3/vulnerabilities/all.json", "@updated": "2026-11-30T00:00:00Z", "comment": "loopback test data" } ]""",
                    "/v3/vulnerabilities/all.json" => _page,
                    _ => null,
                };
                context.Response.StatusCode = body is null ? 404 : 200;
                context.Response.ContentType = "application/json";
                var bytes = Encoding.UTF8.GetBytes(body ?? "{}");
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }
    }
}

/// <summary>
/// The official CycloneDX JSON schemas (bom-1.6, spdx, jsf-0.82), read from the CycloneDX .NET tool's own library
/// (CycloneDX.Core embeds them), installed from the package registry when first needed, and validation with
/// JsonSchema.Net.
/// </summary>
internal static class CycloneDx
{
    private static readonly Lazy<JsonSchema> Bom16 = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static string? _root;

    public static void AssertValid(string json, string root)
    {
        _root ??= root;
        var result = Bom16.Value.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, "SBOM does not validate against CycloneDX 1.6:\n" + string.Join("\n",
            (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Take(20)
                .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values))));
    }

    private static JsonSchema Load()
    {
        var toolPath = Path.Combine(_root!, "cyclonedx-tool");
        var core = Directory.Exists(toolPath) ? Directory.GetFiles(toolPath, "CycloneDX.Core.dll", SearchOption.AllDirectories).FirstOrDefault() : null;
        if (core is null)
        {
            var install = DotNet.Run(_root!, "tool", "install", "CycloneDX", "--version", "6.3.1", "--tool-path", toolPath);
            Assert.True(install.ExitCode == 0, install.ToString());
            core = Directory.GetFiles(toolPath, "CycloneDX.Core.dll", SearchOption.AllDirectories).OrderByDescending(p => p, StringComparer.Ordinal).First();
        }

        var assembly = Assembly.LoadFile(core); // read for its embedded resources only; nothing in it runs
        string Resource(string name)
        {
            using var stream = assembly.GetManifestResourceStream("CycloneDX.Core.Schemas." + name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var registry = SchemaRegistry.Global;
        foreach (var name in new[] { "spdx.schema.json", "jsf-0.82.schema.json" })
        {
            var id = new Uri("http://cyclonedx.org/schema/" + name);
            if (registry.Get(id) is null)
            {
                registry.Register(id, JsonSchema.FromText(Resource(name)));
            }
        }

        return JsonSchema.FromText(Resource("bom-1.6.schema.json"));
    }
}
