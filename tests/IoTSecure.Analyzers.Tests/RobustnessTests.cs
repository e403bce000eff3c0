using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Tests;

/// <summary>
/// The analyzers and fixes on the input an editor really gives them: code being typed, broken code, missing references,
/// huge literals and deep expressions. No exception (AD0001), and the same diagnostics in the same order every time.
/// </summary>
public class RobustnessTests
{
    private const string Device = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Threading.Tasks;
        using nanoFramework.Networking;
        static class Secrets
        {
            public const string WifiPassword = "Zq8-robust-wifi-4711";
            public static readonly string Token = "robust-token-value-1";
            public const string Pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----";
            public static readonly byte[] HmacKey = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
        }
        [nanoFramework.WebServer.Authentication("Basic:admin robust-pass-2")]
        class Device
        {
            async Task Run(HttpClient http, MQTTnet.Server.ValidatingConnectionEventArgs e, string serial, string city)
            {
                WifiNetworkHelper.ConnectDhcp("home", Secrets.WifiPassword);
                var pwd = "robust-local-pw";
                new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials(password: pwd, username: "u");
                Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(string.Format("HostName={0};DeviceId=d;SharedAccessKey={1}", city, "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M="));
                await http.GetStringAsync($"https://api.example/data?q={city}&appid={Secrets.Token}");
                if (e.Password == "admin") { }
                http.DefaultRequestHeaders.Add("X-API-Key", "robust-api-key-77");
                var apPassword = "ap-" + serial + DateTime.UtcNow.Ticks;
                new HMACSHA256(Secrets.HmacKey);
                NetworkCredential c = new("user", "<your-password>");
                Console.WriteLine(apPassword + c.UserName);
                var m2 = new uPLibrary.Networking.M2Mqtt.MqttClient(city);
                switch (serial.Length) { case 1: var chosen = "robust-switch-pw"; break; case 2: chosen = serial; m2.Connect("id", "u", chosen); break; }
                Action<string> connect = pwd2 => m2.Connect("id", "u", pwd2 ?? Secrets.Token);
                new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
            }
        }
        """;

    private static IEnumerable<string> Sources() => new[] { Device }.Concat(Stubs.All);

    [Fact]
    public async Task Source_cut_off_at_many_points_as_while_typing()
    {
        var stubs = Stubs.All;
        var step = Math.Max(1, Device.Length / 120);
        for (var length = 0; length <= Device.Length; length += step)
        {
            var partial = Device.Substring(0, length);
            var compilation = AnalyzerRunner.Compile(new[] { partial }.Concat(stubs));
            await AnalyzerRunner.RunAsync(compilation); // throws on any analyzer exception
        }
    }

    [Fact]
    public async Task Every_stub_cut_off_and_every_line_deleted()
    {
        foreach (var source in Stubs.All.Append(Device))
        {
            var lines = source.Split('\n');
            for (var i = 0; i < lines.Length; i += 2)
            {
                var damaged = string.Join("\n", lines.Where((_, index) => index != i));
                await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { damaged, Device }));
            }
        }
    }

    [Fact]
    public async Task Syntax_errors_and_missing_references()
    {
        var broken = new[]
        {
            "class C { void M() { new System.Net.NetworkCredential(\"u\", ",
            "class C { const string Password = ; void M() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"s\", Password) }",
            "class C { string Token = $\"{\"; }",
            "class C { [nanoFramework.WebServer.Authentication(] void M() { } }",
            "class C { void M(Unknown e) { if (e.Password == \"admin\") { } var x = Missing.Secret + \"a\"; } }",
            "static class S { public static readonly string A = B + \"x\"; public static readonly string B = A + \"y\"; } class D { void M() => new System.Net.NetworkCredential(\"u\", S.A); }",
            "class C { void M() { string pwd; pwd = pwd + \"a\"; new System.Net.NetworkCredential(\"u\", pwd); } }",
            "class C { void M() { var password = string.Format(\"{0\", 1); var token = string.Format(null, \"{0}\"); } }",
        };

        foreach (var source in broken)
        {
            await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { source }.Concat(Stubs.All)));

            // Without any reference at all, not even the core library.
            var bare = CSharpCompilation.Create("Bare", new[] { CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(Device) });
            await AnalyzerRunner.RunAsync(bare);
        }
    }

    [Fact]
    public async Task Very_long_literals_and_deeply_nested_expressions()
    {
        var longSecret = new string('k', 1_000_000);
        // (a key body of a million base64 characters: a row of one letter is a mask, not a body)
        var longBody = string.Concat(Enumerable.Repeat("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vq2", 18_519));
        var nested = new StringBuilder("\"a\"");
        for (var i = 0; i < 2_000; i++)
        {
            nested.Append(" + \"b").Append(i).Append('"');
        }

        var parenthesised = new string('(', 500) + "\"p\"" + new string(')', 500);
        var source = $$"""
            class C
            {
                const string Password = "{{longSecret}}";
                const string Pem = "-----BEGIN PRIVATE KEY-----{{longBody}}";
                void M(string serial)
                {
                    new System.Net.NetworkCredential("u", {{nested}});
                    new System.Net.NetworkCredential("u", {{parenthesised}});
                    new System.Net.NetworkCredential("u", Password);
                    var pwd = serial{{string.Concat(Enumerable.Repeat(" + serial", 1000))}};
                }
            }
            """;

        var diagnostics = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { source }.Concat(Stubs.All)));
        Assert.Contains(diagnostics, d => d.Id == "IOT1003");
        Assert.All(diagnostics, d => Assert.True(d.GetMessage().Length < 1000));
    }

    /// <summary>
    /// A built-in pattern that runs over its timeout answers "no match" and never throws: CI once failed when a loaded
    /// machine pushed the GUID test on a 100,000-character literal past 200 ms, and the analyzer threw (AD0001).
    /// </summary>
    [Fact]
    public void A_built_in_pattern_that_times_out_reads_as_no_match()
    {
        // Nested quantifiers on a run that fails at its last character: exponential, so the 1 ms timeout always fires.
        var pattern = new IoTSecure.Detection.BuiltInPattern(@"^(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var text = new string('a', IoTSecure.Detection.BuiltInPattern.UntimedLength + 1) + "!";

        Assert.False(pattern.IsMatch(text));
        Assert.False(pattern.Match(text).Success);
        Assert.Throws<System.Text.RegularExpressions.RegexMatchTimeoutException>(() => pattern.Replace(text, ""));
        // (the timed expression still matches: asked with a timeout no loaded machine reaches, as a 1 ms one can be on a
        // matching run too)
        var patient = new IoTSecure.Detection.BuiltInPattern(@"^(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(30));
        Assert.True(patient.IsMatch(new string('a', IoTSecure.Detection.BuiltInPattern.UntimedLength + 1)));
    }

    [Fact]
    public void A_long_literal_is_never_a_uuid()
    {
        Assert.True(IoTSecure.Detection.SecretText.IsUuid(" {0f8fad5b-d9cb-469f-a165-70867728950e} "));
        Assert.True(IoTSecure.Detection.SecretText.IsUuid("0x180F"));
        Assert.False(IoTSecure.Detection.SecretText.IsUuid(new string('0', 100_000)));
        Assert.False(IoTSecure.Detection.SecretText.IsUuid("0f8fad5b-d9cb-469f-a165-70867728950e" + new string('0', 10)));
    }

    [Fact]
    public async Task Concurrent_and_sequential_runs_give_the_same_diagnostics_in_the_same_order()
    {
        var compilation = AnalyzerRunner.Compile(Sources());
        var concurrent = await AnalyzerRunner.RunAsync(compilation, concurrent: true);
        var sequential = await AnalyzerRunner.RunAsync(compilation, concurrent: false);
        var again = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(Sources()), concurrent: true);

        Assert.True(concurrent.Length >= 10, string.Join("\n", concurrent));
        Assert.Equal(Describe(sequential), Describe(concurrent));
        Assert.Equal(Describe(concurrent), Describe(again));
    }

    [Fact]
    public async Task Code_fixes_do_not_throw_on_cut_off_sources()
    {
        var fixers = typeof(CodeFixes.Core.SecretRelocationFixer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToList();
        var step = Math.Max(1, Device.Length / 12);
        for (var length = Device.Length / 2; length <= Device.Length; length += step)
        {
            using var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Device", LanguageNames.CSharp)
                .WithMetadataReferences(Basic.Reference.Assemblies.Net80.References.All)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var document = project.AddDocument("Device.cs", SourceText.From(Device.Substring(0, length)));
            project = document.Project;
            foreach (var stub in Stubs.All)
            {
                project = project.AddDocument("Stub" + project.DocumentIds.Count + ".cs", stub).Project;
            }

            var compilation = (await project.GetCompilationAsync())!;
            var diagnostics = await AnalyzerRunner.RunAsync(compilation);
            foreach (var diagnostic in diagnostics)
            {
                var target = project.GetDocument(diagnostic.Location.SourceTree);
                if (target is null)
                {
                    continue;
                }

                foreach (var fixer in fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                {
                    var actions = new List<CodeAction>();
                    var context = new CodeFixContext(target, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                    await fixer.RegisterCodeFixesAsync(context);
                    foreach (var action in actions)
                    {
                        var operations = await action.GetOperationsAsync(CancellationToken.None);
                        Assert.NotEmpty(operations);
                    }
                }
            }
        }
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage()).ToArray();

    // ---- red team 2 ----

    [Fact]
    public async Task RT_A_Format_item_index_of_int_MaxValue_does_not_throw() =>
        await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[]
        {
            "class C { string S(string pw) => string.Format(\"Server=db;Password={2147483647}\", pw); }",
        }.Concat(Stubs.All)));
}
