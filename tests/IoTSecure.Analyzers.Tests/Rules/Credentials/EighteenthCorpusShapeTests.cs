using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the eighteenth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class EighteenthCorpusShapeTests
{
    /// <summary>
    /// Names: a device's model is no secret (<c>TokenChangerModel</c>); a word that says what a device is
    /// (<c>LabelPrinterPassword</c>: a label printer's) no longer hides the password after it, while a label of a
    /// password field stays a label; what a PIN or code opens (a vault, a key safe) makes it one; a level or state code
    /// under an alarm's name (<c>"CL2-HIGH"</c>) is what a device reports.
    /// </summary>
    [Fact]
    public Task Device_words_models_vaults_and_level_codes_in_names() =>
        ExpectComments.AssertAsync("""
            public static class Site
            {
                public const string TokenChangerModel = "CT-2000 (firmware 4.1)"; // expect: none
                public const string LabelPrinterPassword = "1111"; // expect: IOT1002
                public const string TicketTerminalPassword = "Kiosk-Rye-Loaf-88"; // expect: IOT1004
                public const string PasswordLabel = "Kennwort:"; // expect: none
                public const string LabelPassword = "Passwort"; // expect: none
                public const string ChangerVaultPin = "1234"; // expect: IOT1002
                public const string CashVaultPin = "7391"; // expect: IOT1004
                public const string DosingAlarmCode = "CL2-HIGH"; // expect: none
                public const string TankAlarmCode = "PH_LOW"; // expect: none
                public const string AlarmDisarmCode = "4826"; // expect: IOT1004
            }
            """);

    /// <summary>
    /// A property given its own value back where it is set from the command line (<c>config.AdminPassword = s ??
    /// config.AdminPassword</c>) is reported once, at its declaration, not again at the assignment.
    /// </summary>
    [Fact]
    public Task A_value_read_back_into_its_own_property_is_reported_where_it_is_written() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public class PlcConfiguration
            {
                public string AdminUser { get; set; } = "sysadmin";
                public string AdminPassword { get; set; } = "brew-Kx4t-Mash"; // expect: IOT1004
            }
            public static class Cli
            {
                public static Dictionary<string, Action<string>> Options(PlcConfiguration config) => new()
                {
                    { "au|adminuser=", s => config.AdminUser = s ?? config.AdminUser },
                    { "ac|adminpassword=", s => config.AdminPassword = s ?? config.AdminPassword },
                };
            }
            """);

    /// <summary>
    /// An environment variable's name written where its value goes (<c>"DOCK_WIFI_PASSWORD"</c>) is a template whatever
    /// its first words name; a password in upper case with digits and symbols is not.
    /// </summary>
    [Fact]
    public Task Screaming_snake_credential_names_are_templates() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Docks
            {
                public static void Join()
                {
                    WifiNetworkHelper.ConnectDhcp("COLDSTORE-DOCKS", "DOCK_WIFI_PASSWORD"); // expect: IOT1006
                    WifiNetworkHelper.ConnectDhcp("COLDSTORE-YARD", "YARD_GATE_PSK"); // expect: IOT1006
                    WifiNetworkHelper.ConnectDhcp("COLDSTORE-OFFICE", "FROST-HOLLOW-42!"); // expect: IOT1001
                }
            }
            """);

    /// <summary>
    /// System.Random for a shuffle's seed or a label's number is no security use; a packet forwarder's two-byte token
    /// matches replies; a two-byte LoRaWAN DevNonce is still a nonce (IOT3005), as is a session key.
    /// </summary>
    [Fact]
    public Task Seeds_labels_and_tiny_tokens_drawn_from_random() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Simulator
            {
                private readonly Random _random = new Random();
                public static int TrailerShuffleSeed() => new Random().Next(0, 12); // expect: none
                public static string StarfieldSeedLabel() => "seed:" + new Random().Next(1, 1000); // expect: none
                public byte[] ForwarderToken()
                {
                    byte[] token = new byte[2];
                    _random.NextBytes(token); // expect: none
                    return token;
                }
                public byte[] DevNonce()
                {
                    byte[] devNonce = new byte[2];
                    _random.NextBytes(devNonce); // expect: IOT3005
                    return devNonce;
                }
                public byte[] SessionToken()
                {
                    byte[] token = new byte[16];
                    _random.NextBytes(token); // expect: IOT3005
                    return token;
                }
            }
            """);

    /// <summary>
    /// A choice held in a local and built into a larger value (<c>"bedgw:" + secret</c> where <c>secret = training ? "TODO" :
    /// "..."</c>, Base64-encoded into a Basic header) is read once per branch: each written branch is judged at its literal.
    /// </summary>
    [Fact]
    public Task A_choice_held_in_a_local_inside_a_larger_value() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public static class Beds
            {
                public static HttpClient Pas(bool training)
                {
                    var http = new HttpClient();
                    var secret = training ? "TODO" : "Porter-Lift-B-Wing-36"; // expect: IOT1006 IOT1001
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("bedgw:" + secret)));
                    return http;
                }
            }
            """);

    /// <summary>
    /// A password received by a library and copied into a local (<c>var password = token.DecryptedPassword;</c>) is the
    /// library's received credential: the team's options property it is compared with is reported as a credential at an
    /// authentication API (IOT1001), as when the library's member is compared directly.
    /// </summary>
    [Fact]
    public Task A_library_received_password_copied_to_a_local_and_compared() =>
        ExpectComments.AssertAsync(new[] { """
            namespace Opc.Ua { public class UserNameIdentityToken { public string UserName { get; set; } public string DecryptedPassword { get; } } }
            """ }, """
            using Opc.Ua;
            public class PlcConfig
            {
                public string AdminUser { get; set; } = "sysadmin";
                public string AdminPassword { get; set; } = "brew-Kx4t-Mash"; // expect: IOT1001
            }
            public class Validator
            {
                private readonly PlcConfig _config = new PlcConfig();
                public bool Check(UserNameIdentityToken token)
                {
                    var userName = token.UserName;
                    var password = token.DecryptedPassword;
                    return userName == _config.AdminUser && password == _config.AdminPassword;
                }
            }
            """);

    /// <summary>
    /// Codes and PINs made from a whole number named only for the place it numbers (<c>int dock</c>, <c>int locker</c>):
    /// the number printed there. Hard negatives: a count or an index of the same shape, a label made from the number.
    /// </summary>
    [Fact]
    public Task Codes_made_from_the_number_of_a_dock_or_locker() =>
        ExpectComments.AssertAsync("""
            public static class ColdStore
            {
                public static string DockOverrideCode(int dock) => $"Dock{dock:D2}Open"; // expect: IOT1005
                public static int LockerWristbandPin(int locker) => 1000 + locker * 7; // expect: IOT1005
                public static string DockLabel(int dock) => $"Dock {dock:D2}"; // expect: none
                public static int RetryCode(int count) => 1000 + count * 7; // expect: none
            }
            """);
}
