using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Hard negatives and second cases beside the fixes for red team 18's findings (<see cref="RedTeam18Tests"/>): each fix
/// is a kind, so each is held here with values and names of its own, and with what it must not flag.
/// </summary>
public class RedTeam18FollowUpTests
{
    /// <summary>
    /// Credential words run on in one case (<c>BROKERPASSWORD</c>, <c>uplinkpassphrase</c>, <c>MQTTAPIKEY</c>) and numbers
    /// written as a word of their own (<c>UPLINK_PWD_3</c>) name secrets; a credential word at the start of a longer word
    /// (<c>PSKLENGTH</c>), "pass" or "key" inside a word (<c>BYPASS</c>, <c>MONKEY</c>, <c>HOTKEYBOARD</c>) and a name whose
    /// number follows a word that says no secret (<c>PASSWORD_HASH_2</c>) do not.
    /// </summary>
    [Fact]
    public Task Run_together_and_numbered_names() =>
        ExpectComments.AssertAsync("""
            public static class Uplink
            {
                public const string BROKERPASSWORD = "Tarn!Sedge41"; // expect: IOT1004
                public static readonly string uplinkpassphrase = "tarn sedge heron 42"; // expect: IOT1004
                public const string MQTTAPIKEY = "Qz8r-Kt2m-Wv7q-Lm2x-43"; // expect: IOT1004
                public const string UPLINK_PWD_3 = "Tarn!Sedge44"; // expect: IOT1004
                public const string PSKLENGTH = "Tarn!Sedge45"; // expect: none
                public const string BYPASS = "Tarn!Sedge46"; // expect: none
                public const string MONKEY = "Tarn!Sedge47"; // expect: none
                public const string HOTKEYBOARD = "Tarn!Sedge48"; // expect: none
                public const string PASSWORD_HASH_2 = "Tarn!Sedge49"; // expect: none
            }
            """);

    /// <summary>
    /// A default given with <c>??=</c> ships in the code, also after another write of a run-time value (red team 19); one
    /// that is itself read at run time, or empty, holds nothing.
    /// </summary>
    [Fact]
    public Task Coalesce_assignment_defaults_and_what_is_not_one() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Tides
            {
                public static async Task Poll(HttpClient http, string[] args)
                {
                    string? key = Environment.GetEnvironmentVariable("TIDE_KEY");
                    key ??= "3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c28"; // expect: IOT1001
                    await http.GetStringAsync($"https://api.tides.example/v2?station=7&apikey={key}");

                    string? other = Environment.GetEnvironmentVariable("TIDE_KEY");
                    other ??= Environment.GetEnvironmentVariable("TIDE_KEY_FALLBACK");
                    await http.GetStringAsync($"https://api.tides.example/v2?station=8&apikey={other}");

                    string? empty = Environment.GetEnvironmentVariable("TIDE_KEY");
                    empty ??= "";
                    await http.GetStringAsync($"https://api.tides.example/v2?station=9&apikey={empty}");

                    string? chosen = Environment.GetEnvironmentVariable("TIDE_KEY");
                    if (args.Length > 0) chosen = args[0];
                    chosen ??= "3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c29"; // expect: IOT1001
                    await http.GetStringAsync($"https://api.tides.example/v2?station=10&apikey={chosen}");
                }
            }
            """);

    /// <summary>
    /// A Basic login built in code is judged by its password: a template there is IOT1006, a working one IOT1001, a
    /// listed default IOT1002. A URL's anonymous FTP login (an e-mail as password) is no secret; another user's is.
    /// </summary>
    [Fact]
    public Task Basic_logins_by_their_password_and_anonymous_ftp() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Buoy
            {
                public static void Configure(HttpClient a, HttpClient b, HttpClient c)
                {
                    a.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("buoy-3:<buoy password>"))); // expect: IOT1006
                    b.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("buoy-3:Heron4-Tarn-Sedge"))); // expect: IOT1001
                    c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("buoy-3:Heron5-Tarn-Sedge"u8)); // expect: IOT1001
                }
                public static void Fetch(WebClient wc)
                {
                    wc.DownloadData("ftp://anonymous:buoy3%40tides.example@ftp.tides.example/pub/cal.bin"); // expect: none
                    wc.DownloadData("ftp://FTP:@ftp.tides.example/pub/cal.bin"); // expect: none
                    wc.DownloadData("ftp://buoy3:Heron6%40Tarn@ftp.tides.example/pub/cal.bin"); // expect: IOT1001
                }
            }
            """);

    /// <summary>
    /// Culture-explicit interpolations are the interpolation's text; with no written secret in them they hold none.
    /// </summary>
    [Fact]
    public Task Culture_explicit_interpolations_without_a_secret() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Tides
            {
                public static async Task Poll(HttpClient http, string station, string key)
                {
                    await http.GetStringAsync(FormattableString.Invariant($"https://api.tides.example/v2?station={station}&apikey={key}"));
                    await http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"https://api.tides.example/v2?station={station}&units=metric"));
                    await http.GetStringAsync(FormattableString.CurrentCulture($"https://api.tides.example/v2?station={station}&apikey=6a0e2c8f4b1d7e3a9c5f1b7d3e9a2c40")); // expect: IOT1001
                }
            }
            """);

    /// <summary>
    /// A table in another type looked up by a written key gives that entry alone; by a run-time key, any of them.
    /// </summary>
    [Fact]
    public Task Tables_in_another_type_looked_up_by_key_or_index() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class BuoyDefaults
            {
                public static readonly Dictionary<string, string> Settings = new()
                {
                    ["host"] = "tides.example",
                    ["user"] = "buoy-3",
                    ["password"] = "Heron7-Tarn-Sedge", // expect: IOT1001
                    ["passwordFile"] = "/flash/buoy.pw", // expect: none
                };
                public static readonly string[] Fallbacks = { "Heron8-Tarn-Sedge", "Heron9-Tarn-Sedge" }; // expect: IOT1001, IOT1001
                public static readonly string[] Users = { "buoy-3", "buoy-4" };
            }
            public static class Buoy
            {
                public static ICredentials Login() => new NetworkCredential(BuoyDefaults.Settings["user"], BuoyDefaults.Settings["password"]);
                public static ICredentials Retry(int i) => new NetworkCredential(BuoyDefaults.Users[i], BuoyDefaults.Fallbacks[i]);
            }
            """);

    /// <summary>
    /// An object picked in place or by a coalesce is read as built; one picked from objects built with run-time values
    /// holds nothing written.
    /// </summary>
    [Fact]
    public Task Objects_picked_in_place_or_by_a_coalesce() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public sealed record Login(string User, string Password);
            public static class Lighthouse
            {
                private static readonly Login Lamp = new("lamp", "Beacon1-Fresnel"); // expect: IOT1001
                private static readonly Login Fog = new("fog", "Beacon2-Fresnel"); // expect: IOT1001
                private static readonly Login Bench = new("bench", "Beacon3-Fresnel"); // expect: IOT1001
                private static readonly Login FromEnv = new("env", Environment.GetEnvironmentVariable("LH_PASSWORD") ?? "");
                private static Login? Load() => null;
                public static ICredentials Pick(bool lamp) => new NetworkCredential("lh", (lamp ? Lamp : Fog).Password);
                public static ICredentials Stored()
                {
                    var login = Load() ?? Bench;
                    return new NetworkCredential(login.User, login.Password);
                }
                public static ICredentials Runtime()
                {
                    var login = Load() ?? FromEnv;
                    return new NetworkCredential(login.User, login.Password);
                }
            }
            """);

    /// <summary>
    /// A static settings property written from another type takes each written value; one written only with run-time
    /// values, or only its empty initializer, holds nothing.
    /// </summary>
    [Fact]
    public Task Static_settings_properties_written_elsewhere() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            public static class HiveWifi
            {
                public static string Ssid { get; set; } = "";
                public static string Password { get; set; } = "";
                public static string BackupPassword { get; set; } = "";
                public static string SparePassword { get; set; } = "";
            }
            public static class Program
            {
                public static void Main(string[] args)
                {
                    HiveWifi.Ssid = "Apiary";
                    HiveWifi.Password = "Comb7-Drone-Queen"; // expect: IOT1001
                    HiveWifi.BackupPassword = Environment.GetEnvironmentVariable("HIVE_PSK") ?? "";
                    WifiNetworkHelper.ConnectDhcp(HiveWifi.Ssid, HiveWifi.Password);
                    WifiNetworkHelper.ConnectDhcp(HiveWifi.Ssid, HiveWifi.BackupPassword);
                    WifiNetworkHelper.ConnectDhcp(HiveWifi.Ssid, HiveWifi.SparePassword);
                }
            }
            """);

    /// <summary>
    /// A list made of spreads of other types' tables is tried row by row; tables that spread each other (a cycle) and a
    /// list spread from run-time values end without a finding (and without a loop).
    /// </summary>
    [Fact]
    public Task Spreads_of_tables_and_cycles() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public static class LoftDefaults
            {
                public static readonly string[] Old = ["Pigeon1-Loft-Clock"]; // expect: IOT1001
                public static string[] New { get; } = ["Pigeon2-Loft-Clock"]; // expect: IOT1001
                public static readonly string[] A = [.. B];
                public static readonly string[] B = [.. A];
            }
            public static class Loft
            {
                public static void Run(string[] args)
                {
                    string[] tried = [.. LoftDefaults.Old, .. LoftDefaults.New];
                    foreach (var p in tried) { var c = new NetworkCredential("loft", p); }
                    string[] cycle = [.. LoftDefaults.A, .. LoftDefaults.B];
                    foreach (var p in cycle) { var c = new NetworkCredential("loft", p); }
                    string[] given = [.. args];
                    foreach (var p in given) { var c = new NetworkCredential("loft", p); }
                }
            }
            """);
}
