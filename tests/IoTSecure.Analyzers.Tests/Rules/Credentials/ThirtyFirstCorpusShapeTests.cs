using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the thirty-first unseen corpus found at first sight (eighteenth session), each beside its hard negatives:
/// letters drawn at random in both cases under a secret's key; a reset before a password's word (<c>SmsResetPassword</c>);
/// a build tool's <c>%%Name%%</c> token; a team's configuration reader whose written fallback is passed by each call
/// (<c>GetEnv("SQL_PASSWORD", "...")</c>). Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtyFirstCorpusShapeTests
{
    // IOT1001: "Credentials in configuration built in code: dictionary and collection initializers and indexers keyed by a
    // secret name" (issue #14, class 5). Random letters are a secret; a word, a translation or a label under the key is not.
    [Fact]
    public Task Random_letters_under_a_secret_key_are_a_secret_and_words_are_not() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class DeskGateway
            {
                private readonly Dictionary<string, string> _settings = new();
                public DeskGateway()
                {
                    _settings["desk.gateway.psk"] = "EaNPBjuJEIhN"; // expect: IOT1001
                    _settings["hub/password"] = "kPqLmNbVcXzA"; // expect: IOT1001
                    _settings["password"] = "Passwort"; // expect: none
                    _settings["password.error"] = "TooShort"; // expect: none
                    _settings["password.hint"] = "ConnectionFailed"; // expect: none
                }
                public IReadOnlyDictionary<string, string> Settings => _settings;
            }
            public static class Use { public static void U(uPLibrary.Networking.M2Mqtt.MqttClient c, string p) => c.Connect("a", "b", p); }
            """);

    // IOT1004: a secret-named constant given a value written in the code. A reset before a password's word says what the
    // password is for; after it (PasswordReset), or before a token's word (a command's ResetToken), it does not name a secret.
    // IOT1006: "%VAR%"-style template tokens, a build tool's %%NAME%% included.
    [Fact]
    public Task Reset_passwords_are_secrets_and_reset_acts_commands_and_build_tokens_are_not() =>
        ExpectComments.AssertAsync("""
            public sealed class FootfallCounter
            {
                private const string SmsResetPassword = "Kyvu.ZYCUKrc"; // expect: IOT1004
                public const string FactoryResetPin = "730419"; // expect: IOT1004
                public const string PasswordResetUrl = "https://counter.example/reset"; // expect: none
                public const string ResetToken = "reboot"; // expect: none
                public const string ResetPasswordCommand = "reset_password"; // expect: none
                public static string Password = "%%PowerDogPassword%%"; // expect: none
                public bool Check(string s, string pin) => s == SmsResetPassword || pin == FactoryResetPin;
            }
            """);

    // IOT1002 / IOT1001: "So is a written fallback beside a run-time value". A team's configuration reader returns the value
    // read or the fallback each call passes: that call's fallback ships, inside a connection string or at a sink; another
    // call's fallback (a host, a port) is not the password.
    [Fact]
    public Task A_readers_fallback_is_what_each_call_passes() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class ParkingDb
            {
                private static readonly Dictionary<string, string> Vars = new();
                public static string GetEnv(string key, string defaultValue = "")
                {
                    return Vars.TryGetValue(key, out var val) ? val : defaultValue;
                }
                public static string ConnectionString()
                {
                    string host = GetEnv("SQL_HOST", "localhost");
                    string user = GetEnv("SQL_USER", "postgres"); // expect: none
                    string pass = GetEnv("SQL_PASSWORD", "12345678"); // expect: IOT1002
                    return $"Host={host};Username={user};Password={pass};Database=parking;";
                }
                public static void Broker(uPLibrary.Networking.M2Mqtt.MqttClient mqtt) =>
                    mqtt.Connect("gate-1", GetEnv("MQTT_USER", "gate"), GetEnv("MQTT_PASSWORD", "Pk4-gate.Broker-19")); // expect: IOT1001
                public static PgConnection Open() => new PgConnection(ConnectionString());
            }
            """);

    // The same reader written as an expression (`Environment.GetEnvironmentVariable(key) ?? fallback`, or with a block of one
    // return): each call's written fallback ships; a fallback the caller itself receives, or none, is no finding.
    [Fact]
    public Task An_environment_readers_coalesced_fallback_is_what_each_call_passes() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Read(string key, string fallback) { return Environment.GetEnvironmentVariable(key) ?? fallback; }
            }
            public static class Uplink
            {
                public static void Connect(MqttClient mqtt) => mqtt.Connect("kiln-1", "kiln", Env.Get("MQTT_PASSWORD", "Kp5-kiln.Broker-31")); // expect: IOT1001
                public static void Spare(MqttClient mqtt) => mqtt.Connect("kiln-2", "kiln", Env.Read("MQTT_PASSWORD", "Kp6-kiln.Spare-44")); // expect: IOT1001
                public static void Given(MqttClient mqtt, string given) => mqtt.Connect("kiln-3", Env.Get("MQTT_USER", "kiln"), Env.Get("MQTT_PASSWORD", given));
                public static void None(MqttClient mqtt) => mqtt.Connect("kiln-4", "kiln", Env.Read("MQTT_PASSWORD", ""));
            }
            """);
}
