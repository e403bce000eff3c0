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
    public Task Credential_abbreviations_alone_command_passwords_and_bluetooth_pins() => ExpectComments.AssertAsync(new[] { Stubs.Bluetooth32Feet }, """
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

    private const string RadioLibraries = """
        namespace Rak.LoRaWan { public class Rak3172Modem { public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { } } }
        namespace Idaax.CoAP { public class CoAPToken { public CoAPToken(byte[] tokenValue) { } } }
        """;

    /// <summary>
    /// Keys where device code writes them: a Z-Wave controller's S0 and S2 network keys (ZWaveDotNet's
    /// <c>new Controller(port, s0Key, s2unauth, s2auth, s2access)</c>), a LoRaWAN AppKey chosen by a condition whose other
    /// branch is a counting test key, and a Telegram bot token in the Bot API's URL path (<c>/bot&lt;token&gt;/</c>).
    /// Hard negatives: the counting test key, a CoAP message token drawn from <see cref="System.Random"/> (it matches a
    /// response to its request, RFC 7252 5.3.1) beside a session key that is one.
    /// </summary>
    [Fact]
    public Task Network_keys_chosen_keys_and_bot_tokens_in_urls() =>
        ExpectComments.AssertAsync(new[] { RadioLibraries, Stubs.ZWaveDotNet }, """
            using System;
            using System.Net.Http;
            using Rak.LoRaWan;
            using Idaax.CoAP;
            public sealed class Kennels
            {
                private static readonly byte[] DevEui = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0xA1, 0x3C }; // expect: none
                private static readonly byte[] BenchAppKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
                private readonly Random _random = new Random();
                public void Start(Rak3172Modem modem, bool bench)
                {
                    byte[] s0 = new byte[] { 0xB9, 0x02, 0xC2, 0x5F, 0x2B, 0x8B, 0x2D, 0x3A, 0x19, 0x4F, 0x15, 0xAB, 0x90, 0x55, 0x80, 0xC5 }; // expect: IOT1003
                    byte[] s2 = new byte[] { 0x73, 0x96, 0x54, 0x11, 0x5C, 0x7C, 0x0D, 0x5C, 0x91, 0x8E, 0x50, 0x87, 0xD9, 0x3C, 0x48, 0xBC }; // expect: IOT1003
                    var controller = new ZWaveDotNet.Entities.Controller("COM4", s0, s2, Environment.GetEnvironmentVariable("S2A") is { } a ? Convert.FromHexString(a) : null, null);
                    modem.JoinOtaa(DevEui, DevEui, bench ? BenchAppKey : Convert.FromHexString("D6071C7B9AD1F0EB6E7D4DBA22662E3A")); // expect: IOT1003
                }
                public CoAPToken NextToken()
                {
                    byte[] messageToken = new byte[4];
                    _random.NextBytes(messageToken); // expect: none
                    return new CoAPToken(messageToken);
                }
                public byte[] NextSessionKey()
                {
                    byte[] sessionKey = new byte[16];
                    _random.NextBytes(sessionKey); // expect: IOT3005
                    return sessionKey;
                }
                public static void Alert(string text)
                {
                    using var http = new HttpClient();
                    http.GetAsync("https://api.telegram.org/bot137359657:AAD4VXv9VnKZibXqfm_mbc91nc1HrZzna7V/sendMessage?chat_id=" // expect: IOT1003
                        + Uri.EscapeDataString(text));
                    http.GetAsync("https://api.telegram.org/bot" + Environment.GetEnvironmentVariable("BOT_TOKEN") + "/getMe");
                }
            }
            """);

    /// <summary>
    /// Passwords derived from public device data under the names device code gives them: an access point's key
    /// (<c>apKey</c>, <c>wlanKey</c>, <c>hotspotKey</c>: its WPA passphrase) made from the MAC, and a pairing PIN made from a
    /// value whose type is a hardware address (<c>address.ToString()</c> of a <c>BluetoothAddress</c>), reported where it is
    /// made, not again at the pairing call it reaches. Hard negatives: a
    /// map's key, a key's name, a PIN made from a string that is not an address, a hardware address's text that is no
    /// password.
    /// </summary>
    [Fact]
    public Task Access_point_keys_and_pins_derived_from_hardware_addresses() =>
        ExpectComments.AssertAsync(new[] { Stubs.Bluetooth32Feet }, """
            using System;
            using System.Collections.Generic;
            public class Relay
            {
                private readonly string _mac;
                public Relay(string mac) { _mac = mac; }
                public string FallbackAp()
                {
                    string apKey = "wp" + _mac.Replace(":", "").Substring(6).ToLowerInvariant(); // expect: IOT1005
                    return apKey;
                }
                public string Hotspot()
                {
                    var hotspotKey = _mac.Replace(":", "").Substring(4).ToUpperInvariant() + "!"; // expect: IOT1005
                    return hotspotKey;
                }
                public string Lookup(Dictionary<string, string> table)
                {
                    string mapKey = "relay-" + _mac.Replace(":", "").Substring(6); // expect: none
                    string apKeyName = "ap_key_" + _mac.Replace(":", "").Substring(6); // expect: none
                    return table[mapKey] + apKeyName;
                }
                public static bool Pair(InTheHand.Net.BluetoothAddress address)
                {
                    string hex = address.ToString().Replace(":", "");
                    string pairingPin = Convert.ToInt32(hex.Substring(hex.Length - 4), 16).ToString("D5").Substring(0, 4); // expect: IOT1005
                    return InTheHand.Net.Bluetooth.BluetoothSecurity.PairRequest(address, pairingPin);
                }
                public static string Label(InTheHand.Net.BluetoothAddress address, string order)
                {
                    string shownAddress = address.ToString().Replace(":", "-"); // expect: none
                    string orderPin = order.Substring(0, 4); // expect: none
                    return shownAddress + orderPin;
                }
            }
            """);

    /// <summary>
    /// An INI file's read with a fallback (<c>ini.GetValue(section, key, default)</c>, <c>ReadString</c>): under a
    /// credential's key the fallback ships in the code and is used whenever the file lacks the key. Hard negatives: other
    /// keys' fallbacks, an empty fallback, a read whose first argument is a request path.
    /// </summary>
    [Fact]
    public Task Ini_reads_with_a_fallback_under_a_credential_key() =>
        ExpectComments.AssertAsync("""
            public sealed class IniFile
            {
                public string GetValue(string section, string key, string defaultValue) => defaultValue;
                public string ReadString(string section, string key, string defaultValue) => defaultValue;
            }
            public sealed class Station
            {
                public string Id, Pw, AprsPass, Windy;
                public void Read(IniFile ini)
                {
                    Id = ini.GetValue("Wunderground", "ID", "IEDERSEE7"); // expect: none
                    Pw = ini.GetValue("Wunderground", "Password", "5WwxWUmx-s7M"); // expect: IOT1001
                    AprsPass = ini.ReadString("APRS", "Password", ""); // expect: none
                    Windy = ini.ReadString("Windy", "ApiKey", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"); // expect: IOT1001
                    Id = ini.GetValue("v1/auth/token", "password", "Kx7-Tern-Marsh"); // expect: none
                }
            }
            """);

    /// <summary>
    /// A library constructor's key-named byte parameter (a Z-Wave controller built with <c>s2UnauthKey</c>, a LoRa device
    /// with its <c>appKey</c>, an ESP-NOW peer with its <c>localMasterKey</c>) is key material, as a library method's is.
    /// Hard negatives: a public key, an EUI, a payload, counting test bytes, the team's own constructor.
    /// </summary>
    [Fact]
    public Task Key_bytes_at_a_library_constructors_key_parameter() =>
        ExpectComments.AssertAsync(new[] { """
            namespace Acme.ZWave { public class Hub { public Hub(string port, byte[] s0Key, byte[] s2UnauthKey, byte[] s2AuthKey) { } } }
            namespace Acme.Radio
            {
                public class LoRaDevice { public LoRaDevice(byte[] devEui, byte[] appEui, byte[] appKey) { } }
                public class EspNowPeer { public EspNowPeer(byte[] mac, byte[] localMasterKey, byte[] peerPublicKey) { } }
                public class Frame { public Frame(byte[] payload) { } }
            }
            """ }, """
            using Acme.Radio;
            public sealed class Barn
            {
                private static readonly byte[] Eui = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0xA1, 0x3C }; // expect: none
                public void Start()
                {
                    var hub = new Acme.ZWave.Hub("COM4",
                        new byte[] { 0xB9, 0x02, 0xC2, 0x5F, 0x2B, 0x8B, 0x2D, 0x3A, 0x19, 0x4F, 0x15, 0xAB, 0x90, 0x55, 0x80, 0xC5 }, // expect: IOT1003
                        new byte[] { 0x73, 0x96, 0x54, 0x11, 0x5C, 0x7C, 0x0D, 0x5C, 0x91, 0x8E, 0x50, 0x87, 0xD9, 0x3C, 0x48, 0xBC }, // expect: IOT1003
                        new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }); // expect: none
                    var device = new LoRaDevice(Eui, Eui, new byte[] { 0x5A, 0x69, 0x67, 0xE2, 0x1C, 0x8D, 0x93, 0x4B, 0xF0, 0x2E, 0x71, 0xA3, 0xC6, 0x58, 0x0D, 0xB4 }); // expect: IOT1003
                    var peer = new EspNowPeer(Eui, System.Convert.FromHexString("0FFF0E786DDA9177FAECCE6D4506EF25"), // expect: IOT1003
                        new byte[] { 0x04, 0x9C, 0x21, 0x7A, 0x5E, 0x33, 0xD0, 0x18, 0x6B, 0xE4, 0x90, 0x2F, 0xC7, 0x41, 0xAA, 0x0D }); // expect: none
                    var frame = new Frame(new byte[] { 0x91, 0x3C, 0x77, 0x0D, 0xE1, 0x52, 0x8A, 0x4F, 0x10, 0x2B, 0x6E, 0xC7, 0x95, 0xAF, 0x38, 0xD4 }); // expect: none
                    var own = new OwnRadio(new byte[] { 0x3C, 0x91, 0x0D, 0x77, 0x52, 0xE1, 0x4F, 0x8A, 0x10, 0x2B, 0x6E, 0xC7, 0x95, 0xAF, 0x38, 0xD4 }); // expect: none
                }
            }
            public sealed class OwnRadio { public OwnRadio(byte[] appKey) { } }
            """);
}
