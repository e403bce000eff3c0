using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the sixteenth corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class SixteenthCorpusShapeTests
{
    /// <summary>
    /// A wrapper whose constructor stores its parameter in a field of the same name (<c>this.password = password</c>) and
    /// uses the field at a sink: the values its creations pass are judged (the assignment writes the field, not the
    /// parameter). A wrapper built with run-time values holds nothing.
    /// </summary>
    [Fact]
    public Task A_constructor_parameter_kept_in_a_field_of_its_own_name() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public class LiftCamera
            {
                private readonly string login;
                private readonly string password;
                public LiftCamera(string host, string login, string password, int timeout = 3000)
                {
                    this.login = login;
                    this.password = password;
                }
                public WebRequest Snapshot()
                {
                    var request = WebRequest.Create("http://10.31.4.12/axis-cgi/jpg/image.cgi");
                    request.Credentials = new NetworkCredential(login, password);
                    return request;
                }
            }
            public static class TopStation
            {
                static readonly LiftCamera Summit = new LiftCamera("10.31.4.12", "liftops", "Gondola7-Piste-Mogul", 5000); // expect: IOT1001
                static readonly LiftCamera Base = new LiftCamera("10.31.4.13", "liftops", "YOUR_CAMERA_PASSWORD"); // expect: IOT1006
                static readonly LiftCamera Spare = new LiftCamera("10.31.4.14", "liftops", Environment.GetEnvironmentVariable("CAM_PASSWORD") ?? "");
            }
            """);

    /// <summary>
    /// The team's helper is followed to its own calls when other methods share its name with other parameters (an MQTT
    /// client's <c>Connect(clientId, user, password)</c> called eighteen times with a written user elsewhere): only calls
    /// that may be the helper (by their number of arguments) count toward the cap on general helpers.
    /// </summary>
    [Fact]
    public Task A_helper_sharing_its_name_with_other_methods() =>
        ExpectComments.AssertAsync("""
            using System;
            public class PumpModem
            {
                public static void SendCommand(string command) { }
                public void Connect(string apnUser, string password)
                {
                    SendCommand($"AT+CGAUTH=1,1,\"{apnUser}\",\"{password}\"");
                }
            }
            public static class Program
            {
                public static void Main()
                {
                    var modem = new PumpModem();
                    modem.Connect("pumps", "Sluice4-Weir-Culvert"); // expect: IOT1001
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-0", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-1", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-2", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-3", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-4", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-5", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-6", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-7", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-8", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-9", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-10", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-11", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-12", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-13", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-14", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-15", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-16", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                    new uPLibrary.Networking.M2Mqtt.MqttClient("broker.local").Connect("pump-17", "pump", Environment.GetEnvironmentVariable("PUMP_PASSWORD"));
                }
            }
            """);

    /// <summary>
    /// A default a function gives a missing parameter (<c>if (string.IsNullOrEmpty(password)) password = BenchPassword;</c>,
    /// <c>if (password is null) ...</c>) ships in the code; a default read from the environment holds nothing.
    /// </summary>
    [Fact]
    public Task A_default_given_to_a_missing_parameter() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public static class CottageBox
            {
                const string BenchBoxPassword = "Hearth4-Thatch-Byre"; // expect: IOT1001
                public static ICredentials Login(string user, string password)
                {
                    if (string.IsNullOrEmpty(password)) password = BenchBoxPassword;
                    return new NetworkCredential(user, password);
                }
                public static ICredentials Other(string user, string password)
                {
                    if (password is null)
                    {
                        password = "Hearth5-Thatch-Byre"; // expect: IOT1001
                    }
                    return new NetworkCredential(user, password);
                }
                public static ICredentials FromEnv(string user, string password)
                {
                    if (string.IsNullOrWhiteSpace(password)) password = Environment.GetEnvironmentVariable("BOX_PASSWORD");
                    return new NetworkCredential(user, password);
                }
            }
            """);

    /// <summary>
    /// A field read from a settings file by a constructor and given a written default when missing
    /// (<c>TryGetValue("box.password", out password); if (string.IsNullOrEmpty(password)) password = BenchBoxPassword;</c>)
    /// ships the default; a default read from the environment holds nothing.
    /// </summary>
    [Fact]
    public Task A_field_given_a_default_when_its_setting_is_missing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            public class CottageBox
            {
                const string BenchBoxPassword = "Hearth6-Thatch-Byre"; // expect: IOT1001
                private string username;
                private string password;
                private string backup;
                public CottageBox(IDictionary<string, string> properties)
                {
                    properties.TryGetValue("box.username", out username);
                    properties.TryGetValue("box.password", out password);
                    properties.TryGetValue("box.backup", out backup);
                    if (string.IsNullOrEmpty(password)) password = BenchBoxPassword;
                    if (backup == null) backup = Environment.GetEnvironmentVariable("BOX_BACKUP");
                }
                public ICredentials Login() => new NetworkCredential(username, password);
                public ICredentials Backup() => new NetworkCredential(username, backup);
            }
            """);

    /// <summary>
    /// A query or form body with a password among other pairs, handed to the team's request helper (which puts it after
    /// the URL's '?'), is judged where it is written; a message with one pair is not a query. A template there is sent as
    /// written (IOT1006; red team 21 showed the same body handed to <c>StringContent</c>).
    /// </summary>
    [Fact]
    public Task A_query_string_handed_to_a_request_helper() =>
        ExpectComments.AssertAsync("""
            using System;
            public class LockRecorder
            {
                private string Send(string cgi, string parameters) => "http://10.8.0.22/axis-cgi/" + cgi + "?" + parameters;
                public string AddViewer() => Send("pwdgrp.cgi", "action=add&user=towpath&pwd=Lock7-Paddle-Gate&grp=users"); // expect: IOT1001
                public string Template() => Send("pwdgrp.cgi", "action=add&user=towpath&pwd=<viewer password>&grp=users"); // expect: IOT1006
                public string Message() => "Login failed: pwd=incorrect"; // expect: none
                public string Rotate(string next) => Send("pwdgrp.cgi", "action=update&user=towpath&pwd=" + next);
            }
            """);

    /// <summary>
    /// An ESP-AT command built from a wrapper's parameters (<c>AT+CWJAP="{ssid}","{password}"</c>, <c>AT+CWSAP</c>,
    /// <c>AT+MQTTUSERCFG</c>) is read once per call of the wrapper, as SIM and APN commands are; a query command and a
    /// password read at run time hold nothing.
    /// </summary>
    [Fact]
    public Task An_esp_at_command_built_from_a_wrappers_parameters() =>
        ExpectComments.AssertAsync("""
            using System;
            public class HutWifi
            {
                public static void SendCommand(string command) { }
                public void Connect(string Ssid, string Password) => SendCommand("AT+CWJAP=\"" + Ssid + "\",\"" + Password + "\"");
                public void StartAccessPoint(string ssid, string password) => SendCommand($"AT+CWSAP=\"{ssid}\",\"{password}\",5,3");
                public void Broker(string user, string password) => SendCommand($"AT+MQTTUSERCFG=0,1,\"hut\",\"{user}\",\"{password}\",0,0,\"\"");
                public void Status() => SendCommand("AT+CWJAP?"); // expect: none
            }
            public static class Program
            {
                public static void Main()
                {
                    var wifi = new HutWifi();
                    wifi.Connect("ScoutHut-Loft", "Tinder-Flint-Kettle8"); // expect: IOT1001
                    wifi.Connect("SSID", "Password"); // expect: IOT1002
                    wifi.StartAccessPoint("Hut-Setup", "Tinder-Flint-Kettle9"); // expect: IOT1001
                    wifi.Broker("hut", "Tinder-Flint-Kettle10"); // expect: IOT1001
                    wifi.Connect("Barn", Environment.GetEnvironmentVariable("BARN_PSK"));
                }
            }
            """);

    /// <summary>
    /// A broker's received password compared with the team's options property (<c>args.Password != _options.Password</c>)
    /// takes every value the code writes into that property (a bench factory's object initializer): IOT1001 at each; a
    /// property written only from configuration holds nothing.
    /// </summary>
    [Fact]
    public Task A_received_password_compared_with_an_options_property() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using MQTTnet.Server;
            internal class MeterMqttOptions
            {
                public string Username { get; set; } = "";
                public string Password { get; set; } = "";
                public string ApiToken { get; set; } = "";
            }
            internal class MeterBroker
            {
                private readonly MeterMqttOptions _options;
                public MeterBroker(MeterMqttOptions options) { _options = options; }
                public Task Validate(ValidatingConnectionEventArgs args)
                {
                    if (args.UserName != _options.Username || args.Password != _options.Password)
                    {
                        args.ReasonCode = 134;
                    }
                    return Task.CompletedTask;
                }
            }
            internal static class BenchMeterOptions
            {
                public static MeterMqttOptions Bench() => new MeterMqttOptions { Username = "meterhub", Password = "Dial7-Tariff-Kilowatt" }; // expect: IOT1001
                public static MeterMqttOptions Live() => new MeterMqttOptions { Username = "meterhub", Password = Environment.GetEnvironmentVariable("METER_MQTT_PASSWORD") ?? "" };
            }
            """);

    /// <summary>
    /// The same comparison when the options property has no initializer (<c>public string Password { get; set; }</c>): both
    /// sides are then named as credentials and neither has a value of its own, but only the options property is written in
    /// the code (factories' object initializers), so it is the written side. Generated letters-only passwords
    /// (<c>"ZIyukWBqRW"</c>) are judged as passwords there; a status word compared with a received value stays a word.
    /// </summary>
    [Fact]
    public Task A_received_password_compared_with_an_options_property_with_no_initializer() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using MQTTnet.Server;
            internal class HubMqttOptions
            {
                public int Port { get; set; }
                public string Username { get; set; }
                public string Password { get; set; }
            }
            internal class HubBroker
            {
                private readonly HubMqttOptions _mqttOptions;
                public HubBroker(HubMqttOptions options) { _mqttOptions = options; }
                public Task Validate(ValidatingConnectionEventArgs args)
                {
                    if (args.UserName != _mqttOptions.Username) { args.ReasonCode = 134; return Task.CompletedTask; }
                    if (args.Password != _mqttOptions.Password) { args.ReasonCode = 134; return Task.CompletedTask; }
                    if (args.Password == "ConnectionRefused") { args.ReasonCode = 135; } // expect: none
                    return Task.CompletedTask;
                }
            }
            internal static class HubBench
            {
                public static HubMqttOptions Bench() => new HubMqttOptions
                {
                    Port = 1883,
                    Username = "meterhub",
                    Password = "QmTvxRpLaEz", // expect: IOT1001
                };
                public static HubMqttOptions Display() => new HubMqttOptions { Port = 1884, Username = "display", Password = "12345678" }; // expect: IOT1002
                public static HubMqttOptions Live() => new HubMqttOptions { Port = 8883, Username = "meterhub", Password = Environment.GetEnvironmentVariable("HUB_MQTT_PASSWORD") };
            }
            """);

    /// <summary>
    /// Hard negatives of the kind: an options property written only from configuration holds nothing; a received value
    /// compared with another received value (two library properties, two parameters) is no written credential; identifier
    /// words compared with a password field stay words (<c>"PasswordExpired"</c>, <c>"IPAddressMismatch"</c>).
    /// </summary>
    [Fact]
    public Task Options_properties_written_only_at_run_time_and_received_pairs_hold_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using MQTTnet.Server;
            internal class GateOptions
            {
                public string Username { get; set; }
                public string Password { get; set; }
            }
            internal class GateBroker
            {
                private readonly GateOptions _options;
                private string _lastPassword;
                public GateBroker(GateOptions options) { _options = options; }
                public Task Validate(ValidatingConnectionEventArgs args)
                {
                    if (args.Password != _options.Password) { args.ReasonCode = 134; }
                    if (args.Password == _lastPassword) { args.ReasonCode = 135; }
                    if (_lastPassword == "PasswordExpired") { args.ReasonCode = 135; } // expect: none
                    if (_lastPassword == "IPAddressMismatch") { args.ReasonCode = 135; } // expect: none
                    _lastPassword = args.Password;
                    return Task.CompletedTask;
                }
                public static GateOptions FromEnvironment() => new GateOptions
                {
                    Username = Environment.GetEnvironmentVariable("GATE_USER"),
                    Password = Environment.GetEnvironmentVariable("GATE_PASSWORD"),
                };
            }
            """);

    /// <summary>
    /// A static field set by an instance constructor (<c>private static string Password; public Service(string email,
    /// string password) { Password = password; }</c>, the Tesla client's shape) takes what the <c>new(...)</c> calls pass, as
    /// an instance field does: at a credential sink, and as the default a method gives its missing parameter under a
    /// conjunction (<c>if (string.IsNullOrWhiteSpace(password) &amp;&amp; !string.IsNullOrWhiteSpace(Password)) password =
    /// Password;</c>) before a query string carries it; a default given under a disjunction of missing tests too.
    /// </summary>
    [Fact]
    public Task A_static_field_set_by_a_constructor_takes_what_the_creations_pass() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public class FleetService
            {
                private static string Email;
                private static string Password;
                public FleetService(string email, string password) { Email = email; Password = password; }
                public NetworkCredential Login() => new NetworkCredential(Email, Password);
            }
            public class VehicleService
            {
                private static string Password;
                public VehicleService(string email, string password) { Password = password; }
                public async Task Start(string password = "")
                {
                    if (string.IsNullOrWhiteSpace(password) && !string.IsNullOrWhiteSpace(Password)) password = Password;
                    var url = $"https://owner-api.example/api/1/vehicles/7/command/remote_start_drive?password={password}";
                    using var hc = new HttpClient();
                    await hc.PostAsync(url, null);
                }
                public async Task Unlock(string password = null)
                {
                    if (password == string.Empty || password == null) password = "Kestrel-884193"; // expect: IOT1001
                    using var hc = new HttpClient();
                    await hc.PostAsync($"https://owner-api.example/api/1/vehicles/7/command/unlock?password={password}", null);
                }
            }
            public static class Depot
            {
                public static void Run()
                {
                    var fleet = new FleetService("fleet@carclub.example", "YYc5VziaVw6a"); // expect: IOT1001
                    var vehicle = new VehicleService("fleet@carclub.example", "Hq4-Marlin-Tern"); // expect: IOT1001
                    var rental = new FleetService("rental@carclub.example", Environment.GetEnvironmentVariable("RENTAL_PASSWORD"));
                }
            }
            """);

    /// <summary>
    /// Hard negatives: a static field the constructors fill only from configuration holds nothing; a value assigned when
    /// the parameter is present (<c>!string.IsNullOrEmpty</c>), or under a disjunction, is no default for a missing one; a
    /// status text compared is no credential.
    /// </summary>
    [Fact]
    public Task Static_fields_filled_at_run_time_and_non_defaults_hold_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public class MeterService
            {
                private static string Password;
                private static string Label;
                public MeterService(string password, string label) { Password = password; Label = label; }
                public NetworkCredential Login() => new NetworkCredential("meter", Password);
                public async Task Start(string password = "")
                {
                    if (!string.IsNullOrWhiteSpace(password)) password = password.Trim();
                    if (string.IsNullOrWhiteSpace(password) || password.Length > 64) Console.WriteLine("no password given");
                    using var hc = new HttpClient();
                    await hc.PostAsync($"https://meter.example/api/start?password={password}", null);
                }
            }
            public static class MeterDepot
            {
                public static void Run()
                {
                    var meter = new MeterService(Environment.GetEnvironmentVariable("METER_PASSWORD"), "Hq4-Marlin-Tern-Label"); // expect: none
                }
            }
            """);
}
