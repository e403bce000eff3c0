using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the nineteenth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class NineteenthCorpusShapeTests
{
    /// <summary>
    /// Options taken from elsewhere into a local (<c>var config = options.Value;</c>, <c>var s = _service.Current;</c>) are
    /// not built there: their credential properties take every value the code writes into them, in factories' object
    /// initializers, in either arm of a choice, and as a coalesce's fallback.
    /// </summary>
    [Fact]
    public Task Options_read_through_a_local_take_the_values_written_elsewhere() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class PumpSettings
            {
                public string ClientId { get; set; }
                public string User { get; set; } = "";
                public string Secret { get; set; } = "";
            }
            public interface ISettingsSource { PumpSettings Current { get; } }
            public sealed class SettingsSource : ISettingsSource
            {
                public SettingsSource(Func<string, string> read, bool bench)
                {
                    Current = bench
                        ? new PumpSettings { ClientId = "bench", User = "bench", Secret = "Tarn4-Weir-Sluice" } // expect: IOT1001
                        : new PumpSettings { ClientId = read("id"), User = read("user") ?? "pumps", Secret = read("secret") ?? "Tarn5-Weir-Sluice" }; // expect: IOT1001
                }
                public PumpSettings Current { get; }
            }
            public static class Profiles
            {
                public static PumpSettings Lab() => new PumpSettings { ClientId = "lab", Secret = "YOUR_BROKER_SECRET" }; // expect: IOT1006
                public static PumpSettings Field() => new PumpSettings { ClientId = "field", Secret = Environment.GetEnvironmentVariable("PUMP_SECRET") };
            }
            public sealed class Uplink
            {
                private readonly ISettingsSource _source;
                public Uplink(ISettingsSource source) { _source = source; }
                public void Open()
                {
                    var settings = _source.Current;
                    new MqttClient("broker.local").Connect(settings.ClientId, settings.User, settings.Secret);
                }
            }
            """);

    /// <summary>
    /// A Basic login built from a settings object that a read-only field holds, built once by the constructor
    /// (<c>_settings = new X { ClientSecret = cfg[...] ?? "..." }</c>): the written secret is the login's password (IOT1001),
    /// not only a secret-named property's value (IOT1004).
    /// </summary>
    [Fact]
    public Task A_settings_object_built_by_the_constructor_is_read_at_a_basic_login() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class ReturnsSettings
            {
                public string ClientId { get; set; } = "sorter-02";
                public string ClientSecret { get; set; }
            }
            public sealed class ReturnsUplink
            {
                private readonly ReturnsSettings _settings;
                private readonly HttpClient _http = new HttpClient();
                public ReturnsUplink(Func<string, string> read)
                {
                    _settings = new ReturnsSettings { ClientSecret = read("Returns:ClientSecret") ?? "Quire8-Folio-Vellum" }; // expect: IOT1001
                }
                public void Post()
                {
                    var login = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_settings.ClientId}:{_settings.ClientSecret}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    /// <summary>
    /// A table of factory logins deconstructed by the loop that tries them (<c>foreach (var (user, password) in Logins)</c>,
    /// or with typed variables): a listed default is IOT1002 where it is written, any other password IOT1001 at its row.
    /// </summary>
    [Fact]
    public Task Login_tables_deconstructed_by_a_loop() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Commissioning
            {
                private static readonly (string Login, string Secret)[] Shipped =
                {
                    ("admin", "admin"), // expect: IOT1002 IOT1002
                    ("tech", "Gannet-Skua-Fulmar"), // expect: IOT1001
                };
                private static readonly (string, string)[] Spares = { ("svc", "Petrel-Auk-Shag") }; // expect: IOT1001
                public static int Try()
                {
                    var ok = 0;
                    foreach (var (login, secret) in Shipped) { if (new NetworkCredential(login, secret).Password.Length > 0) ok++; }
                    foreach ((string user, string password) in Spares) { if (new NetworkCredential(user, password).Password.Length > 0) ok++; }
                    return ok;
                }
                public static int Labels()
                {
                    var n = 0;
                    foreach (var (caption, hint) in new[] { ("Password", "at least twelve characters") }) { n += caption.Length + hint.Length; }
                    return n;
                }
            }
            """);

    /// <summary>
    /// A configuration key whose last segment is a bare PIN (<c>pager.sim.pin</c>) is read with the segment before it: a
    /// SIM's or a door's PIN holding a listed default is IOT1002; an LED's or a relay's pin number is no PIN. A label
    /// table keyed by paths (<c>["login:password"] = "Password"</c>) stays a label table.
    /// </summary>
    [Fact]
    public Task Configuration_keys_ending_in_a_bare_pin() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class FirstBoot
            {
                public static Dictionary<string, string> Defaults() => new()
                {
                    ["router.sim.pin"] = "1234", // expect: IOT1002
                    ["keypad:door:pin"] = "0000", // expect: IOT1002
                    ["status.led.pin"] = "13", // expect: none
                    ["relay/pin"] = "22", // expect: none
                    ["login:password"] = "Password", // expect: none
                };
            }
            """);

    /// <summary>
    /// A code opens a padlock, a locker or a key safe: <c>ShedPadlockCode</c>, <c>ToolLockerCode</c>,
    /// <c>StoreKeySafeCode</c> (the "key" there names what the safe holds) are access codes (IOT1004, IOT1002 for a listed
    /// default); a fault, post or product code is not. A vault resource's name is where a secret is kept, not the secret.
    /// </summary>
    [Fact]
    public Task Codes_of_padlocks_lockers_and_key_safes() =>
        ExpectComments.AssertAsync("""
            public static class Yard
            {
                public const string ShedPadlockCode = "5082"; // expect: IOT1004
                public const string ToolLockerCode = "3917"; // expect: IOT1004
                public const string StoreKeySafeCode = "6240"; // expect: IOT1004
                public const string GateKeyBoxCode = "0000"; // expect: IOT1002
                public const string LockerFaultCode = "E-17"; // expect: none
                public const string YardPostCode = "AB1 2CD"; // expect: none
                public const string PadlockProductCode = "PL-40-BRASS"; // expect: none
                public const string CredentialResource = "YardKioskWifi"; // expect: none
                public const string WifiVaultResource = "yard-wifi"; // expect: none
            }
            """);

    /// <summary>
    /// An APN login in constants is the operator's published one when the password repeats the user name or a label of
    /// the access point's name (<c>ApnUser = "web"</c>, <c>ApnPassword = "web"</c>); another password under an APN's name
    /// is still a secret.
    /// </summary>
    [Fact]
    public Task Published_apn_logins_in_constants() =>
        ExpectComments.AssertAsync("""
            public sealed class Modem { public void WriteLine(string line) { } }
            public static class Cellular
            {
                private const string ApnUser = "internet";
                private const string ApnPassword = "internet"; // expect: none
                private const string ApnName = "m2m.telco.example";
                private const string ApnSecret = "telco"; // expect: none
                public static void Up(Modem modem) => modem.WriteLine($"AT+QICSGP=1,1,\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\",1");
            }
            public static class PrivateApn
            {
                private const string ApnUser = "fleet";
                private const string ApnPassword = "Corrie-Scree-Tarn5"; // expect: IOT1004
            }
            """);

    /// <summary>
    /// A setting's name written where its value goes, in lower-case words (<c>"vendor-cert-password"</c>: a certificate's
    /// password) is a template (IOT1006); a run of words that says nothing of what the secret is for
    /// (<c>"heron-marsh-secret"</c>) may be a passphrase (IOT1001).
    /// </summary>
    [Fact]
    public Task Lower_case_setting_names_as_values() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography.X509Certificates;
            public static class Certs
            {
                public static X509Certificate2 Vendor(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, "lanes-cert-password"); // expect: IOT1006
                public static X509Certificate2 Broker(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, "scores_broker_secret"); // expect: IOT1006
                public static X509Certificate2 Real(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, "heron-marsh-secret"); // expect: IOT1001
            }
            """);

    /// <summary>
    /// A PIN or passkey computed from a number that says what it numbers (<c>_hiveNumber</c>, <c>brigadeNo</c>, a field
    /// <c>_hydrant</c>) is derived from public data (IOT1005); one formatted from a PIN, computed from a generic value, a
    /// count, or a board's GPIO line is not.
    /// </summary>
    [Fact]
    public Task Codes_computed_from_a_units_number() =>
        ExpectComments.AssertAsync("""
            public sealed class Beacon
            {
                private readonly int _hiveNumber;
                private readonly int _cannon;
                public Beacon(int hiveNumber, int cannon) { _hiveNumber = hiveNumber; _cannon = cannon; }
                public uint BlePasskey() => (uint)(200000 + _hiveNumber * 4099 % 700000); // expect: IOT1005
                public string ConsolePairingPin() => (_cannon * 13 + 2000).ToString("D4"); // expect: IOT1005
                public static string CrewDoorCode(int watchNo) => (watchNo * 41 % 100000).ToString("D5"); // expect: IOT1005
                public static string ShowPin(int pin) => pin.ToString("D4");
                public static string KeypadPin(int value) => (value % 10000).ToString("D4");
                public static string GuestPin(int retries) => (retries * 3).ToString("D4");
                public static string LedPin(int line) => "GPIO" + line;
                public static string NumberOfHivesCode(int numberOfHives) => numberOfHives.ToString();
            }
            """);

    /// <summary>
    /// A password built in place from public data and passed to the team's own constructor or method under a password's
    /// name (an OCPP <c>authorizationKey</c>) is IOT1005 where it is built; key bytes returned under a key's name
    /// (<c>byte[] JoinAppKey()</c>) made by an unkeyed hash of a DevEUI are derived too. A table's password looked up by a
    /// public number is the table's written value, not a derivation.
    /// </summary>
    [Fact]
    public Task Derived_values_passed_to_the_teams_parameters_and_returned_key_bytes() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class ChargerLink
            {
                private readonly string _id; private readonly string _authorizationKey;
                public ChargerLink(string chargePointId, string authorizationKey) { _id = chargePointId; _authorizationKey = authorizationKey; }
                public string Header() => "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_id}:{_authorizationKey}"));
                public static ChargerLink Spare(string serialNumber) => new ChargerLink("SPARE", "EV" + serialNumber[^8..]); // expect: IOT1005
                public static ChargerLink Named(string chargePointId) => new ChargerLink(chargePointId, chargePointId.ToUpperInvariant() + "-LINK");
                public static ChargerLink Given(Func<string> vault) => new ChargerLink("VAULT", vault());
            }
            public sealed class FrostFan
            {
                private readonly string _devEui;
                public FrostFan(string devEui) { _devEui = devEui; }
                public byte[] JoinAppKey() => SHA256.HashData(Encoding.ASCII.GetBytes("vine-" + _devEui)); // expect: IOT1005
                public byte[] JoinAppKeyFrom(Func<byte[]> secureElement) => secureElement();
                public byte[] PayloadHash(byte[] payload) => SHA256.HashData(payload);
            }
            public sealed class Supervisor
            {
                private static readonly Dictionary<ushort, string> RestartPasswordByVendor = new() { [7] = "Sedge-Rush-Reed-3" }; // expect: IOT1001
                public System.Net.NetworkCredential Restart(ushort vendorId) => new System.Net.NetworkCredential("svc", RestartPasswordByVendor[vendorId]);
            }
            """);
}
