using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 99: an adversarial review of the rules added by red teams 94-97 and the catalogue commit after them: (a) a
/// library factory that returns a client takes a bare token; (b) text written into a secret-named text input is IOT1004;
/// (c) a blank mark of one or two non-alphanumeric characters is no value; (d) "localKey" is a secret name everywhere;
/// (e) a <c>[DllImport] static extern</c> function declared in the team's own source is the vendor's library; (f)
/// Windows' <c>DevicePairingRequestedEventArgs.Accept(pin)</c> is a sink. Each test is written as a device team would
/// write the code (WinForms/MAUI/Unity front ends, P/Invoke wrappers of camera and printer SDKs, client factories of real
/// SDKs) and aims at a false alarm on ordinary code or a miss on a close variant of what the new rules claim. Every
/// secret is invented; published defaults are kept as written. Labels were written from docs/rules/IOT1001-IOT1006 before
/// the analyzers were run; where the docs are silent the comment says what a demanding reviewer expects and why.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam99Tests
{
    // ---------------------------------------------------------------------------------------------------------------
    // Library stubs (real namespaces and signatures, bodies trimmed)
    // ---------------------------------------------------------------------------------------------------------------

    private const string DiscordStub = """
        namespace Discord
        {
            public enum TokenType { Bearer = 1, Bot = 2, Webhook = 3 }
            public interface IDiscordClient { }
        }
        namespace Discord.Rest
        {
            public abstract class BaseDiscordClient : Discord.IDiscordClient
            {
                public System.Threading.Tasks.Task LoginAsync(Discord.TokenType tokenType, string token, bool validateToken = true) => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task LogoutAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Discord.WebSocket
        {
            public class DiscordSocketConfig { public bool AlwaysDownloadUsers { get; set; } }
            public class DiscordSocketClient : Discord.Rest.BaseDiscordClient
            {
                public DiscordSocketClient() { }
                public DiscordSocketClient(DiscordSocketConfig config) { }
                public System.Threading.Tasks.Task StartAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string TelegramStub = """
        namespace Telegram.Bot
        {
            public class TelegramBotClientOptions
            {
                public TelegramBotClientOptions(string token, string? baseUrl = default, bool useTestEnvironment = false) { }
                public string Token { get; } = "";
            }
            public interface ITelegramBotClient { }
            public class TelegramBotClient : ITelegramBotClient
            {
                public TelegramBotClient(TelegramBotClientOptions options, System.Net.Http.HttpClient? httpClient = default) { }
                public TelegramBotClient(string token, System.Net.Http.HttpClient? httpClient = default) { }
            }
        }
        """;

    private const string EwelinkStub = """
        namespace Ewelink.Api
        {
            public abstract class EwelinkDevice { public string DeviceId { get; set; } = ""; }
            public sealed class SonoffSwitch : EwelinkDevice { }
            public class EwelinkClient { public System.Threading.Tasks.Task<EwelinkDevice[]> GetDevicesAsync() => System.Threading.Tasks.Task.FromResult(new EwelinkDevice[0]); }
            public class EwelinkClient<TDevice> where TDevice : EwelinkDevice
            {
                public System.Threading.Tasks.Task<TDevice[]> GetDevicesAsync() => System.Threading.Tasks.Task.FromResult(new TDevice[0]);
            }
            public static class EwelinkClientFactory
            {
                public static EwelinkClient Create(string region, string token) => new EwelinkClient();
                public static EwelinkClient<TDevice> Create<TDevice>(string region, string token) where TDevice : EwelinkDevice => new EwelinkClient<TDevice>();
            }
        }
        """;

    private const string PushStub = """
        namespace PushKit.Client
        {
            public enum PushPlatform { Apns, Fcm }
            public sealed class PushDevice { public string Id { get; } = ""; }
            public class PushClient
            {
                public PushClient(string apiKey) { }
                public System.Threading.Tasks.Task<PushDevice> RegisterDeviceAsync(PushPlatform platform, string token) => System.Threading.Tasks.Task.FromResult(new PushDevice());
            }
        }
        """;

    private const string BraintreeStub = """
        namespace Braintree
        {
            public enum Environment { SANDBOX, PRODUCTION }
            public class PaymentMethod { public string Token { get; } = ""; public bool IsDefault { get; } }
            public class Result<T> { public bool IsSuccess() => true; public T? Target { get; } }
            public interface IPaymentMethodGateway
            {
                PaymentMethod Find(string token);
                Result<PaymentMethod> Delete(string token);
            }
            public class PaymentMethodGateway : IPaymentMethodGateway
            {
                public PaymentMethod Find(string token) => new PaymentMethod();
                public Result<PaymentMethod> Delete(string token) => new Result<PaymentMethod>();
            }
            public class BraintreeGateway
            {
                public BraintreeGateway(Environment environment, string merchantId, string publicKey, string privateKey) { }
                public PaymentMethodGateway PaymentMethod { get; } = new PaymentMethodGateway();
            }
        }
        """;

    private const string WinFormsStub = """
        namespace System.Windows.Forms
        {
            public class Control
            {
                public virtual string Text { get; set; } = "";
                public string Name { get; set; } = "";
                public bool Enabled { get; set; }
            }
            public class TextBoxBase : Control { }
            public class TextBox : TextBoxBase { public bool UseSystemPasswordChar { get; set; } public char PasswordChar { get; set; } }
            public class Label : Control { }
            public class Button : Control { }
            public class Form : Control { }
        }
        """;

    private const string DevExpressStub = """
        namespace DevExpress.XtraEditors
        {
            public class BaseControl : System.Windows.Forms.Control { }
            public class BaseEdit : BaseControl { public object? EditValue { get; set; } }
            public class TextEdit : BaseEdit { }
            public class XtraForm : System.Windows.Forms.Form { }
            public class SimpleButton : BaseControl { }
        }
        """;

    private const string UnityUiStub = """
        namespace UnityEngine
        {
            public class Object { }
            public class Component : Object { }
            public class Behaviour : Component { }
            public class MonoBehaviour : Behaviour { }
        }
        namespace UnityEngine.UI
        {
            public class Selectable : UnityEngine.MonoBehaviour { }
            public class InputField : Selectable { public virtual string text { get; set; } = ""; }
            public class Text : UnityEngine.MonoBehaviour { public virtual string text { get; set; } = ""; }
        }
        namespace TMPro
        {
            public class TMP_InputField : UnityEngine.UI.Selectable { public string text { get; set; } = ""; }
        }
        """;

    private const string WindowsStorageStub = """
        namespace Windows.Storage
        {
            public sealed class ApplicationDataContainer
            {
                public System.Collections.Generic.IDictionary<string, object> Values { get; } = new System.Collections.Generic.Dictionary<string, object>();
            }
            public sealed class ApplicationData
            {
                public static ApplicationData Current { get; } = new ApplicationData();
                public ApplicationDataContainer LocalSettings { get; } = new ApplicationDataContainer();
            }
        }
        namespace UnityEngine
        {
            public static class PlayerPrefs
            {
                public static int GetInt(string key, int defaultValue) => defaultValue;
                public static void SetInt(string key, int value) { }
            }
        }
        """;

    private const string RelationsStub = """
        namespace Eloquent.Net
        {
            public class Relation<T> { }
            public abstract class Model
            {
                public Relation<T> HasMany<T>(string foreignKey, string localKey) where T : Model => new Relation<T>();
                public Relation<T> BelongsTo<T>(string foreignKey, string ownerKey) where T : Model => new Relation<T>();
            }
        }
        """;

    private const string TuyaStub = """
        namespace com.clusterrr.TuyaNet
        {
            public enum TuyaProtocolVersion { V31, V33, V34 }
            public class TuyaDevice
            {
                public TuyaDevice(string ip, string localKey, string deviceId, TuyaProtocolVersion protocolVersion = TuyaProtocolVersion.V33, int port = 6668, int receiveTimeout = 250) { }
                public TuyaDevice(string ip, byte[] localKey, string deviceId, TuyaProtocolVersion protocolVersion = TuyaProtocolVersion.V33, int port = 6668, int receiveTimeout = 250) { }
                public System.Threading.Tasks.Task<string> GetDpsAsync() => System.Threading.Tasks.Task.FromResult("");
            }
        }
        """;

    private const string WindowsPairingStub = """
        namespace Windows.Foundation
        {
            public delegate void TypedEventHandler<TSender, TResult>(TSender sender, TResult args);
        }
        namespace Windows.Security.Credentials
        {
            public sealed class PasswordCredential
            {
                public PasswordCredential() { }
                public PasswordCredential(string resource, string userName, string password) { }
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
                public string Resource { get; set; } = "";
            }
        }
        namespace Windows.Devices.Enumeration
        {
            [System.Flags] public enum DevicePairingKinds : uint { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8, ProvidePasswordCredential = 16 }
            public enum DevicePairingProtectionLevel { Default, None, Encryption, EncryptionAndAuthentication }
            public enum DevicePairingResultStatus { Paired, NotReadyToPair, NotPaired, AlreadyPaired, Failed }
            public sealed class DevicePairingResult { public DevicePairingResultStatus Status { get; } }
            public sealed class DevicePairingRequestedEventArgs
            {
                public DevicePairingKinds PairingKind { get; }
                public string Pin { get; } = "";
                public void Accept() { }
                public void Accept(string pin) { }
                public void AcceptWithPasswordCredential(Windows.Security.Credentials.PasswordCredential passwordCredential) { }
            }
            public sealed class DeviceInformationCustomPairing
            {
                public event Windows.Foundation.TypedEventHandler<DeviceInformationCustomPairing, DevicePairingRequestedEventArgs>? PairingRequested;
                public System.Threading.Tasks.Task<DevicePairingResult> PairAsync(DevicePairingKinds pairingKindsSupported, DevicePairingProtectionLevel minProtectionLevel) => System.Threading.Tasks.Task.FromResult(new DevicePairingResult());
            }
            public sealed class DeviceInformationPairing { public DeviceInformationCustomPairing Custom { get; } = new DeviceInformationCustomPairing(); }
            public sealed class DeviceInformation
            {
                public string Id { get; } = "";
                public string Name { get; } = "";
                public DeviceInformationPairing Pairing { get; } = new DeviceInformationPairing();
            }
        }
        """;

    // ---------------------------------------------------------------------------------------------------------------
    // (a) a bare token at a library factory that returns a client
    // ---------------------------------------------------------------------------------------------------------------

    // A Discord bot that reports a greenhouse's sensor alarms, written as Discord.Net's own quick-start writes it: the bot
    // token in a local handed to DiscordSocketClient.LoginAsync(TokenType.Bot, token). The docs name a client's bare token
    // at its constructor and at a factory that returns it; the client's own sign-in method is where Discord.Net (and
    // DSharpPlus-style SDKs) take it. A demanding reviewer expects IOT1001: the token reaches the library's authentication.
    // At first run (HEAD 92e03b1's parents) this was IOT1004 for IOT1001; the maintainers' uncommitted change that reads a
    // client's own method's bare token (NanoleafClient.Authorize(token)) makes it pass against the working tree.
    [Fact]
    public Task RT99_a01_discord_bot_login_async_bare_token() =>
        ExpectComments.AssertAsync(new[] { DiscordStub }, """
            using System.Threading.Tasks;
            using Discord;
            using Discord.WebSocket;

            namespace Greenhouse.AlarmBot;

            public class Program
            {
                private DiscordSocketClient _client = null!;

                public static Task Main(string[] args) => new Program().MainAsync();

                public async Task MainAsync()
                {
                    _client = new DiscordSocketClient(new DiscordSocketConfig { AlwaysDownloadUsers = false });
                    var token = "MTE4NzQ2MjkxMDM4NTY3MjMyMA.GqR7xT.Zp3Kd8Lm2Vw9Yb4Nc6Hf1Js5Qt7Xa0Ue3Ri8Go"; // expect: IOT1001
                    await _client.LoginAsync(TokenType.Bot, token);
                    await _client.StartAsync();
                    await Task.Delay(-1);
                }
            }
            """);

    // Telegram.Bot 19+: the token goes into TelegramBotClientOptions(token, baseUrl) when the bot talks to a self-hosted Bot
    // API server on the gateway. The options' constructor is the client's constructor one step removed; the docs are silent
    // about options types, a demanding reviewer expects IOT1001 as for new TelegramBotClient(token).
    [Fact]
    public Task RT99_a02_telegram_bot_client_options_token() =>
        ExpectComments.AssertAsync(new[] { TelegramStub }, """
            using Telegram.Bot;

            namespace Kiln.Notifier;

            public static class BotFactory
            {
                public static ITelegramBotClient Create() =>
                    new TelegramBotClient(new TelegramBotClientOptions("6402917735:AAHq3Vz8Lm1Kt5Wr9Xc2Bn7Pd4Fj6Gs0Ye", "http://192.168.4.10:8081")); // expect: IOT1001
            }
            """);

    // A factory that returns a generic client (EwelinkClient<TDevice>) is a factory that returns a client: the docs'
    // rule names the returned type's name, and EwelinkClient<SonoffSwitch> is named as a client exactly as EwelinkClient
    // is. The non-generic overload on the line above is the control.
    [Fact]
    public Task RT99_a03_factory_returning_generic_client() =>
        ExpectComments.AssertAsync(new[] { EwelinkStub }, """
            using System.Threading.Tasks;
            using Ewelink.Api;

            namespace Sonoff.Bridge;

            public static class Switches
            {
                public static Task<EwelinkDevice[]> All() => EwelinkClientFactory.Create("eu", "c7b2e9f14a0d836b5e21f9a7c4d08e3b6a51f27c").GetDevicesAsync(); // expect: IOT1001
                public static Task<SonoffSwitch[]> Plugs() => EwelinkClientFactory.Create<SonoffSwitch>("eu", "5d1e8a3fb7c9046e2a9d1b5f7e3c8a0d4b6f2e91").GetDevicesAsync(); // expect: IOT1001
            }
            """);

    // The same sign-in with the token written in place (a reconnect helper): no name to fall back on. Against HEAD 92e03b1
    // nothing at all is reported (a miss); the working tree's uncommitted "a client's own method" extension finds it.
    [Fact]
    public Task RT99_a05_discord_login_async_token_in_place() =>
        ExpectComments.AssertAsync(new[] { DiscordStub }, """
            using System.Threading.Tasks;
            using Discord;
            using Discord.WebSocket;

            namespace Greenhouse.AlarmBot;

            public class Reconnector
            {
                private readonly DiscordSocketClient _client = new DiscordSocketClient();

                public async Task ReconnectAsync() => await _client.LoginAsync(TokenType.Bot, "MTE4NzQ2MjkxMDM4NTY3MjMyMA.GqR7xT.Wb4Nc6Hf1Js5Qt7Xa0Ue3Ri8GoZp3Kd8Lm2Vw9Y"); // expect: IOT1001
            }
            """);

    // An EV charger's kiosk back office on Braintree: a vaulted card is looked up and removed by its payment method token
    // (PaymentMethodGateway.Find(token), a type whose name ends in Gateway). A payment method's token is the record's
    // identifier in the vault (Braintree prints it in its dashboards and webhooks), not a credential: the credentials are the
    // gateway's keys, read from the environment here. Expect none. (Passes against HEAD's committed rule, which asks for a
    // method returning a client; fails against the working tree's uncommitted "a client's own method" extension.)
    // Fixed (was a defect at first run): a bare token at a method of a library type whose name merely ends in a client word (PaymentMethodGateway.Find(token)) is taken as a credential, though it names a record
    [Fact]
    public Task RT99_a06_braintree_payment_method_token_is_a_record_id() =>
        ExpectComments.AssertAsync(new[] { BraintreeStub }, """
            using System;
            using Braintree;

            namespace Charger.Billing;

            public static class Vault
            {
                private static readonly BraintreeGateway Gateway = new BraintreeGateway(Braintree.Environment.SANDBOX,
                    System.Environment.GetEnvironmentVariable("BT_MERCHANT_ID")!, System.Environment.GetEnvironmentVariable("BT_PUBLIC_KEY")!, System.Environment.GetEnvironmentVariable("BT_PRIVATE_KEY")!);

                public static bool BenchCardIsDefault() => Gateway.PaymentMethod.Find("k7m2xq9").IsDefault; // expect: none

                public static bool RemoveBenchCard() => Gateway.PaymentMethod.Delete("3vd8wtb").IsSuccess(); // expect: none
            }
            """);

    // A push SDK's RegisterDeviceAsync(platform, token) returns a PushDevice (a name ending in Device, so "a client" by the
    // new rule's suffix test), and its bare token is an APNs device token: IOT1004's docs say a push service's token is an
    // identifier, not a credential. A test harness registering a developer's phone writes it in code. Expect none.
    // Fixed (was a defect at first run): a bare token at a library method whose return type merely ends in a client word (Task<PushDevice>) is taken as a client's credential, though it is a push address
    [Fact]
    public Task RT99_a04_push_registration_token_is_an_address_not_a_credential() =>
        ExpectComments.AssertAsync(new[] { PushStub }, """
            using System;
            using System.Threading.Tasks;
            using PushKit.Client;

            namespace Doorbell.PushHarness;

            public static class Harness
            {
                public static async Task RegisterBenchPhone(PushClient push)
                {
                    var device = await push.RegisterDeviceAsync(PushPlatform.Apns, "7c3f9a0e5b2d8c41e6f7a9b3d0c5e8f1a2b4c6d8e0f1a3b5c7d9e2f4a6b8c0d1"); // expect: none
                    Console.WriteLine($"Registered {device.Id}");
                }
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (b) text written into a text-input control named as a secret
    // ---------------------------------------------------------------------------------------------------------------

    // Unity's InputField and TextMeshPro's TMP_InputField, both named by IOT1004's docs ("Unity InputField"), expose their
    // text as the lower-case property `text`. A login panel prefilled for the editor is the same secret as txtPassword.Text.
    // Fixed (was a defect at first run): text written into a text input through a lower-case `text` property (Unity InputField, TMP_InputField) is not read as the control's value
    [Fact]
    public Task RT99_b01_unity_input_field_lowercase_text() =>
        ExpectComments.AssertAsync(new[] { UnityUiStub }, """
            using UnityEngine;
            using UnityEngine.UI;
            using TMPro;

            public class ParticleLoginPanel : MonoBehaviour
            {
                public InputField inputUser = null!;
                public InputField inputPassword = null!;
                public TMP_InputField inputApiKey = null!;

                private void Start()
                {
                    inputUser.text = "lab-bench@example.org"; // expect: none
                    inputPassword.text = "Rq740318"; // expect: IOT1004
                    inputApiKey.text = "k9Xw2Lq7Vb4Nz8Mc3Tr6"; // expect: IOT1004
                }
            }
            """);

    // DevExpress WinForms (very common in industrial and camera-management front ends) uses TextEdit for every text box.
    // The docs list TextBox, PasswordBox, MaskedTextBox, Entry, EditText, UITextField and InputField as examples of "a
    // text input"; a TextEdit is one. A demanding reviewer expects IOT1004 as for a TextBox.
    // Fixed (was a defect at first run): a third-party suite's text input whose type name is not one of the listed control words (DevExpress TextEdit) is not read as a text input
    [Fact]
    public Task RT99_b02_devexpress_text_edit_prefilled_password() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub, DevExpressStub }, """
            using DevExpress.XtraEditors;

            namespace Nvr.Client;

            public class FrmLogin : XtraForm
            {
                private readonly TextEdit txtUser = new TextEdit();
                private readonly TextEdit txtPassword = new TextEdit();

                public FrmLogin()
                {
                    txtUser.Text = "operator"; // expect: none
                    txtPassword.Text = "Kx7pcam2049"; // expect: IOT1004
                }
            }
            """);

    // WinForms before .NET 5 had no PlaceholderText; login forms emulate a watermark by writing the word into the box and
    // clearing it on focus. "Enter password" / "API key" is the box's caption, not a password (a label's caption under the
    // same name is already no finding). Expect none.
    // Fixed (was a defect at first run): a short caption of plain words written into a secret-named text box as a watermark ("Enter password") is reported as the secret's value
    [Fact]
    public Task RT99_b03_watermark_caption_written_into_password_box() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System;
            using System.Windows.Forms;

            namespace Gateway.Setup;

            public class LoginForm : Form
            {
                private readonly TextBox txtPassword = new TextBox();
                private readonly TextBox txtApiKey = new TextBox();

                private void ShowWatermarks()
                {
                    txtPassword.UseSystemPasswordChar = false;
                    txtPassword.Text = "Enter password"; // expect: none
                    txtApiKey.Text = "Paste API key"; // expect: none
                }

                private void txtPassword_Enter(object sender, EventArgs e)
                {
                    if (txtPassword.Text == "Enter password")
                    {
                        txtPassword.Text = "";
                        txtPassword.UseSystemPasswordChar = true;
                    }
                }
            }
            """);

    // A camera tool's login box prefilled with the maker's factory login: IOT1004's docs say a password-named symbol holding
    // a listed default is IOT1002, and the box is held under its name.
    [Fact]
    public Task RT99_b04_prefilled_box_with_listed_default_is_iot1002() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Cctv.Tool;

            public class CameraLogin : Form
            {
                private readonly TextBox txtIp = new TextBox();
                private readonly TextBox txtUserName = new TextBox();
                private readonly TextBox txtPassword = new TextBox();

                public CameraLogin()
                {
                    txtIp.Text = "192.168.1.108"; // expect: none
                    txtUserName.Text = "admin"; // expect: none
                    txtPassword.Text = "admin"; // expect: IOT1002
                }
            }
            """);

    // Boxes whose names start with a secret's word but say what else they hold: a token endpoint's URL and a password hint
    // (IOT1004 lists TokenUrl, PasswordPrompt and PasswordLabel as names of something else; a hint is the same kind).
    [Fact]
    public Task RT99_b05_token_url_and_password_hint_boxes_are_no_secrets() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Cloud.Link;

            public class OAuthSettingsForm : Form
            {
                private readonly TextBox txtTokenUrl = new TextBox();
                private readonly TextBox txtPasswordHint = new TextBox();

                public void LoadDefaults()
                {
                    txtTokenUrl.Text = "https://auth.example-iot.com/oauth2/v2.0/token"; // expect: none
                    txtPasswordHint.Text = "See sticker"; // expect: none
                }
            }
            """);

    // WinForms' designer writes `this.txtPassword.Text = "..."` in InitializeComponent (generated code is analysed).
    [Fact]
    public Task RT99_b06_designer_initialize_component_prefill() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Door.Controller.Ui;

            partial class MainForm : Form
            {
                private TextBox txtPassword = null!;
                private Label lblPassword = null!;

                private void InitializeComponent()
                {
                    this.txtPassword = new TextBox();
                    this.lblPassword = new Label();
                    this.lblPassword.Text = "Password:"; // expect: none
                    this.txtPassword.Name = "txtPassword"; // expect: none
                    this.txtPassword.PasswordChar = '*';
                    this.txtPassword.Text = "Tianmen472"; // expect: IOT1004
                }
            }
            """);

    // Code-first WinForms and MAUI C# markup write the same prefill in an object initializer: `new TextBox { Text = "..." }`
    // assigned to a field named txtPassword. The control is named as a secret and its Text is written: IOT1004 as for
    // `txtPassword.Text = "..."`.
    // Fixed (was a defect at first run): text written into a secret-named input control through an object initializer
    // (new TextBox { Text = "..." }) is read as the control's value (InputControlTextTests).
    [Fact]
    public Task RT99_b07_object_initializer_prefill() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Door.Controller.Ui;

            public class QuickLogin : Form
            {
                private readonly TextBox txtUser = new TextBox { Name = "txtUser", Text = "installer" }; // expect: none
                private readonly TextBox txtPassword = new TextBox { Name = "txtPassword", UseSystemPasswordChar = true, Text = "Tianmen472" }; // expect: IOT1004
            }
            """);

    // A settings form that shows a saved password as a mask or a note instead of its value ("leave it to keep the saved
    // one"): IOT1001/IOT1004 say a mask and a note of whether the secret is there are no value. Expect none.
    // Fixed (was a defect at first run): a note in brackets standing in for a saved secret ("(unchanged)") written into a secret-named text box is reported as the secret's value
    [Fact]
    public Task RT99_b08_saved_password_shown_as_mask_or_note() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Mqtt.Bridge.Settings;

            public class BrokerSettingsForm : Form
            {
                private readonly TextBox txtPassword = new TextBox();
                private readonly TextBox txtMqttPassword = new TextBox();

                public void Show(bool hasSaved)
                {
                    txtPassword.Text = hasSaved ? "********" : ""; // expect: none
                    txtMqttPassword.Text = "(unchanged)"; // expect: none
                }
            }
            """);

    // Short and compound control names the docs' secret words cover: txtPwd (pwd) and tbWifiPassword.
    [Fact]
    public Task RT99_b09_short_and_compound_control_names() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Gateway.Setup;

            public class ProvisionForm : Form
            {
                private readonly TextBox txtPwd = new TextBox();
                private readonly TextBox tbWifiPassword = new TextBox();

                public void DebugFill()
                {
                    txtPwd.Text = "Tianmen472"; // expect: IOT1004
                    tbWifiPassword.Text = "Harbour-Lantern-77"; // expect: IOT1004
                }
            }
            """);

    // A camera's activation form (Hikvision-style security questions): the question's box is named for the secret question,
    // and holds the question, not the answer. A question is no secret. Expect none.
    [Fact]
    public Task RT99_b10_security_question_box_is_no_secret() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System.Windows.Forms;

            namespace Cctv.Activation;

            public class ActivateForm : Form
            {
                private readonly TextBox txtSecretQuestion1 = new TextBox();
                private readonly TextBox secretQuestionBox = new TextBox();

                public void Defaults()
                {
                    txtSecretQuestion1.Text = "Favourite teacher"; // expect: none
                    secretQuestionBox.Text = "Birth city"; // expect: none
                }
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (c) a blank mark of one or two non-alphanumeric characters
    // ---------------------------------------------------------------------------------------------------------------

    // A published sample with its ThingSpeak key blanked to "-" in the request URL, and a share's password blanked to "/":
    // blank marks are no value wherever a credential is written (IOT1001: "is no value"), in a URL's secret query too.
    [Fact]
    public Task RT99_c01_blank_marks_in_url_query_and_credential() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Weather.Station;

            public static class Uplink
            {
                private static readonly HttpClient Http = new HttpClient();

                public static Task<HttpResponseMessage> Send(double t) =>
                    Http.GetAsync("https://api.thingspeak.com/update?api_key=-&field1=" + t); // expect: none

                public static NetworkCredential Share() => new NetworkCredential("station", "/"); // expect: none
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (d) localKey as a secret name
    // ---------------------------------------------------------------------------------------------------------------

    // "localKey" in ordinary app code is the key of a locally stored setting: a UWP LocalSettings entry, a Unity PlayerPrefs
    // entry. A setting's key is a configuration key, not a secret (IOT1004: "configuration keys and paths"). Expect none.
    // Fixed (was a defect at first run): a local or constant named localKey holding the key of a locally stored setting (LocalSettings, PlayerPrefs) is reported as a Tuya key
    [Fact]
    public Task RT99_d01_local_key_as_a_settings_key() =>
        ExpectComments.AssertAsync(new[] { WindowsStorageStub }, """
            using System;
            using Windows.Storage;
            using UnityEngine;

            namespace Thermostat.App;

            public static class SyncState
            {
                public static DateTimeOffset? LastSync()
                {
                    var localKey = "LastSyncUtc"; // expect: none
                    return ApplicationData.Current.LocalSettings.Values.TryGetValue(localKey, out var value) ? (DateTimeOffset?)value : null;
                }
            }

            public static class Scores
            {
                private const string localKey = "highscore"; // expect: none

                public static int Best() => PlayerPrefs.GetInt(localKey, 0);
                public static void Save(int score) => PlayerPrefs.SetInt(localKey, score);
            }
            """);

    // A relations library modelled on Laravel's Eloquent names its parameters foreignKey and localKey (the column on this
    // side of the relation). With "localKey" a credential word, a library parameter so named would become a sink; the
    // column names given to it are no secrets. Expect none.
    // Fixed (was a defect at first run): a referenced library's parameter named localKey outside Tuya (an ORM relation's local column) is taken as a credential sink
    [Fact]
    public Task RT99_d02_orm_relation_local_key_parameter() =>
        ExpectComments.AssertAsync(new[] { RelationsStub }, """
            using Eloquent.Net;

            namespace Fleet.Data;

            public sealed class Reading : Model { }

            public sealed class Sensor : Model
            {
                public Relation<Reading> Readings() => HasMany<Reading>("sensor_uid", "uid"); // expect: none
                public Relation<Reading> Calibrations() => HasMany<Reading>(foreignKey: "SensorSerial", localKey: "SerialNumber"); // expect: none
            }
            """);

    // The same Tuya key under the other spellings a team uses: SCREAMING_SNAKE, a prefix naming the device, snake case, and
    // one run-on upper-case word. Labelled IOT1004 at first (on the then rule that localKey names a secret everywhere);
    // relabelled none when this red team's d01/d02 showed the name names a stored setting's key as often: the rule was
    // narrowed to the Tuya libraries' catalogued parameters, so a local key held under the name and reaching no sink gives
    // nothing.
    [Fact]
    public Task RT99_d03_local_key_spellings() =>
        ExpectComments.AssertAsync("""
            namespace Balcony.Lights;

            public static class TuyaSecrets
            {
                public const string DEVICE_ID = "bf3c1d2e4a5b6c7d8e9f0a"; // expect: none
                public const string LOCAL_KEY = "2G;Q~p1gR|e#Y$kV"; // expect: none
                public const string StripLocalKey = "9e41d7c02ab3f568"; // expect: none
                public static readonly string heater_local_key = "c4a7e1b9d0f36258"; // expect: none
                public const string LOCALKEY = "f0e9d8c7b6a59483"; // expect: none
            }
            """);

    // TuyaNet's constructor overload that takes the key as bytes, and the string overload with a named argument. Labelled
    // IOT1003 for the bytes at first; relabelled IOT1001 when TuyaNet's local key was catalogued as a password-kind sink:
    // the UTF-8 bytes of the written key are the same credential as the string overload's (LibraryCredentialMethods: a
    // password given as its bytes is still the password written in the code).
    [Fact]
    public Task RT99_d04_tuya_device_key_as_bytes_and_named_argument() =>
        ExpectComments.AssertAsync(new[] { TuyaStub }, """
            using System.Text;
            using com.clusterrr.TuyaNet;

            namespace Balcony.Lights;

            public static class Plugs
            {
                public static TuyaDevice Lamp() => new TuyaDevice("192.168.18.125", Encoding.UTF8.GetBytes("b6d21f09a7c3e548"), "6623019847a1bc05d3e7"); // expect: IOT1001
                public static TuyaDevice Fan() => new TuyaDevice(ip: "192.168.18.126", deviceId: "6623019847a1bc05d3e8", localKey: "5f8e2c1a9b7d3e40"); // expect: IOT1001
            }
            """);

    // tinytuya/TuyaNet users paste the device list the Tuya cloud wizard prints (snake-case "local_key") into code.
    // Labelled IOT1001 at first (on the then rule that localKey names a secret everywhere); relabelled none with d03, when
    // the name stopped being a secret's outside the catalogued Tuya parameters.
    [Fact]
    public Task RT99_d05_tuya_devices_json_in_code() =>
        ExpectComments.AssertAsync(""""
            namespace Balcony.Lights;

            public static class Devices
            {
                public const string Json = """
                    [
                      { "name": "Desk lamp", "id": "bf3c1d2e4a5b6c7d8e9f0a", "ip": "192.168.18.125", "local_key": "9e41d7c02ab3f568", "version": "3.3" }
                    ]
                    """; // expect: none
            }
            """");

    // ---------------------------------------------------------------------------------------------------------------
    // (e) [DllImport] static extern functions declared in the team's source
    // ---------------------------------------------------------------------------------------------------------------

    // Hikvision's CHCNetSDK.cs as many forks carry it, with System.String spelled `String` (the code was ported from a
    // VB.NET demo). The docs' rule is about "a string parameter named as a credential"; `String` is the same type.
    // Fixed (was a defect at first run): a native function's credential parameter declared with the type written `String` (System.String) rather than the keyword `string` is not a sink
    [Fact]
    public Task RT99_e01_extern_with_capital_String_parameters() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;

            namespace Hik.Capture;

            public static class CHCNetSDK
            {
                [StructLayout(LayoutKind.Sequential)]
                public struct NET_DVR_DEVICEINFO_V30 { public byte byChanNum; public byte byStartChan; }

                [DllImport("HCNetSDK.dll")]
                public static extern Int32 NET_DVR_Login_V30(String sDVRIP, Int32 wDVRPort, String sUserName, String sPassword, ref NET_DVR_DEVICEINFO_V30 lpDeviceInfo);
            }

            public static class Camera
            {
                public static int Open(string ip)
                {
                    var info = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
                    return CHCNetSDK.NET_DVR_Login_V30(ip, 8000, "admin", "tianmen472", ref info); // expect: IOT1001
                }
            }
            """);

    // A nullable-annotated P/Invoke of mpr.dll's WNetAddConnection2 (how the current docs and CsWin32 write it): the
    // password parameter is `string?`. An NVR's recording share mounted with a written password.
    // Fixed (was a defect at first run): a native function's credential parameter declared as a nullable string (string?) is not a sink
    [Fact]
    public Task RT99_e02_extern_with_nullable_string_password() =>
        ExpectComments.AssertAsync("""
            using System.Runtime.InteropServices;

            namespace Nvr.Archive;

            internal static class NativeMethods
            {
                [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
                public sealed class NETRESOURCE
                {
                    public int dwScope;
                    public int dwType;
                    public int dwDisplayType;
                    public int dwUsage;
                    public string? lpLocalName;
                    public string? lpRemoteName;
                    public string? lpComment;
                    public string? lpProvider;
                }

                [DllImport("mpr.dll", CharSet = CharSet.Unicode)]
                public static extern int WNetAddConnection2(NETRESOURCE lpNetResource, string? lpPassword, string? lpUserName, int dwFlags);
            }

            public static class RecorderShare
            {
                public static int Mount() =>
                    NativeMethods.WNetAddConnection2(new NativeMethods.NETRESOURCE { dwType = 1, lpRemoteName = @"\\192.168.10.20\recordings" }, "Nvr-Share-2291", @"NVR\backup", 0); // expect: IOT1001
            }
            """);

    // Chinese camera SDKs are often declared with byte[] text (GB2312-encoded by the caller). IOT1001's docs: the extern's
    // credential parameters count "as they are when a referenced assembly declares the same function", and there a
    // credential parameter taking bytes is a sink (`Login(user, Encoding.UTF8.GetBytes("..."))`).
    // Fixed (was a defect at first run): a native function's credential parameter declared as bytes (byte[] password) is not a sink
    [Fact]
    public Task RT99_e03_extern_with_byte_array_password() =>
        ExpectComments.AssertAsync("""
            using System.Runtime.InteropServices;
            using System.Text;

            namespace Ipc.Capture;

            internal static class IpcSdk
            {
                [DllImport("IPCSDK.dll")]
                public static extern int IPC_Login(byte[] ip, int port, byte[] user, byte[] password);
            }

            public static class Doorway
            {
                public static int Open() =>
                    IpcSdk.IPC_Login(Encoding.ASCII.GetBytes("192.168.1.88"), 34567, Encoding.ASCII.GetBytes("admin"), Encoding.ASCII.GetBytes("Lq4VzN8s")); // expect: IOT1001
            }
            """);

    // .NET 7+'s source-generated interop: [LibraryImport] on a `static partial` method, whose body the generator writes
    // (marshalling the strings and calling an inner extern). It is the same vendor function as [DllImport] static extern;
    // the generator's part is reproduced here as it emits it, in a generated file.
    // Fixed (was a defect at first run): a vendor's native function declared with [LibraryImport] (static partial, source-generated body) is not read as the vendor's library
    [Fact]
    public Task RT99_e04_library_import_partial_native_login() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;

            namespace Dahua.Capture;

            internal static partial class DhNetSdk
            {
                [LibraryImport("dhnetsdk.dll", StringMarshalling = StringMarshalling.Utf8)]
                internal static partial long CLIENT_LoginEx2(string pchDVRIP, ushort wDVRPort, string pchUserName, string pchPassword, int emSpecCap, IntPtr pCapParam, out int error);
            }

            public static class Recorder
            {
                public static long Open(string ip) =>
                    DhNetSdk.CLIENT_LoginEx2(ip, 37777, "admin", "Rq740318dh", 0, IntPtr.Zero, out _); // expect: IOT1001
            }
            """, """
            // <auto-generated/>
            namespace Dahua.Capture
            {
                internal static partial class DhNetSdk
                {
                    [global::System.CodeDom.Compiler.GeneratedCodeAttribute("Microsoft.Interop.LibraryImportGenerator", "8.0.10")]
                    internal static partial long CLIENT_LoginEx2(string pchDVRIP, ushort wDVRPort, string pchUserName, string pchPassword, int emSpecCap, global::System.IntPtr pCapParam, out int error)
                    {
                        var ip = global::System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8(pchDVRIP);
                        var user = global::System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8(pchUserName);
                        var pass = global::System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8(pchPassword);
                        try
                        {
                            return __PInvoke(ip, wDVRPort, user, pass, emSpecCap, pCapParam, out error);
                        }
                        finally
                        {
                            global::System.Runtime.InteropServices.Marshal.FreeCoTaskMem(ip);
                            global::System.Runtime.InteropServices.Marshal.FreeCoTaskMem(user);
                            global::System.Runtime.InteropServices.Marshal.FreeCoTaskMem(pass);
                        }

                        [global::System.Runtime.InteropServices.DllImportAttribute("dhnetsdk.dll", EntryPoint = "CLIENT_LoginEx2", ExactSpelling = true)]
                        static extern long __PInvoke(global::System.IntPtr __pchDVRIP_native, ushort __wDVRPort_native, global::System.IntPtr __pchUserName_native, global::System.IntPtr __pchPassword_native, int __emSpecCap_native, global::System.IntPtr __pCapParam_native, out int __error_native);
                    }
                }
            }
            """);

    // Hikvision's V40 login takes the password in the NET_DVR_USER_LOGIN_INFO struct the team's CHCNetSDK.cs declares
    // (ByValTStr fields), as the vendor's demo fills it. The struct is the vendor's as the extern is; the docs are silent.
    // A demanding reviewer expects IOT1001 (the password reaches the vendor's login), not the weaker name-only IOT1004.
    [Fact(Skip = "Open (red team 99): a credential field of a native SDK's struct declared in source, filled and passed to the native login, is held only by name (IOT1004 for IOT1001)")]
    public Task RT99_e05_hikvision_v40_login_struct_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;

            namespace Hik.Capture;

            public static class CHCNetSDK
            {
                [StructLayout(LayoutKind.Sequential)]
                public struct NET_DVR_USER_LOGIN_INFO
                {
                    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 129)] public string sDeviceAddress;
                    public byte byUseTransport;
                    public ushort wPort;
                    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)] public string sUserName;
                    [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 64)] public string sPassword;
                    public IntPtr cbLoginResult;
                    public IntPtr pUser;
                    public bool bUseAsynLogin;
                }

                [StructLayout(LayoutKind.Sequential)]
                public struct NET_DVR_DEVICEINFO_V40 { public byte byChanNum; }

                [DllImport("HCNetSDK.dll")]
                public static extern int NET_DVR_Login_V40(ref NET_DVR_USER_LOGIN_INFO pLoginInfo, ref NET_DVR_DEVICEINFO_V40 lpDeviceInfo);
            }

            public static class Camera
            {
                public static int Login()
                {
                    var struLogInfo = new CHCNetSDK.NET_DVR_USER_LOGIN_INFO();
                    struLogInfo.sDeviceAddress = "192.168.1.64"; // expect: none
                    struLogInfo.wPort = 8000;
                    struLogInfo.sUserName = "admin"; // expect: none
                    struLogInfo.sPassword = "Kx7pcam2049"; // expect: IOT1001
                    struLogInfo.bUseAsynLogin = false;
                    var deviceInfo = new CHCNetSDK.NET_DVR_DEVICEINFO_V40();
                    return CHCNetSDK.NET_DVR_Login_V40(ref struLogInfo, ref deviceInfo);
                }
            }
            """);

    // The usual wrapper: a private helper of the form passes its `password` parameter on to the native login; the button
    // handler calls it with a written password. IOT1001's docs follow "the values a private helper ... is passed by its
    // own type for a secret-named parameter".
    [Fact]
    public Task RT99_e06_private_helper_wrapping_native_login() =>
        ExpectComments.AssertAsync("""
            using System.Runtime.InteropServices;

            namespace Hik.Capture;

            public static class CHCNetSDK
            {
                [StructLayout(LayoutKind.Sequential)]
                public struct NET_DVR_DEVICEINFO_V30 { public byte byChanNum; }

                [DllImport("HCNetSDK.dll")]
                public static extern int NET_DVR_Login_V30(string sDVRIP, ushort wDVRPort, string sUserName, string sPassword, ref NET_DVR_DEVICEINFO_V30 lpDeviceInfo);
            }

            public class PreviewForm
            {
                private int _userId = -1;

                private int LoginCamera(string ip, string user, string password)
                {
                    var info = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
                    return CHCNetSDK.NET_DVR_Login_V30(ip, 8000, user, password, ref info);
                }

                public void btnLogin_Click()
                {
                    _userId = LoginCamera("192.168.1.64", "admin", "Qv82-dock-Lm"); // expect: IOT1001
                }
            }
            """);

    // A firmware updater's native helpers: zlib's minizip opens the update package with its archive password (a written
    // password at a parameter named password: IOT1001 by the extern rule, as a PKCS#12 password is a credential), and a
    // fingerprint SDK loads its licence from two file paths, one a password file's path (a path is no secret). Expect the
    // archive password and nothing at the paths.
    [Fact]
    public Task RT99_e07_zip_password_and_password_file_path() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;

            namespace Terminal.Updater;

            internal static class Native
            {
                [DllImport("zlibwapi.dll", CharSet = CharSet.Ansi)]
                public static extern int unzOpenCurrentFilePassword(IntPtr file, string password);

                [DllImport("ZKFPEngX.dll", CharSet = CharSet.Ansi)]
                public static extern int ZKFP_LoadLicense(string licensePath, string passwordFile);
            }

            public static class Package
            {
                public static int OpenEntry(IntPtr zip) => Native.unzOpenCurrentFilePassword(zip, "Fw-Pack#2291x"); // expect: IOT1001

                public static int License() => Native.ZKFP_LoadLicense(@"C:\ZKTeco\license.dat", @"C:\ZKTeco\license.pwd"); // expect: none
            }
            """);

    // The Win32 declarations every Windows device tool carries beside its credential functions: the registry and INI
    // files (a value's or a setting's name, a section, a file path: "Password" here names the INI entry) and LogonUser
    // (a service account's password: IOT1001). Only the LogonUser password is a credential.
    [Fact]
    public Task RT99_e08_registry_and_ini_pinvokes_beside_logon_user() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;
            using System.Text;

            namespace Kiosk.Service;

            internal static class Win32
            {
                [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
                public static extern bool LogonUser(string lpszUsername, string lpszDomain, string lpszPassword, int dwLogonType, int dwLogonProvider, out IntPtr phToken);

                [DllImport("advapi32.dll", CharSet = CharSet.Unicode)]
                public static extern int RegOpenKeyEx(UIntPtr hKey, string subKey, int ulOptions, int samDesired, out UIntPtr hkResult);

                [DllImport("kernel32.dll", CharSet = CharSet.Unicode)]
                public static extern int GetPrivateProfileString(string section, string key, string def, StringBuilder retVal, int size, string filePath);

                [DllImport("kernel32.dll", CharSet = CharSet.Unicode)]
                public static extern bool WritePrivateProfileString(string section, string key, string val, string filePath);
            }

            public static class Startup
            {
                private static readonly UIntPtr HKEY_LOCAL_MACHINE = new UIntPtr(0x80000002u);

                public static string Run()
                {
                    Win32.LogonUser("kiosk-svc", ".", "Wq7-Lt2x-Harbour", 2, 0, out _); // expect: IOT1001
                    Win32.RegOpenKeyEx(HKEY_LOCAL_MACHINE, @"SOFTWARE\Hikvision\iVMS-4200\Password", 0, 0x20019, out _); // expect: none
                    var sb = new StringBuilder(64);
                    Win32.GetPrivateProfileString("Mqtt", "Password", "", sb, 64, @"C:\Kiosk\kiosk.ini"); // expect: none
                    Win32.WritePrivateProfileString("Mqtt", "PasswordSet", "1", @"C:\Kiosk\kiosk.ini"); // expect: none
                    return sb.ToString();
                }
            }
            """);

    // A label printer SDK shipped as x86 and x64 DLLs, loaded with NativeLibrary and called through a delegate type the team
    // declares ([UnmanagedFunctionPointer] delegate int PrinterLogin(..., string password)): the same vendor function as a
    // [DllImport] static extern, reached the other common way. The docs are silent; a demanding reviewer expects IOT1001.
    [Fact(Skip = "Open (red team 99): a vendor's native function reached through a delegate type declared in source (NativeLibrary + GetDelegateForFunctionPointer) is not read as the vendor's library")]
    public Task RT99_e09_native_function_through_unmanaged_delegate() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Runtime.InteropServices;

            namespace Labels.Printing;

            internal static class PrnNative
            {
                [UnmanagedFunctionPointer(CallingConvention.StdCall, CharSet = CharSet.Ansi)]
                public delegate int PrinterLogin(string host, int port, string user, string password);

                private static readonly IntPtr Library = NativeLibrary.Load(Environment.Is64BitProcess ? @"x64\PrnSdk.dll" : @"x86\PrnSdk.dll");

                public static readonly PrinterLogin Login = Marshal.GetDelegateForFunctionPointer<PrinterLogin>(NativeLibrary.GetExport(Library, "PRN_Login"));
            }

            public static class LabelPrinter
            {
                public static int Connect() => PrnNative.Login("192.168.5.40", 9100, "admin", "Prn-Lq7-2291x"); // expect: IOT1001
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // (f) Windows' pairing ceremony
    // ---------------------------------------------------------------------------------------------------------------

    // A scale's BLE companion on Windows: the passkey is an unlisted six-digit PIN in a constant (IOT1001), ConfirmPinMatch
    // echoes the PIN the device shows (args.Pin: no written value), ConfirmOnly accepts without one.
    [Fact]
    public Task RT99_f01_pairing_handler_passkey_constant_and_echo() =>
        ExpectComments.AssertAsync(new[] { WindowsPairingStub }, """
            using System.Threading.Tasks;
            using Windows.Devices.Enumeration;

            namespace Scale.Companion;

            public sealed class Pairing
            {
                private const string ScalePasskey = "482913"; // expect: IOT1001

                public async Task<bool> PairAsync(DeviceInformation device)
                {
                    var custom = device.Pairing.Custom;
                    custom.PairingRequested += OnPairingRequested;
                    var result = await custom.PairAsync(DevicePairingKinds.ConfirmOnly | DevicePairingKinds.ProvidePin | DevicePairingKinds.ConfirmPinMatch, DevicePairingProtectionLevel.Default);
                    custom.PairingRequested -= OnPairingRequested;
                    return result.Status == DevicePairingResultStatus.Paired;
                }

                private static void OnPairingRequested(DeviceInformationCustomPairing sender, DevicePairingRequestedEventArgs args)
                {
                    switch (args.PairingKind)
                    {
                        case DevicePairingKinds.ConfirmOnly:
                            args.Accept();
                            break;
                        case DevicePairingKinds.ProvidePin:
                            args.Accept(ScalePasskey);
                            break;
                        case DevicePairingKinds.ConfirmPinMatch:
                            args.Accept(args.Pin);
                            break;
                    }
                }
            }
            """);

    // The same ceremony written inline in a lambda, answering a listed default ("1234", IOT1002), and the ternary form
    // many handlers use (each written choice judged at its literal: "0000" is listed, IOT1002).
    [Fact]
    public Task RT99_f02_pairing_lambda_listed_defaults() =>
        ExpectComments.AssertAsync(new[] { WindowsPairingStub }, """
            using Windows.Devices.Enumeration;

            namespace Obd.Dongle;

            public static class Pairing
            {
                public static void Hook(DeviceInformation device, bool legacy)
                {
                    device.Pairing.Custom.PairingRequested += (s, a) => a.Accept("1234"); // expect: IOT1002
                    device.Pairing.Custom.PairingRequested += (s, a) =>
                    {
                        if (a.PairingKind == DevicePairingKinds.ProvidePin)
                        {
                            a.Accept(legacy ? "0000" : a.Pin); // expect: IOT1002
                        }
                    };
                }
            }
            """);

    // ProvidePasswordCredential: the handler answers with a Windows.Security.Credentials.PasswordCredential (a library
    // type's constructor parameter and property named password: IOT1001 by the library rule).
    [Fact]
    public Task RT99_f03_pairing_with_password_credential() =>
        ExpectComments.AssertAsync(new[] { WindowsPairingStub }, """
            using Windows.Devices.Enumeration;
            using Windows.Security.Credentials;

            namespace Printer.Pairing;

            public static class WiFiDirectPrinter
            {
                public static void OnPairingRequested(DeviceInformationCustomPairing sender, DevicePairingRequestedEventArgs args)
                {
                    if (args.PairingKind == DevicePairingKinds.ProvidePasswordCredential)
                    {
                        args.AcceptWithPasswordCredential(new PasswordCredential("printer", "admin", "Zq81-lamp-Vox")); // expect: IOT1001
                    }
                }

                public static PasswordCredential Fallback() => new PasswordCredential { UserName = "admin", Password = "Vox-lamp-81Zq" }; // expect: IOT1001
            }
            """);

    // A caption and a status line about the PIN in the companion's UI, and the PIN the device displays copied for the user:
    // no written PIN reaches Accept. Expect none.
    [Fact]
    public Task RT99_f04_pairing_ui_text_is_no_pin() =>
        ExpectComments.AssertAsync(new[] { WindowsPairingStub }, """
            using System;
            using Windows.Devices.Enumeration;

            namespace Scale.Companion;

            public static class PairingUi
            {
                public const string PinPrompt = "Enter the PIN shown on the scale"; // expect: none

                public static void OnPairingRequested(DeviceInformationCustomPairing sender, DevicePairingRequestedEventArgs args)
                {
                    if (args.PairingKind == DevicePairingKinds.DisplayPin)
                    {
                        Console.WriteLine($"Type {args.Pin} on the scale's keypad"); // expect: none
                        args.Accept();
                    }
                }
            }
            """);
}
