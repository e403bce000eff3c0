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
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Tests.Fixes;

/// <summary>
/// Every code fix, and its Fix All, applied to its rule's positive cases placed in every context C# allows them in
/// (top-level statements, file-scoped namespaces, records and primary constructors, structs, static and partial
/// classes, local functions, expression-bodied members, switch expressions, lambdas): the fixed program compiles with
/// no error it did not have before. A fix is only useful if it never breaks the build it is applied to.
/// </summary>
public sealed class FixesCompileEverywhereTests
{
    /// <summary>A rule's positive case: an optional secret constant <c>S</c> and an expression that is flagged.</summary>
    public sealed record Case(string Name, string Rule, string Expression, string? Secret = null, string? Member = null);

    public static readonly Case[] Cases =
    {
        new("credential at the sink", "IOT1001", """new System.Net.NetworkCredential("hub", "Kx9-Wq7Lt2mZ")"""),
        new("credential through a const", "IOT1001", """new System.Net.NetworkCredential("hub", BrokerPassword)""", Secret: "Kx9-Wq7Lt2mZ"),
        new("default password at the sink", "IOT1002", """new System.Net.NetworkCredential("admin", "admin")"""),
        new("default password through a const", "IOT1002", """new System.Net.NetworkCredential("admin", BrokerPassword)""", Secret: "admin"),
        new("secret-named const", "IOT1004", "BrokerPassword.Length", Secret: "Kx9-Wq7Lt2mZ"),
        new("clear-text URL", "IOT3001", """new System.Net.Http.HttpClient().GetStringAsync("http://api.contoso.example/v1")"""),
        new("trust-all validator", "IOT3002", "new System.Net.Http.HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true }"),
        new("MD5", "IOT3004", "System.Security.Cryptography.MD5.HashData(new byte[] { 1, 2, 3 })"),
        new("HMAC-MD5", "IOT3004", "System.Security.Cryptography.HMACMD5.HashData(new byte[] { 1 }, new byte[] { 2 })"),
        new("zero IV", "IOT3006", "System.Security.Cryptography.Aes.Create().EncryptCbc(System.Array.Empty<byte>(), new byte[16])"),
        new("shared nonce", "IOT3006", "Seal(new System.Security.Cryptography.AesGcm(new byte[32], 16))", Member: "static readonly byte[] Nonce = new byte[12]; static byte[] Seal(System.Security.Cryptography.AesGcm gcm) { var tag = new byte[16]; var cipher = new byte[4]; gcm.Encrypt(Nonce, new byte[4], cipher, tag); return cipher; }"),
        new("random key bytes", "IOT3005", "Key(new System.Random())", Member: "static byte[] Key(System.Random random) { var key = new byte[32]; random.NextBytes(key); return key; }"),
        new("update fetched over http", "IOT2003", "Download()", Member: "[IoTSecure.SecurityUpdateHook] static System.Threading.Tasks.Task<byte[]> Download() => new System.Net.Http.HttpClient().GetByteArrayAsync(\"http://updates.contoso.example/fw.bin\");"),
    };

    /// <summary>Where the flagged code can stand; <c>{C}</c> is a const declaration, <c>{E}</c> the expression, <c>{M}</c> extra members.</summary>
    public static readonly (string Name, OutputKind Kind, string Template, bool LocalConst)[] Contexts =
    {
        ("top-level statements", OutputKind.ConsoleApplication, "{C}\nvar value = {E};\nSystem.Console.WriteLine(value);\n{MS}", true),
        ("top-level local function", OutputKind.ConsoleApplication, "System.Console.WriteLine(Make());\nobject Make()\n{\n    {C}\n    return {E};\n}\n{MS}", true),
        ("file-scoped namespace", OutputKind.DynamicallyLinkedLibrary, "namespace Contoso.Device;\n\npublic class Hub\n{\n    {C}\n    public object Make() { return {E}; }\n    {M}\n}\n", false),
        ("record with a primary constructor", OutputKind.DynamicallyLinkedLibrary, "public record Hub(string Host)\n{\n    {C}\n    public object Make() => {E};\n    {M}\n}\n", false),
        ("class with a primary constructor", OutputKind.DynamicallyLinkedLibrary, "public class Hub(string host)\n{\n    {C}\n    public string Host => host;\n    public object Make() => {E};\n    {M}\n}\n", false),
        ("struct", OutputKind.DynamicallyLinkedLibrary, "public struct Hub\n{\n    {C}\n    public object Make() { return {E}; }\n    {M}\n}\n", false),
        ("static partial class", OutputKind.DynamicallyLinkedLibrary, "public static partial class Hub\n{\n    {C}\n    public static object Make() => {E};\n    {M}\n}\n\npublic static partial class Hub\n{\n}\n", false),
        ("local function in a method", OutputKind.DynamicallyLinkedLibrary, "public class Hub\n{\n    public object Make()\n    {\n        {C}\n        object Local() => {E};\n        return Local();\n    }\n    {M}\n}\n", true),
        ("expression-bodied property", OutputKind.DynamicallyLinkedLibrary, "public class Hub\n{\n    {C}\n    public object Value => {E};\n    {M}\n}\n", false),
        ("switch expression", OutputKind.DynamicallyLinkedLibrary, "public class Hub\n{\n    {C}\n    public object Make(int kind) => kind switch { 0 => {E}, _ => new object() };\n    {M}\n}\n", false),
        ("lambda in a field initializer", OutputKind.DynamicallyLinkedLibrary, "public class Hub\n{\n    {C}\n    public static readonly System.Func<object> Make = () => {E};\n    {M}\n}\n", false),
    };

    public static IEnumerable<object[]> Matrix() =>
        from c in Cases from x in Contexts select new object[] { c.Name, x.Name };

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = AnalyzerRunner.AllAnalyzers();

    private static readonly ImmutableArray<CodeFixProvider> Fixers =
        typeof(IoTSecure.Analyzers.CodeFixes.Rules.Credentials.HardcodedCredentialFixer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Fix_and_Fix_All_compile_in_every_context(string caseName, string contextName)
    {
        var @case = Cases.Single(c => c.Name == caseName);
        var context = Contexts.Single(c => c.Name == contextName);
        var source = Render(@case, context);
        var document = CreateDocument(source, context.Kind);
        var before = await ErrorsAsync(document.Project);
        var diagnostics = (await AnalyzeAsync(document.Project)).Where(d => d.Id == @case.Rule && d.Location.SourceTree?.FilePath == document.FilePath).ToList();
        Assert.True(diagnostics.Count > 0, $"{@case.Rule} was not reported for {caseName} in {contextName}:\n{source}");

        var fixer = Fixers.Single(f => f.FixableDiagnosticIds.Contains(@case.Rule));
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => actions.Add(a), CancellationToken.None));
        Assert.True(actions.Count > 0, $"{fixer.GetType().Name} offered no fix for {caseName} in {contextName}:\n{source}");

        foreach (var action in actions)
        {
            var fixedProject = await ApplyAsync(action, document.Project.Solution);
            await AssertNoNewErrorsAsync(before, fixedProject.GetDocument(document.Id)!, $"{action.Title} for {caseName} in {contextName}");
        }

        if (fixer.GetFixAllProvider() is { } fixAll && actions[0].EquivalenceKey is { } key)
        {
            var fixAllContext = new FixAllContext(document, fixer, FixAllScope.Document, key, new[] { @case.Rule }, new Provider(), CancellationToken.None);
            var fixAllAction = await fixAll.GetFixAsync(fixAllContext);
            Assert.NotNull(fixAllAction);
            var fixedProject = await ApplyAsync(fixAllAction!, document.Project.Solution);
            await AssertNoNewErrorsAsync(before, fixedProject.GetDocument(document.Id)!, $"Fix All for {caseName} in {contextName}");
        }
    }

    [Fact]
    public async Task The_missing_update_fix_compiles_in_top_level_and_namespaced_programs()
    {
        foreach (var (source, kind) in new[]
        {
            ("System.Console.WriteLine(\"sensor\");\n", OutputKind.ConsoleApplication),
            ("using System;\nConsole.WriteLine(Read());\nstatic int Read() => 1;\nrecord Reading(int Value);\n", OutputKind.ConsoleApplication),
            ("namespace Contoso.Device;\n\nstatic class Program\n{\n    static void Main() => System.Console.WriteLine(\"sensor\");\n}\n", OutputKind.ConsoleApplication),
        })
        {
            var document = CreateDocument(source, kind);
            var before = await ErrorsAsync(document.Project);
            var diagnostic = Assert.Single(await AnalyzeAsync(document.Project), d => d.Id == "IOT2001");
            var fixer = Fixers.Single(f => f.FixableDiagnosticIds.Contains("IOT2001"));
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
            Assert.NotEmpty(actions);
            foreach (var action in actions)
            {
                var fixedProject = await ApplyAsync(action, document.Project.Solution);
                await AssertNoNewErrorsAsync(before, fixedProject.GetDocument(document.Id)!, action.Title + " in:\n" + source);
            }
        }
    }

    private static string Render(Case @case, (string Name, OutputKind Kind, string Template, bool LocalConst) context)
    {
        var declaration = @case.Secret is null ? string.Empty
            : (context.LocalConst ? "const string BrokerPassword = " : "public const string BrokerPassword = ") + "\"" + @case.Secret + "\";";
        var member = @case.Member ?? string.Empty;
        var topLevelMember = @case.Member ?? string.Empty; // a static local function at the end of the top-level statements
        return context.Template
            .Replace("{C}", declaration)
            .Replace("{E}", @case.Expression)
            .Replace("{MS}", topLevelMember)
            .Replace("{M}", member);
    }

    private static Document CreateDocument(string source, OutputKind kind)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Device", "Device", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: Basic.Reference.Assemblies.Net80.References.All));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Device.cs", SourceText.From(source), filePath: "/src/Device.cs");
        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Hook.cs",
            SourceText.From("namespace IoTSecure { [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method)] internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }"),
            filePath: "/src/Hook.cs");
        var stubs = 0;
        foreach (var stub in Stubs.All)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Stub{stubs}.cs", SourceText.From(stub), filePath: $"/src/Stub{stubs++}.cs");
        }

        return solution.GetDocument(documentId)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(Analyzers, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<List<Diagnostic>> ErrorsAsync(Project project) =>
        (await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private static async Task<Project> ApplyAsync(CodeAction action, Solution solution)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetProject(solution.ProjectIds[0])!;
    }

    private static async Task AssertNoNewErrorsAsync(List<Diagnostic> before, Document fixedDocument, string what)
    {
        var after = await ErrorsAsync(fixedDocument.Project);
        var known = before.Select(d => d.Id).ToList();
        var added = new List<Diagnostic>();
        foreach (var error in after)
        {
            if (!known.Remove(error.Id))
            {
                added.Add(error);
            }
        }

        if (added.Count > 0)
        {
            var text = (await fixedDocument.GetTextAsync()).ToString();
            var message = new StringBuilder().Append(what).Append(" introduced compile errors:\n");
            foreach (var error in added)
            {
                message.Append("  ").Append(error).Append('\n');
            }

            Assert.Fail(message.Append("Fixed source:\n").Append(text).ToString());
        }
    }

    /// <summary>Fix All's diagnostics: the IoTSecure analyzers run over the document's project.</summary>
    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AnalyzeAsync(project)).Where(d => !d.Location.IsInSource);

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AnalyzeAsync(project);
    }
}
