using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 85: against 01658fd (SecretText.IsPasswordHash: a modular-crypt hash under a password key or a secret-named
/// symbol is no finding) and 42172f0/f5987e6 (objects handed to a login helper, StringValueResolver.ObjectsPassedFor).
/// Labels come from docs/rules, written before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam85Tests
{
    private const string NpgsqlStub = Stubs.Npgsql;

    private const string Head = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        public sealed record Account(string User, string Password);
        """;

    // IOT1001: "Configuration written as JSON text in code (`"{\"wifi\":{\"password\":\"...\"}}"`) is read as the pack gate
    // reads a shipped file." IOT1004: only "a password hash in the modular crypt format" holds no secret; a password that
    // merely starts with `$` (and is no `$NAME` reference: it has `!`) is a password.
    [Fact]
    public Task RT85_real_password_starting_with_dollar_in_json_text_is_found() =>
        ExpectComments.AssertAsync("""
            public static class Boot
            {
                public const string Config = "{\"mqtt\":{\"user\":\"kiln-3\",\"password\":\"$ecret2024!Harbor\"}}"; // expect: IOT1001
            }
            """);

    // IOT1004: secret names include password; "nor does a password hash in the modular crypt format" - a real password
    // starting with `$` under a secret-named constant is not such a hash.
    [Fact]
    public Task RT85_dollar_passwords_under_secret_named_constants_are_found() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string MqttPassword = "$Kx9#Tq2-Lm8!Wr"; // expect: IOT1004
                public const string WifiPassword = "$ecret2024!"; // expect: IOT1004
            }
            """);

    // IOT1004: only "a password hash in the modular crypt format" is the verifier. A bcrypt-looking value one character short
    // (52 instead of 53), a single-digit cost, and a SHA-crypt shape broken by a space are not that format: written passwords.
    [Fact]
    public Task RT85_near_misses_of_the_crypt_format_under_secret_names_are_found() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string AdminPassword = "$2b$08$zZWtXTja0fB1pzD4sHCMyOCMYz2Z6dNbM6tl8sJogENOMcxWV9DN"; // expect: IOT1004
                public const string PanelPassword = "$2b$8$zZWtXTja0fB1pzD4sHCMyOCMYz2Z6dNbM6tl8sJogENOMcxWV9DN."; // expect: IOT1004
                public const string WebPassword = "$6$Qx7saltR$3iHNzTpR8zDHmpq94GJg 6GFl3ivqA5rTM9FZiOdww9IT3x"; // expect: IOT1004
            }
            """);

    // IOT1004: "nor does a password hash in the modular crypt format, there or under a secret-named symbol (... SHA-crypt
    // `$6$...`, `$argon2id$...`): it is the verifier a login stores". Control for the exemption.
    [Fact]
    public Task RT85_real_crypt_hashes_under_secret_names_are_no_finding() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string WebPassword = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"; // expect: none
                public const string AdminPassword = "$2b$08$nRwEHKsFZCJ1zGcJ0FNaFwEaDPjzQNlVLWtKGFY90m54skdVdIk9p"; // expect: none
            }
            """);

    // IOT1001 sinks: "`System.Net.NetworkCredential` (constructor `password`, `Password` property)". No sentence exempts a
    // hash handed to a sink as the password: there it is what the device logs in with (pass-the-hash), not a stored verifier.
    [Fact]
    public Task RT85_hash_handed_directly_to_a_credential_sink_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Uplink
            {
                public static NetworkCredential Login() =>
                    new NetworkCredential("gw-4", "$2b$10$zZWtXTja0fB1pzD4sHCMyOCMYz2Z6dNbM6tl8sJogENOMcxWV9DN."); // expect: IOT1001
            }
            """);

    // IOT1001: "a password held in a constant, field or local and put into one (`$"...;Password={Secrets.DbPassword}"`) is
    // reported there"; a library client's connection string is a sink. The hash is sent to the server as the password.
    [Fact]
    public Task RT85_hash_as_connection_string_password_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public static class Store
            {
                public static NpgsqlConnection Open() =>
                    new NpgsqlConnection("Host=10.0.4.2;Username=meter;Password=$2b$10$zZWtXTja0fB1pzD4sHCMyOCMYz2Z6dNbM6tl8sJogENOMcxWV9DN.;Database=readings"); // expect: IOT1001
            }
            """);

    // IOT1001: "each object the code builds and hands a helper that builds a login from its members ...; a caller passing
    // `null` or an object read at run time adds none". An object whose password is read from the environment carries no
    // written password: nothing to report at its user name.
    [Fact]
    public Task RT85_object_with_environment_password_is_no_finding() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start() => Authorize(new Account("meter-7", Environment.GetEnvironmentVariable("METER_PW") ?? string.Empty)); // expect: none
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1006: "A Basic login built in code is judged by its password (`...("meter-7:YOUR_METER_PASSWORD")` is a template".
    // IOT1001: each object handed the helper is judged with its own members: the written one is reported.
    [Fact]
    public Task RT85_placeholder_object_is_template_and_written_object_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Sample = new("meter-7", "YOUR_METER_PASSWORD"); // expect: IOT1006
                public static readonly Account Uplink = new("uplink-2", "Gull5!Brine-Oak"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start(bool demo) => Authorize(demo ? Accounts.Sample : Accounts.Uplink);
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: each object handed the helper, "or a local declared with it or assigned it". A local assigned twice holds
    // either object at the call: both written passwords ship.
    // (Was open: a local assigned twice was read for its declaration only; ObjectsBuiltFor now reads each value it is given.)
    [Fact]
    public Task RT85_object_through_a_local_assigned_twice_reports_both() =>
        ExpectComments.AssertAsync(Head + """
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
                }
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "each object the code builds and hands a helper that builds a login from its members". The object is built in
    // code inside another record and handed on as that record's property.
    // (Was open: a member of another built object was not followed to its creation; ObjectsBuiltFor now reads it as built.)
    [Fact]
    public Task RT85_object_read_as_a_property_of_another_object_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public sealed record Site(string Name, Account Login);
            public static class Fleet
            {
                public static readonly Site Main = new("north", new Account("north-gw", "Quay3!Fern-Bell")); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start() => Authorize(Fleet.Main.Login);
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1002: "Basic authentication of a default pair built in code (`Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:admin"))`)
    // is a default too"; "A default password is reported as IOT1002 instead of IOT1001". Built in a local handed to the helper.
    [Fact]
    public Task RT85_default_pair_object_in_a_local_is_iot1002() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Reset()
                {
                    var factory = new Account("admin", "admin"); // expect: IOT1002
                    Authorize(factory);
                }
                private void Authorize(Account a)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);
}
