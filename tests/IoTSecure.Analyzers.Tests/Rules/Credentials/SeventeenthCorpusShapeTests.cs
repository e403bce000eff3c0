using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the seventeenth corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class SeventeenthCorpusShapeTests
{
    /// <summary>
    /// Options built in a local and handed to a configure delegate (<c>var options = new HubOptions(); configure(options);</c>,
    /// the <c>services.AddXClient(o =&gt; { ... })</c> shape): what callers' lambdas write into a credential-named property
    /// is judged where the property is read, in a Bearer header and inside a Basic login whose user id the code does not
    /// write (judged by its password). A fallback after an environment variable is reported at its literal's line.
    /// </summary>
    [Fact]
    public Task Options_filled_by_a_configure_delegate_are_judged_where_they_are_read() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class HubOptions
            {
                public string AccessToken { get; set; }
                public string Username { get; set; }
                public string Password { get; set; }
            }
            public static class HubSetup
            {
                public static HttpClient Build(Action<HubOptions> configure)
                {
                    var options = new HubOptions();
                    configure(options);
                    var client = new HttpClient();
                    if (!string.IsNullOrWhiteSpace(options.AccessToken))
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
                    else
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
                    return client;
                }
                public static void Main()
                {
                    var user = Environment.GetEnvironmentVariable("HUB_USER") ?? "nightporter";
                    var pass = Environment.GetEnvironmentVariable("HUB_PASSWORD") // expect: none
                        ?? "q4dYog5rfiAC"; // expect: IOT1001
                    Build(o => { o.Username = user; o.Password = pass; });
                    Build(o => { o.AccessToken = "pCNrMl6U3QENpfee2hcbMvMIb5cxpexG"; }); // expect: IOT1001
                    Build(o => { o.Username = "apiuser"; o.Password = "apipass"; }); // expect: IOT1006
                }
            }
            """);

    /// <summary>
    /// Hard negatives: options handed to a configure delegate whose callers write only run-time values; a Basic login
    /// whose password the code does not write (an unknown user id beside it leaves nothing to judge); options built in a
    /// local and never handed out keep what they were built with.
    /// </summary>
    [Fact]
    public Task Options_filled_at_run_time_hold_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class GateOptions
            {
                public string Username { get; set; }
                public string Password { get; set; }
                public string Label { get; set; }
            }
            public static class GateSetup
            {
                public static HttpClient Build(Action<GateOptions> configure)
                {
                    var options = new GateOptions();
                    configure(options);
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
                    return client;
                }
                public static HttpClient Local()
                {
                    var local = new GateOptions { Username = "gate", Password = Environment.GetEnvironmentVariable("GATE_PASSWORD") };
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{local.Username}:{local.Password}")));
                    return client;
                }
                public static void Main(string[] args)
                {
                    Build(o => { o.Username = args[0]; o.Password = args[1]; o.Label = "Zq7-Lantern-Gate-Label"; }); // expect: none
                    Build(o => { o.Username = "gate"; o.Password = Environment.GetEnvironmentVariable("GATE_PASSWORD"); });
                }
            }
            """);

    /// <summary>
    /// A credential's abbreviated name alone (<c>"PWD"</c>, <c>"passwd"</c>) is a sample's stand-in (IOT1006), as
    /// <c>"secret"</c> is; with anything beside it (<c>"PWD-7"</c>) it is a value. A password for commands
    /// (<c>SmsCommandPassword</c>) is a secret's name, a command named after a password (<c>PasswordCommand</c>) is not. A
    /// Bluetooth Classic pairing PIN given to 32feet.NET's <c>BluetoothSecurity.SetPin</c>/<c>PairRequest</c> is a credential.
    /// </summary>
    [Fact]
    public Task Credential_abbreviations_alone_command_passwords_and_bluetooth_pins() => ExpectComments.AssertAsync("""
        using nanoFramework.Networking;
        public static class A
        {
            private const string SmsCommandPassword = "pumpe-7391"; // expect: IOT1004
            private const string PasswordCommand = "AT+CPWD"; // expect: none
            public static void Join()
            {
                WifiNetworkHelper.ConnectDhcp("SSID", "PWD"); // expect: IOT1006
                WifiNetworkHelper.ConnectDhcp("SSID", "passwd"); // expect: IOT1006
                WifiNetworkHelper.ConnectDhcp("SSID", "PWD-7"); // expect: IOT1001
                InTheHand.Net.Bluetooth.BluetoothSecurity.SetPin(InTheHand.Net.BluetoothAddress.Parse("0006660250da"), "1234"); // expect: IOT1002
                InTheHand.Net.Bluetooth.BluetoothSecurity.PairRequest(InTheHand.Net.BluetoothAddress.Parse("0006660250db"), "739146"); // expect: IOT1001
            }
        }
        """);

    /// <summary>
    /// Query keys as device web interfaces write them: HiSilicon hi3510 cameras' <c>&amp;-usr=...&amp;-pwd=...</c> (a leading
    /// dash), and a password key after an owner word (<c>mqtt_pass</c>, <c>wifi_password</c>, <c>ap_pass</c>; "pass" with an
    /// owner word takes a generated look or a listed default, as a bare <c>pass</c> does). Hard negatives: filter and count
    /// keys ending in "pass" (<c>high_pass=200</c>, <c>bypass=on</c>), and switches (<c>show_password=true</c>, <c>reset_pwd=0</c>).
    /// </summary>
    [Fact]
    public Task Query_keys_with_a_leading_dash_or_an_owner_word() => ExpectComments.AssertAsync("""
        using System.Net;
        using System.Net.Http;
        public static class Cams
        {
            private static readonly HttpClient Http = new HttpClient();
            public static void Snap(string ip, string brokerHost)
            {
                Http.GetAsync("http://192.168.1.72/web/cgi-bin/hi3510/snap.cgi?&-getstream&-snapone&-chn=2&-usr=admin&-pwd=admin"); // expect: IOT1002
                Http.GetAsync("http://192.168.1.73/cgi-bin/hi3510/param.cgi?cmd=getserverinfo&-usr=viewer&-pwd=Kx7-Tern-Marsh"); // expect: IOT1001
                string settingsUrl = $"http://{ip}/settings/mqtt?mqtt_enable=true&mqtt_server={brokerHost}:1883"
                    + "&mqtt_user=shelly&mqtt_pass=Pdadgnuyo0E-t!"; // expect: IOT1001
                Http.GetAsync(settingsUrl);
                Http.GetAsync($"http://{ip}/settings/sta?enabled=1&ssid=Loft&wifi_password=Heron-Kettle-42"); // expect: IOT1001
                Http.GetAsync($"http://{ip}/settings/audio?high_pass=200&low_pass=3000&bypass=on&first_pass=1"); // expect: none
                Http.GetAsync($"http://{ip}/settings/ui?show_password=true&reset_pwd=0&password_min=8"); // expect: none
                Http.GetAsync($"http://{ip}/settings/ap?ap_pass=12345678"); // expect: IOT1002
            }
        }
        """);
}
