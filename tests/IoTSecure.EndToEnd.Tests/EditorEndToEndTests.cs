using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>Squiggles in a real editor: csharp-ls reports IoTSecure diagnostics at the right ranges through the package.</summary>
[Collection(PackagesCollection.Name)]
public sealed class EditorEndToEndTests
{
    private readonly PackagesFixture _packages;

    public EditorEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public async Task A_language_server_reports_IOT1001_at_the_secret_argument()
    {
        var tools = Path.Combine(_packages.Root, "tools");
        var server = Path.Combine(tools, "csharp-ls");
        if (!File.Exists(server))
        {
            var install = DotNet.Run(_packages.Root, "tool", "install", "csharp-ls", "--version", "0.28.0", "--tool-path", tools);
            Assert.True(install.ExitCode == 0, install.ToString());
        }

        const string program = """
            using System.Net;

            static class Program
            {
                static void Main()
                {
                    var credential = new NetworkCredential("sensor-7", "Zq8-editor-secret-1");
                    System.Console.WriteLine(credential.UserName);
                }
            }
            """;
        var consumer = _packages.NewConsumer("editor").WithProject(Consumption.PackageReference).WithFile("Program.cs", program);
        var restore = consumer.Run("restore");
        Assert.True(restore.ExitCode == 0, restore.ToString());

        using var client = new LanguageServerClient(server, consumer.Directory);
        var rootUri = new Uri(consumer.Directory + "/").AbsoluteUri;
        var initialize = client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["capabilities"] = new JsonObject
            {
                ["window"] = new JsonObject { ["workDoneProgress"] = true },
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
            },
        });
        Assert.NotNull(await initialize.WaitAsync(TimeSpan.FromSeconds(60)));
        client.Notify("initialized", new JsonObject());

        var documentUri = new Uri(Path.Combine(consumer.Directory, "Program.cs")).AbsoluteUri;
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = documentUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = program },
        });

        // Pull diagnostics until the solution has loaded and the analyzer from the package has run.
        JsonArray? items = null;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            var report = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = documentUri } })
                .WaitAsync(TimeSpan.FromSeconds(60));
            items = report?["items"]?.AsArray();
            if (items is not null && items.Any(i => i?["code"]?.ToString() == "IOT1001"))
            {
                break;
            }

            await Task.Delay(1000);
        }

        var finding = items?.FirstOrDefault(i => i?["code"]?.ToString() == "IOT1001");
        Assert.True(finding is not null, "no IOT1001 from csharp-ls; items: " + items?.ToJsonString() + "\n" + client.Log);
        var range = finding!["range"]!;
        Assert.Equal(6, range["start"]!["line"]!.GetValue<int>());
        Assert.Equal(59, range["start"]!["character"]!.GetValue<int>());
        Assert.Equal(80, range["end"]!["character"]!.GetValue<int>());
        Assert.DoesNotContain("Zq8-editor-secret-1", finding["message"]!.GetValue<string>());
    }
}
