using System;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 31: the changes since b37b4c3~1 (red team 30's follow-ups). OTPs drawn from System.Random in a model's
/// constructor or object initializer and an OTP model's counting members (IOT3005); getters choosing a fallback with one
/// if/else or switch statement; chained null-conditionals in the syntactic screen and the resolver; deconstructions into
/// declared locals indexed once per block; keyed instances and streaming hashes read from their own declaration, and a
/// keyed function's key held under a key's name judged by its value (IOT1005); Pascal-case dotted configuration keys;
/// "master" no longer an access-code qualifier. In the spellings device code uses (MQTTnet, M2Mqtt, the Azure IoT device
/// SDK, nanoFramework, IncrementalHash in using statements, lock-guarded settings) beside the session's own. About half
/// of the tests are hard negatives. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam31Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam31Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. OTP models (IOT3005) ----------

    // IOT3005 (sixteenth session): a member of a type named as a one-time code "drawn in its initializer, its constructor or
    // an object initializer where it is made (`new Otp { SmsOpt = rng.Next(...) }`)". The object initializer of a
    // target-typed `new() { ... }` where the local's declaration names the OTP model.
    [Fact]
    public Task RT31_an_otp_drawn_in_a_target_typed_object_initializer_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Otp
            {
                public int SmsOpt { get; set; }
                public string Phone { get; set; } = "";
            }
            public static class OtpService
            {
                public static Otp Issue(string phone)
                {
                    Otp otp = new() { Phone = phone, SmsOpt = Random.Shared.Next(100000, 999999) }; // expect: IOT3005
                    return otp;
                }
            }
            """);

    // IOT3005 (sixteenth session): "a member of a type named as a one-time code (`class Otp`, `class SmsOtp`) drawn from
    // `System.Random` is that code however the member is spelt"; only "its timing, counting and identifying members" are
    // not. The OTP's number held in a member called `Value`, drawn in the model's constructor.
    [Fact]
    public Task RT31_an_otp_models_value_drawn_in_its_constructor_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public class SmsOtp
            {
                private static readonly Random Rng = new();
                public string Phone { get; }
                public int Value { get; }
                public SmsOtp(string phone)
                {
                    Phone = phone;
                    Value = Rng.Next(100000, 999999); // expect: IOT3005
                }
            }
            """);

    // IOT3005 (sixteenth session): a member of a type named as a one-time code drawn from System.Random "is that code however
    // the member is spelt", drawn "where it is made". A positional record's member is given its draw where the record is made
    // (`new SmsOtp(phone, Random.Shared.Next(...))`), as an object initializer gives it.
    [Fact]
    public Task RT31_an_otp_records_positional_member_drawn_where_it_is_made_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public record SmsOtp(string Phone, int Digits);
            public static class OtpService
            {
                public static SmsOtp Issue(string phone) => new SmsOtp(phone, Random.Shared.Next(100000, 999999)); // expect: IOT3005
            }
            """);

    // IOT3005 (sixteenth session): drawn "in ... its constructor"; (IOT3005) "A value first held in a local whose name says
    // nothing (`var hex = ...; var pairingCode = hex;`) is followed to the name that receives it". An e-mail OTP model whose
    // constructor draws into a local `n` and formats it into its Code.
    [Fact]
    public Task RT31_an_email_otp_drawn_into_a_local_in_its_constructor_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public class EmailOtp
            {
                public string Code { get; }
                public DateTime ExpiresAt { get; }
                public EmailOtp(Random rng)
                {
                    var n = rng.Next(0, 1000000); // expect: IOT3005
                    Code = n.ToString("D6");
                    ExpiresAt = DateTime.UtcNow.AddMinutes(5);
                }
            }
            """);

    // Hard negative. IOT3005 (sixteenth session): an OTP model's "timing, counting and identifying members (`RetryDelayMs`,
    // `PhoneNumber`, `Id`, `MaxAttempts`) are not" the code. An HOTP model's moving counter (counting: RFC 4226 sends it in
    // the clear) started at a random value by a simulator.
    [Fact]
    public Task RT31_an_hotp_models_counter_drawn_from_random_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Hotp
            {
                public long Counter { get; set; } = Random.Shared.Next(0, 1000); // expect: none
                public int Digits { get; } = 6;
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; (sixteenth session) an
    // OTP model's "timing ... members (`RetryDelayMs` ...) are not". The resend cooldown an SMS OTP model draws, in its
    // initializer and in its constructor through TimeSpan.FromMilliseconds.
    [Fact]
    public Task RT31_an_otp_models_resend_cooldown_and_resend_after_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public class SmsOtp
            {
                public int ResendCooldown { get; } = Random.Shared.Next(30, 90); // expect: none
                public TimeSpan ResendAfter { get; }
                public SmsOtp()
                {
                    ResendAfter = TimeSpan.FromMilliseconds(Random.Shared.Next(500, 1500)); // expect: none
                }
            }
            """);

    // Hard negative. IOT3005: "Picking a random element for load balancing, sampling or back-off ends in a name such as
    // `server`, `subset` or `retryDelay` and is not reported"; an OTP model's identifying members are not the code. The SMS
    // gateway an OTP is sent through, picked at random in the object initializer where the OTP is made and again when it
    // is rerouted; the code itself comes from RandomNumberGenerator.
    [Fact]
    public Task RT31_an_otp_models_gateway_picked_for_load_balancing_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public class Otp
            {
                private static readonly string[] Gateways = { "sms-eu-1.example", "sms-eu-2.example", "sms-us-1.example" };
                public string Phone { get; set; } = "";
                public string Gateway { get; set; } = "";
                public int Code { get; set; }
                public void Reroute() { Gateway = Gateways[Random.Shared.Next(Gateways.Length)]; } // expect: none
                public static Otp Route(string phone) =>
                    new Otp { Phone = phone, Code = RandomNumberGenerator.GetInt32(100000, 1000000), Gateway = Gateways[Random.Shared.Next(Gateways.Length)] }; // expect: none
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; the OTP model's
    // own members are judged by the OTP model's name, another type's by its own. An OTP model's method that builds the SMS
    // it is sent in (`new SmsMessage { Priority = ..., DelayMs = ... }`) with drawn numbers that are the message's, not the OTP.
    [Fact]
    public Task RT31_another_types_object_initializer_inside_an_otp_model_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed class SmsMessage
            {
                public string To { get; set; } = "";
                public string Body { get; set; } = "";
                public int Priority { get; set; }
                public int DelayMs { get; set; }
            }
            public class Otp
            {
                public string Phone { get; set; } = "";
                public int Code { get; } = RandomNumberGenerator.GetInt32(100000, 1000000);
                public SmsMessage Compose() => new SmsMessage { To = Phone, Body = $"Your code: {Code:D6}", Priority = Random.Shared.Next(0, 3), DelayMs = Random.Shared.Next(0, 250) }; // expect: none
            }
            """);

    // ---------- 2. getters choosing a fallback with one statement ----------

    // IOT1001 (sixteenth session): "A getter that chooses a written fallback with statements (`get { if
    // (string.IsNullOrEmpty(_token)) return "..."; return _token; }`) keeps it beside a setter that stores." The same
    // getter in a thread-safe settings class, inside one `lock` statement.
    [Fact]
    public Task RT31_a_getter_choosing_its_fallback_inside_a_lock_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class BurnerSettings
            {
                private readonly object _gate = new();
                private string _token = "";
                public string Token
                {
                    get
                    {
                        lock (_gate)
                        {
                            if (_token.Length == 0)
                                return "Lk1-burner.Feed-37Qm"; // expect: IOT1001
                            return _token;
                        }
                    }
                    set { lock (_gate) { _token = value; } }
                }
            }
            public static class BurnerUplink
            {
                public static void Authorize(HttpClient http, BurnerSettings s) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
            }
            """);

    // IOT1001 (sixteenth session): a getter "that chooses a written fallback with statements ... keeps it"; (fourteenth
    // session) a helper that chooses "is read however it is written: a switch statement, ifs and returns"; "Every written
    // choice is judged at its own literal". One if/else-if chain in braces choosing a broker password per site.
    [Fact]
    public Task RT31_a_getter_choosing_with_an_else_if_chain_in_braces_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class SiteSettings
            {
                private string _password = "";
                public string Site { get; set; } = "field";
                public string Password
                {
                    get
                    {
                        if (Site == "quarry")
                        {
                            return "Ec1-quarry.Crusher-41"; // expect: IOT1001
                        }
                        else if (Site == "dredger")
                        {
                            return "Ec2-dredger.Pump-73"; // expect: IOT1001
                        }
                        else if (Site == "mill")
                        {
                            return "Ec3-mill.Malaxer-28"; // expect: IOT1001
                        }
                        else if (Site == "press")
                        {
                            return "Ec4-press.Brake-65"; // expect: IOT1001
                        }
                        else
                        {
                            return _password;
                        }
                    }
                    set { _password = value; }
                }
            }
            public static class SiteUplink
            {
                public static MqttClientOptions Options(SiteSettings s) => new MqttClientOptionsBuilder().WithTcpServer("broker.site.example").WithCredentials("site", s.Password).Build();
            }
            """);

    // IOT1002: "A well-known default credential used as a credential: wherever IOT1001 looks"; "A default password is
    // reported as IOT1002 instead of IOT1001"; (IOT1001, sixteenth session) a getter choosing with statements keeps its
    // written fallbacks. A switch statement getter whose factory case returns "admin" and whose bench case a written password.
    [Fact]
    public Task RT31_a_switch_getters_listed_default_is_iot1002_and_its_other_fallback_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public enum CameraProfile { Field, Factory, Bench }
            public sealed class CrawlerCamera
            {
                private string _password = "";
                public CameraProfile Profile { get; set; }
                public string Password
                {
                    get
                    {
                        switch (Profile)
                        {
                            case CameraProfile.Factory: return "admin"; // expect: IOT1002
                            case CameraProfile.Bench: return "Sw2-crawler.Bench-58"; // expect: IOT1001
                            default: return _password;
                        }
                    }
                    set => _password = value;
                }
            }
            public static class CrawlerUplink
            {
                public static NetworkCredential Login(CrawlerCamera camera) => new NetworkCredential("crawler", camera.Password);
            }
            """);

    // IOT1001 (sixteenth session): "A getter that chooses a written fallback with statements (`get { if
    // (string.IsNullOrEmpty(_token)) return "..."; return _token; }`) keeps it beside a setter that stores." The getter
    // written with one if/else statement and read by its own type (an uploader authorizing its own requests with `Token`).
    [Fact]
    public Task RT31_a_statement_getter_read_by_its_own_type_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class TelemetryUploader
            {
                private string _token = "";
                public string Token
                {
                    get
                    {
                        if (_token.Length == 0) { return "Ow1-sugar.Upload-52Kv"; } // expect: IOT1001
                        else { return _token; }
                    }
                    set { _token = value; }
                }
                public void Authorize(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            }
            """);

    // IOT1001: "So is a written fallback beside a run-time value (`key = File.Exists(path) ? File.ReadAllText(path) :
    // "..."`, `env ?? "..."`)", reported at its literal; (sixteenth session) a getter choosing a written fallback with
    // statements keeps it. The fallback chosen by one try/catch statement when the key file cannot be read.
    [Fact]
    public Task RT31_a_getters_written_fallback_in_a_catch_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net.Http;
            public sealed class BalloonSettings
            {
                public string ApiKey
                {
                    get
                    {
                        try { return File.ReadAllText("/data/burner.key").Trim(); }
                        catch (IOException) { return "Tc1-balloon.Burner-82Xq"; } // expect: IOT1001
                    }
                }
            }
            public static class BalloonUplink
            {
                public static void Authorize(HttpClient http, BalloonSettings s) => http.DefaultRequestHeaders.Add("X-API-Key", s.ApiKey);
            }
            """);

    // Hard negative. IOT1001: "placeholders such as `"<your-wifi-password>"` ([IOT1006](IOT1006.md) is the rule for those)";
    // "Not findings: empty strings". A switch statement getter whose demo case returns a placeholder (IOT1006 only), and an
    // if/else getter whose fallback is an empty string.
    [Fact]
    public Task RT31_statement_getters_choosing_a_placeholder_or_no_text_are_iot1006_or_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class FreezerSettings
            {
                private string _token = "", _apiKey = "";
                public string Mode { get; set; } = "field";
                public string Token
                {
                    get
                    {
                        switch (Mode)
                        {
                            case "demo": return "<your-feed-token>"; // expect: IOT1006
                            default: return _token;
                        }
                    }
                    set { _token = value; }
                }
                public string ApiKey
                {
                    get { if (_apiKey.Length == 0) { return string.Empty; } else { return _apiKey; } }
                    set { _apiKey = value; }
                }
            }
            public static class FreezerUplink
            {
                public static void Authorize(HttpClient http, FreezerSettings s)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
                    http.DefaultRequestHeaders.Add("X-API-Key", s.ApiKey);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file". A switch statement getter whose cases read each site's password at run time; the case labels are the sites'
    // names, compared with, never returned.
    [Fact]
    public Task RT31_a_switch_getter_reading_each_sites_password_at_run_time_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class QuarrySettings
            {
                private readonly IReadOnlyDictionary<string, string> _cfg;
                private string _password = "";
                public QuarrySettings(IReadOnlyDictionary<string, string> cfg) => _cfg = cfg;
                public string Site { get; set; } = "";
                public string Password
                {
                    get
                    {
                        switch (Site)
                        {
                            case "Kx7-Quarry-North-2291": return Environment.GetEnvironmentVariable("QUARRY_NORTH_MQTT_PASSWORD") ?? ""; // expect: none
                            case "Kx7-Quarry-South-4410": return _cfg.GetValueOrDefault("Mqtt:South:Password") ?? ""; // expect: none
                            default: return _password;
                        }
                    }
                    set => _password = value;
                }
                public void Connect(MqttClient mqtt) => mqtt.Connect("quarry-2", "quarry", Password);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment"; a user name is no secret (the
    // sinks' credential is the password). If/else and switch statement getters choosing a written user name and client id
    // at M2Mqtt's Connect, whose password is read from the environment.
    [Fact]
    public Task RT31_statement_getters_choosing_user_names_and_client_ids_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class KilnSettings
            {
                private string _user = "", _clientId = "";
                public string Line { get; set; } = "a";
                public string UserName
                {
                    get { if (_user.Length == 0) { return "kiln-operator"; } else { return _user; } } // expect: none
                    set => _user = value;
                }
                public string ClientId
                {
                    get { switch (Line) { case "a": return "kiln-line-a-7Qx2"; case "b": return "kiln-line-b-3Wm8"; default: return _clientId; } } // expect: none
                    set => _clientId = value;
                }
                public void Connect(MqttClient mqtt) => mqtt.Connect(ClientId, UserName, Environment.GetEnvironmentVariable("KILN_MQTT_PASSWORD") ?? "");
            }
            """);

    // ---------- 3. chained null-conditionals ----------

    // IOT1001 (sixteenth session): a helper is followed "when called null-conditionally (`_secrets?.FeedToken() ?? ""`)";
    // (thirteenth session) "an IoT Hub key returned by a named helper ... is held by that name: IOT1001 at the sink". The
    // helper reached through three optional objects (`_device?.Provisioning?.Secrets?.PrimaryKey()`).
    [Fact]
    public Task RT31_a_hub_key_helper_called_through_three_null_conditionals_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public sealed class HubSecrets
            {
                public string PrimaryKey() => "Ch1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="; // expect: IOT1001
            }
            public sealed class Provisioning { public HubSecrets? Secrets { get; set; } }
            public sealed class Device { public Provisioning? Provisioning { get; set; } }
            public sealed class PressUplink
            {
                private readonly Device? _device;
                public PressUplink(Device? device) => _device = device;
                public IAuthenticationMethod Auth() => new DeviceAuthenticationWithRegistrySymmetricKey("press-4", _device?.Provisioning?.Secrets?.PrimaryKey()!);
            }
            """);

    // IOT1001: "The value is followed back to where it is written ... auto-properties with initializers"; (sixteenth
    // session) null-conditional reads are followed. A broker password in an options section's auto-property initializer,
    // read through two optional objects (`_cfg?.Mqtt?.Password`) at M2Mqtt's Connect.
    [Fact]
    public Task RT31_an_auto_property_password_read_through_two_null_conditionals_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class MqttSection
            {
                public string Password { get; } = "Ch2-dryer.Broker-19Kd"; // expect: IOT1001
            }
            public sealed class DryerConfig { public MqttSection? Mqtt { get; set; } }
            public sealed class Dryer
            {
                private readonly DryerConfig? _cfg;
                public Dryer(DryerConfig? cfg) => _cfg = cfg;
                public void Connect(MqttClient mqtt) => mqtt.Connect("dryer-5", "dryer", _cfg?.Mqtt?.Password);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment ...; placeholders such as
    // `"<your-wifi-password>"` ([IOT1006](IOT1006.md) is the rule for those)". Chained null-conditional helpers returning the
    // environment's value, a placeholder (IOT1006 only) and a header's name.
    [Fact]
    public Task RT31_chained_null_conditional_helpers_returning_the_environment_a_placeholder_or_a_header_name() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class CrawlerSecrets
            {
                public string BrokerPassword() => Environment.GetEnvironmentVariable("SEWER_MQTT_PASSWORD") ?? "";
                public string FeedToken() => "<sewer-feed-token>"; // expect: IOT1006
                public string TokenHeader() => "X-Feed-Token"; // expect: none
            }
            public sealed class CrawlerRig { public CrawlerSecrets? Secrets { get; set; } }
            public sealed class Crawler
            {
                private readonly CrawlerRig? _rig;
                public Crawler(CrawlerRig? rig) => _rig = rig;
                public void Connect(MqttClient mqtt, HttpClient http)
                {
                    mqtt.Connect("crawler-1", "crawler", _rig?.Secrets?.BrokerPassword());
                    http.DefaultRequestHeaders.Add(_rig?.Secrets?.TokenHeader() ?? "X-Feed-Token", _rig?.Secrets?.FeedToken());
                }
            }
            """);

    // Hard negative. IOT1001: "configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)"
    // are not findings; (fifteenth session) "a helper that returns what its caller passes ... is not [followed], its argument
    // is a key". A vault reached through chained null-conditionals and asked for a secret by its key.
    [Fact]
    public Task RT31_a_vault_lookup_through_chained_null_conditionals_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Vault
            {
                private readonly Dictionary<string, string> _store = new();
                public string Read(string name) => _store.TryGetValue(name, out var v) ? v : "";
            }
            public sealed class Rig { public Vault? Vault { get; set; } }
            public sealed class App { public Rig? Rig { get; set; } }
            public sealed class Mill
            {
                private readonly App? _app;
                public Mill(App? app) => _app = app;
                public void Connect(MqttClient mqtt, HttpClient http)
                {
                    mqtt.Connect("mill-1", "mill", _app?.Rig?.Vault?.Read("Mqtt:Password") ?? ""); // expect: none
                    http.DefaultRequestHeaders.Add("X-API-Key", _app?.Rig?.Vault?.Read("mill.api-key")); // expect: none
                }
            }
            """);

    // ---------- 4. deconstructions into declared locals ----------

    // IOT1001: "So is a written fallback beside a run-time value"; (eleventh session) "defaults given after more
    // missing-value tests"; (sixteenth session) keys "into variables declared before (`string id, key; (id, key) =
    // Spare();`)" are followed. A login deconstructed from a file into variables declared before, with a written default
    // when the password is missing.
    [Fact]
    public Task RT31_a_default_given_after_a_deconstruction_into_declared_locals_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Evaporator
            {
                private static (string User, string Password) ReadLogin()
                {
                    var parts = File.ReadAllText("/data/broker.login").Split(':');
                    return (parts[0], parts[1]);
                }
                public static void Connect(MqttClient mqtt)
                {
                    string user, password;
                    (user, password) = ReadLogin();
                    if (string.IsNullOrEmpty(password))
                        password = "Dd1-maple.Evap-63Rw"; // expect: IOT1001
                    mqtt.Connect("evap-1", user, password);
                }
            }
            """);

    // IOT1001 (sixteenth session): "Keys held in tuples are followed however the tuple is deconstructed: ... into variables
    // declared before"; "Every written choice is judged at its own literal". Declared variables given by one of two
    // deconstructions chosen by an if/else (the bench unit's written key, the field unit's key from the environment).
    [Fact]
    public Task RT31_a_hub_key_deconstructed_into_declared_locals_on_one_branch_of_an_if_is_held() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public static class Malaxer
            {
                private static (string DeviceId, string Key) Bench() => ("malaxer-b1", "Dd2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Field() => (Environment.MachineName, Environment.GetEnvironmentVariable("MALAXER_HUB_KEY") ?? "");
                public static IAuthenticationMethod Auth(bool bench)
                {
                    string id, key;
                    if (bench)
                        (id, key) = Bench();
                    else
                        (id, key) = Field();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // IOT1001 (sixteenth session): "Keys held in tuples are followed however the tuple is deconstructed". A deconstruction
    // mixing a new variable and one declared before (`string key; (var id, key) = Spare();`, C# 10).
    [Fact]
    public Task RT31_a_hub_key_in_a_mixed_deconstruction_is_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public static class Headbox
            {
                private static (string DeviceId, string Key) Spare() => ("headbox-s3", "Dd3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                public static IAuthenticationMethod Auth()
                {
                    string key;
                    (var id, key) = Spare();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; labels are not findings. A login deconstructed from a file into variables declared before, refused with a
    // message when the password is missing, and a service login from a tuple of a written user and the environment.
    [Fact]
    public Task RT31_deconstructed_logins_refused_when_missing_or_read_from_the_environment_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Evaporator
            {
                private static (string User, string Password) ReadLogin()
                {
                    var parts = File.ReadAllText("/data/broker.login").Split(':');
                    return (parts[0], parts[1]);
                }
                public static void Connect(MqttClient mqtt, MqttClient service)
                {
                    string user, password;
                    (user, password) = ReadLogin();
                    if (password.Length == 0)
                        throw new InvalidOperationException("Broker password missing: provision /data/broker.login"); // expect: none
                    mqtt.Connect("evap-2", user, password);
                    string serviceUser, servicePassword;
                    (serviceUser, servicePassword) = ("evap-service", Environment.GetEnvironmentVariable("EVAP_SERVICE_PASSWORD") ?? "");
                    service.Connect("evap-3", serviceUser, servicePassword);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment"; a device id and a region are no
    // credentials. Two deconstructions into variables declared before in one block: the key's position holds the
    // environment's value, the written text sits at the id's and the host's positions.
    [Fact]
    public Task RT31_two_deconstructions_in_one_block_keep_each_variables_position() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public static class Dredger
            {
                private static (string Host, string Key) Rig() => ("dredger.azure-devices.net", Environment.GetEnvironmentVariable("DREDGER_HUB_KEY") ?? ""); // expect: none
                private static (string Region, string DeviceId) Where() => ("westeurope", "dredger-cutter-7Kq2Lm9Xw4Rt8Yv1Bz6N"); // expect: none
                public static DeviceClient Open()
                {
                    string host, key, region, id;
                    (host, key) = Rig();
                    (region, id) = Where();
                    return DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey(id + "@" + region, key));
                }
            }
            """);

    // ---------- 5. keyed functions and streaming hashes (IOT1005) ----------

    // IOT1005 (sixteenth session): ".NET's streaming hash made unkeyed (`IncrementalHash.CreateHash`) and fed the serial by
    // `AppendData` derives what is read from it (`GetHashAndReset()`)"; an HMAC keyed with the MAC "does not end the chain".
    // Both written with a `using (...) { }` statement instead of a using declaration.
    [Fact]
    public Task RT31_codes_from_streaming_hashes_in_using_statements_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Charger
            {
                public string SetupCode(string serialNumber)
                {
                    using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256)) { sha.AppendData(Encoding.UTF8.GetBytes(serialNumber)); var setupCode = Convert.ToHexString(sha.GetHashAndReset())[..8]; return setupCode; } // expect: IOT1005
                }
                public string PairingPin(PhysicalAddress radio, string serialNumber)
                {
                    using (var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, radio.GetAddressBytes())) { h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); var pairingPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); return pairingPin; } // expect: IOT1005
                }
            }
            """);

    // Hard negative. IOT1005: "Not findings: `RandomNumberGenerator.GetString(...)`"; "`RandomNumberGenerator` ends the
    // chain"; a parameter's challenge is no public device data. A streaming hash in a `using (...) { }` statement fed only a
    // fresh random nonce and the challenge.
    [Fact]
    public Task RT31_a_pin_from_a_streaming_hash_in_a_using_statement_of_random_bytes_and_a_challenge_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed class Charger
            {
                public string SessionPin(byte[] challenge)
                {
                    using (var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
                    {
                        h.AppendData(RandomNumberGenerator.GetBytes(16));
                        h.AppendData(challenge);
                        var sessionPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: none
                        return sessionPin;
                    }
                }
            }
            """);

    // IOT1005 (sixteenth session): "A key held under a key's or a secret's name (`macKey`, a message authentication key;
    // `_pairingSecret`) is judged by the value it holds, never by its name"; an HMAC keyed with the MAC "does not end the
    // chain". A key field the constructor gives the radio's MAC address.
    [Fact]
    public Task RT31_a_pin_from_an_hmac_keyed_with_a_key_field_holding_the_mac_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Scooter
            {
                private readonly byte[] _pairingKey;
                private readonly string _serialNumber;
                public Scooter(PhysicalAddress radio, string serialNumber) { _pairingKey = radio.GetAddressBytes(); _serialNumber = serialNumber; }
                public string PairingPin() { var pairingPin = (BitConverter.ToUInt32(HMACSHA256.HashData(_pairingKey, Encoding.UTF8.GetBytes(_serialNumber)), 0) % 1000000).ToString("D6"); return pairingPin; } // expect: IOT1005
            }
            """);

    // IOT1005 (sixteenth session): a key held under "a key's or a secret's name ... is judged by the value it holds, never
    // by its name"; the host name is public ("the host name (`Environment.MachineName`, ...)"). A streaming hash fed the
    // serial and a salt whose value is the host name: nothing in it is secret.
    [Fact]
    public Task RT31_a_code_from_a_streaming_hash_fed_the_serial_and_a_host_name_salt_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Press
            {
                private static readonly byte[] PairingSalt = Encoding.UTF8.GetBytes(Environment.MachineName);
                public string SetupCode(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); h.AppendData(PairingSalt); var setupCode = Convert.ToHexString(h.GetHashAndReset())[..8]; return setupCode; // expect: IOT1005
                }
            }
            """);

    // IOT1005 (sixteenth session): "A keyed function whose key is itself public data (an HMAC keyed with the MAC ...) does
    // not end the chain"; keyed instances are read from their own declaration. A static HMAC field made by a target-typed
    // `new(...)` with the first interface's MAC address, used for every unit's service PIN.
    [Fact]
    public Task RT31_a_pin_from_a_static_hmac_field_keyed_with_the_mac_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public static class Gate
            {
                private static readonly HMACSHA256 PairingHmac = new(NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes());
                public static string ServicePin(string serialNumber) { var servicePin = (BitConverter.ToUInt32(PairingHmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); return servicePin; } // expect: IOT1005
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) ... ends the chain";
    // (sixteenth session) "a streaming hash fed such a secret besides the serial is keyed", "such a secret" being one held
    // under "a key's or a secret's name"; a passphrase is a secret's name (IOT1004: "Secret names: password, passwd, pwd,
    // passphrase, ..."). A streaming hash fed the factory passphrase the constructor is given, then the serial.
    [Fact]
    public Task RT31_a_pin_from_a_streaming_hash_fed_a_factory_passphrase_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Charger
            {
                private readonly string _factoryPassphrase;
                public Charger(string factoryPassphrase) => _factoryPassphrase = factoryPassphrase;
                public string ServicePin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Encoding.UTF8.GetBytes(_factoryPassphrase));
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var servicePin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005 (sixteenth session): "A key from a parameter, the environment or a factory secret still does
    // [end the chain]", and "a streaming hash fed such a secret besides the serial is keyed". Streaming hashes fed the
    // environment's factory secret, and the factory secret file's bytes, straight into AppendData before the serial.
    [Fact]
    public Task RT31_pins_from_streaming_hashes_fed_the_environments_or_a_files_secret_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Press
            {
                public string ServicePin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Convert.FromBase64String(Environment.GetEnvironmentVariable("PRESS_FACTORY_SECRET") ?? ""));
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var servicePin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
                public string SetupCode(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(File.ReadAllBytes("/factory/setup.secret"));
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var setupCode = Convert.ToHexString(h.GetHashAndReset())[..8]; // expect: none
                    return setupCode;
                }
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret ...) ... ends the chain"; (sixteenth
    // session) a key held under a key's name "is judged by the value it holds": a key file read by the constructor and a
    // property reading the environment are secrets. Each keys an HMAC over the serial or the MAC.
    [Fact]
    public Task RT31_pins_from_hmacs_keyed_with_key_members_holding_file_and_environment_secrets_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Barrier
            {
                private readonly byte[] _provisioningKey;
                public Barrier() { _provisioningKey = File.ReadAllBytes("/factory/provisioning.key"); }
                private static byte[] MacKey => Convert.FromHexString(Environment.GetEnvironmentVariable("BARRIER_MAC_KEY") ?? "");
                public string GatePin(string serialNumber)
                {
                    var gatePin = (BitConverter.ToUInt32(HMACSHA256.HashData(_provisioningKey, Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: none
                    return gatePin;
                }
                public string ServicePin(PhysicalAddress radio)
                {
                    using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, MacKey);
                    h.AppendData(radio.GetAddressBytes());
                    var servicePin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005: "A key from a parameter, the environment or a factory secret still does [end the chain]".
    // An HMAC instance and a streaming HMAC keyed with the caller's device key, each made in a `using (...) { }` statement.
    [Fact]
    public Task RT31_pins_from_hmacs_in_using_statements_keyed_with_a_parameter_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Turnstile
            {
                public string SessionPin(byte[] deviceKey, string serialNumber)
                {
                    using (var hmac = new HMACSHA256(deviceKey))
                    {
                        var sessionPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); // expect: none
                        return sessionPin;
                    }
                }
                public string EntryPin(byte[] deviceKey, string serialNumber)
                {
                    using (var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, deviceKey))
                    {
                        h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                        var entryPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4"); // expect: none
                        return entryPin;
                    }
                }
            }
            """);

    // ---------- 6. Pascal-case dotted keys ----------

    // Hard negative. IOT1004 (sixteenth session): "Pascal-case dotted keys (`"Booth.Mqtt.Password"`) are keys too"; "Not
    // findings: ... configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)". Pascal-case
    // dotted keys with the acronyms device settings carry (MQTT, PSK, IoTHub), under secret names.
    [Fact]
    public Task RT31_pascal_case_dotted_keys_with_acronyms_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class KilnSettings
            {
                private const string MqttPassword = "Kiln.MQTT.Password"; // expect: none
                private const string WifiPsk = "Kiln.Wifi.PSK"; // expect: none
                private static readonly string HubDeviceKey = "Kiln.IoTHub.DeviceKey"; // expect: none
                public static string Read(IReadOnlyDictionary<string, string> cfg) => cfg[MqttPassword] + cfg[WifiPsk] + cfg[HubDeviceKey];
            }
            """);

    // Hard negative. IOT1004 (sixteenth session): "Pascal-case dotted keys (`"Booth.Mqtt.Password"`) are keys too"; the
    // lower-case keys they stand beside may hold digits (a segment starts with a letter). A second kiln's and a third line's
    // keys (`Kiln2.Mqtt.Password`, `Line3.Wifi.Psk`).
    [Fact]
    public Task RT31_pascal_case_dotted_keys_with_numbered_segments_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class KilnSettings
            {
                private const string SpareBrokerPassword = "Kiln2.Mqtt.Password"; // expect: none
                private const string LineWifiPsk = "Line3.Wifi.Psk"; // expect: none
                public static string Read(IReadOnlyDictionary<string, string> cfg) => cfg[SpareBrokerPassword] + cfg[LineWifiPsk];
            }
            """);

    // IOT1001: "It also reports a secret stored in code under a secret-named key, the way configuration is built in code:
    // dictionary and collection initializers ..., indexer assignments ... The key is judged on its last segment". Pascal-case
    // dotted keys are keys, and the written values stored under them are the secrets.
    [Fact]
    public Task RT31_secrets_stored_under_pascal_case_dotted_keys_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class KilnDefaults
            {
                public static Dictionary<string, string> Build()
                {
                    var settings = new Dictionary<string, string> { { "Kiln.Wifi.Psk", "Pk2-kiln.Wlan-93Hd" } }; // expect: IOT1001
                    settings["Kiln.Mqtt.Password"] = "Pk1-kiln.Broker-44Tz"; // expect: IOT1001
                    settings["Kiln.Mqtt.Host"] = "broker.kiln.example"; // expect: none
                    return settings;
                }
            }
            """);

    // ---------- 7. master codes ----------

    // Hard negative. IOT1004 (sixteenth session): "a "master" code is not one by that word alone (a Modbus master's
    // function code, an alarm's trouble code)"; "A code named for what a door, a lock or an alarm reports (`DoorFaultCode`,
    // `LockErrorCode`, `AlarmEventCode`) is no access code". Contact ID event codes (qualifier and event, four digits) of the
    // panel's master, compared with what the receiver decodes.
    [Fact]
    public Task RT31_contact_id_codes_under_master_trouble_and_event_names_compared_with_received_codes_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class ContactIdReceiver
            {
                private const string MasterTroubleCode = "1302"; // expect: none
                private const string PanelMasterEventCode = "1401"; // expect: none
                public static string Classify(string eventCode) =>
                    eventCode == MasterTroubleCode ? "low battery" : eventCode == PanelMasterEventCode ? "opened by user" : "other";
            }
            """);

    // IOT1005: "A name that only may be an access code (`rewashCode`, `serviceCode`, a method `MenuCode(serial)`) is one
    // when its text is made from public data"; "a PIN ... made from ... a MAC". An alarm panel's master code made from the
    // serial, and its master PIN from the MAC ("master" still qualifies a PIN).
    [Fact]
    public Task RT31_a_master_code_from_the_serial_and_a_master_pin_from_the_mac_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            public static class Panel
            {
                public static string MasterCode(string serialNumber) => serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
                public static string MasterPin(PhysicalAddress radio) { var masterPin = (BitConverter.ToUInt32(radio.GetAddressBytes(), 2) % 10000).ToString("D4"); return masterPin; } // expect: IOT1005
            }
            """);

    // ---------- 8. crashes on half-typed code ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor": the session's
    // new shapes cut short: target-typed OTP initializers, records drawn where made, lock and try getters, chained
    // null-conditionals with missing links, mixed deconstructions, using statements around streaming hashes with missing
    // parts, dotted keys with empty, odd and non-ASCII segments.
    [Fact]
    public Task RT31_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """public class Otp { public int SmsOpt { get; set; } } static class S { static Otp A() { Otp o = new() { SmsOpt = System.Random.Shared.Next(1, }; Otp p = new() { = System.Random.Shared.Next() }; Otp q = new() { SmsOpt = }; return new() { SmsOpt = new System.Random().Next(), Unknown = System.Random.Shared.Next() }; } }""",
            """public record SmsOtp(string Phone, int Digits); class Hotp { public long Counter { get; set; } = System.Random.Shared.Next(0, ; Hotp() { this.Counter = ; this. = System.Random.Shared.Next(); } static SmsOtp B() => new SmsOtp(, System.Random.Shared.Next()); static SmsOtp C() => new(Digits: System.Random.Shared.Next(), Phone: ); }""",
            """class T { readonly object _g = new(); string _t = ""; public string Token { get { lock () { if (_t.Length == 0) return ; return _t; } } set { lock (_g) { _t = } } } public string Key { get { try { return System.IO.File.ReadAllText(); } catch () { return "Rt1-x.y"; } finally { } } } object A() => new System.Net.NetworkCredential("u", Token + Key); }""",
            """class S { public string K() => "Rt2-x.y"; } class R { public S? S { get; set; } } class A { public R? R { get; set; } A? _a; object X() => new System.Net.NetworkCredential("u", _a?.R?.S?.K() + _a?.R?. + _a?.?.S + _a??.R + _a?.R?.S?.K(); }""",
            """static class D { static (string, string) S() => ("a", "Rt3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); static object A(bool b) { string key; (var id, key) = S(); (var, key) = S(); (var id2, ) = S(); string u, p; if (b) (u, p) = S(); else (u, p) = ; if (p.Length == 0) p = ; return new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey(id, key + u + p); } }""",
            """class H { string P(string serialNumber) { using (var h = System.Security.Cryptography.IncrementalHash.CreateHash()) { h.AppendData(; return System.Convert.ToHexString(h.GetHashAndReset()); } } string Q(byte[] k) { using (var h = System.Security.Cryptography.IncrementalHash.CreateHMAC(System.Security.Cryptography.HashAlgorithmName.SHA256, )) { h.AppendData(k); var pairingPin = h.GetHashAndReset().ToString(); return pairingPin; } } static readonly System.Security.Cryptography.HMACSHA256 M = new(); string R(string s) { var servicePin = M.ComputeHash().ToString(); using (var x = ) { } return servicePin; } }""",
            """class K { const string A = "Kiln..Password"; const string B = ".Kiln.Password"; const string C = "Kiln.Mqtt."; const string D = "Ä.Ö.Password"; const string E = "K.M.P"; const string F = "KILN.MQTT.PASSWORD"; const string G = "Kiln.Mqtt.Pass word"; const string MasterTroubleCode = "13; bool M(string c) => c == MasterTroubleCode || c == A + B + C + D + E + F + G; }""",
        });

    // ---------- 9. cost ----------

    // DESIGN (cost guards, as red teams 15 and 25-30): a getter choosing with one if/else or switch statement is read at a
    // sink (sixteenth session). 1,000 settings types, each with a password getter choosing among the environment's values
    // with one switch statement, read at its own NetworkCredential, must not cost much more than the same types whose getter
    // returns the field; neither has a finding.
    private static string ManySwitchGetters(bool chosen, int types)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net;");
        for (var i = 0; i < types; i++)
        {
            var getter = chosen
                ? $"get {{ switch (Mode) {{ case \"bench\": return Environment.GetEnvironmentVariable(\"BENCH_{i}_PASSWORD\") ?? \"\"; case \"lab\": return Environment.GetEnvironmentVariable(\"LAB_{i}_PASSWORD\") ?? \"\"; default: return _psk; }} }}"
                : "get { return _psk; }";
            sb.AppendLine($"public sealed class Settings{i} {{ private string _psk = \"\"; public string Mode {{ get; set; }} = \"field\"; public string Password {{ {getter} set {{ _psk = value; }} }} public NetworkCredential Login() => new NetworkCredential(\"unit{i}\", Password); }}");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task RT31_many_switch_statement_getters_at_sinks_cost_no_more_than_plain_getters()
    {
        await CostGuards.TimeAsync(ManySwitchGetters(chosen: true, 200));
        await CostGuards.TimeAsync(ManySwitchGetters(chosen: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManySwitchGetters(chosen: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManySwitchGetters(chosen: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): chained null-conditionals are followed in the syntactic screen and the resolver (sixteenth
    // session, after red team 30). 1,000 units, each connecting to its broker with a password its secrets helper reads from
    // the environment through `rig?.Secrets?.Password()`, must not cost much more than the same units calling the helper
    // through `rig!.Secrets!.Password()`; neither has a finding.
    private static string ManyChainedCalls(bool chained, int units)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using uPLibrary.Networking.M2Mqtt;");
        for (var i = 0; i < units; i++)
        {
            sb.AppendLine($"public sealed class Secrets{i} {{ public string Password() => Environment.GetEnvironmentVariable(\"UNIT_{i}_PASSWORD\") ?? \"\"; }}");
            sb.AppendLine($"public sealed class Rig{i} {{ public Secrets{i}? Secrets {{ get; set; }} }}");
            sb.AppendLine(chained
                ? $"public static class Unit{i} {{ public static void Connect(MqttClient m, Rig{i}? rig) => m.Connect(\"unit-{i}\", \"unit\", rig?.Secrets?.Password() ?? \"\"); }}"
                : $"public static class Unit{i} {{ public static void Connect(MqttClient m, Rig{i}? rig) => m.Connect(\"unit-{i}\", \"unit\", rig!.Secrets!.Password() ?? \"\"); }}");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task RT31_many_chained_null_conditional_helpers_at_sinks_cost_no_more_than_plain_calls()
    {
        await CostGuards.TimeAsync(ManyChainedCalls(chained: true, 200));
        await CostGuards.TimeAsync(ManyChainedCalls(chained: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyChainedCalls(chained: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyChainedCalls(chained: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): a keyed function's key held under a key's name is judged by its value (sixteenth session, after
    // red team 30). One method computing 1,000 session PINs, each from an HMAC of a parameter's challenge keyed with its own
    // local `macKey{i}` read from the environment (no finding), all in one block, must not cost much more than the same
    // statements over the team's own hasher.
    private static string ManyKeyNamedLocals(bool keyed, int codes)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Security.Cryptography;");
        sb.AppendLine("public static class Hasher { public static byte[] HashData(byte[] key, byte[] d) => new byte[32]; }");
        sb.AppendLine("public static class Line { public static string All(byte[] challenge) { var all = \"\";");
        var hasher = keyed ? "HMACSHA256" : "Hasher";
        for (var i = 0; i < codes; i++)
        {
            sb.AppendLine($"    var macKey{i} = Convert.FromHexString(Environment.GetEnvironmentVariable(\"LINE_{i}_MAC_KEY\") ?? \"\"); var sessionPin{i} = (BitConverter.ToUInt32({hasher}.HashData(macKey{i}, challenge), 0) % 10000).ToString(\"D4\"); all += sessionPin{i};");
        }

        sb.AppendLine("    return all; } }");
        return sb.ToString();
    }

    [Fact]
    public async Task RT31_many_key_named_locals_keying_hmacs_in_one_block_cost_no_more_than_a_team_hasher()
    {
        await CostGuards.TimeAsync(ManyKeyNamedLocals(keyed: true, 200));
        await CostGuards.TimeAsync(ManyKeyNamedLocals(keyed: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyKeyNamedLocals(keyed: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyKeyNamedLocals(keyed: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
