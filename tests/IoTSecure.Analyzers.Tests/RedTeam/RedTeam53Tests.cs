using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 53: the changes of 2c7cec1 (an object counts as handed on only when it reaches the team's code; the top-level
/// cache of SyntacticValues.Find; a getter with a ?? fallback or over another object's field takes the field's values).
/// Half or more are hard negatives. Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam53Tests
{
    // ---------- 1. whether an object of the field's type reaches the team's code ----------

    // IOT1001 (l. 24-27): "a write the very next statement replaces with a value that cannot read the field is none: ...;
    // not ... any helper given the object (also inside an array, a tuple, a lambda or an initializer), which may read it
    // first". The rotation helper is given the object inside a `WeakReference` (a library holder that keeps the object and
    // gives it back through `Target`) and reads the field through the type's property: the write is read before it is
    // replaced, so it is live and reaches the sink (IOT1001, not IOT1004).
    [Fact]
    public Task RT53_a_fields_write_read_by_a_helper_given_the_object_in_a_weak_reference_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            public static class VineyardPskRotation
            {
                public static string Next(WeakReference link) => ((VineyardWifi)link.Target).CurrentPsk + "/4";
            }
            public sealed class VineyardWifi
            {
                private string _vineyardPsk;
                public string CurrentPsk => _vineyardPsk;
                public void Load()
                {
                    _vineyardPsk = "Hb6!vineyard-Tx3"; // expect: IOT1001
                    _vineyardPsk = VineyardPskRotation.Next(new WeakReference(this));
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp("vineyard-ap", _vineyardPsk);
            }
            """);

    // Same doc line ("nor any helper given the object (also inside ... an initializer), which may read it first"). The
    // helper is given a context bag built in place (`new Dictionary<string, object> { ["link"] = this }`) and reads the
    // field through the type's property: IOT1001 at the first write, no IOT1004.
    [Fact]
    public Task RT53_a_fields_write_read_by_a_helper_given_the_object_in_a_dictionary_initializer_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public static class MaltingRotation
            {
                public static string Next(IDictionary<string, object> context) => ((MaltingLink)context["link"]).CurrentPassword + "-r2";
            }
            public sealed class MaltingLink
            {
                private string _maltingPassword;
                public string CurrentPassword => _maltingPassword;
                public void Load()
                {
                    _maltingPassword = "Kp4!malting-Wd8"; // expect: IOT1001
                    _maltingPassword = MaltingRotation.Next(new Dictionary<string, object> { ["link"] = this });
                }
                public void Open(MqttClient m) => m.Connect("malting-1", "malting", _maltingPassword);
            }
            """);

    // Hard negative. IOT1001 (l. 24-26): "a write the very next statement replaces with a value that cannot read the field
    // is none: a library call, a parameter, the team's helper of another type given only text"; accuracy.md (red team 52):
    // "`list.IndexOf(this)` ... no longer keeps a private field's dead write: ... through a library call only when that
    // call may give it back or keeps it". `List<T>.Contains(this)` gives back a bool; the vault helper of another type is
    // given only text. Dead write: IOT1004 only.
    [Fact]
    public Task RT53_a_fields_write_replaced_by_a_vault_helper_keyed_by_list_contains_this_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public static class PaddockVault
            {
                public static string Read(string name) => Environment.GetEnvironmentVariable("PADDOCK_" + name);
            }
            public sealed class PaddockGate
            {
                private readonly List<PaddockGate> _meshed;
                private string _paddockPsk;
                public PaddockGate(List<PaddockGate> meshed) { _meshed = meshed; }
                public void Load()
                {
                    _paddockPsk = "Zs8!paddock-Mf5"; // expect: IOT1004
                    _paddockPsk = PaddockVault.Read(_meshed.Contains(this) ? "MESH_PSK" : "SOLO_PSK");
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp("paddock-ap", _paddockPsk);
            }
            """);

    // Hard negative. Same doc lines ("the team's helper of another type given only text"; GetType() is no hand-on). The
    // key's name is chosen by a type test of the object (`this is IRelayNode`): the object goes nowhere, the vault helper is
    // given text. Dead write: IOT1004 only.
    [Fact]
    public Task RT53_a_fields_write_replaced_by_a_vault_helper_keyed_by_a_type_test_of_this_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public interface IRelayNode { }
            public static class TurbineVault
            {
                public static string Read(string name) => Environment.GetEnvironmentVariable("TURBINE_" + name);
            }
            public class TurbineLink
            {
                private string _turbineMqttPassword;
                public void Load()
                {
                    _turbineMqttPassword = "Jc2!turbine-Ur9"; // expect: IOT1004
                    _turbineMqttPassword = TurbineVault.Read(this is IRelayNode ? "relay-mqtt" : "leaf-mqtt");
                }
                public void Open(MqttClient m) => m.Connect("turbine-5", "turbine", _turbineMqttPassword);
            }
            public sealed class TurbineRelay : TurbineLink, IRelayNode { }
            """);

    // Hard negative. Same doc lines; accuracy.md (red team 52): "`ReferenceEquals(this, ...)` ... no longer keeps a
    // private field's dead write". The same comparison written with `==` (reference equality, no operator declared): the
    // object goes nowhere, the vault helper is given only text. Dead write: IOT1004 only.
    [Fact]
    public Task RT53_a_fields_write_replaced_by_a_vault_helper_keyed_by_this_equals_equals_primary_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class CooperageVault
            {
                public static string Read(string name) => Environment.GetEnvironmentVariable("COOPER_" + name);
            }
            public sealed class CooperageLink
            {
                public static readonly CooperageLink Primary = new CooperageLink();
                private string _cooperageMqttPassword;
                public void Load()
                {
                    _cooperageMqttPassword = "Ye7!cooperage-Bn4"; // expect: IOT1004
                    _cooperageMqttPassword = CooperageVault.Read(this == Primary ? "mqtt-primary" : "mqtt-spare");
                }
                public void Open(MqttClient m) => m.Connect("cooperage-1", "cooperage", _cooperageMqttPassword);
            }
            """);

    // ---------- 2. SyntacticValues.Find answered once per compilation ----------

    // IOT1001 (l. 35-37): "the values a private helper or local function is passed by its own type for a secret-named
    // parameter (...; two levels of helpers, at most 16 calls ...)". The sink's `password` is a private helper's parameter
    // (screened at the top level); a second private helper that calls itself passes its own `password` on (that same
    // identifier is met again while the first one's callers are read). Each literal is IOT1001.
    [Fact]
    public Task RT53_a_password_passed_through_a_self_recursive_private_helper_is_iot1001_at_each_caller() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed class SilageWifi
            {
                public bool JoinNorth() => Join("silage-north", "Qm3!silage-north-Vb8"); // expect: IOT1001
                public bool JoinSouth() => Relay("silage-south", "Tc6!silage-south-Hy2", 2); // expect: IOT1001
                private bool Relay(string ssid, string password, int hops) => hops > 0 ? Relay(ssid, password, hops - 1) : Join(ssid, password);
                private bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
            }
            """);

    // Hard negative. IOT1001 (l. 457): "Not findings: empty strings; values from parameters, the environment,
    // `IConfiguration`, a vault or a file". The same helper shape (private helpers calling themselves and each other, the
    // sink's `password` a parameter) with callers passing only the environment's values and a public method's parameter:
    // nothing, whatever order the parameter is asked in.
    [Fact]
    public Task RT53_mutually_recursive_private_helpers_passed_only_run_time_passwords_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            public sealed class HopYardWifi
            {
                public bool JoinEast() => Join("hopyard-east", Environment.GetEnvironmentVariable("HOPYARD_EAST_PSK"));
                public bool JoinWest(string password) => Retry("hopyard-west", password, 3);
                private bool Retry(string ssid, string password, int left) => Join(ssid, password) || (left > 0 && Backoff(ssid, password, left - 1));
                private bool Backoff(string ssid, string password, int left) { System.Threading.Thread.Sleep(500); return Retry(ssid, password, left); }
                private bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
            }
            """);

    // Hard negative. Same doc line (l. 457), and IOT1001 (l. 35): a local function's values are the ones "passed by its own
    // type". A local function and a lambda share the parameter name `password`; each is given only the environment's
    // value or a method's parameter: nothing.
    [Fact]
    public Task RT53_a_local_function_and_a_lambda_sharing_a_parameter_name_given_run_time_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            public sealed class OrchardShedWifi
            {
                public bool Join(string fallbackPsk)
                {
                    Func<string, bool> tryJoin = password => WifiNetworkHelper.ConnectDhcp("shed-ap", password);
                    bool JoinWith(string password) => WifiNetworkHelper.ScanAndConnectDhcp("shed-ap-2", password);
                    return tryJoin(Environment.GetEnvironmentVariable("SHED_PSK")) || JoinWith(fallbackPsk) || JoinWith(Environment.GetEnvironmentVariable("SHED_PSK_2"));
                }
            }
            """);

    // ---------- 3. a get-only property over a field ----------

    // IOT1001 (l. 22-24): "a private field given written text by any method or setter of its type ... each such value, read
    // on any object of the type or through a get-only property returning it (`ApnPassword => _apnPassword`)". The type is
    // generic and read through a constructed type (`HatcheryLink<ushort>`): IOT1001 at the written password.
    [Fact]
    public Task RT53_a_generic_types_property_over_its_field_read_through_a_constructed_type_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class HatcheryLink<TNode> where TNode : struct
            {
                private string _hatcheryPassword;
                public TNode Node { get; set; }
                public string BrokerPassword => _hatcheryPassword;
                public void UseIncubatorRoom() { _hatcheryPassword = "Wr5!incubator-Gz1"; } // expect: IOT1001
            }
            public static class HatcheryMqtt
            {
                public static void Open(MqttClient m, HatcheryLink<ushort> link) => m.Connect("hatchery-2", "hatchery", link.BrokerPassword);
            }
            """);

    // Same doc line ("through a get-only property returning it"). A getter chain: the property read at the sink returns
    // another get-only property, which returns the field: IOT1001 at the written password.
    [Fact]
    public Task RT53_a_property_over_a_property_over_a_field_read_at_a_sink_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class ApiaryScaleLink
            {
                private string _scalePassword;
                private string CurrentPassword => _scalePassword;
                public string BrokerPassword => CurrentPassword;
                public void UseHoneyHouse() { _scalePassword = "Fq8!honey-house-Dm2"; } // expect: IOT1001
                public void Open(MqttClient m) => m.Connect("scale-3", "apiary", BrokerPassword);
            }
            """);

    // Same doc line ("read on any object of the type or through a get-only property returning it"); accuracy.md (red team
    // 52): "a getter ... over another object's field takes the field's values". A static getter returns the singleton's
    // instance field (`=> Instance._greenhousePassword`) that an instance setup method writes: IOT1001.
    [Fact]
    public Task RT53_a_static_property_over_a_singletons_instance_field_read_at_a_sink_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class GreenhouseLink
            {
                public static readonly GreenhouseLink Instance = new GreenhouseLink();
                private string _greenhousePassword;
                public static string BrokerPassword => Instance._greenhousePassword;
                public void UseFernHouse() { _greenhousePassword = "Nv2!fern-house-Lq7"; } // expect: IOT1001
                public static void Open(MqttClient m) => m.Connect("greenhouse-1", "greenhouse", BrokerPassword);
            }
            """);

    // Same doc line. The field is also assigned the property itself (`_drumPassword = BrokerPassword.Trim()`): the written
    // password is still IOT1001 (once), and the cycle must end.
    [Fact]
    public Task RT53_a_property_over_a_field_assigned_from_the_property_itself_is_iot1001_once() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class DyehouseDrumLink
            {
                private string _drumPassword;
                public string BrokerPassword => _drumPassword;
                public void UseDrumRoom() { _drumPassword = "Pj9!drum-room-Kx4"; } // expect: IOT1001
                public void Normalize() { _drumPassword = BrokerPassword.Trim(); }
                public void Open(MqttClient m) => m.Connect("drum-1", "dyehouse", BrokerPassword);
            }
            """);

    // Hard negative. IOT1001 (l. 457): "Not findings: empty strings; values from parameters, the environment,
    // `IConfiguration` ...; masks (`"********"`)". A generic type's getter chain with a `?? string.Empty` fallback over a
    // field written only from the environment, with a mask and with an empty string: nothing.
    [Fact]
    public Task RT53_a_generic_types_getter_chain_over_a_field_written_from_environment_and_mask_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class SeedBankLink<TShelf>
            {
                private string _seedBankPassword;
                private string Stored => _seedBankPassword ?? string.Empty;
                public string BrokerPassword => Stored;
                public void Load() { _seedBankPassword = Environment.GetEnvironmentVariable("SEEDBANK_MQTT_PASSWORD"); }
                public void Redact() { _seedBankPassword = "********"; }
                public void Clear() { _seedBankPassword = ""; }
                public void Open(MqttClient m) => m.Connect("seedbank-1", typeof(TShelf).Name, BrokerPassword);
            }
            """);

    // Hard negative. Same doc line (l. 457). A static getter over a singleton's instance field with a fallback read from
    // the environment (`=> Instance._password ?? Environment.GetEnvironmentVariable(...)`); the field is written from a
    // method's parameter and a mask: nothing.
    [Fact]
    public Task RT53_a_static_property_over_a_singletons_field_written_from_a_parameter_and_a_mask_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class MillpondLink
            {
                public static readonly MillpondLink Instance = new MillpondLink();
                private string _millpondPassword;
                public static string BrokerPassword => Instance._millpondPassword ?? Environment.GetEnvironmentVariable("MILLPOND_MQTT_PASSWORD");
                public void Provision(string password) { _millpondPassword = password; }
                public void Redact() { _millpondPassword = "********"; }
                public static void Open(MqttClient m) => m.Connect("millpond-1", "millpond", BrokerPassword);
            }
            """);

    // ---------- siblings written with the fixes (the kinds, not the red team's strings) ----------

    // The object handed to the team's helper through library calls that give it back (Tuple.Create) or keep it (a
    // KeyValuePair built from it): the helper may read the field, the write is kept (IOT1001 at each).
    [Fact]
    public Task RT53_sibling_a_fields_write_read_by_helpers_given_the_object_through_library_wrappers_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public static class LoftRotation
            {
                public static string Next(Tuple<LoftLink> held) => held.Item1.Current + "-t";
                public static string Pair(KeyValuePair<string, LoftLink> entry) => entry.Value.Current + "-k";
            }
            public sealed class LoftLink
            {
                private string _loftPassword;
                private string _loftSparePassword;
                public string Current => _loftPassword + _loftSparePassword;
                public void Load()
                {
                    _loftPassword = "Hv5!loft-Sd1"; // expect: IOT1001
                    _loftPassword = LoftRotation.Next(Tuple.Create(this));
                    _loftSparePassword = "Qk7!rafter-Lw3"; // expect: IOT1001
                    _loftSparePassword = LoftRotation.Pair(new KeyValuePair<string, LoftLink>("loft", this));
                }
                public void Open(MqttClient m) => m.Connect("loft-1", "loft", _loftPassword);
                public void OpenSpare(MqttClient m) => m.Connect("loft-2", "loft", _loftSparePassword);
            }
            """);

    // Hard negatives: the object only tested for a type or compared with another, or looked up in a set
    // lookup: the team's helper is given only text, so each bench value is dead (IOT1004 at each, nothing at the sinks).
    [Fact]
    public Task RT53_sibling_fields_writes_replaced_by_text_chosen_by_patterns_or_comparisons_of_the_object_are_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public static class SluiceVault { public static string Read(string name) => Environment.GetEnvironmentVariable("SLUICE_" + name); }
            public sealed class SluiceLink
            {
                public bool Upstream { get; set; }
                private readonly HashSet<SluiceLink> _known = new HashSet<SluiceLink>();
                private string _sluicePassword;
                private string _sluiceSparePassword;
                public void Load(SluiceLink other)
                {
                    _sluicePassword = "Fo2!sluice-Zr8"; // expect: IOT1004
                    _sluicePassword = SluiceVault.Read(this is IDisposable ? "up" : "down");
                    _sluiceSparePassword = "Mx9!weir-Pc4"; // expect: IOT1004
                    _sluiceSparePassword = SluiceVault.Read(other != this && _known.Contains(this) ? "known" : "new");
                }
                public void Open(MqttClient m) => m.Connect("sluice-1", "sluice", _sluicePassword);
                public void OpenSpare(MqttClient m) => m.Connect("sluice-2", "sluice", _sluiceSparePassword);
            }
            """);
}
