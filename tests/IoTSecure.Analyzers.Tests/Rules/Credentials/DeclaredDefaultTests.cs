using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A secret-named property whose attribute declares its default as text (red team 97's capture tool:
/// CommandLineParser's <c>[Option('p', Default = "...")]</c>; a component's <c>[DefaultValue("...")]</c>; a user setting's
/// <c>[DefaultSettingValue("...")]</c> in Settings.Designer.cs) holds that text until something else is given: IOT1004,
/// or IOT1002 for a listed default. A key's or a configuration's file name there (<c>"private.key"</c>, the twenty-second
/// corpus's MQTT test client) is where a secret lives, not the secret.
/// </summary>
public class DeclaredDefaultTests
{
    private const string Attributes = """
        namespace CommandLine
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class OptionAttribute : System.Attribute
            {
                public OptionAttribute(char shortName, string longName) { }
                public OptionAttribute(string longName) { }
                public object Default { get; set; }
                public string HelpText { get; set; }
                public bool Required { get; set; }
            }
        }
        namespace System.Configuration
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class DefaultSettingValueAttribute : System.Attribute { public DefaultSettingValueAttribute(string value) { } }
            public class ApplicationSettingsBase { public object this[string name] { get => null; set { } } }
        }
        """;

    [Fact]
    public Task A_declared_default_of_a_secret_named_property_is_its_value() =>
        ExpectComments.AssertAsync(new[] { Attributes }, """
            using CommandLine;
            using System.ComponentModel;
            public sealed class Options
            {
                [Option('h', "host", Default = "192.168.3.64")]
                public string Host { get; set; }
                [Option('u', "user", Default = "admin")]
                public string User { get; set; }
                [Option('p', "password", Default = "tianmen472", HelpText = "The DVR's password")] // expect: IOT1004
                public string Password { get; set; }
                [Option("api-key", HelpText = "The cloud API key")]
                public string ApiKey { get; set; }
                [Option('k', "key", HelpText = "Certificate private key file name or password if a pfx file is used", Default = "private.key")]
                public string CertificateKeyFileNameOrPassword { get; set; }
                [Option("secret-file", Default = "secrets.json")]
                public string ClientSecret { get; set; }
            }
            public sealed class CameraSettings
            {
                [DefaultValue("12345")] // expect: IOT1002
                public string AdminPassword { get; set; }
                [DefaultValue("")]
                public string StreamPassword { get; set; }
                [DefaultValue("Enter the camera password")]
                public string PasswordPrompt { get; set; }
            }
            public sealed class NullableOptions
            {
                [Option('p', "password", Default = "Harbor-Signal-93")] // expect: IOT1004
                public string Password { get; set; } = string.Empty;
                [DefaultValue(typeof(string), "Orchid!Trail-58")] // expect: IOT1004
                public string BrokerPassword { get; set; } = null!;
                [Option("cert", Default = "certs/device.key")]
                public string ClientCertificatePassword { get; set; } = "";
                [Option("apns", Default = @"keys\AuthKey_ABC123.p8")]
                public string PushSecret { get; set; } = "";
            }
            internal sealed partial class Settings : System.Configuration.ApplicationSettingsBase
            {
                [global::System.Configuration.DefaultSettingValueAttribute("Orchid!Trail-58")] // expect: IOT1004
                public string MqttPassword { get { return ((string)(this["MqttPassword"])); } set { this["MqttPassword"] = value; } }
                [global::System.Configuration.DefaultSettingValueAttribute("broker.local")]
                public string MqttHost { get { return ((string)(this["MqttHost"])); } set { this["MqttHost"] = value; } }
            }
            """);
}
