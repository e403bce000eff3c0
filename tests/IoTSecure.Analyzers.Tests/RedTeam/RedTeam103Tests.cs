using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 103: an adversarial review of the session's latest rules: (a) a secret-named property's attribute-declared
/// default is its value (CommandLineParser's <c>[Option(Default = "...")]</c> and <c>[Value]</c>, <c>[DefaultValue]</c>,
/// the settings designer's <c>[DefaultSettingValue]</c>); (b) a key's, certificate's or configuration's file name is a
/// path; (c) a value whose tail is a run of four or more mask characters making up a quarter of it is a redacted copy;
/// (d) a narrow <c>System.Random</c> draw into <c>Key</c> beside <c>Value</c> in one object initializer is no IOT3005;
/// (e) <c>new TextBox { Text = "..." }</c> given to a secret-named field or local is IOT1004. Each test is written as a
/// device team would write the code (gateway configurators with Settings.Designer.cs, flashing and provisioning CLIs,
/// Kafka/Service Bus/Redis load generators, WinForms and MAUI login screens) and aims at a false alarm on ordinary code, a
/// miss on a close variant, or a crash on half-typed code. Every secret is invented. Labels were written from
/// docs/rules/IOT1001-IOT1006 and IOT3005 before the analyzers were run; where the docs are silent the comment says what
/// a demanding reviewer expects and why.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam103Tests
{
    // ---------------------------------------------------------------------------------------------------------------
    // Library stubs (real namespaces and signatures, bodies trimmed)
    // ---------------------------------------------------------------------------------------------------------------

    private const string Stub = """
        namespace CommandLine
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class OptionAttribute : System.Attribute
            {
                public OptionAttribute(char shortName, string longName) { }
                public OptionAttribute(string longName) { }
                public OptionAttribute(char shortName) { }
                public object? Default { get; set; }
                public string? HelpText { get; set; }
                public bool Required { get; set; }
            }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ValueAttribute : System.Attribute
            {
                public ValueAttribute(int index) { }
                public object? Default { get; set; }
                public string? MetaName { get; set; }
                public string? HelpText { get; set; }
            }
        }
        namespace System.Configuration
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class DefaultSettingValueAttribute : System.Attribute { public DefaultSettingValueAttribute(string value) { } }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class UserScopedSettingAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ApplicationScopedSettingAttribute : System.Attribute { }
            public class ApplicationSettingsBase
            {
                public object? this[string name] { get => null; set { } }
                public static ApplicationSettingsBase Synchronized(ApplicationSettingsBase settingsBase) => settingsBase;
            }
        }
        namespace PowerArgs
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ArgDefaultValueAttribute : System.Attribute { public ArgDefaultValueAttribute(object value) { } }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ArgShortcutAttribute : System.Attribute { public ArgShortcutAttribute(string shortcut) { } }
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class ArgDescriptionAttribute : System.Attribute { public ArgDescriptionAttribute(string description) { } }
        }
        namespace Spectre.Console.Cli
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class CommandOptionAttribute : System.Attribute { public CommandOptionAttribute(string template) { } }
            public abstract class CommandSettings { }
        }
        namespace System.CommandLine
        {
            public abstract class Symbol { }
            public class Option<T> : Symbol
            {
                public Option(string name, string? description = null) { }
                public Option(string name, System.Func<T> getDefaultValue, string? description = null) { }
            }
            public class RootCommand : Symbol
            {
                public RootCommand(string description = "") { }
                public void AddOption(Symbol option) { }
            }
        }
        namespace System.Windows.Forms
        {
            public class Control
            {
                public virtual string Text { get; set; } = "";
                public string Name { get; set; } = "";
                public ControlCollection Controls { get; } = new ControlCollection();
            }
            public class ControlCollection { public void Add(Control value) { } }
            public class TextBoxBase : Control { public bool ReadOnly { get; set; } }
            public class TextBox : TextBoxBase { public bool UseSystemPasswordChar { get; set; } public char PasswordChar { get; set; } }
            public class Label : Control { }
            public class Form : Control { }
        }
        namespace Microsoft.Maui.Controls
        {
            public class View { }
            public class InputView : View { public string Text { get; set; } = ""; public string Placeholder { get; set; } = ""; }
            public class Entry : InputView { public bool IsPassword { get; set; } }
            public class VerticalStackLayout : View { public void Add(View view) { } }
        }
        namespace Confluent.Kafka
        {
            public class Message<TKey, TValue>
            {
                public TKey Key { get; set; } = default!;
                public TValue Value { get; set; } = default!;
            }
            public interface IProducer<TKey, TValue>
            {
                System.Threading.Tasks.Task ProduceAsync(string topic, Message<TKey, TValue> message);
            }
        }
        namespace Azure.Messaging.ServiceBus
        {
            public class ServiceBusMessage
            {
                public ServiceBusMessage(string body) { }
                public string? SessionId { get; set; }
                public string? PartitionKey { get; set; }
                public string? MessageId { get; set; }
            }
        }
        """;

    private static readonly string[] Libraries = { Stub, Stubs.Redis };

    // ---------------------------------------------------------------------------------------------------------------
    // (a) attribute-declared defaults
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// An options class written with nullable reference types on: every string property is given <c>= string.Empty</c>,
    /// <c>= ""</c> or <c>= null!</c> to quiet CS8618, and CommandLineParser still sets the declared <c>Default</c> when the
    /// option is not given. The initializer is no value the program runs with; the default is (IOT1004 docs: "a default an
    /// attribute declares for a secret-named property is its value until something else is given").
    /// </summary>
    // Fixed (was a defect at first run): a declared default on a property that also has a nullable-silencing initializer (= string.Empty, = "", = null!) is not read
    [Fact]
    public Task Cli_default_beside_a_nullable_silencing_initializer() =>
        ExpectComments.AssertAsync(Libraries, """
            using CommandLine;
            public sealed class FlashOptions
            {
                [Option('h', "host", Default = "192.168.4.1", HelpText = "Bootloader address")]
                public string Host { get; set; } = string.Empty;
                [Option('p', "password", Default = "Tianmen472", HelpText = "Bootloader password")] // expect: IOT1004
                public string Password { get; set; } = string.Empty;
                [Option('t', "token", Default = "Zq8vX2mL9tR4wB7n", HelpText = "Cloud token")] // expect: IOT1004
                public string Token { get; set; } = null!;
                [Option("ota-key", Default = "Kq3-Lm8w-Zx2v-Pn7r")] // expect: IOT1004
                public string OtaSigningKey { get; set; } = "";
            }
            """);

    /// <summary>
    /// <c>DefaultValueAttribute(Type, string)</c> is the same declaration written with the property's type (the form the
    /// WinForms designer and PropertyGrid samples use for types that have a converter; for <c>string</c> it is the same
    /// text). A component's default password so declared is as hard-coded as <c>[DefaultValue("...")]</c>.
    /// </summary>
    // Fixed (was a defect at first run): [DefaultValue(typeof(string), "...")] (the two-argument constructor) is not read as a declared default
    [Fact]
    public Task Default_value_declared_with_its_type() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.ComponentModel;
            public class RtspCameraComponent : Component
            {
                [Category("Stream"), DefaultValue(typeof(string), "Tianmen472")] // expect: IOT1004
                public string StreamPassword { get; set; }
                [Category("Stream"), DefaultValue(typeof(string), "rtsp")]
                public string Scheme { get; set; }
            }
            """);

    /// <summary>The rule's own cases, written as a CLI tool and a Spectre.Console command are: the labels the docs give.</summary>
    [Fact]
    public Task Cli_defaults_of_listed_and_unlisted_secrets_and_of_blank_and_path_values() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.ComponentModel;
            using CommandLine;
            using Spectre.Console.Cli;
            public sealed class ProvisionOptions
            {
                [Option('p', "password", Default = "changeme", HelpText = "Console password of the gateway")] // expect: IOT1002
                public string Password { get; set; }
                [Value(0, MetaName = "token", Default = "Zq8vX2mL9tR4wB7n", HelpText = "Cloud token")] // expect: IOT1004
                public string Token { get; set; }
                [Option("api-key", Default = "", HelpText = "API key (empty: read API_KEY)")] // expect: none
                public string ApiKey { get; set; }
                [Option("token-file", Default = "~/.config/provision/token")] // expect: none
                public string TokenFile { get; set; }
            }
            public sealed class PushSettings : CommandSettings
            {
                [CommandOption("-t|--token")]
                [DefaultValue("Vn4qR8zLw2Xk7Tp3")] // expect: IOT1004
                public string Token { get; set; }
                [CommandOption("--password")]
                [DefaultValue("")] // expect: none
                public string Password { get; set; }
            }
            """);

    /// <summary>
    /// Help text that talks about passwords, on options whose names and defaults are no secret: a user name, the
    /// environment variable the password is read from, the prompt shown for it, the token endpoint, and a token option
    /// with no default at all.
    /// </summary>
    [Fact]
    public Task Cli_help_text_mentions_passwords_but_defaults_are_names_prompts_and_urls() =>
        ExpectComments.AssertAsync(Libraries, """
            using CommandLine;
            public sealed class LoginOptions
            {
                [Option('u', "user", Default = "installer", HelpText = "Login user; the password is asked for")] // expect: none
                public string User { get; set; }
                [Option("password-env", Default = "GATEWAY_PASSWORD", HelpText = "Environment variable holding the password")] // expect: none
                public string PasswordVariable { get; set; }
                [Option("password-prompt", Default = "Password for {0}: ", HelpText = "Prompt shown when asking for the password")] // expect: none
                public string PasswordPrompt { get; set; }
                [Option("token-url", Default = "https://login.example.com/oauth2/v2.0/token")] // expect: none
                public string TokenUrl { get; set; }
                [Option("token", HelpText = "Device token (default: read from the TPM)")] // expect: none
                public string Token { get; set; }
                [Option('k', "key", HelpText = "Private key file name or its password", Default = "device-key.pem")] // expect: none
                public string PrivateKeyOrPassword { get; set; }
            }
            """);

    /// <summary>
    /// A key's or a secret's file given with the folder it sits in, relative to the working directory as most tools ship
    /// it (<c>certs/device.key</c>, <c>config\client-secret.json</c>): a path, as <c>./certs/device.key</c> and
    /// <c>private.key</c> are (IOT1004 docs: "configuration keys and paths ... are not reported").
    /// </summary>
    // Fixed (was a defect at first run): a relative path with a folder and no leading ./ (certs/device.key, config\secret.json) is read as a secret, where the bare file name is a path
    [Fact]
    public Task Key_files_named_with_a_relative_folder_are_paths() =>
        ExpectComments.AssertAsync(Libraries, """
            using CommandLine;
            public sealed class TlsOptions
            {
                [Option('k', "private-key", Default = "certs/device.key", HelpText = "PEM private key of the device")] // expect: none
                public string PrivateKey { get; set; }
                [Option("client-secret", Default = @"config\client-secret.json", HelpText = "File holding the client secret")] // expect: none
                public string ClientSecret { get; set; }
                [Option("private-key-alt", Default = "./certs/device.key")] // expect: none
                public string FallbackPrivateKey { get; set; }
            }
            """);

    /// <summary>
    /// Key files whose extensions are not in the list: Apple's APNs signing key (<c>AuthKey_KEYID.p8</c>, the name Apple
    /// gives it), a PuTTY private key (<c>.ppk</c>) and an OpenSSH one with no extension kept in a dot folder. Each is where
    /// the key lives.
    /// </summary>
    // Fixed (was a defect at first run): a key's file name with an extension outside the list (.p8, .ppk) is read as a secret
    [Fact]
    public Task Key_file_names_with_other_key_extensions_are_paths() =>
        ExpectComments.AssertAsync(Libraries, """
            using CommandLine;
            public sealed class PushOptions
            {
                [Option("apns-key", Default = "AuthKey_8KQ2R3T4V5.p8", HelpText = "APNs signing key (.p8)")] // expect: none
                public string ApnsSigningKey { get; set; }
                [Option("ssh-key", Default = "gateway-deploy.ppk", HelpText = "PuTTY private key for the gateway")] // expect: none
                public string SshPrivateKey { get; set; }
            }
            """);

    /// <summary>
    /// A settings designer file as Visual Studio writes it for a gateway configurator: strings, an int, bools written
    /// "True"/"False" (also under <c>RememberPassword</c>), a token endpoint and an empty password are no secrets; a token's
    /// and a keypad PIN's defaults are (IOT1004; IOT1002 for the listed "1234" under a PIN's name).
    /// </summary>
    [Fact]
    public Task Settings_designer_with_ordinary_defaults_and_two_secrets() =>
        ExpectComments.AssertAsync(Libraries, """
            namespace GatewayConfigurator.Properties {
                [global::System.Runtime.CompilerServices.CompilerGeneratedAttribute()]
                internal sealed partial class Settings : global::System.Configuration.ApplicationSettingsBase {
                    private static Settings defaultInstance = ((Settings)(global::System.Configuration.ApplicationSettingsBase.Synchronized(new Settings())));
                    public static Settings Default { get { return defaultInstance; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Diagnostics.DebuggerNonUserCodeAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("mqtt.plant.local")] // expect: none
                    public string MqttHost { get { return ((string)(this["MqttHost"])); } set { this["MqttHost"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("8883")] // expect: none
                    public int MqttPort { get { return ((int)(this["MqttPort"])); } set { this["MqttPort"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("True")] // expect: none
                    public bool UseTls { get { return ((bool)(this["UseTls"])); } set { this["UseTls"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("False")] // expect: none
                    public bool RememberPassword { get { return ((bool)(this["RememberPassword"])); } set { this["RememberPassword"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("30")] // expect: none
                    public int TokenRefreshMinutes { get { return ((int)(this["TokenRefreshMinutes"])); } set { this["TokenRefreshMinutes"] = value; } }
                    [global::System.Configuration.ApplicationScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("https://login.plant.example/oauth2/token")] // expect: none
                    public string TokenEndpoint { get { return ((string)(this["TokenEndpoint"])); } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("")] // expect: none
                    public string MqttPassword { get { return ((string)(this["MqttPassword"])); } set { this["MqttPassword"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("certs\\gateway.pfx")] // expect: none
                    public string CertificatePath { get { return ((string)(this["CertificatePath"])); } set { this["CertificatePath"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("tg7Wq2pLm9Xz4Rv8")] // expect: IOT1004
                    public string ApiToken { get { return ((string)(this["ApiToken"])); } set { this["ApiToken"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("1234")] // expect: IOT1002
                    public string KeypadPin { get { return ((string)(this["KeypadPin"])); } set { this["KeypadPin"] = value; } }
                }
            }
            """);

    /// <summary>
    /// The designer writes every default as text, whatever the setting's type: a BLE static passkey kept as a number
    /// (<c>uint BlePasskey</c>, default "123456"). IOT1002 docs: "A PIN, passcode or passkey held as a number
    /// (<c>const uint StaticPasskey = 123456</c>) counts".
    /// </summary>
    [Fact]
    public Task Settings_designer_numeric_passkey_with_a_listed_default() =>
        ExpectComments.AssertAsync(Libraries, """
            namespace BleLockTool.Properties {
                internal sealed partial class Settings : global::System.Configuration.ApplicationSettingsBase {
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("123456")] // expect: IOT1002
                    public uint BlePasskey { get { return ((uint)(this["BlePasskey"])); } set { this["BlePasskey"] = value; } }
                    [global::System.Configuration.UserScopedSettingAttribute()]
                    [global::System.Configuration.DefaultSettingValueAttribute("17")] // expect: none
                    public int LockRelayPin { get { return ((int)(this["LockRelayPin"])); } set { this["LockRelayPin"] = value; } }
                }
            }
            """);

    /// <summary>Defaults of other types under secret-sounding names: a port, a bool, a lifetime, a null and an empty text.</summary>
    [Fact]
    public Task Default_values_that_are_not_text_or_not_secrets() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using System.ComponentModel;
            public class HubConnectionComponent : Component
            {
                [DefaultValue(8883)] // expect: none
                public int MqttPort { get; set; } = 8883;
                [DefaultValue(true)] // expect: none
                public bool SavePassword { get; set; } = true;
                [DefaultValue(typeof(TimeSpan), "00:30:00")] // expect: none
                public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
                [DefaultValue(null)] // expect: none
                public string? ApiKey { get; set; }
                [DefaultValue("")] // expect: none
                public string Password { get; set; } = "";
                [DefaultValue("********")] // expect: none
                public string PasswordDisplay { get; set; } = "********";
            }
            """);

    /// <summary>
    /// PowerArgs declares a CLI option's default with <c>[ArgDefaultValue("...")]</c>, as CommandLineParser does with
    /// <c>Default =</c>: the same hard-coded password (the docs name "a command-line option's" default; CommandLineParser is
    /// their example, not the limit).
    /// </summary>
    // Fixed (was a defect at first run): another CLI library's declared default ([ArgDefaultValue("...")], PowerArgs) on a secret-named property is not read
    [Fact]
    public Task PowerArgs_declared_default_password() =>
        ExpectComments.AssertAsync(Libraries, """
            using PowerArgs;
            public sealed class PushArgs
            {
                [ArgShortcut("-h"), ArgDefaultValue("broker.plant.local"), ArgDescription("Broker host")] // expect: none
                public string Host { get; set; }
                [ArgShortcut("-p"), ArgDefaultValue("Tianmen472"), ArgDescription("Broker password")] // expect: IOT1004
                public string BrokerPassword { get; set; }
            }
            """);

    /// <summary>
    /// System.CommandLine declares an option's default as a factory (<c>new Option&lt;string&gt;("--password", () =>
    /// "...")</c>). The docs are silent (they speak of attributes); a demanding reviewer expects the same finding as
    /// <c>[Option("password", Default = "...")]</c>: the literal is the password the tool runs with when none is given.
    /// </summary>
    [Fact(Skip = "Open (red team 103): a System.CommandLine option's default factory (new Option<string>(\"--password\", () => \"...\")) is not read as a secret-named default")]
    public Task System_CommandLine_default_factory_for_a_password_option() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.CommandLine;
            public static class GatewayCli
            {
                public static RootCommand Build()
                {
                    var host = new Option<string>("--host", () => "broker.plant.local", "MQTT broker host"); // expect: none
                    var password = new Option<string>("--password", () => "Tianmen472", "MQTT broker password"); // expect: IOT1004
                    var root = new RootCommand("Gateway tool");
                    root.AddOption(host);
                    root.AddOption(password);
                    return root;
                }
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (c) masked copies vs real secrets
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// A key masked at its head with the last four characters kept, as consoles and dashboards show it (AWS, Azure and
    /// Stripe: <c>"****************************Xy7Q"</c>), pasted into code: a redacted copy, as a copy masked at its tail
    /// is (IOT1001 docs: "A redacted copy ... is no value").
    /// </summary>
    // Fixed (was a defect at first run): a redacted copy masked at its head (last characters kept) is judged as a secret; only a masked tail is a copy
    [Fact]
    public Task Key_masked_at_its_head_with_its_last_four_kept() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.Net.Http;
            public sealed class WeatherUplink
            {
                public void Configure(HttpClient http) =>
                    http.DefaultRequestHeaders.Add("X-API-Key", "****************************Xy7Q"); // expect: none
            }
            """);

    /// <summary>
    /// A key masked in its middle, first and last four kept (<c>"Qm7x****************DDr4"</c>, how support tickets and
    /// log scrubbers show a key so its owner can tell which one it was): a redacted copy.
    /// </summary>
    // Fixed (was a defect at first run): a redacted copy masked in its middle (both ends kept) is judged as a secret
    [Fact]
    public Task Key_masked_in_its_middle_with_both_ends_kept() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.Net.Http;
            public sealed class SmsGateway
            {
                public System.Threading.Tasks.Task<string> Send(HttpClient http, string to) =>
                    http.GetStringAsync("https://sms.example/api/send?apikey=Qm7x****************************DDr4&to=" + to); // expect: none
            }
            """);

    /// <summary>
    /// A device connection string copied from the portal with its key starred out but the base64 padding kept
    /// (<c>SharedAccessKey=q3Nw****...=</c>): IOT1006's docs already say a masked SAS signature that kept its padding
    /// (<c>sig=****%3D</c>) carries no secret; the same holds for a masked key.
    /// </summary>
    // Fixed (was a defect at first run): a masked copy whose mask run is followed by the value's padding (base64 '=') is judged as a secret
    [Fact]
    public Task Connection_string_key_masked_but_padding_kept() =>
        ExpectComments.AssertAsync(Libraries, """
            using Microsoft.Azure.Devices.Client;
            public static class PressTelemetry
            {
                public static DeviceClient Connect() =>
                    DeviceClient.CreateFromConnectionString("HostName=plant-hub.azure-devices.net;DeviceId=press-07;SharedAccessKey=q3Nw****************************************="); // expect: none
            }
            """);

    /// <summary>A key written in dash-separated groups with every group after the first masked (<c>"Kx9m-****-****-****"</c>).</summary>
    // Fixed (was a defect at first run): a redacted copy masked group by group (separators kept between the masks) is judged as a secret
    [Fact]
    public Task Grouped_key_masked_group_by_group() =>
        ExpectComments.AssertAsync(Libraries, """
            public static class BrokerLogin
            {
                public static MQTTnet.Client.MqttClientOptionsBuilder Options() =>
                    new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials("press-07", "Kx9m-****-****-****-****"); // expect: none
            }
            """);

    /// <summary>
    /// Real passwords with asterisks: a run of four inside (<c>"P@ss****word1"</c>), and a run of four at the end of a long
    /// passphrase, under a quarter of it (<c>"Harbor-Lantern-58****"</c>): both secrets by the docs' own measure.
    /// </summary>
    [Fact]
    public Task Real_passwords_that_contain_runs_of_asterisks() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.Net;
            public static class Logins
            {
                public static NetworkCredential Camera() => new NetworkCredential("svc-camera", "P@ss****word1"); // expect: IOT1001
                public static MQTTnet.Client.MqttClientOptionsBuilder Broker() =>
                    new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials("press-07", "Harbor-Lantern-58****"); // expect: IOT1001
            }
            """);

    /// <summary>
    /// A real key sent, and a masked copy of it built for the log: the key is reported once, where it is written; the
    /// masked copy written as text beside it is nothing.
    /// </summary>
    [Fact]
    public Task Real_key_sent_and_its_masked_copy_logged() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using System.Net.Http;
            public sealed class Uplink
            {
                private const string ApiKey = "Qm7x+TRbwa3-kLpZ8VwNcDDr"; // expect: IOT1001
                private const string ApiKeyForLog = "Qm7x********************"; // expect: none
                public void Configure(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
                    Console.WriteLine("Using key " + ApiKey.Substring(0, 4) + "********");
                    Console.WriteLine("Configured key " + ApiKeyForLog);
                }
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (d) random Key beside Value
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// A home-grown obfuscated frame: a one-byte XOR key drawn from System.Random and kept beside the masked payload in the
    /// frame's <c>Key</c>/<c>Value</c>. IOT3005 docs: "A cipher's key byte drawn into a local named <c>key</c>
    /// (<c>int key = random.Next(256)</c>) is a key"; the frame's <c>Key</c> is the cipher's key, not a partition key.
    /// </summary>
    [Fact(Skip = "Open (red team 103): a narrow draw into a cipher's Key beside its Value (an XOR frame) is taken for a message's partition key")]
    public Task Xor_frame_key_beside_its_value_is_a_cipher_key() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            public sealed class XorFrame
            {
                public int Key { get; set; }
                public byte[] Value { get; set; } = Array.Empty<byte>();
            }
            public sealed class FrameSealer
            {
                private readonly Random _rng = new Random();
                public XorFrame Seal(byte[] payload)
                {
                    var frame = new XorFrame { Key = _rng.Next(256), Value = (byte[])payload.Clone() }; // expect: IOT3005
                    for (var i = 0; i < frame.Value.Length; i++)
                    {
                        frame.Value[i] ^= (byte)frame.Key;
                    }
                    return frame;
                }
            }
            """);

    /// <summary>
    /// A sensor simulator's reading as a key/value pair made by the pair's constructor: a sensor slot of 23 values beside
    /// its reading, the same record-key-beside-value shape as the Kafka message the rule exempts.
    /// </summary>
    [Fact(Skip = "Open (red team 103): a narrow draw given as a record's key beside its value through a constructor (KeyValuePair) is IOT3005")]
    public Task Key_value_pair_constructed_with_a_narrow_draw() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using System.Collections.Generic;
            public sealed class SensorSimulator
            {
                private readonly Random _rng = new Random();
                public KeyValuePair<string, double> NextReading() =>
                    new KeyValuePair<string, double>($"sensor-{_rng.Next(1, 24)}", 20 + _rng.NextDouble() * 5); // expect: none
            }
            """);

    /// <summary>
    /// A cache warmer writing simulated readings to Redis under one of 49 slots: <c>StringSet(key, value)</c> is a record's
    /// key beside its value, written in one call.
    /// </summary>
    [Fact(Skip = "Open (red team 103): a narrow draw in a store's key written beside its value in one call (Redis StringSet(key, value)) is IOT3005")]
    public Task Redis_reading_stored_under_a_narrow_random_slot() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using StackExchange.Redis;
            public sealed class CacheWarmer
            {
                private readonly Random _rng = new Random(42);
                public void Fill(IDatabase db)
                {
                    for (var i = 0; i < 100; i++)
                    {
                        db.StringSet($"reading:{_rng.Next(1, 50)}", (_rng.NextDouble() * 40).ToString("F1")); // expect: none
                    }
                }
            }
            """);

    /// <summary>Kafka test traffic: an int partition key, a string one by <c>ToString()</c>, a target-typed message, Value written first.</summary>
    [Fact]
    public Task Kafka_messages_with_narrow_keys_in_several_shapes() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using Confluent.Kafka;
            public sealed class TelemetryLoadTest
            {
                private readonly Random _random = new Random();
                public Message<int, string> Next(string json) => new Message<int, string> { Key = _random.Next(0, 12), Value = json }; // expect: none
                public Message<string, string> NextText(string json) => new() { Value = json, Key = _random.Next(0, 12).ToString() }; // expect: none
                public Message<string, string> NextPadded(string json) => new Message<string, string> { Key = $"line-{_random.Next(1, 9):D2}", Value = json }; // expect: none
            }
            """);

    /// <summary>The docs' own counter-cases: a wide draw beside Value, and a narrow draw into a Key with no Value beside it.</summary>
    [Fact]
    public Task Kafka_key_drawn_wide_or_without_a_value_is_still_a_key() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using Confluent.Kafka;
            public sealed class Producer
            {
                private readonly Random _random = new Random();
                public Message<string, string> Wide(string json) => new Message<string, string> { Key = _random.Next().ToString("x8"), Value = json }; // expect: IOT3005
                public Message<string, string> Alone() => new Message<string, string> { Key = _random.Next(0, 100).ToString() }; // expect: IOT3005
            }
            """);

    /// <summary>
    /// Service Bus test traffic spread over one of 16 partitions: a message's <c>PartitionKey</c> drawn narrow is the same
    /// routing key as the Kafka message's <c>Key</c> the rule exempts (IOT3005 docs, red team 39: "a shard, a partition
    /// ... is what a session is routed to").
    /// </summary>
    [Fact(Skip = "Open (red team 103): a narrow draw into a message's partition key set by name (PartitionKey) rather than as Key beside Value is IOT3005")]
    public Task Service_bus_partition_key_drawn_narrow() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using Azure.Messaging.ServiceBus;
            public sealed class LineSimulator
            {
                private readonly Random _rng = new Random();
                public ServiceBusMessage Next(string json) => new ServiceBusMessage(json)
                {
                    PartitionKey = _rng.Next(0, 16).ToString(), // expect: none
                };
            }
            """);

    /// <summary>
    /// A Service Bus session is a FIFO group of messages (one production line's readings), not a login session: a
    /// simulator picking one of seven lines as <c>SessionId</c> draws no security value. The docs list "session
    /// identifier" among security uses, meaning a login's; a demanding reviewer reads the library's <c>SessionId</c> on a
    /// message as a grouping key.
    /// </summary>
    [Fact(Skip = "Open (red team 103): a message's session (grouping) id on a messaging library's message, drawn narrow, is read as a login session identifier")]
    public Task Service_bus_session_id_drawn_narrow() =>
        ExpectComments.AssertAsync(Libraries, """
            using System;
            using Azure.Messaging.ServiceBus;
            public sealed class LineSimulator
            {
                private readonly Random _rng = new Random();
                public ServiceBusMessage Next(string json) => new ServiceBusMessage(json)
                {
                    SessionId = $"line-{_rng.Next(1, 8)}", // expect: none
                };
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (f) a client's login method taking a bare token
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// An EV charger's payment terminal authorizes a charge with a card token (a payment-method token, Stripe's
    /// <c>tok_...</c>) and an amount: <c>PaymentGateway.AuthorizeAsync(token, amountCents)</c>. "Authorize" there approves a
    /// payment; the token is a card's one-use reference, not the client's credential (the docs' own example of a gateway's
    /// <c>Find(token)</c> taking no credential). The client's own login, <c>ConnectAsync(apiKey)</c>, is a sink.
    /// </summary>
    // Fixed (was a defect at first run): a bare token given to a client-named type's method whose login word means something else (a payment gateway's AuthorizeAsync(token, amount) approving a charge) is a credential sink
    [Fact]
    public Task Payment_gateway_authorizes_a_charge_with_a_card_token() =>
        ExpectComments.AssertAsync(new[] { Stub, PaymentStub }, """
            using System.Threading.Tasks;
            using Acme.Payments;
            public sealed class ChargeSessionStarter
            {
                private readonly PaymentGateway _payments = new PaymentGateway();
                public async Task Start()
                {
                    await _payments.ConnectAsync("sk_live_Zq8vX2mL9tR4wB7nKc3Pd6Hf"); // expect: IOT1001
                    await _payments.AuthorizeAsync("tok_1N3xYz2eZvKYlo2C8fQ4mJtR", 2500); // expect: none
                }
            }
            """);

    private const string PaymentStub = """
        namespace Acme.Payments
        {
            public class PaymentGateway
            {
                public System.Threading.Tasks.Task ConnectAsync(string apiKey) => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task<bool> AuthorizeAsync(string token, int amountCents) => System.Threading.Tasks.Task.FromResult(true);
            }
        }
        """;

    // ---------------------------------------------------------------------------------------------------------------
    // (e) text inputs built with their text
    // ---------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// A form built in code whose inputs are get-only auto-properties initialized with the box
    /// (<c>public TextBox PasswordInput { get; } = new TextBox { Text = "..." }</c>): the box is given to a property so
    /// named, as <c>txtPassword = new TextBox { Text = "..." }</c> gives it to a field.
    /// </summary>
    // Fixed (was a defect at first run): a box built with its text as a property's initializer (TextBox PasswordInput { get; } = new TextBox { Text = "..." }) is not read
    [Fact]
    public Task Box_built_with_its_text_as_an_auto_property_initializer() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.Windows.Forms;
            public class BrokerLoginForm : Form
            {
                public TextBox UserInput { get; } = new TextBox { Text = "installer" }; // expect: none
                public TextBox PasswordInput { get; } = new TextBox { Text = "Tianmen472", UseSystemPasswordChar = true }; // expect: IOT1004
            }
            """);

    /// <summary>The designer's shape with an initializer: <c>this.txtX = new TextBox { ... }</c>; a listed default, a mask and a note.</summary>
    [Fact]
    public Task Designer_boxes_built_with_secret_mask_and_note_texts() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.Windows.Forms;
            public partial class WifiSetupForm : Form
            {
                private TextBox txtWifiPassword = null!;
                private TextBox txtPassword = null!;
                private TextBox txtApiKey = null!;
                private TextBox txtMqttPassword = null!;
                private void InitializeComponent()
                {
                    this.txtWifiPassword = new TextBox { Name = "txtWifiPassword", Text = "Kelvin7-Harbour-58" }; // expect: IOT1004
                    this.txtPassword = new TextBox { Text = "admin", UseSystemPasswordChar = true }; // expect: IOT1002
                    this.txtApiKey = new TextBox { Text = "••••••••", ReadOnly = true }; // expect: none
                    this.txtMqttPassword = new TextBox { Text = "(unchanged)" }; // expect: none
                }
            }
            """);

    /// <summary>
    /// Inputs that say they hold a password by their own property rather than their name: a MAUI <c>Entry</c> with
    /// <c>IsPassword = true</c> and a WinForms box with <c>UseSystemPasswordChar = true</c>, built with a prefilled text and
    /// added to their layout. The docs speak only of names; a demanding reviewer reads the input's password flag as the
    /// strongest statement of what it holds.
    /// </summary>
    [Fact(Skip = "Open (red team 103): an input flagged as a password input (IsPassword = true, UseSystemPasswordChar = true) built with its text is not read unless a secret-named symbol holds it")]
    public Task Password_flagged_inputs_built_with_their_text() =>
        ExpectComments.AssertAsync(Libraries, """
            using Microsoft.Maui.Controls;
            public sealed class LoginPageBuilder
            {
                public VerticalStackLayout Build()
                {
                    var layout = new VerticalStackLayout();
                    layout.Add(new Entry { Placeholder = "User", Text = "installer" }); // expect: none
                    layout.Add(new Entry { Placeholder = "Password", IsPassword = true, Text = "Tianmen472" }); // expect: IOT1004
                    return layout;
                }
            }
            public sealed class QuickConnectForm : System.Windows.Forms.Form
            {
                public QuickConnectForm()
                {
                    Controls.Add(new System.Windows.Forms.TextBox { UseSystemPasswordChar = true, Text = "Orchid7-Trail-58" }); // expect: IOT1004
                }
            }
            """);

    /// <summary>Boxes built with their text under names that hold no secret: a token URL, a length, a PSK identity, a hint.</summary>
    [Fact]
    public Task Boxes_built_with_text_under_names_that_hold_no_secret() =>
        ExpectComments.AssertAsync(Libraries, """
            using System.Windows.Forms;
            public class AdvancedSettingsForm : Form
            {
                private readonly TextBox txtTokenUrl = new TextBox { Text = "https://login.plant.example/oauth2/token" }; // expect: none
                private readonly TextBox txtPasswordMinLength = new TextBox { Text = "12" }; // expect: none
                private readonly TextBox txtPskIdentity = new TextBox { Text = "gateway-07" }; // expect: none
                private readonly TextBox txtPasswordHint = new TextBox { Text = "Printed under the lid" }; // expect: none
                private readonly Label lblApiKey = new Label { Text = "API key:" }; // expect: none
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // Half-typed code: no analyzer exception
    // ---------------------------------------------------------------------------------------------------------------

    [Fact]
    public Task Half_typed_attribute_defaults_do_not_throw() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using CommandLine; class O { [Option('p', \"password\", Default = )] public string Password { get; set; } }",
            "using CommandLine; class O { [Option('p', \"password\", Default] public string Password { get; set; } }",
            "using CommandLine; class O { [Option('p', \"password\", Default = \"Tianmen472\"] public string Password { get; set; } }",
            "using CommandLine; class O { [Option('p', \"password\", Default = \"Tianmen472\")] public string Password",
            "using CommandLine; class O { [Option('p', \"password\", Default = \"Tianmen472\")] public string { get; set; } }",
            "using CommandLine; class O { [Option('p', \"password\", Default = \"Tianmen472\")] public Missing Password { get; set; } }",
            "using CommandLine; class O { [Option('p', \"password\", Default = \"Tianmen472\")] public string Password { get; set; } = }",
            "using CommandLine; class O { [Option('p', \"password\", Default = \"Tianmen472\", Default = \"x\")] public string Password { get; set; } }",
            "using CommandLine; class O { [Option(Default = \"Tianmen472\")] public string Password => ; }",
            "using CommandLine; class O { [Value(0, Default = $\"{Password}\")] public string Password { get; set; } }",
            "using CommandLine; class O { [Option] public string Password { get; set; } }",
            "using System.ComponentModel; class O { [DefaultValue] public string Password { get; set; } }",
            "using System.ComponentModel; class O { [DefaultValue()] public string ApiKey { get; set; } }",
            "using System.ComponentModel; class O { [DefaultValue(\"Tianmen472\"] public string ApiKey { get; set; } }",
            "using System.ComponentModel; class O { [DefaultValue(\"a\", \"b\")] public string ApiKey { get; set; } }",
            "using System.ComponentModel; class O { [DefaultValue(typeof(string), )] public string ApiKey { get; set; } }",
            "using System.ComponentModel; class O { [DefaultValue(\"Tianmen472\")] public string ApiKey { get; } }",
            "using System.ComponentModel; class O { [DefaultValue(\"Tianmen472\")] public static string this[int i] => \"\"; [DefaultValue(\"Tianmen472\")] public event System.Action Password; }",
            "class O { [System.Configuration.DefaultSettingValue(] public string MqttPassword { get { return \"\"; } } }",
            "class O { [System.Configuration.DefaultSettingValue(\"Tianmen472\")] public string MqttPassword { get { return ((string)(this[\"MqttPassword\"])); } } }",
            "class O { [System.Configuration.DefaultSettingValue(\"Tianmen472\")] [System.Configuration.DefaultSettingValue(\"x\")] public string MqttPassword { get; set; } }",
            "class O { [System.Configuration.DefaultSettingValue(\"\"\"\n\"\"\")] public string MqttPassword { get; set; } }",
            "interface I { [System.ComponentModel.DefaultValue(\"Tianmen472\")] string Password { get; set; } }",
            "record R([property: System.ComponentModel.DefaultValue(\"Tianmen472\")] string Password);",
        }, Libraries);

    [Fact]
    public Task Half_typed_text_boxes_do_not_throw() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.Windows.Forms; class F { TextBox txtPassword = new TextBox { Text = }; }",
            "using System.Windows.Forms; class F { TextBox txtPassword = new TextBox { Text = \"Tianmen472\" ",
            "using System.Windows.Forms; class F { TextBox txtPassword = new TextBox { Text = \"Tianmen472\", Text = \"x\" }; }",
            "using System.Windows.Forms; class F { object txtPassword = new { Text = \"Tianmen472\" }; }",
            "using System.Windows.Forms; class F { TextBox txtPassword = new Unknown { Text = \"Tianmen472\" }; }",
            "using System.Windows.Forms; class F { TextBox txtPassword = new TextBox { text = \"Tianmen472\" }; }",
            "using System.Windows.Forms; class F { TextBox[] boxes = new TextBox[2]; void M() { boxes[0] = new TextBox { Text = \"Tianmen472\" }; } }",
            "using System.Windows.Forms; class F { TextBox txtPassword; void M() { (txtPassword) = new TextBox { Text = \"Tianmen472\" }; } }",
            "using System.Windows.Forms; class F { TextBox txtPassword; void M() { txtPassword ??= new TextBox { Text = \"Tianmen472\" }; } }",
            "using System.Windows.Forms; class F { void M() { var (txtPassword, x) = (new TextBox { Text = \"Tianmen472\" }, 1); } }",
            "using System.Windows.Forms; class F { TextBox txtPassword; void M() { txtPassword = new TextBox { Text = \"Tianmen472\" } = null; } }",
            "using System.Windows.Forms; class F { void M(TextBox b) { M(new TextBox { Text = \"Tianmen472\" }); var txtPassword = new() { Text = \"x\" }; } }",
            "using System.Windows.Forms; class F { static TextBox txtPassword = new TextBox { Text = \"Tianmen472\", Controls = { new TextBox { Text = \"x\" } } }; }",
            "using Microsoft.Maui.Controls; class P { Entry passwordEntry = new Entry { IsPassword = true, Text = ",
        }, Libraries);

    [Fact]
    public Task Half_typed_message_keys_and_masks_do_not_throw() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using Confluent.Kafka; class P { System.Random rng = new(); object M() => new Message<string, string> { Key = $\"{rng.Next(0, 100)\", Value = }; }",
            "using Confluent.Kafka; class P { System.Random rng = new(); object M() => new Message<string, string> { Key = rng.Next(, Value = \"x\" }; }",
            "using Confluent.Kafka; class P { System.Random rng = new(); object M() => new Message<string, string> { Key = , Value = }; }",
            "using Confluent.Kafka; class P { System.Random rng = new(); object M() => new Message<int, string> { Key = rng.Next(10), Value = \"x\", Key = rng.Next() }; }",
            "class P { System.Random rng = new(); object M() => new { Key = rng.Next(10), Value = 1 }; }",
            "class P { System.Random rng = new(); object M() => new System.Collections.Generic.Dictionary<int, int> { [rng.Next(5)] = 1, Key = rng.Next(10), Value = 2 }; }",
            "class P { System.Random rng = new(); void M() { Key = rng.Next(10); Value = 1; } }",
            "class P { System.Random rng = new(); object M() => new Missing { Key = $\"{rng.Next(0, 100):}\", Value = 1 }; }",
            "class C { const string Password = \"****\"; const string Token = \"*\u0000****\"; const string ApiKey = \"\u2022\u2022\u2022\u2022\"; }",
            "class C { void M() => new System.Net.NetworkCredential(\"u\", \"Qm7x\" + new string('*', 20)); }",
            "class C { void M() => new System.Net.NetworkCredential(\"u\", \"                    ****\"); }",
            "class C { void M() => new System.Net.NetworkCredential(\"u\", \"private.key\" + ); }",
            "class C { const string Password = \".key\"; const string Token = \"a.\"; const string Secret = \"-.json\"; }",
        }, Libraries);

    [Fact]
    public async Task Gateway_tool_cut_off_at_many_points_as_while_typing()
    {
        const string source = """
            using System;
            using CommandLine;
            using Confluent.Kafka;
            using System.Windows.Forms;
            public sealed class Options
            {
                [Option('p', "password", Default = "Tianmen472", HelpText = "Broker password")]
                public string Password { get; set; } = string.Empty;
                [System.ComponentModel.DefaultValue(typeof(string), "private.key")]
                public string PrivateKey { get; set; }
            }
            internal sealed partial class Settings : System.Configuration.ApplicationSettingsBase
            {
                [System.Configuration.DefaultSettingValueAttribute("Qm7x+TRbwa3-kLpZ********")]
                public string ApiToken { get { return ((string)(this["ApiToken"])); } set { this["ApiToken"] = value; } }
            }
            public sealed class Tool : Form
            {
                private readonly Random _rng = new Random();
                private TextBox txtPassword;
                public Message<string, string> Next(string json) => new Message<string, string> { Key = $"{_rng.Next(0, 100)}", Value = json };
                public Tool() { txtPassword = new TextBox { Text = "Orchid7-Trail-58" }; }
            }
            """;
        var sources = Enumerable.Range(1, source.Length / 45).Select(i => source.Substring(0, i * 45)).ToList();
        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(sources, Libraries);
    }
}
