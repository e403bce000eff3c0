using System;
using System.IO;
using System.Linq;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IoTSecure.Sdk.Tests;

public sealed class TaskTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iotsecure-task-" + Guid.NewGuid().ToString("N")[..8]);

    public TaskTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static T Declared<T>(T task, FakeBuildEngine engine)
        where T : DeclarationTask
    {
        task.BuildEngine = engine;
        task.ProjectFile = "/src/Device/Device.csproj";
        task.SupportPeriodEnd = "2031-12";
        task.DisclosureContact = "security@example.com";
        task.Manufacturer = "Contoso Devices Ltd";
        task.ManufacturerAddress = "1 High Street, London";
        task.ProductModel = "CT-100";
        task.DateOfIssue = "2026-11-27";
        if (task is EvidenceTask evidence)
        {
            evidence.CheckAssemblies = false; // receipts are ShippedAssemblyEvidenceTests' subject
        }

        return task;
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Gate_logs_coded_errors_against_the_project_file_and_fails()
    {
        var engine = new FakeBuildEngine();
        var task = Declared(new CheckDeviceDeclarations(), engine);
        task.SupportPeriodEnd = "";
        task.DisclosureContact = "http://example.com";

        Assert.False(task.Execute());
        Assert.Equal(new[] { "IOT8001", "IOT8011" }, engine.Errors.Select(e => e.Code).OrderBy(c => c));
        Assert.All(engine.Errors, e =>
        {
            Assert.Equal("/src/Device/Device.csproj", e.File);
            Assert.Equal("IoTSecure", e.Subcategory);
            Assert.StartsWith(RuleIdentifiers.HelpLinkBase, e.HelpLink);
        });
        Assert.Contains(engine.Messages, m => m.Message!.Contains("gate failed"));
    }

    [Fact]
    public void Gate_passes_with_a_summary_line_and_normalised_contact()
    {
        var engine = new FakeBuildEngine();
        var task = Declared(new CheckDeviceDeclarations { Operation = "publish" }, engine);

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Equal("mailto:security@example.com", task.NormalizedContact);
        Assert.DoesNotContain(engine.Messages, m => m.Message!.Contains("gate failed"));
    }

    [Fact]
    public void Gate_refuses_packaged_files_holding_secrets_and_points_at_the_line()
    {
        var key = File("device.pem", "# device identity\n-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAL2D3N1oJm1+TSxf\nyW7aGx4hQ0c2k3J8xW4pZ0xGJH1o5KkPZ8Vw7mYbB0nX1h3Jc2qZ7f0u8yHnQy5L\n-----END PRIVATE KEY-----\n");
        var settings = File("appsettings.json", "{\n  \"Mqtt\": {\n    \"Host\": \"broker\",\n    \"Password\": \"hub-broker-Pa55\"\n  }\n}\n");
        var clean = File("appsettings.Production.json", "{ \"Mqtt\": { \"Password\": \"\", \"PasswordKey\": \"Mqtt:Password\" } }");
        var certificate = File("ca.pem", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQsw\n-----END CERTIFICATE-----\n");
        var engine = new FakeBuildEngine();
        var task = Declared(new CheckDeviceDeclarations
        {
            Files = new ITaskItem[] { new TaskItem(key), new TaskItem(settings), new TaskItem(clean), new TaskItem(certificate) },
        }, engine);

        Assert.False(task.Execute());
        var errors = engine.Errors.Where(e => e.Code == RuleIdentifiers.SecretInPackagedFile).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.File == key && e.LineNumber == 2 && e.Message!.Contains("private key"));
        Assert.Contains(errors, e => e.File == settings && e.LineNumber == 4 && e.Message!.Contains("'Password'"));
        Assert.All(errors, e => Assert.DoesNotContain("hub-broker-Pa55", e.Message));
    }

    [Fact]
    public void The_file_scan_judges_keys_with_the_analyzers_secret_names()
    {
        var resx = File("Strings.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
              <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
              <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
            </root>
            """);
        var hashes = File("users.json", "{ \"Admin\": { \"PasswordHash\": \"AQAAAAEAACcQAAAAEJ3kq0\", \"ApiKeyHeaderName\": \"X-Api-Key\" } }");
        var keys = File("device.json", "{ \"WifiKey\": \"Qw7-Lt2x9KpZ\", \"DeviceKey\": \"Zx8-Rt5Mp3nY\", \"Broker:Secret\": \"Mn4-Vb6Cx1zQ\" }");
        var engine = new FakeBuildEngine();
        var task = Declared(new CheckDeviceDeclarations { Files = new ITaskItem[] { new TaskItem(resx), new TaskItem(hashes), new TaskItem(keys) } }, engine);

        Assert.False(task.Execute());
        var errors = engine.Errors.Where(e => e.Code == RuleIdentifiers.SecretInPackagedFile).ToList();
        Assert.All(errors, e => Assert.Equal(keys, e.File));
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Evidence_is_written_deterministically_with_package_paths()
    {
        var output = Path.Combine(_directory, "evidence");
        string[] Run()
        {
            var engine = new FakeBuildEngine();
            var task = Declared(new WriteComplianceEvidence { OutputDirectory = output, ProductName = "SensorHub", ProductVersion = "1.4.0", DisclosurePolicyUrl = "https://example.com/policy", Operation = "publish", ScannedFileCount = 3 }, engine);
            Assert.True(task.Execute());
            var summary = Assert.Single(engine.Messages, m => m.Message!.StartsWith("IoTSecure:")).Message!;
            Assert.Equal(
                "IoTSecure: publish gate passed. Declared: support period to 2031-12, contact mailto:security@example.com, update mechanism InApp; 0 assembly(ies) checked against their build receipts; scanned 3 shipped file(s) for secrets. " +
                "Generated: iotsecure/security.txt, iotsecure/statement-of-compliance.json, iotsecure/statement-of-compliance.md (statement fields marked missing: IoTProductType, IoTStandards, IoTStatementPlace, IoTStatementSignatory, IoTStatementSignatoryFunction) (the statement lists 3 thing(s) not checked).",
                summary);
            Assert.Equal(
                new[] { "iotsecure/security.txt", "iotsecure/statement-of-compliance.json", "iotsecure/statement-of-compliance.md" },
                task.GeneratedFiles.Select(f => f.GetMetadata("PackagePath")));
            return task.GeneratedFiles.Select(f => System.IO.File.ReadAllText(f.ItemSpec)).ToArray();
        }

        var first = Run();
        var second = Run();
        Assert.Equal(first, second);
        Assert.Equal(
            "# security.txt (RFC 9116) for SensorHub 1.4.0\n# Security updates are provided until 2031-12 (to 2031-12-31).\n# Publish this file at /.well-known/security.txt on your site (RFC 9116) and replace it before it expires.\nContact: mailto:security@example.com\nExpires: 2027-11-26T23:59:59Z\nPolicy: https://example.com/policy\nPreferred-Languages: en\n",
            first[0]);
    }

    [Fact]
    public void Evidence_is_not_written_when_declarations_fail()
    {
        var output = Path.Combine(_directory, "refused");
        var engine = new FakeBuildEngine();
        var task = Declared(new WriteComplianceEvidence { OutputDirectory = output }, engine);
        task.DisclosureContact = null;

        Assert.False(task.Execute());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Invalid_today_override_is_reported()
    {
        var engine = new FakeBuildEngine();
        var task = Declared(new CheckDeviceDeclarations(), engine);
        task.Today = "tomorrow";
        Assert.False(task.Execute());
        Assert.Contains("IoTSecureToday", Assert.Single(engine.Errors).Message);
        Assert.Equal(RuleIdentifiers.SupportPeriodMalformed, Assert.Single(engine.Errors).Code);
    }
}
