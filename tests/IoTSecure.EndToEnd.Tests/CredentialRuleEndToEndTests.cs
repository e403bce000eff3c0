using System.IO;
using System.Linq;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>IOT1001 from a device project's source to a failing build, through both packages.</summary>
[Collection(PackagesCollection.Name)]
public sealed class CredentialRuleEndToEndTests
{
    private const string Secret = "Zq8-unique-e2e-secret-4711";

    private static readonly string SecretProgram = $$"""
        using System;
        using System.Net;

        static class Program
        {
            static void Main()
            {
                var credential = new NetworkCredential("sensor-7", Secrets.BrokerPassword);
                Console.WriteLine(credential.UserName);
            }
        }
        """;

    private static readonly string SecretsFile = $$"""
        static class Secrets
        {
            public const string BrokerPassword = "{{Secret}}";
        }
        """;

    private const string CleanProgram = """
        using System;
        using System.Net;

        static class Program
        {
            static void Main()
            {
                var password = Environment.GetEnvironmentVariable("BROKER_PASSWORD") ?? throw new InvalidOperationException("Set BROKER_PASSWORD.");
                var credential = new NetworkCredential("sensor-7", password);
                Console.WriteLine(credential.UserName);
            }
        }
        """;

    private readonly PackagesFixture _packages;

    public CredentialRuleEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Theory]
    [InlineData(Consumption.PackageReference)]
    [InlineData(Consumption.Sdk)]
    public void Hard_coded_secret_fails_the_build_without_printing_the_secret_and_the_fixed_project_builds_clean(Consumption consumption)
    {
        var consumer = _packages.NewConsumer("iot1001-" + consumption)
            .WithProject(consumption)
            .WithFile("Program.cs", SecretProgram)
            .WithFile("Secrets.cs", SecretsFile);

        var failing = consumer.Run("build", "-nodeReuse:false");

        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("error IOT1001", failing.Output);
        Assert.Contains("through 'Secrets.BrokerPassword'", failing.Output);
        Assert.DoesNotContain(Secret, failing.Output);

        File.Delete(Path.Combine(consumer.Directory, "Secrets.cs"));
        consumer.WithFile("Program.cs", CleanProgram);
        var clean = consumer.Run("build", "-nodeReuse:false");

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("IOT1001", clean.Output);
    }

    [Fact]
    public void Every_credential_rule_reaches_the_build_through_the_package_with_its_default_severity()
    {
        var consumer = _packages.NewConsumer("all-credential-rules")
            .WithProject(Consumption.PackageReference)
            .WithFile("Program.cs", """
                using System;
                using System.Net;
                using System.Net.NetworkInformation;

                static class Secrets
                {
                    public const string GatewayPassword = "e2e-gateway-pw-5521";
                    public const string CalibrationPassword = "e2e-calibration-77";
                    public const string SigningKey = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49\n-----END EC PRIVATE KEY-----";
                }

                static class Program
                {
                    static void Main()
                    {
                        var gateway = new NetworkCredential("gateway", Secrets.GatewayPassword);
                        var maintenance = new NetworkCredential("admin", "admin");
                        var provisioning = new NetworkCredential("provisioning", "<replace-with-password>");
                        var accessPointPassword = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
                        Upload(Secrets.CalibrationPassword);
                        Console.WriteLine(gateway.UserName + maintenance.UserName + provisioning.UserName + accessPointPassword + Secrets.SigningKey.Length);
                    }

                    static void Upload(string value) => Console.WriteLine(value.Length);
                }
                """);

        var build = consumer.Run("build", "-nodeReuse:false", "-p:ContinuousIntegrationBuild=true");

        Assert.NotEqual(0, build.ExitCode);
        foreach (var expected in new[] { "error IOT1001", "error IOT1002", "error IOT1003", "warning IOT1004", "error IOT1005", "warning IOT1006" })
        {
            Assert.Contains(expected, build.Output);
        }

        // CI builds of device projects write SARIF 2.1 for code scanning, with rule metadata and help links.
        var sarifPath = System.IO.Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "Device.iotsecure.sarif");
        Assert.True(System.IO.File.Exists(sarifPath), "no SARIF log at " + sarifPath + "\n" + build);
        var sarifText = System.IO.File.ReadAllText(sarifPath);
        using var sarif = System.Text.Json.JsonDocument.Parse(sarifText);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
        var results = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        foreach (var id in new[] { "IOT1001", "IOT1002", "IOT1003", "IOT1004", "IOT1005", "IOT1006" })
        {
            Assert.Contains(id, results);
            Assert.Equal("https://github.com/iotsecure/iotsecure/blob/main/docs/rules/" + id + ".md", rules[id].GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(rules[id].GetProperty("shortDescription").GetProperty("text").GetString()));
        }

        Assert.DoesNotContain("e2e-gateway-pw-5521", sarifText);

        foreach (var secret in new[] { "e2e-gateway-pw-5521", "e2e-calibration-77", "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49", "replace-with-password" })
        {
            Assert.DoesNotContain(secret, build.Output);
        }
    }

    [Theory]
    [InlineData(Consumption.PackageReference)]
    [InlineData(Consumption.Sdk)]
    public void Dotnet_format_applies_the_code_fix_from_the_package(Consumption consumption)
    {
        var consumer = _packages.NewConsumer("format-" + consumption)
            .WithProject(consumption)
            .WithFile("Program.cs", SecretProgram)
            .WithFile("Secrets.cs", SecretsFile);

        var pending = consumer.Run("format", "analyzers", "--diagnostics", "IOT1001", "--severity", "warn", "--verify-no-changes");
        Assert.True(pending.ExitCode != 0, "dotnet format should report a pending IOT1001 fix:\n" + pending);

        var format = consumer.Run("format", "analyzers", "--diagnostics", "IOT1001", "--severity", "warn");
        Assert.True(format.ExitCode == 0, format.ToString());

        var secrets = consumer.ReadFile("Secrets.cs");
        Assert.DoesNotContain(Secret, secrets);
        Assert.Contains("static readonly string BrokerPassword = System.Environment.GetEnvironmentVariable(\"BROKER_PASSWORD\")", secrets);

        var build = consumer.Run("build", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());
    }
}
