using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Secrets handed to the team's own helper, which passes them on: into key bytes decoded for an HMAC or a cipher under a
/// parameter that names its key (<c>enrollmentKey</c>, <c>groupKey</c>), into an AT command or a connection string built
/// around a parameter. Each value a caller writes is judged at its own literal; values the callers read at run time
/// and parameters that name no secret are not followed. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class HelperParameterShapeTests
{
    [Fact]
    public Task A_key_named_parameter_decoded_for_a_key_is_followed_to_its_callers() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class GroupEnrollment
            {
                private const string GroupKey = "oAnHdfLTHm+PXXrPk2ikv7otLAyU27WiOdEMWwqm8KXZau7WY12VKt1E3IN6euT4U/PvbdGhP9pWR2MWmf24fA=="; // expect: IOT1003
                private static readonly string TestRigKey = Environment.GetEnvironmentVariable("RIG_KEY");
                public string DeviceKey(string registrationId) => Derive(GroupKey, registrationId);
                public string RigKey(string registrationId) => Derive(TestRigKey, registrationId);
                private static string Derive(string enrollmentKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
            }
            public static class Sealing
            {
                public static byte[] Seal(string masterKeyB64, byte[] data)
                {
                    using var aes = Aes.Create();
                    aes.Key = Convert.FromBase64String(masterKeyB64);
                    return aes.EncryptCbc(data, new byte[16]);
                }
            }
            public sealed class Telemetry
            {
                public byte[] Protect(byte[] reading) => Sealing.Seal("nccUgNe2RYunfFnpjPV13h5KKM64hummPV61ZsK/Lkg=", reading); // expect: IOT1003
                public byte[] Protect(byte[] reading, string provisioned) => Sealing.Seal(provisioned, reading);
            }
            """);

    [Fact]
    public Task A_helper_that_chooses_between_written_values_gives_each_to_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public enum Region { Europe, Asia, Rest }
            public sealed class Uplink
            {
                private readonly HttpClient _http = new();
                private static string KeyFor(Region region) => region switch
                {
                    Region.Europe => "uk_eu_7c1d93a0b5e24f68", // expect: IOT1001
                    Region.Asia => Environment.GetEnvironmentVariable("ASIA_KEY"),
                    _ => "uk_row_3f8a2c6e1d0b4957", // expect: IOT1001
                };
                private static string HostFor(Region region) { return region == Region.Europe ? "eu.uplink.example" : "row.uplink.example"; } // expect: none
                private static string LabelFor(Region region) => region switch { Region.Europe => "Europe-Kx9#", _ => "Rest-Qz7#" }; // expect: none
                public void Send(Region region, string label)
                {
                    _http.DefaultRequestHeaders.Add("X-Api-Key", KeyFor(region));
                    _http.DefaultRequestHeaders.Add("X-Region-Host", HostFor(region));
                    Console.WriteLine(LabelFor(region) + label);
                }
            }
            """);

    [Fact]
    public Task A_parameter_that_names_no_secret_is_not_followed() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public static class Lookup
            {
                private static readonly Dictionary<string, string> Cache = new();
                public static void Remember(string cacheKey, string value) => Cache[cacheKey] = value;
                public static void Warm()
                {
                    Remember("sensor-7:calibration", "Zk3mQ8vB1nR5tX9wL2pC7yF4hJ6aD0sG3eK8uM1oP5q="); // expect: none
                    Remember("sensor-7:publicKey", "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="); // expect: none
                }
            }
            """);

    [Fact]
    public Task A_password_passed_through_a_public_helper_into_an_at_command_is_found_at_each_callers_literal() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Modem
            {
                public void Attach(string apn, string user = null, string password = null)
                {
                    Send($"AT+CGDCONT=1,\"IP\",\"{apn}\"\r");
                    if (user != null)
                    {
                        Send($"AT+CGAUTH=1,1,\"{user}\",\"{password}\"\r");
                    }
                }
                public void UnlockSim(string simPin) => Send("AT+CPIN=\"" + simPin + "\"\r");
                public void Send(string command) { }
            }
            public sealed class Fleet
            {
                private readonly Modem _modem = new();
                public void Telematics() => _modem.Attach("fleet.m2m", "truck-22", "Qv7!Road-Haul-88"); // expect: IOT1001
                public void Backup() => _modem.Attach("backup.m2m", "truck-22", password: "Lk4#Night-Run-06"); // expect: IOT1001
                public void Roaming(string user, string entered) => _modem.Attach("roam.m2m", user, entered);
                public void Public() => _modem.Attach("internet.example");
                public void Unlock() => _modem.UnlockSim("8302"); // expect: IOT1001
                public void Unlock(string typed) => _modem.UnlockSim(typed);
            }
            """);

    [Fact]
    public Task A_password_passed_through_a_helper_into_a_connection_string_is_found_at_each_callers_literal() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Store
            {
                public static void Open(string connectionString) { }
            }
            public static class Telemetry
            {
                public static void Connect(string host, string dbPassword) =>
                    Store.Open($"Host={host};Username=gateway;Password={dbPassword};SSL Mode=Require");
                public static void Plant() => Connect("db.plant.example", "Hx8#Kiln-Line-204"); // expect: IOT1001
                public static void Lab() => Connect("db.lab.example", "changeme"); // expect: IOT1002
                public static void Field(string fromVault) => Connect("db.field.example", fromVault);
            }
            """);

    /// <summary>
    /// A helper whose password parameter has a written default, called without it by a call that passes the network's
    /// name: the default is what that call sends (IOT1001 at the default), a call's own password at its literal.
    /// </summary>
    [Fact]
    public Task A_helpers_written_default_is_what_a_call_that_leaves_it_out_sends() =>
        ExpectComments.AssertAsync("""
            public sealed class EspLink
            {
                private void Send(string command) { }
                public void Join(string network, string key = "Pw3!Barn-Loft-61") => Send($"AT+CWJAP=\"{network}\",\"{key}\"\r\n"); // expect: IOT1001
            }
            public static class Farm
            {
                public static void Barn(EspLink link) => link.Join("barn-ap");
                public static void Silo(EspLink link) => link.Join("silo-ap", "Rz8#Grain-Auger-40"); // expect: IOT1001
                public static void Typed(EspLink link, string entered) => link.Join("yard-ap", entered);
            }
            """);

    // IOT1001 (twenty-second session, the thirty-seventh corpus's one miss): an IoT Hub key held in a named constant and
    // given to the team's helper that writes it into a connection string's SharedAccessKey= is found at the constant (its
    // base64 padding is no pair's '='; "held in a named constant, its shape alone says nothing and it is IOT1001 at the
    // sink"). Hard negatives: the helper given the key from the environment, and the policy's name.
    [Fact]
    public Task A_hub_key_constant_given_to_a_connection_string_helper_is_found_at_the_constant() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Listener { public Listener(string group, string connectionString, string hub) { } }
            public sealed class Agent
            {
                private const string Endpoint = "sb://hub-ns.servicebus.example.net/";
                private const string SasKeyName = "service"; // expect: none
                private const string SasKey = "6pDGdRGcZJlWcMncez45SZdiyPFzPiDMj8puDzncnmM="; // expect: IOT1001
                private static string Build(string endpoint, string name, string key) =>
                    $"Endpoint={endpoint};SharedAccessKeyName={name};SharedAccessKey={key}";
                public Listener Listen() => new Listener("$Default", Build(Endpoint, SasKeyName, SasKey), "telemetry");
                public Listener FromEnvironment() =>
                    new Listener("$Default", Build(Endpoint, SasKeyName, Environment.GetEnvironmentVariable("HUB_SAS_KEY") ?? ""), "telemetry");
            }
            """);

    // A helper given an object the code builds (a record in a static field, one of two picked by a condition) builds a
    // Basic login from its members: each object is read in its turn, its user and password together.
    [Fact]
    public Task A_login_built_from_a_helper_parameters_members_reads_the_objects_its_callers_pass() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed record Account(string User, string Password);
            public static class Accounts
            {
                public static readonly Account Uplink = new("uplink-7", "Tq8!wMarsh-Reed"); // expect: IOT1001
                public static readonly Account Factory = new("admin", "admin"); // expect: IOT1002
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start(bool factoryReset) => Authorize(factoryReset ? Accounts.Factory : Accounts.Uplink);
                public void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // The same helper given objects read at run time, or built from the environment, or whose password member is a
    // template: no working secret ships, so nothing is reported beyond the template.
    [Fact]
    public Task A_login_built_from_a_helper_parameters_members_of_run_time_objects_is_no_finding() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Text.Json;
            public sealed record Account(string User, string Password);
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void FromFile(string json) => Authorize(JsonSerializer.Deserialize<Account>(json)!);
                public void FromEnvironment() => Authorize(new Account("uplink-7", Environment.GetEnvironmentVariable("UPLINK_PASSWORD") ?? "")); // expect: none
                public void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    private const string AccountHead = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        public sealed record Account(string User, string Password);
        public record Login(string User, string Password);
        public sealed record SiteLogin(string User, string Password, string Host) : Login(User, Password);
        public sealed record Site(string Name, Account Login);
        public static class Vault { public static Account Load(string name) => null; public static Site Find(string name) => null; }

        """;

    // The objects a login helper is handed, read where they were built: each value of a local given two, the element of a
    // written array at its index, the member of another built object, a derived record's argument given on to its base,
    // through an extension method and a generic helper. Beside each, the shape that hands no written object: a first value
    // replaced before it is read, the array element not handed over, an object read at run time.
    [Fact]
    public Task Objects_handed_to_a_login_helper_are_read_where_they_were_built() =>
        ExpectComments.AssertAsync(AccountHead + """
            public static class Fleet
            {
                public static readonly Account[] Spares = { new("spare-0", "Gorse4!Heath-Vale"), new("spare-1", "Fern7#Moss-Dale") }; // expect: IOT1001, IOT1004
                public static readonly Site Main = new("north", new Account("north-gw", "Quay3!Fern-Bell")); // expect: IOT1001
                public static readonly SiteLogin Dock = new("dock-2", "Bollard6!Cleat-Tide", "dock.local"); // expect: IOT1001
                public static readonly Login Gate = new("gate-1", "Tor9#Fell-Ghyll"); // expect: IOT1001
            }
            public static class HttpLogin
            {
                public static void Sign(this HttpClient http, Login login)
                {
                    var line = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login.User}:{login.Password}"));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", line);
                }
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start(bool backup)
                {
                    var acct = new Account("primary-1", "Heron4!Dock-Lamp"); // expect: IOT1001
                    if (backup)
                    {
                        acct = new Account("backup-1", "Marsh8#Reed-Pike"); // expect: IOT1001
                    }
                    Authorize(acct);
                    Authorize(Fleet.Spares[0]);
                    Authorize(Fleet.Main.Login);
                    Authorize(Vault.Find("south").Login);
                    _http.Sign(Fleet.Dock);
                }
                public void Restore()
                {
                    var acct = new Account("stale-1", "Sedge2!Tarn-Weir"); // expect: IOT1004
                    acct = Vault.Load("current");
                    Authorize(acct);
                }
                public void Gate() => Check(Fleet.Gate);
                private void Check<T>(T login) where T : Login
                {
                    var line = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login.User}:{login.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", line);
                }
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // A copy made with `with` read back through the local that holds it (acct = acct with { ... }), and two locals copying
    // each other, end: a copy of an object loaded at run time writes no password; one of an object built with a written
    // password keeps it.
    [Fact]
    public Task Copies_read_back_through_themselves_end() =>
        ExpectComments.AssertAsync(AccountHead + """
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Loaded(bool swap)
                {
                    var acct = Vault.Load("site");
                    acct = acct with { User = "relay" };
                    var other = acct with { User = "spare" };
                    if (swap)
                    {
                        acct = other with { User = "swapped" };
                        other = acct with { User = "back" };
                    }
                    Authorize(acct);
                    Authorize(other);
                }
                public void Built()
                {
                    var acct = new Account("relay", "Weir5!Sluice-Gate"); // expect: IOT1001
                    acct = acct with { User = "relay-2" };
                    Authorize(acct);
                }
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);
}
