using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-second corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class TwentySecondCorpusShapeTests
{
    // A library identity type (OPC UA's UserIdentity) and a team type of the same simple name in the same compilation.
    private const string IdentityLibrary = """
        namespace Opc.Ua
        {
            public interface IUserIdentity { }
            public class UserIdentity : IUserIdentity
            {
                public UserIdentity() { }
                public UserIdentity(string username, string password) { }
                public UserIdentity(string username, byte[] password) { }
            }
        }
        """;

    /// <summary>
    /// A team wrapper named like the library type it maps to (S7 client's own <c>UserIdentity</c> beside
    /// <c>Opc.Ua.UserIdentity</c>): the library's constructor is still a credential sink, each creation bound by its type;
    /// the team type's own constructor is no sink, and its values reach the library's through its properties.
    /// </summary>
    [Fact]
    public Task A_team_type_named_like_a_library_credential_type_does_not_hide_it() =>
        ExpectComments.AssertAsync(new[] { IdentityLibrary }, """
            using System.Text;
            namespace Press.Ua
            {
                public sealed class UserIdentity
                {
                    public UserIdentity(string username, string password) { Username = username; Password = password; }
                    public string Username { get; }
                    public string Password { get; }
                }

                public sealed class PressClient
                {
                    public UserIdentity Login { get; set; }
                    public Opc.Ua.IUserIdentity Identity() => new Opc.Ua.UserIdentity(Login.Username, Login.Password);
                    public Opc.Ua.IUserIdentity Service() => new Opc.Ua.UserIdentity("service", Encoding.UTF8.GetBytes("Tq4-Platen-Ram")); // expect: IOT1001
                    public Opc.Ua.IUserIdentity Anonymous() => new Opc.Ua.UserIdentity();
                }

                public static class Line
                {
                    public static PressClient Stamping() => new PressClient { Login = new UserIdentity("stamping", "Tq5-Platen-Ram") }; // expect: IOT1001
                    public static PressClient Deployed() => new PressClient { Login = new UserIdentity("stamping", System.Environment.GetEnvironmentVariable("PRESS_PASSWORD")) };
                }
            }
            """);

    /// <summary>
    /// Options objects built in static fields' initializers and handed on whole (to a service's constructor, through a
    /// choice or a fallback), read by the service as <c>_options.Password</c>: each object's value reaches the sink, judged at
    /// its literal. A field whose object is only read for its URL, and a masked copy for the log, stay quiet.
    /// </summary>
    [Fact]
    public Task Options_objects_in_static_fields_handed_on_whole_reach_the_services_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public sealed class FeedOptions { public string Url { get; set; } public string Username { get; set; } public string Password { get; set; } }
            public sealed class FeedService
            {
                private readonly FeedOptions _options;
                public FeedService(FeedOptions options) => _options = options;
                public NetworkCredential Credential() => new NetworkCredential(_options.Username, _options.Password);
            }
            public static class Greenhouse
            {
                public static readonly FeedOptions Propagation = new FeedOptions
                {
                    Url = "https://10.1.4.21/snapshot.jpg",
                    Username = "feed",
                    Password = "Rk8-Cloche-Dibber", // expect: IOT1001
                };
                public static readonly FeedOptions Potting = new FeedOptions { Url = "https://10.1.4.22/snapshot.jpg", Username = "admin", Password = "12345" }; // expect: IOT1002
                public static readonly FeedOptions BuiltIn = new FeedOptions { Url = "https://10.1.4.23/snapshot.jpg", Username = "feed", Password = "Rk9-Cloche-Dibber" }; // expect: IOT1001
                public static FeedOptions Load() => null;
                public static FeedService[] Services(bool bench) => new[] { new FeedService(Propagation), new FeedService(bench ? Potting : (Load() ?? BuiltIn)) };
                public static FeedOptions Masked(FeedOptions o) => new FeedOptions { Url = o.Url, Username = o.Username, Password = "***" };
            }
            """);

    /// <summary>
    /// A helper that builds HTTP Basic from a user and a password, called with an options object given from elsewhere
    /// whose type the code builds in initializers: read object by object, the user and the password from the same object (a
    /// factory login pair is IOT1002, the other camera's password IOT1001); <c>GetBytes(text.ToCharArray())</c> is the text's bytes.
    /// </summary>
    [Fact]
    public Task Basic_from_an_options_object_reads_user_and_password_object_by_object() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Text;
            public sealed class CamInfo { public string Username { get; set; } public string Password { get; set; } public string Url { get; set; } }
            public static class Snapshot
            {
                public static WebRequest Fetch(CamInfo info) => Request(info.Username, info.Password, info.Url);
                private static WebRequest Request(string username, string password, string url)
                {
                    var request = (HttpWebRequest)WebRequest.Create(url);
                    string userData = username + ":" + password;
                    request.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userData.ToCharArray()));
                    return request;
                }
            }
            public static class Marina
            {
                public static readonly CamInfo Jetty = new CamInfo { Username = "viewer", Password = "Hk2-Cleat-Fender", Url = "https://10.8.0.31/snap.jpg" }; // expect: IOT1001
                public static readonly CamInfo Slipway = new CamInfo { Username = "admin", Password = "admin", Url = "https://10.8.0.32/snap.jpg" }; // expect: IOT1002
                public static void Run() { Snapshot.Fetch(Jetty); Snapshot.Fetch(Slipway); }
            }
            """);

    /// <summary>
    /// An AT command helper whose parameters are objects written by <c>string.Format</c> (<c>AT_CPIN_PUK(object puk, object
    /// newPin)</c>): the PUK and the new PIN a call passes are the modem's secrets (a listed default PIN is IOT1002).
    /// </summary>
    [Fact]
    public Task At_helpers_with_object_parameters_read_their_callers_text() =>
        ExpectComments.AssertAsync("""
            public sealed class Modem
            {
                public static string CpinPuk(object puk, object newPin) => string.Format("AT+CPIN=\"{0}\",\"{1}\"", puk, newPin);
                public static string Cgdcont(object cid, object apn) => string.Format("AT+CGDCONT={0},\"IP\",\"{1}\"", cid, apn);
                private string Execute(string command) => command;
                public void Unblock(string puk)
                {
                    Execute(CpinPuk("48213570", "0000")); // expect: IOT1001 IOT1002
                    Execute(Cgdcont(1, "internet.provider.example")); // expect: none
                }
            }
            """);

    /// <summary>
    /// IOT1005: a claim PIN computed from a device's stored GUID (<c>device.UGuid.GetHashCode()</c>), reported once where the
    /// local is given its value (not again at the <c>return</c>). A PIN from a fresh <c>Guid.NewGuid()</c> is random, not public.
    /// </summary>
    [Fact]
    public Task A_pin_from_a_devices_stored_guid_is_derived_once() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Board { public Guid UGuid { get; set; } public string HardwareUuid { get; set; } }
            public static class Claiming
            {
                public static string ClaimPin(Board board)
                {
                    var claimPin = Math.Abs(board.UGuid.GetHashCode() % 1000000).ToString("D6"); // expect: IOT1005
                    return claimPin;
                }
                public static string ApPassword(Board board) { var apPassword = "ap-" + board.HardwareUuid.Substring(0, 8); return apPassword; } // expect: IOT1005
                public static string Fresh() { var apPassword = Guid.NewGuid().ToString("N").Substring(0, 12); return apPassword; } // expect: none
            }
            """);

    /// <summary>
    /// IOT3005: characters picked from an alphabet by <c>System.Random</c> into a buffer that becomes a session nonce; a
    /// random server picked from a list and a colour string stay quiet.
    /// </summary>
    [Fact]
    public Task Random_characters_picked_from_an_alphabet_follow_the_buffer() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public static class Picks
            {
                private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                private static readonly string[] Servers = { "a.example", "b.example" };
                private static readonly Random Rng = new Random();
                                public static string NewSessionNonce()
                {
                    var chars = new char[24];
                    for (var i = 0; i < chars.Length; i++)
                        chars[i] = Alphabet[Rng.Next(Alphabet.Length)]; // expect: IOT3005
                    var sessionNonce = new string(chars);
                    return sessionNonce;
                }
                public static string Server() { var server = Servers[Rng.Next(Servers.Length)]; return server; } // expect: none
                public static string Colour() { var chars = new char[4]; for (var i = 0; i < 4; i++) chars[i] = "RGBY"[Rng.Next(4)]; var ledColour = new string(chars); return ledColour; } // expect: none
            }
            """);

    /// <summary>
    /// IOT1004: codes that open a garage door, a car park's barrier or an emergency exit's release, compared with typed
    /// input; a fault code, a bootloader's or a kernel's release code and a process's exit code are no access codes.
    /// </summary>
    [Fact]
    public Task Garage_barrier_and_exit_release_codes_are_access_codes() =>
        ExpectComments.AssertAsync("""
            public static class Site
            {
                private const string GarageCloseCode = "4658"; // expect: IOT1004
                private const string CarParkBarrierCode = "8127"; // expect: IOT1004
                private const string EmergencyExitReleaseCode = "5090"; // expect: IOT1004
                private const string DoorFaultCode = "E07"; // expect: none
                private const string BootloaderReleaseCode = "2.4.1"; // expect: none
                private const string ProcessExitCode = "0"; // expect: none
                public static bool Accept(string typed) =>
                    typed == GarageCloseCode || typed == CarParkBarrierCode || typed == EmergencyExitReleaseCode || typed == DoorFaultCode ||
                    typed == BootloaderReleaseCode || typed == ProcessExitCode;
            }
            """);

    /// <summary>
    /// A member named for two alternatives joined by "Or" (<c>CertificateKeyFileNameOrPassword</c>: a key file's name or a
    /// PFX password) is a secret's when either is: its written value reaching the PFX password is judged there (a
    /// placeholder is IOT1006). Alternatives that are neither (<c>HostOrAddress</c>) stay plain.
    /// </summary>
    [Fact]
    public Task A_member_named_for_a_password_or_another_thing_is_a_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography.X509Certificates;
            public sealed class TlsOptions { public string CertificateFileName { get; set; } public string CertificateKeyFileNameOrPassword { get; set; } public string HostOrAddress { get; set; } }
            public static class Certificates
            {
                public static X509Certificate2 Load(TlsOptions options) => Open(options.CertificateFileName, options.CertificateKeyFileNameOrPassword);
                private static X509Certificate2 Open(string fileName, string keyFileNameOrPassword) => new X509Certificate2(fileName, keyFileNameOrPassword);
                public static TlsOptions Reefer() => new TlsOptions { CertificateFileName = "reefer.pfx", CertificateKeyFileNameOrPassword = "Wq3-Reefer-Plug", HostOrAddress = "10.2.0.7" }; // expect: IOT1001
                public static TlsOptions Template() => new TlsOptions { CertificateFileName = "new.pfx", CertificateKeyFileNameOrPassword = "<pfx-password>" }; // expect: IOT1006
            }
            """);
}
