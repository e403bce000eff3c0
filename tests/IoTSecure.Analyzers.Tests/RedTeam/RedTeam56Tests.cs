using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 56: the changes of 13cd09a and 1e2e661 (a redaction or a presence note is no pair value; modem queries and word
/// replies under PIN names are no PINs; YAML's null and unambiguous PIN keys in shipped files; camera settings and board
/// releases in code names; a local holding the object, a conversion consuming it, settable properties and private fields
/// starting empty; URL and connection-string sinks reading the other kind's pairs). Most are hard negatives.
/// Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam56Tests
{
    // ---------- 1. redactions and presence notes ----------

    // IOT1001: "Connection strings and URIs written anywhere (...) are reported at the literal that holds the password,
    // whatever method they are handed to" and "A redacted copy (`"***"`, `"[redacted]"`, `token=REDACTED` in a logged URL)
    // or a note of whether the secret is there (`"password":"set"` in a status) is no value"; "Configuration written as
    // JSON text in code (...) is read as the pack gate reads a shipped file". A presence word is a note only alone: a
    // password that starts with one and goes on with digits or symbols (`Missing2024!`, `set123`, `Present!9x`) is a
    // working password. IOT1001 at each.
    [Fact]
    public Task RT56_passwords_that_start_with_a_presence_word_are_still_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using Microsoft.Azure.Devices.Client;
            public static class ScullerySite
            {
                public const string Config = "{\"mqtt\":{\"user\":\"scullery\",\"password\":\"Present!9x\"}}"; // expect: IOT1001
                public static DeviceClient Hub() => DeviceClient.CreateFromConnectionString("HostName=scullery.azure-devices.net;DeviceId=scullery-1;Password=Missing2024!"); // expect: IOT1001
                public static void LogStore() => Console.WriteLine("Server=db.scullery.local;Database=scullery;User Id=svc;Pwd=set123;"); // expect: IOT1001
                public static Uri Broker() => new Uri("mqtts://scullery:Configured#77@broker.scullery.example:8883"); // expect: IOT1001
                public static System.Threading.Tasks.Task<string> Snapshot(HttpClient http) => http.GetStringAsync("http://cam-4.scullery.local/snapshot.cgi?user=viewer&pwd=Provided7x"); // expect: IOT1001
            }
            """);

    // IOT1002: "A default password is reported as IOT1002 instead of IOT1001 or IOT1006, never both: known defaults beat
    // placeholders"; "a listed default stored under a secret-named key". IOT1006: "Inside connection strings too:
    // `"HostName=...;SharedAccessKey=<device-key>"`"; "a placeholder in a modem command". The presence-note check must not
    // swallow a listed default (`"password":"admin"`, `Password=changeme`) nor a template (`<device-key>`,
    // `YOUR_MQTT_PASSWORD`) at a sink.
    [Fact]
    public Task RT56_listed_defaults_and_placeholders_in_pairs_keep_iot1002_and_iot1006() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public static class PantrySite
            {
                public const string Config = "{\"mqtt\":{\"user\":\"pantry\",\"password\":\"admin\"}}"; // expect: IOT1002
                public static DeviceClient Hub() => DeviceClient.CreateFromConnectionString("HostName=pantry.azure-devices.net;DeviceId=pantry-1;Password=changeme"); // expect: IOT1002
                public static DeviceClient Spare() => DeviceClient.CreateFromConnectionString("HostName=pantry.azure-devices.net;DeviceId=pantry-2;SharedAccessKey=<device-key>"); // expect: IOT1006
                public static Uri Broker() => new Uri("mqtts://pantry:YOUR_MQTT_PASSWORD@broker.pantry.example:8883"); // expect: IOT1006
            }
            """);

    // Hard negative. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`, `token=REDACTED` in a logged URL) or a note of
    // whether the secret is there (`"password":"set"` in a status) is no value." IOT1004 (fourteenth session): "a mask shown
    // in a secret's place (... `REDACTED`) and a note of whether it is there (`"password":"set"`, `"not configured"`) hold no
    // secret". Status lines and logged URLs and connection strings with the documented notes, in other cases and brackets.
    [Fact]
    public Task RT56_presence_notes_and_masks_in_status_text_logged_urls_and_connection_strings_are_no_values() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class LarderStatus
            {
                public static string Wifi(string ssid) => $"{{\"wifi\":{{\"ssid\":\"{ssid}\",\"password\":\"Configured\"}},\"mqtt\":{{\"password\":\"not configured\"}}}}"; // expect: none
                public const string Ota = "{\"ota\":{\"password\":\"[missing]\",\"token\":\"NOT SET\"}}"; // expect: none
                public static void LogHub() => Console.WriteLine("HostName=larder.azure-devices.net;DeviceId=larder-1;Password=(provided)"); // expect: none
                public static void LogStore() => Console.WriteLine("Server=db.larder.local;Database=larder;User Id=svc;Password=unset;"); // expect: none
                public static Uri Logged() => new Uri("https://hub.larder.local/api/sync?password=PRESENT&device=larder-1"); // expect: none
                public static Uri LoggedBroker() => new Uri("mqtts://larder:***@broker.larder.example:8883"); // expect: none
            }
            """);

    // ---------- 2. modem commands under PIN names ----------

    // IOT1001 ("Built-in sinks"): "SIM PINs, PUKs and APN passwords in an AT command written anywhere, whatever it is sent
    // through: `AT+CPIN="4821"`"; IOT1002: "wherever IOT1001 looks". IOT1004: only "a modem command that carries no value"
    // under a PIN's name is no PIN. A command that carries the PIN (quoted or not, any case, with its line end) under a
    // PIN's name is the PIN written in the code: IOT1001, and IOT1002 for the listed "1234".
    [Fact]
    public Task RT56_sim_pin_commands_that_carry_the_pin_under_pin_names_are_still_reported() =>
        ExpectComments.AssertAsync("""
            public static class WashhouseModem
            {
                private const string UnlockSimPin = "AT+CPIN=\"4821\""; // expect: IOT1001
                private const string EnterSimPin = "AT+CPIN=7391\r"; // expect: IOT1001
                private const string SpareSimPin = "at+cpin=\"5517\"\r\n"; // expect: IOT1001
                private const string FactorySimPin = "AT+CPIN=\"1234\""; // expect: IOT1002
                public static string[] Script() => new[] { UnlockSimPin, EnterSimPin, SpareSimPin, FactorySimPin };
            }
            """);

    // Hard negative. IOT1004 (ninth session): "nor is a modem command that carries no value or a modem's reply of words
    // under a PIN's name (`CheckSimPin = "AT+CPIN?"`, `SimPinReady = "+CPIN: READY"`)". The same in lower case, with line
    // ends, the test forms (`=?`), and the reply followed by the modem's final `OK` line as drivers compare it.
    [Fact]
    public Task RT56_modem_queries_and_word_replies_under_pin_names_in_other_spellings_are_no_pins() =>
        ExpectComments.AssertAsync("""
            public static class BoilerModem
            {
                private const string CheckSimPin = "at+cpin?\r"; // expect: none
                private const string ProbeSimPin = "AT+CPIN=?"; // expect: none
                private const string ProbeLockPin = "AT+CLCK=?\r\n"; // expect: none
                private const string NeedSimPuk = "+CPIN: SIM PUK"; // expect: none
                private const string SimPinReady = "\r\n+CPIN: READY\r\n\r\nOK\r\n"; // expect: none
                public static bool Ready(string reply) => reply.Contains(SimPinReady) && !reply.Contains(NeedSimPuk);
                public static string[] Probes() => new[] { CheckSimPin, ProbeSimPin, ProbeLockPin };
            }
            """);

    // ---------- 3. shipped files ----------

    // Hard negative. IOT1004 (fourteenth session): "In shipped files a pairing PIN, passkey or other unambiguous PIN key
    // holding a listed default (`"pairingPin": "0000"`) fails the gate"; IOT1002: "a bare `pin` in a name is a GPIO pin in
    // device code unless a word says which credential it is (`SimPin`, `WpsPin`, `KeypadPin`, `DefaultPin`)". A board's
    // pin map holding numbers that happen to be listed defaults (a GPIO, a count, a mask, a reset line) names no PIN.
    [Fact]
    public void RT56_shipped_file_gpio_count_and_mask_pin_keys_holding_default_like_numbers_pass_the_gate()
    {
        var vocabulary = IoTSecure.Detection.Configuration.SecretVocabulary.Default;
        var json = "{ \"board\": { \"ledPin\": \"0000\", \"gpioPin\": \"1234\", \"pinCount\": \"1234\", \"resetPin\": \"1111\", \"pinMask\": \"0000\", \"statusLedPin\": \"1111\" } }";
        var yaml = "board:\n  ledPin: \"0000\"\n  gpioPin: 1234\n  pinCount: 1234\n  relayPin: \"1111\"\n";
        var a = IoTSecure.Detection.SecretTokens.FindInFile(json, vocabulary, out _);
        var b = IoTSecure.Detection.SecretTokens.FindInFile(yaml, vocabulary, out _);
        Assert.True(a.Count == 0 && b.Count == 0,
            $"json: {string.Join(", ", a.Select(m => m.Name + "@" + json.Substring(m.Index, m.Length)))}; yaml: {string.Join(", ", b.Select(m => m.Name + "@" + yaml.Substring(m.Index, m.Length)))}");
    }

    // Hard negative. IOT1004 (fourteenth session): "In configuration text written in code and in shipped files, ...
    // YAML's null (`password: ~`) ... hold no secret". YAML's null in its other spellings (`Null`, `NULL`, `null`) under
    // password, passkey and PIN keys; a JSON null too.
    [Fact]
    public void RT56_shipped_file_yaml_nulls_under_password_and_pin_keys_hold_nothing()
    {
        var vocabulary = IoTSecure.Detection.Configuration.SecretVocabulary.Default;
        var yaml = "ble:\n  pairingPin: ~\n  passkey: Null\nwps:\n  wpsPin: NULL\nmqtt:\n  password: null\n  apiToken: ~\n";
        var json = "{ \"ble\": { \"pairingPin\": null, \"passkey\": null }, \"mqtt\": { \"password\": null } }";
        var a = IoTSecure.Detection.SecretTokens.FindInFile(yaml, vocabulary, out _);
        var b = IoTSecure.Detection.SecretTokens.FindInFile(json, vocabulary, out _);
        Assert.True(a.Count == 0 && b.Count == 0,
            $"yaml: {string.Join(", ", a.Select(m => m.Name + "@" + yaml.Substring(m.Index, m.Length)))}; json: {string.Join(", ", b.Select(m => m.Name + "@" + json.Substring(m.Index, m.Length)))}");
    }

    // IOT1004 (fourteenth session): "In shipped files a pairing PIN, passkey or other unambiguous PIN key holding a listed
    // default (`"pairingPin": "0000"`) fails the gate"; IOT1002: "A PIN, passcode or passkey held as a number (`const uint
    // StaticPasskey = 123456`) counts". A BLE passkey written unquoted in YAML (a number there), a static passkey as a JSON
    // number and a WPS PIN quoted: each fails the gate.
    [Fact]
    public void RT56_shipped_file_passkeys_and_wps_pins_holding_listed_defaults_fail_the_gate()
    {
        var vocabulary = IoTSecure.Detection.Configuration.SecretVocabulary.Default;
        var yaml = "ble:\n  passkey: 123456\n";
        var json = "{ \"bluetooth\": { \"staticPasskey\": 123456 } }";
        var wps = "wps:\n  wpsPin: \"1234\"\n";
        var a = IoTSecure.Detection.SecretTokens.FindInFile(yaml, vocabulary, out _);
        var b = IoTSecure.Detection.SecretTokens.FindInFile(json, vocabulary, out _);
        var c = IoTSecure.Detection.SecretTokens.FindInFile(wps, vocabulary, out _);
        Assert.True(a.Count == 1 && b.Count == 1 && c.Count == 1, $"yaml passkey={a.Count} json staticPasskey={b.Count} wpsPin={c.Count}");
    }

    // ---------- 4. code names ----------

    // IOT1004: "PIN, passcode and access-code names (`MaintenancePin`, `DuressPin`, `GuestCode`, ...)"; (eleventh session)
    // "a door's or a gate's release code"; (twelfth session) "codes that open a garage, a barrier, a bollard, a turnstile
    // ... are access codes"; "A code in the team's own constant that the code checks against received text is a PIN or
    // access code". A speed gate (the usual name of a glass-winged pedestrian turnstile) and an office's focus room door
    // are what these codes open; accuracy's new words ("speed, exposure, aperture, focus, zoom, gain and baud are
    // settings, not what a code opens") speak of a camera's settings, not of a gate or a room. IOT1004 at each.
    [Fact]
    public Task RT56_a_speed_gates_and_a_focus_rooms_door_codes_checked_against_typed_text_are_access_codes() =>
        ExpectComments.AssertAsync("""
            public static class LobbyAccess
            {
                private const string SpeedGateCode = "5930"; // expect: IOT1004
                private const string FocusRoomDoorCode = "4821"; // expect: IOT1004
                public static bool OpenGate(string typed) => typed.Trim() == SpeedGateCode;
                public static bool OpenRoom(string typed) => typed.Trim() == FocusRoomDoorCode;
            }
            """);

    // Hard negative. IOT1004 (twelfth session): "a firmware's, bootloader's or kernel's release code (`FwReleaseCode`) is a
    // version"; accuracy (red team 55): "a camera's `ShutterSpeedCode` (speed, exposure, aperture, focus, zoom, gain and
    // baud are settings, not what a code opens) and a board's or radio module's `HardwareReleaseCode` and
    // `RadioModuleReleaseCode` (versions) are no access codes". A gate camera's zoom and focus codes, a door camera's
    // exposure code, a shutter's aperture code, a barrier board's and a gate modem's release codes, compared with what the
    // camera and the board report: settings and versions beside a gate, a door, a barrier or a shutter. No finding.
    [Fact]
    public Task RT56_camera_settings_and_board_releases_beside_access_words_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class GateCamera
            {
                private const string GateCamZoomCode = "0A10"; // expect: none
                private const string GateCamFocusCode = "0250"; // expect: none
                private const string DoorCamExposureCode = "0033"; // expect: none
                private const string ShutterApertureCode = "0028"; // expect: none
                private const string BarrierPcbReleaseCode = "0203"; // expect: none
                private const string GateModemReleaseCode = "2306"; // expect: none
                public static bool Matches(string cameraReply) =>
                    cameraReply == GateCamZoomCode || cameraReply == GateCamFocusCode || cameraReply == DoorCamExposureCode || cameraReply == ShutterApertureCode;
                public static bool UpToDate(string boardReply, string modemReply) => boardReply.Trim() == BarrierPcbReleaseCode && modemReply.Trim() == GateModemReleaseCode;
            }
            """);

    // ---------- 5. dead writes and the object held by a local ----------

    // Hard negative. IOT1001: "a write the very next statement replaces with a value that cannot read the field is none: a
    // library call, a parameter, the team's helper of another type given only text; ... (also inside ... a local declared
    // with it or assigned it, `object self = this;` ...; a conversion to a type that cannot hold it ... gives it to
    // nobody)". A local declared with what a team helper ANSWERED about the object (a `string` label, an `int` slot) holds
    // text and a number, not the object: the vault helper of another type is given only text. IOT1004 at each write.
    [Fact]
    public Task RT56_a_local_holding_a_team_helpers_text_or_number_about_the_object_keeps_no_dead_write_alive() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class StillroomNames
            {
                public static string LabelFor(StillroomLink link) => "stillroom-" + link.Bay;
                public static int SlotOf(StillroomLink link) => link.Bay * 2;
            }
            public static class StillroomVault
            {
                public static string Read(string name) => Environment.GetEnvironmentVariable("STILLROOM_" + name);
                public static string ReadSlot(int slot) => Environment.GetEnvironmentVariable("STILLROOM_SLOT_" + slot);
            }
            public sealed class StillroomLink
            {
                public int Bay { get; set; } = 3;
                private string _stillroomPassword;
                private string _stillroomSparePassword;
                public void Load()
                {
                    var label = StillroomNames.LabelFor(this);
                    _stillroomPassword = "Qw7!still-room-Rv2"; // expect: IOT1004
                    _stillroomPassword = StillroomVault.Read(label);
                    int slot = StillroomNames.SlotOf(this);
                    _stillroomSparePassword = "Ux5!herb-press-Nc8"; // expect: IOT1004
                    _stillroomSparePassword = StillroomVault.ReadSlot(slot);
                }
                public void Open(MqttClient m) => m.Connect("stillroom-1", "stillroom", _stillroomPassword);
                public void OpenSpare(MqttClient m) => m.Connect("stillroom-2", "stillroom", _stillroomSparePassword);
            }
            """);

    // IOT1001: "not ... nor any helper given the object (also inside an array, a list, ..., a tuple, ..., or a local
    // declared with it or assigned it, `object self = this;` ...), which may read it first". A local assigned the object
    // under an `if` of its block, and a local declared with a tuple holding the object, each handed to the helper that
    // reads the field: the first write may be read. IOT1001 at each.
    [Fact]
    public Task RT56_a_local_assigned_the_object_in_a_branch_or_declared_with_a_tuple_holding_it_keeps_the_write_alive() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class SmokehouseRotation
            {
                public static string Next(object context) => context is SmokehouseLink link ? link.CurrentPassword + "-s" : "";
                public static string NextOf((SmokehouseLink Link, string Suffix) pair) => pair.Link.CurrentSparePassword + pair.Suffix;
            }
            public sealed class SmokehouseLink
            {
                private bool _mesh = true;
                private string _smokehousePassword;
                private string _smokehouseSparePassword;
                public string CurrentPassword => _smokehousePassword;
                public string CurrentSparePassword => _smokehouseSparePassword;
                public void Load()
                {
                    object context = null;
                    if (_mesh)
                    {
                        context = this;
                    }
                    _smokehousePassword = "Fy2!smoke-loft-Kd6"; // expect: IOT1001
                    _smokehousePassword = SmokehouseRotation.Next(context);
                    var pair = (this, "-r3");
                    _smokehouseSparePassword = "Gz3!oak-chip-Le7"; // expect: IOT1001
                    _smokehouseSparePassword = SmokehouseRotation.NextOf(pair);
                }
                public void Open(MqttClient m) => m.Connect("smokehouse-1", "smokehouse", _smokehousePassword);
                public void OpenSpare(MqttClient m) => m.Connect("smokehouse-2", "smokehouse", _smokehouseSparePassword);
            }
            """);

    // Hard negative (wrong rule). IOT1001: "a private field given written text by any method or setter of its type ... each
    // such value"; "a write the very next statement replaces with a value that cannot read the field is none: a library
    // call, a parameter, the team's helper of another type given only text"; IOT1004: a secret-named field "given a value
    // written in the code ... where that value reaches **no** API". A private field that starts empty (`= string.Empty`,
    // `= ""`, the new route) whose bench write is replaced at once by the vault, read at sinks directly and through a
    // settable property a boot class sets from a file: the bench write reaches no sink. IOT1004 at each, never IOT1001.
    [Fact]
    public Task RT56_a_field_starting_empty_whose_write_the_vault_replaces_at_once_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class GranaryVault
            {
                public static string Read(string name) => Environment.GetEnvironmentVariable("GRANARY_" + name);
            }
            public sealed class GranaryLink
            {
                private string _granaryPsk = string.Empty;
                private string _granaryPassword = "";
                public string BrokerPassword { get => _granaryPassword; set => _granaryPassword = value; }
                public void Load()
                {
                    _granaryPsk = "Lm4!granary-Tb8"; // expect: IOT1004
                    _granaryPsk = GranaryVault.Read("psk");
                    _granaryPassword = "Mn5!grain-bin-Sc9"; // expect: IOT1004
                    _granaryPassword = GranaryVault.Read("mqtt");
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp("granary-ap", _granaryPsk);
                public void Open(MqttClient m) => m.Connect("granary-1", "granary", BrokerPassword);
            }
            public static class GranaryBoot
            {
                public static void Start(GranaryLink link) { link.BrokerPassword = File.ReadAllText("/etc/granary/mqtt-password").Trim(); }
            }
            """);

    // ---------- 6. URL and connection-string sinks reading the other kind's pairs ----------

    // Hard negative. IOT1001: "secrets in request URIs (...): a password in the user information (`mqtt://user:password@host`)
    // or a secret-named query value"; "a value that touches a hole is never returned" (a run-time value); IOT1006/IOT1001
    // "Not findings: ... values from configuration or the environment". URLs with `;` and `=` in their paths and queries
    // (matrix parameters, `a=b;c=d`), a password query value that is a run-time hole, a file URI naming /etc/passwd, a
    // data URI with `;charset=` and `;base64,`, MQTT URIs with no password. No secret is written: no finding.
    [Fact]
    public Task RT56_urls_with_matrix_parameters_holes_and_no_passwords_at_url_sinks_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class CellarFeed
            {
                public static Task<string> Readings(HttpClient http) => http.GetStringAsync("https://api.cellar.example/v2;v=2/readings;unit=c?from=0"); // expect: none
                public static Task<string> Query(HttpClient http) => http.GetStringAsync("https://api.cellar.example/x?a=b;c=d&pwdPolicy=strict"); // expect: none
                public static Task<string> Login(HttpClient http, string password) => http.GetStringAsync($"https://api.cellar.example/login;jsessionid=0?user=svc&password={Uri.EscapeDataString(password)}"); // expect: none
                public static Task<string> Session(HttpClient http, string session, string pwd) => http.GetStringAsync($"https://api.cellar.example/s;Password={pwd};sig={session}"); // expect: none
                public static Uri Passwd() => new Uri("file:///etc/passwd"); // expect: none
                public static Uri Icon() => new Uri("data:text/plain;charset=utf-8;base64,UGFzc3dvcmQ9c2V0"); // expect: none
                public static Uri Broker() => new Uri("mqtt://broker.cellar.example:1883"); // expect: none
                public static Uri Named() => new Uri("mqtts://sensor-7@broker.cellar.example:8883/?clientId=cellar-7;keepalive=60"); // expect: none
            }
            """);

    // Hard negative. IOT1001 (ninth session): "query keys with ... an owner word (`mqtt_pass=`, `wifi_password=`; a switch
    // or count such as `show_password=true` or `high_pass=200` is not a password)"; (tenth session): "query keys in camel
    // case (`wifiPassword=`) and `psk=`, while switch words (`checked`, `always`, `never`, `none`) are no passwords". A
    // gateway's setup URL for an open network (`password=none`), a camera's users page that never shows passwords
    // (`pwd=never`), and a count (`password=0` failed attempts) at URL sinks: no password. No finding.
    [Fact]
    public Task RT56_switch_words_and_counts_under_password_query_keys_at_url_sinks_are_no_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class BarnGateway
            {
                public static Task<string> OpenNetwork(HttpClient http) => http.GetStringAsync("http://192.168.4.1/wifisave?ssid=Barn&security=open&password=none"); // expect: none
                public static Task<string> Users(HttpClient http) => http.GetStringAsync("http://cam-2.barn.local/cgi-bin/users.cgi?action=list&pwd=never"); // expect: none
                public static Uri Attempts() => new Uri("http://gw.barn.local/api/lockout?user=svc&password=0"); // expect: none
            }
            """);

    // Hard negative. IOT1001: "`DeviceClient` / `ModuleClient.CreateFromConnectionString` (a `SharedAccessKey=`,
    // `AccountKey=`, `Password=` or SAS `sig=` value written in the code)"; "a value that touches a hole is never returned".
    // Connection strings whose secrets are parameters (a key, a password, a SAS token's `sig` and expiry inside a
    // `SharedAccessSignature=` whose `&` separators look like a query) and a masked password: nothing is written. The new
    // reading of a connection string as a URL must find nothing either. No finding.
    [Fact]
    public Task RT56_connection_strings_with_run_time_secrets_at_connection_string_sinks_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public static class DistilleryHub
            {
                public static DeviceClient Keyed(string host, string id, string key) => DeviceClient.CreateFromConnectionString($"HostName={host};DeviceId={id};SharedAccessKey={key}"); // expect: none
                public static DeviceClient Passworded(string password) => DeviceClient.CreateFromConnectionString($"HostName=distillery.azure-devices.net;DeviceId=still-1;Password={password}"); // expect: none
                public static DeviceClient Signed(string sig, long expiry) => DeviceClient.CreateFromConnectionString($"HostName=distillery.azure-devices.net;DeviceId=still-1;SharedAccessSignature=SharedAccessSignature sr=distillery.azure-devices.net%2Fdevices%2Fstill-1&sig={sig}&se={expiry}"); // expect: none
                public static DeviceClient Masked() => DeviceClient.CreateFromConnectionString("HostName=distillery.azure-devices.net;DeviceId=still-1;Password=***;ModelId=dtmi:com:distillery:still;1"); // expect: none
            }
            """);

    // ---------- 7. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this session's shapes: presence notes and AT commands cut short under PIN names, a URL and a connection string cut
    // short at sinks of the other kind, a local assigned the object cut short, a tuple local cut short, a field starting
    // empty with a replacing write cut short.
    [Fact]
    public Task RT56_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""public static class M { const string CheckSimPin = "AT+CPIN; const string SimPinReady = "+CPIN: ; const string ProbeSimPin = "AT+CPIN=?" + ; const string UnlockSimPin = $"AT+CPIN=\"{; public static bool R(string r) => r == CheckSimPin || r.Contains(SimPinReady }""", null),
            ("""using System; using Microsoft.Azure.Devices.Client; static class H { static DeviceClient A() => DeviceClient.CreateFromConnectionString("mqtts://u:Present!9x@; static Uri B() => new Uri("HostName=h;DeviceId=d;Password=; static Uri C() => new Uri($"https://h/x?a=b;Password={ ); static void D() => Console.WriteLine("{\"password\":\"set }""", null),
            ("""using uPLibrary.Networking.M2Mqtt; static class R { public static string Next(object o) => ""; public static string Two((L, string) p) => ""; } sealed class L { string _password = string.Empty; public string P { get => _password; set => _password = ; } void Load() { object c = null; if (true) c = ; _password = "Ab1!x-Yz9"; _password = R.Next(c); var pair = (this, ; _password = "Cd2!y-Wq8"; _password = R.Two(pair); var label = Missing.LabelFor(this; _password = "Ef3!z-Vr7"; _password = R.Next(label); } void O(MqttClient m) => m.Connect("l", "l", P); }""", null),
        });
}
