using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.SecretNamedSymbolRule>;
using VerifyFix = IoTSecure.Analyzers.Tests.Infrastructure.Verify<
    IoTSecure.Analyzers.Tests.Infrastructure.SecretNamedSymbolRule,
    IoTSecure.Analyzers.CodeFixes.Rules.Credentials.SecretNamedSymbolFixer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class SecretNamedSymbolTests
{
    private static DiagnosticResult Finding(int location, string symbol) =>
        VerifyCS.Diagnostic(Descriptors.SecretNamedSymbol).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(symbol);

    [Fact]
    public Task Secret_named_symbols_with_literals_that_reach_no_known_sink() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                namespace Acme.Radio { public class LoRaGateway { public void Join(string appEui, string appKey) { } } }
                static class Secrets
                {
                    public const string LoraPassword = {|#0:"lora-join-pass-7781"|};
                    public static readonly string CloudApiKey = {|#1:"a8f5f167f44f4964e6c998dee827110c"|};
                    internal static string mqtt_passowrd = {|#2:"hub-broker-misspelt"|};
                    public static string SasToken { get; } = {|#3:"token-for-the-gateway-9"|};
                }
                class Device
                {
                    void Run(Acme.Radio.LoRaGateway gateway)
                    {
                        gateway.Join("70B3D57ED0000000", Secrets.LoraPassword);
                        var pwd = {|#4:"local-secret-value"|};
                        System.Console.WriteLine(pwd.Length);
                        string devicePassphrase;
                        devicePassphrase = {|#5:"assigned-later-value"|};
                        System.Console.WriteLine(devicePassphrase.Length);
                    }
                }
                """,
            }.Concat(Stubs.All),
            Finding(0, "Secrets.LoraPassword"),
            Finding(1, "Secrets.CloudApiKey"),
            Finding(2, "Secrets.mqtt_passowrd"),
            Finding(3, "Secrets.SasToken"),
            Finding(4, "pwd"),
            Finding(5, "devicePassphrase"));

    [Fact]
    public Task Values_reported_at_a_sink_are_not_reported_again() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                static class Secrets { public const string WifiPassword = "correct horse battery staple"; public const string AdminPassword = {|#0:"s3cret-admin-pw"|}; }
                class Device
                {
                    void Run(string password)
                    {
                        nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("ssid", Secrets.WifiPassword);
                        if (password == Secrets.AdminPassword) { } // the team's own check: no authentication API, so the name's rule
                    }
                }
                """,
            }.Concat(Stubs.All),
            Finding(0, "Secrets.AdminPassword"));

    [Fact]
    public Task Hard_negatives_stay_silent() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Collections.Generic;
                using Microsoft.Extensions.Configuration;
                namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; } } }
                class Settings
                {
                    const string Password = "Password";                               // dictionary key equal to its own name
                    const string PasswordLabel = "Password:";                         // label
                    const string PasswordMask = "********";                           // mask
                    const string MqttPasswordKey = "Mqtt:Password";                   // configuration key
                    const string PasswordVariable = "MQTT_PASSWORD";                  // environment variable name
                    const string PasswordPrompt = "Enter the Wi-Fi password";         // a prompt
                    const string PasswordHash = "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=";  // stored hash
                    const string PasswordCharacteristic = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // BLE UUID
                    const string SsidPassword = "{0}:{1}";                              // format string
                    const string WifiPassword = "<your-wifi-password>";               // placeholder (IOT1006 at a sink)
                    const string EmptyPassword = "";
                    const string ApiKeyHeaderName = "X-API-Key";                      // a header name
                    const string TokenUrl = "https://login.example.com/token";         // an endpoint
                    // const string CommentedPassword = "in-a-comment-secret";
                    string Read(IConfiguration configuration, string parameterPassword)
                    {
                        var password = configuration["Mqtt:Password"];
                        var secret = Environment.GetEnvironmentVariable("DEVICE_SECRET");
                        var token = System.IO.File.ReadAllText("/run/secrets/token");
                        var map = new Dictionary<string, string> { [Password] = password ?? "" };
                        return password + secret + token + parameterPassword + map.Count;
                    }
                }
                """,
            }.Concat(Stubs.All));

    [Fact]
    public Task Team_secret_names_from_options() =>
        VerifyCS.AnalyzerAsync(
            new[] { "static class Keys { public const string OtaSeed = {|#0:\"ota-seed-value-123\"|}; }" },
            "iotsecure.secret_names = otaseed",
            Finding(0, "Keys.OtaSeed"));

    [Fact]
    public Task Test_projects_are_skipped_unless_asked_for() =>
        Task.WhenAll(
            VerifyCS.AnalyzerAsync(
                new[] { "static class Fixture { public const string DevicePassword = \"lora-join-pass-7781\"; }" },
                "build_property.IsTestProject = true"),
            VerifyCS.AnalyzerAsync(
                new[] { "static class Fixture { public const string DevicePassword = {|#0:\"lora-join-pass-7781\"|}; }" },
                "build_property.IsTestProject = true\niotsecure.analyze_test_projects = true",
                Finding(0, "Fixture.DevicePassword")),
            // A test project declared as device software ships: it is analysed, so the gate's compiler log tells the truth.
            VerifyCS.AnalyzerAsync(
                new[] { "static class Fixture { public const string DevicePassword = {|#0:\"lora-join-pass-7781\"|}; }" },
                "build_property.IsTestProject = true\nbuild_property.IoTDevice = true",
                Finding(0, "Fixture.DevicePassword")));

    [Fact]
    public Task Fix_reads_the_symbol_from_the_environment() =>
        VerifyFix.FixAsync(
            new[] { ("/0/Secrets.cs", "static class Secrets\n{\n    public const string LoraPassword = {|#0:\"lora-join-pass-7781\"|};\n}\n") },
            new[] { ("/0/Secrets.cs", "static class Secrets\n{\n    public static readonly string LoraPassword = System.Environment.GetEnvironmentVariable(\"LORA_PASSWORD\") ?? throw new System.InvalidOperationException(\"Set the LORA_PASSWORD environment variable.\");\n}\n") },
            new[] { new DiagnosticResult(Descriptors.SecretNamedSymbol).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Secrets.LoraPassword") },
            compilationEnd: true);

    [Theory]
    [InlineData("\"Kx9-\\0Wq7Lt2mZ\"")]
    [InlineData("\"Kx9-\\u0000Wq7Lt2mZ\"")]
    public Task A_secret_with_a_nul_character_is_still_a_written_secret(string literal) =>
        VerifyCS.AnalyzerAsync(
            new[] { "static class Keys { public const string DeviceSecret = {|#0:" + literal + "|}; }" },
            Finding(0, "Keys.DeviceSecret"));

    // Issue #14, class 10: IOT1004 precision. Each value below sits behind a secret-sounding name but is no secret.
    [Fact]
    public Task Prose_identifiers_keys_paths_and_declared_fake_data_are_not_secrets() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                static class Texts
                {
                    public const string PasswordPrompt = "Enter the new passcode twice";
                    public const string TokenExpired = "Token expired, sign in again";
                    public const string Password = "Your password must be at least 12 characters long.";
                    public const string PASSWORD = "6e400002-b5a3-f393-e0a9-e50e24dcca9e";
                    public const string PairingToken = "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}";
                    public const string BrokerPassword = "Mqtt:Broker:Password";
                    public const string WifiPassword = "wifi.password";
                    public const string SecretPath = "/etc/contoso/device.secret";
                    public const string TokenFile = @"C:\ProgramData\Contoso\token.bin";
                    public const string DummyPassword = "Kx9-Wq7Lt2mZ";
                    public const string FakeApiKey = "a8f5f167f44f4964e6c998dee827110c";
                    public const string TestToken = "token-for-the-gateway-9";
                    public const string ExamplePassword = "Tr0ub4dor-3x";
                    public const string ApiKey = "example-api-key-123";
                    public const string Token = "dummy-token";
                    public const string Secret = "not-a-real-secret";
                }
                """,
            }.Concat(Stubs.All));

    // Issue #14, class 9: a value that repeats its own name is a placeholder, never a working secret.
    [Theory]
    [InlineData("HUB_TOKEN", "HUB_TOKEN")]
    [InlineData("ApiKey", "API_KEY")]
    [InlineData("WifiPassword", "wifi-password")]
    [InlineData("MqttPassword", "<mqtt password>")]
    public Task A_value_that_repeats_its_name_is_not_IOT1004(string name, string value) =>
        VerifyCS.AnalyzerAsync(new[] { $"static class Secrets {{ public const string {name} = \"{value}\"; }}" }.Concat(Stubs.All));

    [Fact]
    public Task Words_that_merely_contain_test_and_plain_passphrases_are_still_secrets() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                static class Secrets
                {
                    public const string LatestToken = {|#0:"Kx9-Wq7Lt2mZ"|};
                    public const string AttestationPassword = {|#1:"Tr0ub4dor-3x"|};
                    public const string WifiPassphrase = {|#2:"correct horse battery staple"|};
                    public const string ContestSecret = {|#3:"s3cr3t-broker-7"|};
                }
                """,
            }.Concat(Stubs.All),
            Finding(0, "Secrets.LatestToken"), Finding(1, "Secrets.AttestationPassword"), Finding(2, "Secrets.WifiPassphrase"), Finding(3, "Secrets.ContestSecret"));

    // ---- red team 2 ----

    [Fact]
    public Task RT_Character_sets_paths_and_durations_are_not_secrets() =>
        VerifyCS.AnalyzerAsync("""
            static class Generator
            {
                public const string PasswordChars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                public const string PasswordSymbols = "!@#$%^&*";
                public const string DeviceSecret = "/etc/device/secret";
                public const string SasTokenTtl = "01:00:00";
            }
            """);
}
