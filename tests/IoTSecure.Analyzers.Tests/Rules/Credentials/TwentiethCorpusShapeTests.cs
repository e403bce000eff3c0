using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twentieth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class TwentiethCorpusShapeTests
{
    /// <summary>
    /// Settings read through an interface (<c>IMastContext.ApiKey</c>) take the values written into the class that
    /// implements it (<c>new MastContext { ApiKey = "..." }</c>): at a query key IOT1001, at an HMAC key IOT1003, and no
    /// second finding under the property's name.
    /// </summary>
    [Fact]
    public Task Settings_read_through_an_interface() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;
            public interface IMastContext { string ApiKey { get; set; } string ApiSecret { get; set; } string StationId { get; set; } }
            public sealed class MastContext : IMastContext
            {
                public string ApiKey { get; set; } = default!;
                public string ApiSecret { get; set; } = default!;
                public string StationId { get; set; } = default!;
            }
            public sealed class Signer
            {
                private readonly IMastContext _context;
                public Signer(IMastContext context) { _context = context; }
                public System.Threading.Tasks.Task<string> Query(System.Net.Http.HttpClient http) => http.GetStringAsync("https://api.mast.example/v2/stations?api-key=" + _context.ApiKey);
                public IDictionary<string, string> Parameters() => new SortedDictionary<string, string> { { "api-key", _context.ApiKey }, { "station", _context.StationId } };
                public byte[] Sign(byte[] data) { using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_context.ApiSecret)); return hmac.ComputeHash(data); }
            }
            public static class Program
            {
                public static IMastContext Course() => new MastContext
                {
                    ApiKey = "q7vk2m9x4ttw8rb3np6zc1hd5jfy0sla", // expect: IOT1001
                    ApiSecret = "Wd3kF9sLq2Xv7NmB4hT8cR6yP1gZ5uJe", // expect: IOT1003
                    StationId = "5e0c1a7e-3b2f-4d8e-9a61-0f4b2c7d8e19", // expect: none
                };
            }
            """);

    /// <summary>
    /// A helper's call whose argument chooses between values (<c>EnterPin(spare ? "0000" : SimPin)</c>) is read with every
    /// choice, beside the helper's other calls: a listed default is IOT1002 at its literal.
    /// </summary>
    [Fact]
    public Task A_helpers_argument_that_chooses_between_values() =>
        ExpectComments.AssertAsync("""
            public sealed class Port { public string Process(string s) => s; }
            public class CellModem
            {
                private readonly Port _port = new Port();
                public bool EnterPin(string pin) => _port.Process($"AT+CPIN=\"{pin}\"") == "OK";
            }
            public static class Buoy
            {
                private const string SimPin = "5814"; // expect: IOT1001
                public static void Main(string[] args) => new CellModem().EnterPin(args.Length > 0 ? args[0] : SimPin);
                public static void Spare(bool spare) => new CellModem().EnterPin(spare ? "1234" : SimPin); // expect: IOT1002
            }
            """);

    /// <summary>
    /// A modem object's APN login set property by property: the operator's published login (the user name again, or a label
    /// of the APN) is no secret; another password set so reaches the AT command the object writes (IOT1001).
    /// </summary>
    [Fact]
    public Task Apn_logins_set_on_a_modem_object() =>
        ExpectComments.AssertAsync("""
            using System;
            public abstract class AtModem
            {
                public string AccessPointName { get; set; }
                public string AccessUsername { get; set; }
                public string AccessPassword { get; set; }
                protected string Process(string commandLine) => commandLine;
            }
            public class Sim800 : AtModem
            {
                private void SetApn(string apn, string username, string password) =>
                    Process(password != null ? String.Concat("AT+CSTT=\"", apn, "\",\"", username, "\",\"", password, "\"") : String.Concat("AT+CSTT=\"", apn, "\""));
                public void Open() => SetApn(AccessPointName, AccessUsername, AccessPassword);
            }
            public static class Loggers
            {
                public static void Pier()
                {
                    var modem = new Sim800();
                    modem.AccessPointName = "pier.m2m.example";
                    modem.AccessUsername = "pier03";
                    modem.AccessPassword = "Brine4.Kelp-Groyne"; // expect: IOT1001
                    modem.Open();
                    var shared = new Sim800();
                    shared.AccessPointName = "everywhere";
                    shared.AccessUsername = "eesecure";
                    shared.AccessPassword = "everywhere"; // expect: none
                    shared.Open();
                }
            }
            """);

    /// <summary>
    /// A connection string's password under a key that names whose it is (KNX Falcon's <c>UserPassword=</c>), also when it
    /// holds a dot; a switch under such a key (<c>RememberPassword=true</c>) and a script's member access
    /// (<c>password=form.pw.value</c>) are no passwords. A token of letters whose case changes at random, under a query's
    /// token key, is a token even without digits.
    /// </summary>
    [Fact]
    public Task Connection_string_keys_naming_whose_password_and_scrambled_tokens() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class Bus { public Bus(string connectionString) { } }
            public static class Secrets { public const string FeedToken = "kVxR_TmQwZpLdNy"; } // expect: IOT1001
            public static class Hall
            {
                public static Bus Tunnel() => new Bus("Type=IpTunneling;HostAddress=10.9.0.4;UserID=2;UserPassword=Qm7r.Tz9Lk"); // expect: IOT1001
                public static Bus Remember() => new Bus("Type=IpTunneling;HostAddress=10.9.0.4;RememberPassword=true");
                public static string Script() => "user=admin;password=form.pw.value";
                public static void Feed(HttpClient http) => http.GetStringAsync($"https://feeds.example/v1/levels?hall=east&access_token={Secrets.FeedToken}");
                public static void Page(HttpClient http) => http.GetStringAsync("https://feeds.example/v1/levels?access_token=SeeReadme");
            }
            """);

    /// <summary>
    /// Codes from System.Random printed on vouchers (a campsite's or hotspot's) are access codes (IOT1005); a key derived by
    /// an unkeyed hash of a DPS registration id is derived from public data (IOT1005), once, where it is made, and not again
    /// where a derived password-named local is given to a settings object.
    /// </summary>
    [Fact]
    public Task Voucher_codes_registration_ids_and_derived_locals_given_on() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class ApConfig { public string Password { get; set; } }
            public static class Gate
            {
                public static string NewPitchVoucher(Random rng)
                {
                    var voucherCode = rng.Next(0, 100000).ToString("D5"); // expect: IOT1005
                    return voucherCode;
                }
                public static int NewTicketNumber(Random rng) => rng.Next(1, 500);
                public static string SensorDeviceKey(string registrationId)
                {
                    var deviceKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(registrationId))); // expect: IOT1005
                    return deviceKey;
                }
                public static ApConfig Ap(byte[] mac)
                {
                    string apPassword = "Lock" + BitConverter.ToString(mac, 3, 3).Replace("-", ""); // expect: IOT1005
                    return new ApConfig { Password = apPassword };
                }
            }
            """);

    /// <summary>
    /// A Basic login built from a constructor's or a helper's own parameters (<c>$"{username}:{password}"</c>, in place or
    /// through a local of its bytes) is read from each call, user and password from the same call, through a factory that
    /// passes its parameters on: a written password is IOT1001 at the caller's literal, a listed default IOT1002; a call
    /// passing values read at run time holds nothing.
    /// </summary>
    [Fact]
    public Task A_basic_login_built_from_a_constructors_parameters() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class RecorderClient
            {
                private readonly HttpClient _http = new HttpClient();
                public RecorderClient(Uri baseUri, string username, string password)
                {
                    var basicAuthBytes = Encoding.ASCII.GetBytes($"{username}:{password}");
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(basicAuthBytes));
                }
                public static RecorderClient Create(Uri baseUri, string username, string password) => new RecorderClient(baseUri, username, password);
            }
            public static class Allotment
            {
                public static RecorderClient Shed() => new RecorderClient(new Uri("http://nvr.lan:81"), "viewer", "Teasel-Sorrel-Vetch6"); // expect: IOT1001
                public static RecorderClient Gate() => RecorderClient.Create(new Uri("http://nvr.lan:81"), "gate", "Teasel-Sorrel-Vetch7"); // expect: IOT1001
                public static RecorderClient First() => RecorderClient.Create(new Uri("http://nvr.lan:81"), "admin", "admin"); // expect: IOT1002
                public static RecorderClient Field(Func<string, string> read) => RecorderClient.Create(new Uri(read("uri")), read("user"), read("password"));
            }
            public sealed class Helper
            {
                private readonly HttpClient _http = new HttpClient();
                public void Login(string user, string secret) =>
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret)));
                public void Bench() => Login("bench", "Teasel-Sorrel-Vetch8"); // expect: IOT1001
                public void Guest() => Login("guest", "");
            }
            """);
}
