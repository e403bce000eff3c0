using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Text written into an input control named as a secret (red team 94's ONVIF login form: <c>txtPassword.Text = "..."</c>,
/// a prefilled box) is that secret's value, held under the control's name (IOT1004 where it reaches no sink the analysis
/// follows); a label's or a button's caption under such a name is no secret.
/// </summary>
public class InputControlTextTests
{
    private const string Controls = """
        namespace System.Windows.Forms
        {
            public class Control { public virtual string Text { get; set; } = ""; }
            public class TextBoxBase : Control { }
            public class TextBox : TextBoxBase { }
            public class MaskedTextBox : TextBoxBase { }
            public class Label : Control { }
            public class Button : Control { }
            public class CheckBox : Control { }
        }
        namespace DevExpress.XtraEditors
        {
            public class BaseEdit { public virtual string Text { get; set; } = ""; }
            public class TextEdit : BaseEdit { }
        }
        namespace UnityEngine.UI
        {
            public class InputField { public string text { get; set; } = ""; }
        }
        namespace Microsoft.Maui.Controls
        {
            public class InputView { public string Text { get; set; } = ""; }
            public class Entry : InputView { }
        }
        """;

    [Fact]
    public Task Text_written_into_a_secret_named_input_is_that_secrets_value() =>
        ExpectComments.AssertAsync(new[] { Controls }, """
            using System.Windows.Forms;
            public class LoginForm
            {
                private readonly TextBox txtPassword = new TextBox();
                private readonly MaskedTextBox tbApiKey = new MaskedTextBox();
                private readonly TextBox txtUser = new TextBox();
                private Microsoft.Maui.Controls.Entry PasswordEntry { get; } = new();
                public void Prefill()
                {
                    txtUser.Text = "admin"; // expect: none
                    txtPassword.Text = "Rq740318"; // expect: IOT1004
                    tbApiKey.Text = "k9Xw2Lq7Vb4Nz8Mc3Tr6"; // expect: IOT1004
                    PasswordEntry.Text = "Gardenia-Lamp-42"; // expect: IOT1004
                    var txtWifiPassword = new TextBox();
                    // a template that reaches no sink: IOT1006 is reported where a template reaches one
                    txtWifiPassword.Text = "YOUR_WIFI_PASSWORD"; // expect: none
                }
            }
            """);

    [Fact]
    public Task A_controls_name_ending_in_its_control_word_names_what_it_holds() =>
        ExpectComments.AssertAsync(new[] { Controls }, """
            using System.Windows.Forms;
            public class SetupForm
            {
                private readonly TextBox passwordTextBox = new TextBox();
                private readonly MaskedTextBox apiKeyBox = new MaskedTextBox();
                private readonly TextBox userNameTextBox = new TextBox();
                private readonly TextBox passwordHintTextBox = new TextBox();
                private readonly Label passwordLabelBox = new Label();
                private Microsoft.Maui.Controls.Entry wifiPasswordEntry { get; } = new();
                public void Prefill()
                {
                    userNameTextBox.Text = "installer"; // expect: none
                    passwordTextBox.Text = "Harbor-Signal-93"; // expect: IOT1004
                    apiKeyBox.Text = "k9Xw2Lq7Vb4Nz8Mc3Tr6"; // expect: IOT1004
                    wifiPasswordEntry.Text = "Orchid!Trail-58"; // expect: IOT1004
                    passwordHintTextBox.Text = "Gardenia-Lamp-42"; // expect: none
                    passwordLabelBox.Text = "Gardenia-Lamp-42"; // expect: none
                    passwordTextBox.Text = ""; // expect: none
                }
            }
            """);

    [Fact]
    public Task Vendor_and_unity_inputs_are_text_inputs_and_watermarks_are_captions() =>
        ExpectComments.AssertAsync(new[] { Controls }, """
            using System.Windows.Forms;
            public class CameraForm
            {
                private readonly DevExpress.XtraEditors.TextEdit txtPassword = new();
                private readonly UnityEngine.UI.InputField inputPassword = new();
                private readonly TextBox txtApiKey = new TextBox();
                private readonly TextBox txtMqttPassword = new TextBox();
                public void Prefill()
                {
                    txtPassword.Text = "Dahua-Nvr-2209"; // expect: IOT1004
                    inputPassword.text = "Rq740318"; // expect: IOT1004
                    txtApiKey.Text = "Enter API key"; // expect: none
                    txtMqttPassword.Text = "(unchanged)"; // expect: none
                    txtMqttPassword.Text = "<saved>"; // expect: none
                }
            }
            """);

    [Fact]
    public Task A_box_built_with_its_text_holds_it() =>
        ExpectComments.AssertAsync(new[] { Controls }, """
            using System.Windows.Forms;
            public class QuickLogin
            {
                private readonly TextBox txtUser = new TextBox { Text = "installer" }; // expect: none
                private readonly TextBox txtPassword = new TextBox { Text = "Tianmen472" }; // expect: IOT1004
                private readonly Label lblPassword = new Label { Text = "Tianmen472" }; // expect: none
                private TextBox apiKeyBox;
                public QuickLogin()
                {
                    apiKeyBox = new TextBox { Text = "k9Xw2Lq7Vb4Nz8Mc3Tr6" }; // expect: IOT1004
                    var pinEntry = new TextBox { Text = "Enter PIN" }; // expect: none
                }
            }
            """);

    [Fact]
    public Task Captions_and_cleared_boxes_under_secret_names_are_no_secret() =>
        ExpectComments.AssertAsync(new[] { Controls }, """
            using System.Windows.Forms;
            public class LoginForm
            {
                private readonly Label lblPassword = new Label();
                private readonly Button btnShowPassword = new Button();
                private readonly CheckBox chkRememberPassword = new CheckBox();
                private readonly TextBox txtPassword = new TextBox();
                public void Layout()
                {
                    lblPassword.Text = "Gardenia-Lamp-42"; // expect: none
                    btnShowPassword.Text = "Show"; // expect: none
                    chkRememberPassword.Text = "Remember me"; // expect: none
                    txtPassword.Text = ""; // expect: none
                    txtPassword.Text = string.Empty; // expect: none
                }
            }
            """);
}
