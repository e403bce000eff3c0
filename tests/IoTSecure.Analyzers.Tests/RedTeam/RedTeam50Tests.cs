using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 50: the changes of 92fd8a0 (a field's write replaced by the next statement only when the new value reads no
/// member of the field's type; settable instance fields of the team's type written by other code followed where read at a
/// sink, as properties are; a start's probe with two different values, so a user-then-password start is completed where
/// read). About half are hard negatives. Expectations come from docs/rules and docs/accuracy.md, not from what the
/// analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam50Tests
{
    // ---------- 1. a field's write replaced by the next statement: reads the check does not see ----------

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value ...; a write the
    // very next statement replaces is none"; accuracy (red team 48): "the next statement assigns the same target a value
    // that does not read it"; red team 42 (locals): "anything that may read it in between keeps it: ... a call of a local
    // function or a delegate local that names it". The next statement's value calls a delegate local that returns the
    // field: the written PSK is read before it is replaced and reaches the sink (IOT1001, not IOT1004).
    [Fact]
    public Task RT50_a_fields_write_the_next_statement_reads_through_a_delegate_local_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            public sealed class PoultryWifi
            {
                private string _poultryPsk;
                public void Load()
                {
                    Func<string> current = () => _poultryPsk;
                    _poultryPsk = "Jm4!poultry-Xe7"; // expect: IOT1001
                    _poultryPsk = current().Trim();
                }
                public void Join() => WifiNetworkHelper.ConnectDhcp("poultry-ap", _poultryPsk);
            }
            """);

    // Same doc lines; accuracy (red team 49): "A field's write is replaced by the next statement only when the new value
    // reads no member of the field's type: a property or helper of the type may read the field". Here the helper that
    // reads the field (through the type's property) is an extension method of another static class, called on `this`:
    // the write is read before it is replaced (IOT1001).
    [Fact]
    public Task RT50_a_fields_write_the_next_statement_reads_through_an_extension_method_on_this_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class MeterPskRules
            {
                public static string Hardened(this WaterMeterWifi wifi) => wifi.Psk + "#2";
            }
            public sealed class WaterMeterWifi
            {
                private string _meterPsk;
                public string Psk => _meterPsk;
                public void Load()
                {
                    _meterPsk = "Qw8!meter-Tb2"; // expect: IOT1001
                    _meterPsk = this.Hardened();
                }
                public void Join() => WifiNetworkHelper.ConnectDhcp("meter-ap", _meterPsk);
            }
            """);

    // Same doc lines: the helper that reads the private field is a static method of a nested type, given `this` (a nested
    // type sees its container's private fields). The write is read before it is replaced: IOT1001.
    [Fact]
    public Task RT50_a_fields_write_the_next_statement_reads_through_a_nested_types_helper_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class SprinklerLink
            {
                private string _sprinklerBrokerPassword;
                private static class Rotation
                {
                    public static string Next(SprinklerLink link) => link._sprinklerBrokerPassword + "-r1";
                }
                public void Load()
                {
                    _sprinklerBrokerPassword = "Vc3!sprinkler-Hy6"; // expect: IOT1001
                    _sprinklerBrokerPassword = Rotation.Next(this);
                }
                public void Open(MqttClient m) => m.Connect("sprinkler-1", "sprinkler", _sprinklerBrokerPassword);
            }
            """);

    // Same doc lines: the helper is the base class's (`Normalized()` of `HubLinkBase`), and it reads the field through an
    // abstract property the derived type overrides with the field. A member of the base type reads the field as surely as
    // one of the field's own type: IOT1001.
    [Fact]
    public Task RT50_a_fields_write_the_next_statement_reads_through_a_base_types_helper_and_an_override_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public abstract class HubLinkBase
            {
                protected abstract string StoredSecret { get; }
                protected string Normalized() => StoredSecret.Trim();
            }
            public sealed class SiloHubLink : HubLinkBase
            {
                private string _siloMqttPassword;
                protected override string StoredSecret => _siloMqttPassword;
                public void Load()
                {
                    _siloMqttPassword = "Pd2!silo-Kw9"; // expect: IOT1001
                    _siloMqttPassword = Normalized();
                }
                public void Open(MqttClient m) => m.Connect("silo-hub", "silo", _siloMqttPassword);
            }
            """);

    // Hard negative. IOT1001: "a write the very next statement replaces is none"; red team 43: "`nameof(password)` ... are no
    // reads"; red team 48: "is no value at the sink; its secret name still gives IOT1004". The next statement reads the
    // setting keyed by `nameof(BrokerPassword)` (the type's own property's name, not its value): the bench value is dead,
    // IOT1004 at it, nothing at the sink.
    [Fact]
    public Task RT50_a_fields_write_replaced_by_a_setting_keyed_by_nameof_of_its_property_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class TannerySettings
            {
                public static string Read(string key) => Environment.GetEnvironmentVariable("TANNERY_" + key.ToUpperInvariant());
            }
            public sealed class TanneryLink
            {
                private string _tanneryBrokerPassword;
                public string BrokerPassword => _tanneryBrokerPassword;
                public void Load()
                {
                    _tanneryBrokerPassword = "Rg6!tannery-Lz1"; // expect: IOT1004
                    _tanneryBrokerPassword = TannerySettings.Read(nameof(BrokerPassword));
                }
                public void Open(MqttClient m) => m.Connect("tannery-1", "tannery", _tanneryBrokerPassword);
            }
            """);

    // Hard negative. Same doc lines ("a value that does not read it"): the next statement gives the field the setter's
    // parameter, which shares the field's name (`this.ferryPsk = ferryPsk;`). The parameter is no read of the field: the
    // leftover bench value is dead, IOT1004 at it, nothing at the sink (no caller passes written text).
    [Fact]
    public Task RT50_a_fields_write_replaced_by_a_parameter_of_the_same_name_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed class FerryWifi
            {
                private string ferryPsk;
                public void Configure(string ferryPsk)
                {
                    this.ferryPsk = "Ut5!ferry-Ob8"; // expect: IOT1004
                    this.ferryPsk = ferryPsk;
                }
                public void Join() => WifiNetworkHelper.ConnectDhcp("ferry-ap", ferryPsk);
            }
            """);

    // ---------- 2. settable instance fields of the team's types written by other code ----------

    // IOT1001: "A property of the team's own options type read at a sink ... takes every value the code writes into it
    // elsewhere (`new MqttOptions { Password = "..." }` in a factory ...)"; accuracy (red team 49): "A settable instance
    // field of the team's type written by other code ... is followed where the type reads it, as a property is". The type
    // is generic; its field is written by an initializer of a constructed type: IOT1001.
    [Fact]
    public Task RT50_a_generic_types_settable_field_given_a_secret_by_an_initializer_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class FlowMeter { }
            public sealed class MeterUplink<TMeter>
            {
                public string BrokerPassword;
                public void Open(MqttClient m) => m.Connect("meter-7", "meters", BrokerPassword);
            }
            public static class Program
            {
                public static void Main(MqttClient m)
                {
                    var uplink = new MeterUplink<FlowMeter> { BrokerPassword = "Hn7!meter-Ws3" }; // expect: IOT1001
                    uplink.Open(m);
                }
            }
            """);

    // IOT1001: "... takes every value the code writes into it elsewhere (... a derived type's initializer ...)"; accuracy
    // (red team 49): a settable field is followed "as a property is". A base type's field, read at the sink by the base,
    // written by an initializer of a derived type in another file: IOT1001.
    [Fact]
    public Task RT50_a_base_types_field_given_a_secret_by_a_derived_types_initializer_in_another_file_is_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using uPLibrary.Networking.M2Mqtt;
            public class YardUplinkBase
            {
                public string BrokerPassword;
                public void Open(MqttClient m) => m.Connect("yard-3", "yard", BrokerPassword);
            }
            public sealed class CellYardUplink : YardUplinkBase { public string Apn; }
            """,
            """
            public static class Program
            {
                public static void Main(uPLibrary.Networking.M2Mqtt.MqttClient m)
                {
                    var uplink = new CellYardUplink { Apn = "iot.1nce.net", BrokerPassword = "Kb8!yard-Fp4" }; // expect: IOT1001
                    uplink.Open(m);
                }
            }
            """);

    // IOT1001 (sixteenth session): "a property read from an object built in place, copied with `with`, or picked among built
    // objects takes that object's value"; accuracy (red team 49): a settable field is followed "as a property is". A
    // record's public field given the bench password by a `with` copy, picked by a condition and read at the sink by a
    // helper: IOT1001 (the defaults' empty password is none).
    [Fact]
    public Task RT50_a_records_field_given_a_secret_by_a_with_copy_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public record LockBrokerLogin
            {
                public string User;
                public string Password;
            }
            public sealed class LockLink
            {
                private static readonly LockBrokerLogin Defaults = new LockBrokerLogin { User = "locks", Password = "" }; // expect: none
                public void Open(MqttClient m, bool bench)
                {
                    var login = bench ? Defaults with { Password = "Zs4!locks-Gm6" } : Defaults; // expect: IOT1001
                    Connect(m, login);
                }
                private static void Connect(MqttClient m, LockBrokerLogin login) => m.Connect("lock-2", login.User, login.Password);
            }
            """);

    // Hard negative. IOT1001: "Initializers of other types with a property of the same name (`new OnvifOptions { Password =
    // ... }`) are told apart from the declarations and do not count"; accuracy (red team 49): fields "as a property is". A
    // camera login's `Password` field holds a written password given to its own credential (IOT1001 once, there); the
    // broker login's same-named field is given a vault's value: the camera's password must not reach the MQTT sink too.
    [Fact]
    public Task RT50_another_types_same_named_field_is_not_taken_for_the_brokers_field() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class GateCameraLogin { public string User; public string Password; }
            public sealed class GateBrokerLogin
            {
                public string User;
                public string Password;
                public void Open(MqttClient m) => m.Connect("gate-1", User, Password);
            }
            public static class Gate
            {
                public static NetworkCredential Camera()
                {
                    var cam = new GateCameraLogin { User = "viewer", Password = "Ty3!gatecam-Nq5" }; // expect: IOT1001
                    return new NetworkCredential(cam.User, cam.Password);
                }
                public static void Broker(MqttClient m, string fromVault)
                {
                    var broker = new GateBrokerLogin { User = "gate", Password = fromVault }; // expect: none
                    broker.Open(m);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment, `IConfiguration` ...;
    // masks (`"********"`)"; "placeholders such as `"<your-wifi-password>"` ([IOT1006](IOT1006.md) is the rule for those)";
    // IOT1006: "A template value reaching a credential sink". A settable field written by initializers with a configuration
    // read, an empty-or-environment choice and a mask (none), and a placeholder (IOT1006 only, never IOT1001).
    [Fact]
    public Task RT50_a_settable_field_given_config_empty_mask_and_placeholder_values_is_never_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class KilnUplink
            {
                public string BrokerPassword;
                public string ShownPassword;
                public void Open(MqttClient m) => m.Connect("kiln-4", "kiln", BrokerPassword);
                public void Show() => Console.WriteLine("broker password: " + ShownPassword);
            }
            public static class Program
            {
                public static void Main(MqttClient m, Func<string, string> config, bool blank)
                {
                    var a = new KilnUplink { BrokerPassword = config("Kiln:Mqtt:Password"), ShownPassword = "********" }; // expect: none
                    var b = new KilnUplink { BrokerPassword = blank ? string.Empty : Environment.GetEnvironmentVariable("KILN_MQTT_PASSWORD") }; // expect: none
                    var c = new KilnUplink { BrokerPassword = "<kiln-broker-password>" }; // expect: IOT1006
                    a.Open(m);
                    b.Open(m);
                    c.Open(m);
                    a.Show();
                }
            }
            """);

    // IOT1001: SIM PINs "in an AT command written anywhere ...: a member of a settings object built elsewhere (`yield return
    // new GsmModemConfig { PIN1 = "4907" }`) at each value the code writes into it, whatever the member is named"; accuracy
    // (red team 49): a settable field is followed "as a property is". The member is a public field named `Unlock`: IOT1001.
    [Fact]
    public Task RT50_a_settings_objects_field_whatever_named_given_a_pin_elsewhere_and_read_in_an_at_command_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.Collections.Generic;
            using System.IO.Ports;
            public sealed class SimSlot
            {
                public string Name;
                public string Unlock;
            }
            public static class Slots
            {
                public static IEnumerable<SimSlot> Configure()
                {
                    yield return new SimSlot { Name = "primary", Unlock = "5308" }; // expect: IOT1001
                }
            }
            public static class Modem
            {
                public static void UnlockAll(SerialPort port)
                {
                    foreach (var slot in Slots.Configure())
                    {
                        port.WriteLine("AT+CPIN=\"" + slot.Unlock + "\"");
                    }
                }
            }
            """);

    // IOT1001: "a write the very next statement replaces is none"; accuracy (red team 48): "the next statement assigns the
    // same target a value that does not read it"; (red team 49) "a property or helper ... may read the field". A settable
    // field written on a local, then replaced by a rotation helper of another static class that reads the field from the
    // same object: the first value is read before it is replaced and reaches the sink (IOT1001, not IOT1004).
    [Fact]
    public Task RT50_a_settable_fields_write_read_by_another_types_helper_given_the_object_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class PressUplink
            {
                public string BrokerPassword;
                public void Open(MqttClient m) => m.Connect("press-5", "press", BrokerPassword);
            }
            public static class PressRotation
            {
                public static string Rotate(PressUplink uplink) => uplink.BrokerPassword + "-r2";
            }
            public static class Program
            {
                public static void Main(MqttClient m)
                {
                    var uplink = new PressUplink();
                    uplink.BrokerPassword = "Wm5!press-Cd8"; // expect: IOT1001
                    uplink.BrokerPassword = PressRotation.Rotate(uplink);
                    uplink.Open(m);
                }
            }
            """);

    // Hard negative. Same doc lines; red team 48: the dead write "is no value at the sink; its secret name still gives
    // IOT1004". A settable field written on a local with a bench password, then at once with the environment's: IOT1004 at
    // the dead write, nothing at the sink.
    [Fact]
    public Task RT50_a_settable_fields_write_replaced_by_the_environment_on_the_next_statement_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class DockUplink
            {
                public string BrokerPassword;
                public void Open(MqttClient m) => m.Connect("dock-2", "dock", BrokerPassword);
            }
            public static class Program
            {
                public static void Main(MqttClient m)
                {
                    var uplink = new DockUplink();
                    uplink.BrokerPassword = "Ej9!dock-Va2"; // expect: IOT1004
                    uplink.BrokerPassword = Environment.GetEnvironmentVariable("DOCK_MQTT_PASSWORD");
                    uplink.Open(m);
                }
            }
            """);

    // IOT1001: "... takes every value the code writes into it elsewhere (... `settings.Password = "..."` ...)"; accuracy
    // (red team 49): "A settable instance field of the team's type written by other code (...) is followed where the type
    // reads it, as a property is". A struct's settable field written by assignment on a local in another method, the
    // struct handed to the type's static helper that reads the field at the sink: IOT1001.
    [Fact]
    public Task RT50_a_structs_settable_field_written_by_assignment_and_read_by_a_helper_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public struct BarnWifiProfile
            {
                public string Ssid;
                public string Psk;
                public static bool Join(BarnWifiProfile profile) => WifiNetworkHelper.ConnectDhcp(profile.Ssid, profile.Psk);
            }
            public static class Barn
            {
                public static bool Start()
                {
                    var profile = default(BarnWifiProfile);
                    profile.Ssid = "barn-north";
                    profile.Psk = "Ob2!barn-Yu5"; // expect: IOT1001
                    return BarnWifiProfile.Join(profile);
                }
            }
            """);

    // IOT1001: "A property of the team's own options type read at a sink ... takes every value the code writes into it
    // elsewhere"; accuracy (red team 49): fields "as a property is". A nested settings object (`Site.Broker`, itself a
    // settable field) whose password field is given by a nested initializer in a factory, read two links deep at the
    // sink (`site.Broker.Password`): IOT1001.
    [Fact]
    public Task RT50_a_nested_settings_fields_password_given_by_a_nested_initializer_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class QuarryBroker { public string User; public string Password; }
            public sealed class QuarrySite { public string Name; public QuarryBroker Broker; }
            public static class QuarrySites
            {
                public static QuarrySite North() => new QuarrySite
                {
                    Name = "north-pit",
                    Broker = new QuarryBroker { User = "pit", Password = "Ad5!quarry-Nh2" }, // expect: IOT1001
                };
            }
            public static class Telemetry
            {
                public static void Open(MqttClient m, QuarrySite site) => m.Connect(site.Name, site.Broker.User, site.Broker.Password);
            }
            """);

    // ---------- 3. command starts completed where read ----------

    // IOT1001: "APN passwords in an AT command written anywhere ... Quectel `AT+QICSGP`"; "a command's start kept in a field
    // of another type or file ... is completed where it is read"; accuracy (red team 48): "A start whose secret comes after
    // another value ... is completed where it is read". The context start, completed by the APN, the user and a password
    // held in a constant: IOT1001, not IOT1004.
    [Fact]
    public Task RT50_a_qicsgp_start_completed_by_apn_user_and_a_written_password_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg96 { public const string Context = "AT+QICSGP=1,1,\""; } // expect: none
            public static class Cellular
            {
                private const string ApnPassword = "Lx6!tractor-Pe3"; // expect: IOT1001
                public static void Attach(SerialPort port)
                {
                    port.WriteLine(Bg96.Context + "iot.tractor.net\",\"tractor\",\"" + ApnPassword + "\",1");
                }
            }
            """);

    // IOT1001: "Credentials in AT commands include Espressif ESP-AT (`AT+CWJAP`, `AT+CWSAP`, `AT+MQTTUSERCFG`)"; a start "also
    // made of constants: `Plus + "CPIN="` ..., a `static readonly` one" is completed where read, also "through a local given the
    // start". The MQTT login start (link, scheme, then client id, user and password), a static readonly concatenation held
    // in a local, completed with a password held in a constant: IOT1001.
    [Fact]
    public Task RT50_an_esp_at_mqtt_login_start_held_in_a_local_completed_by_client_user_and_a_written_password_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class EspAt { public static readonly string MqttLogin = "AT+" + "MQTTUSERCFG=0,1,\""; } // expect: none
            public static class GreenhouseMqtt
            {
                private const string MqttPassword = "Cf3!grower-Ra8"; // expect: IOT1001
                public static void Login(SerialPort port)
                {
                    var login = EspAt.MqttLogin;
                    port.WriteLine(login + "greenhouse-7\",\"grower\",\"" + MqttPassword + "\",0,0,\"\"");
                }
            }
            """);

    // IOT1001: `AT+CPIN="<PUK>","<new PIN>"` "(two findings)"; a start kept in a field of another type "is completed where it
    // is read". The PIN start completed by a PUK and a new PIN, each held in a constant: IOT1001 at each.
    [Fact]
    public Task RT50_a_pin_start_completed_by_a_puk_and_a_new_pin_is_iot1001_twice() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Sim7070 { public const string PinAuth = "AT+CPIN=\""; } // expect: none
            public static class Recovery
            {
                private const string SimPuk = "73914820"; // expect: IOT1001
                private const string NewSimPin = "6203"; // expect: IOT1001
                public static void Unblock(SerialPort port)
                {
                    port.WriteLine(Sim7070.PinAuth + SimPuk + "\",\"" + NewSimPin + "\"");
                }
            }
            """);

    // Hard negative. IOT1001: "`AT+CGAUTH` ... (an operator's published APN login, the user name again or a label of the APN,
    // is not one)"; IOT1004 (tenth session): "an APN's published login held in constants (`ApnUser = "web"`, `ApnPassword =
    // "web"`) ... is none". The authentication start (whose probe now uses two different values) held in a local and
    // completed by a published login whose password repeats its user: no finding anywhere.
    [Fact]
    public Task RT50_an_auth_start_completed_by_a_published_login_whose_password_repeats_its_user_stays_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg95 { public const string Auth = "AT+CGAUTH=1,1,\""; } // expect: none
            public static class VodafoneBearer
            {
                private const string ApnUser = "vodafone"; // expect: none
                private const string ApnPassword = "vodafone"; // expect: none
                public static void Attach(SerialPort port)
                {
                    var auth = Bg95.Auth;
                    port.WriteLine(auth + ApnUser + "\",\"" + ApnPassword + "\"");
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration` ..."; starts
    // "completed where read". A Wi-Fi join start completed by an SSID and a configured key, and a PIN-change start completed by
    // a configured old PIN and a parameter: no written secret, no finding.
    [Fact]
    public Task RT50_cwjap_and_cpwd_starts_completed_by_configured_and_run_time_values_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public static class EspCommands
            {
                public const string Join = "AT+CWJAP=\""; // expect: none
                public const string ChangePin = "AT+CPWD=\"SC\",\""; // expect: none
            }
            public static class Orchard
            {
                public static void Provision(SerialPort port, Func<string, string> config, string newPin)
                {
                    port.WriteLine(EspCommands.Join + "orchard-ap\",\"" + config("wifi:psk") + "\"");
                    port.WriteLine(EspCommands.ChangePin + config("sim:pin") + "\",\"" + newPin + "\"");
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings"; SIM PINs and APN passwords in AT commands, "a member of a settings
    // object built elsewhere ... at each value the code writes into it, whatever the member is named"; accuracy (red team
    // 49): no false alarm from "starts completed by an APN". A soft-AP start (SSID, then password) completed for an open
    // access point (empty password), and a PDP context command completed by a settable field given an APN elsewhere: no
    // secret in either.
    [Fact]
    public Task RT50_an_open_soft_ap_start_and_a_pdp_context_completed_by_a_field_holding_an_apn_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class EspSoftAp { public const string Start = "AT+CWSAP=\""; } // expect: none
            public sealed class CellProfile { public string Apn; public string Label; }
            public static class Profiles
            {
                public static CellProfile Fleet() => new CellProfile { Apn = "iot.1nce.net", Label = "fleet" }; // expect: none
            }
            public static class Commissioning
            {
                public static void Run(SerialPort port)
                {
                    var ap = EspSoftAp.Start;
                    port.WriteLine(ap + "setup-7F3A\",\"\",5,0");
                    var profile = Profiles.Fleet();
                    port.WriteLine("AT+CGDCONT=1,\"IP\",\"" + profile.Apn + "\"");
                }
            }
            """);

    // ---------- siblings written with the fixes (the kinds, not the red team's strings) ----------

    // The next value reads the field through a local function of the method: it may read it, so the write is kept (IOT1001).
    [Fact]
    public Task RT50_sibling_a_fields_write_the_next_statement_reads_through_a_local_function_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class HiveLink
            {
                private string _hiveMqttPassword;
                public void Load()
                {
                    string Salted() => _hiveMqttPassword + "-h";
                    _hiveMqttPassword = "Tn8!hive-Ws2"; // expect: IOT1001
                    _hiveMqttPassword = Salted();
                }
                public void Open(MqttClient m) => m.Connect("hive-3", "hive", _hiveMqttPassword);
            }
            """);

    // The next value is made by a helper of another type given the object as an interface it implements.
    [Fact]
    public Task RT50_sibling_a_fields_write_the_next_statement_reads_through_the_objects_interface_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public interface IPskSource { string CurrentPsk { get; } }
            public static class PskRotation { public static string Next(IPskSource source) => source.CurrentPsk + "/2"; }
            public sealed class KioskWifi : IPskSource
            {
                private string _kioskPsk;
                public string CurrentPsk => _kioskPsk;
                public void Load()
                {
                    _kioskPsk = "Gz4!kiosk-Np7"; // expect: IOT1001
                    _kioskPsk = PskRotation.Next(this);
                }
                public void Join() => WifiNetworkHelper.ConnectDhcp("kiosk-ap", _kioskPsk);
            }
            """);

    // Hard negatives: the next value is the team's own vault helper (another type, given only the key's name) or a library
    // read; neither can read the field, so each bench value is dead: IOT1004 at each, nothing at the sinks.
    [Fact]
    public Task RT50_sibling_a_fields_write_replaced_by_another_types_helper_given_only_text_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Vault { public static string Secret(string name) => Environment.GetEnvironmentVariable("VAULT_" + name); }
            public sealed class BakeryLink
            {
                private string _bakeryBrokerPassword;
                private string _bakeryBackupPassword;
                public void Load(string region)
                {
                    _bakeryBrokerPassword = "Km2!bakery-Qd5"; // expect: IOT1004
                    _bakeryBrokerPassword = Vault.Secret("bakery-broker-" + region);
                    _bakeryBackupPassword = "Yh7!oven-Lc1"; // expect: IOT1004
                    _bakeryBackupPassword = Environment.GetEnvironmentVariable("BAKERY_BACKUP").Trim();
                }
                public void Open(MqttClient m) => m.Connect("bakery-1", "bakery", _bakeryBrokerPassword);
                public void OpenBackup(MqttClient m) => m.Connect("bakery-2", "bakery", _bakeryBackupPassword);
            }
            """);

    // Hard negative: a static settings field's bench value replaced at once by the setter's parameter (nothing passes text):
    // dead, IOT1004 at it, nothing at the sink.
    [Fact]
    public Task RT50_sibling_a_static_fields_write_replaced_by_the_setters_parameter_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class BarnWifi
            {
                public static string WifiPassword;
                public static void Configure(string wifiPassword)
                {
                    WifiPassword = "Vb9!barn-Hs4"; // expect: IOT1004
                    WifiPassword = wifiPassword;
                }
                public static void Join() => WifiNetworkHelper.ConnectDhcp("barn-ap", WifiPassword);
            }
            """);

    // A settings object's public field, whatever it is named, given a PIN by an assignment on the object and read in a
    // PIN command: IOT1001 at the PIN.
    [Fact]
    public Task RT50_sibling_a_settings_objects_field_given_a_pin_by_assignment_and_read_in_a_command_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public sealed class ModemProfile
            {
                public string Port;
                public string Code;
            }
            public static class Profiles
            {
                public static ModemProfile Field()
                {
                    var profile = new ModemProfile();
                    profile.Port = "ttyS2";
                    profile.Code = "8150"; // expect: IOT1001
                    return profile;
                }
            }
            public static class SimUnlock
            {
                public static void Run(SerialPort port, ModemProfile profile) => port.WriteLine("AT+CPIN=" + profile.Code);
            }
            """);

    // Hard negative: a settings object's public field holding an APN, read in a PDP context command: no secret's place.
    [Fact]
    public Task RT50_sibling_a_settings_objects_field_holding_an_apn_read_in_a_context_command_stays_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public sealed class CarrierProfile { public string Apn; }
            public static class Carriers
            {
                public static CarrierProfile Fleet() => new CarrierProfile { Apn = "fleet.iot.example" };
            }
            public static class Attach
            {
                public static void Run(SerialPort port, CarrierProfile carrier) => port.WriteLine("AT+CGDCONT=1,\"IP\",\"" + carrier.Apn + "\"");
            }
            """);

    // Three values after the start: SIMCom's AT+CSTT (APN, user, password) and Quectel's MQTT login AT+QMTCONN (client id,
    // user, password), each start held in a constant of another type: IOT1001 at each written password.
    [Fact]
    public Task RT50_sibling_starts_completed_by_three_values_are_iot1001_at_the_written_password() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Sim800 { public const string Task = "AT+CSTT=\""; } // expect: none
            public static class Bg95 { public const string MqttConnect = "AT+QMTCONN=0,\""; } // expect: none
            public static class Uplink
            {
                private const string GprsPassword = "Wq5!orchard-Tz2"; // expect: IOT1001
                private const string BrokerPassword = "Hd3!orchard-Mv8"; // expect: IOT1001
                public static void Attach(SerialPort port)
                {
                    port.WriteLine(Sim800.Task + "orchard.apn\",\"orchard\",\"" + GprsPassword + "\"");
                    port.WriteLine(Bg95.MqttConnect + "orchard-12\",\"orchard\",\"" + BrokerPassword + "\"");
                }
            }
            """);

    // Hard negative: the same three-valued starts completed by values read from configuration: nothing.
    [Fact]
    public Task RT50_sibling_starts_completed_by_three_configured_values_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public static class Sim800 { public const string Task = "AT+CSTT=\""; }
            public static class Uplink
            {
                public static void Attach(SerialPort port)
                {
                    var apn = Environment.GetEnvironmentVariable("APN");
                    var user = Environment.GetEnvironmentVariable("APN_USER");
                    var password = Environment.GetEnvironmentVariable("APN_PASSWORD");
                    port.WriteLine(Sim800.Task + apn + "\",\"" + user + "\",\"" + password + "\"");
                }
            }
            """);

    // ---------- 4. cost ----------

    /// <summary>The mesh chain of <see cref="CostGuards.MeshChain"/> over public fields.</summary>
    private static string PublicMeshChain(bool followed, int sinks) =>
        CostGuards.MeshChain("public string {0};", followed, sinks, "Rl7-shared!pmesh");

    // Cost: settable instance fields are now followed through other objects (red team 49) three deep, as private fields were
    // (red team 48's guard). 16 writes a step, three steps, read at 200 sinks: no blow-up against the same shape not followed.
    [Fact]
    public Task RT50_cost_a_chain_of_public_fields_three_deep_with_16_writes_a_step_read_at_200_sinks_does_not_blow_up() =>
        CostGuards.AssertNoBlowUpAsync(PublicMeshChain(followed: true, 3), PublicMeshChain(followed: false, 200), PublicMeshChain(followed: true, 200), "followed");
}
