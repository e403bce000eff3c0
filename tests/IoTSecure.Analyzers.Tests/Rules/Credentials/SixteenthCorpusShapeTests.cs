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
    /// the URL's '?'), is judged where it is written; a message with one pair is not a query.
    /// </summary>
    [Fact]
    public Task A_query_string_handed_to_a_request_helper() =>
        ExpectComments.AssertAsync("""
            using System;
            public class LockRecorder
            {
                private string Send(string cgi, string parameters) => "http://10.8.0.22/axis-cgi/" + cgi + "?" + parameters;
                public string AddViewer() => Send("pwdgrp.cgi", "action=add&user=towpath&pwd=Lock7-Paddle-Gate&grp=users"); // expect: IOT1001
                public string Template() => Send("pwdgrp.cgi", "action=add&user=towpath&pwd=<viewer password>&grp=users");
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
}
