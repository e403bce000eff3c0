using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-first corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>,
/// see <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class TwentyFirstCorpusShapeTests
{
    /// <summary>
    /// A broker's own table of logins, filled by its code (<c>users.Add(name, password)</c>, <c>users[name] = ...</c>) and
    /// looked up for the password a client presents to the MQTT broker library: every value it is given ships in the code
    /// (a listed default IOT1002, another IOT1001). A table filled from configuration holds nothing written, and a table of
    /// display texts compared with a typed label is no login.
    /// </summary>
    [Fact]
    public Task A_broker_user_table_filled_by_the_code_and_looked_up() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using MQTTnet.Server;
            public sealed class Broker
            {
                private readonly Dictionary<string, string> _logins = new() { ["meter"] = "Qe7-Brine-Vat" }; // expect: IOT1001
                private readonly Dictionary<string, string> _fromConfig = new();
                private readonly Dictionary<string, string> _captions = new();
                public Broker()
                {
                    _logins.Add("kiosk", "1234"); // expect: IOT1002
                    _logins["press"] = "Hn4-Sluice-Rim"; // expect: IOT1001
                    _logins.TryAdd("dock", "Zm2-Crane-Lug"); // expect: IOT1001
                    _fromConfig.Add("relay", Environment.GetEnvironmentVariable("RELAY_PASSWORD") ?? "");
                    _captions.Add("title", "Welcome to the dock"); // expect: none
                }
                public void Validate(ValidatingConnectionEventArgs e)
                {
                    if (!(_logins.TryGetValue(e.UserName, out var password) && password == e.Password)) e.ReasonCode = 134;
                }
                public void ValidateRelay(ValidatingConnectionEventArgs e)
                {
                    if (!_fromConfig.TryGetValue(e.UserName, out var stored) || stored != e.Password) e.ReasonCode = 134;
                }
                public bool Caption(string typed) => _captions.TryGetValue("title", out var caption) && caption == typed;
            }
            """);

    /// <summary>
    /// A secret-named constant whose text sits in a URL outside its secret-bearing pairs (an SMS gateway's key sent as
    /// <c>?q=</c>, a key in the path) is not judged there: it stays IOT1004's. One sent under a key's name (<c>apikey=</c>)
    /// is IOT1001 there, once.
    /// </summary>
    [Fact]
    public Task A_secret_named_constant_outside_a_urls_secret_pairs_stays_named() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Gateways
            {
                public const string SmsGatewayApiKey = "KX4WQ7TR2MZ9LPV3HD8NJ6CB"; // expect: IOT1004
                public const string WeatherApiKey = "c2f81b7e4a9d03e6f5b1a7c8d2e4f609"; // expect: IOT1001
                public const string PushWebhookToken = "tq8Wz3Lm5Xr7Vb2Nk9Hd4Fs6"; // expect: IOT1004
                public const string StationName = "quay-east";
                public static Task<string> Sms(HttpClient http, string to) => http.GetStringAsync($"https://sms.example/send?q={SmsGatewayApiKey}&to={to}");
                public static Task<string> Weather(HttpClient http) => http.GetStringAsync($"https://wx.example/now?station={StationName}&apikey={WeatherApiKey}");
                public static Task<string> Push(HttpClient http) => http.GetStringAsync($"https://push.example/hooks/{PushWebhookToken}/send");
            }
            """);

    /// <summary>
    /// PINs and codes made from what a radio network broadcasts (a Z-Wave home id, a Zigbee PAN id) or a Bluetooth address,
    /// or from a unit's own number (a cycle or bay number shown on site) into a door's release code: IOT1005. A firmware
    /// release code is a version. A count, a stored number and a random
    /// number are no public source.
    /// </summary>
    [Fact]
    public Task Pins_from_network_ids_hardware_addresses_and_unit_numbers() =>
        ExpectComments.AssertAsync("""
            public sealed class Node { public uint HomeId { get; set; } public ulong BluetoothAddress { get; set; } public ushort PanId { get; set; } }
            public static class Codes
            {
                public static string OverrideCode(uint homeId) => (homeId % 1000000).ToString("D6"); // expect: IOT1005
                public static string PairingPin(Node node) => (node.BluetoothAddress % 1000000).ToString("D6"); // expect: IOT1005
                public static string JoinPasscode(Node node) { string joinPasscode = node.PanId.ToString("X4") + "99"; return joinPasscode; } // expect: IOT1005
                public static string ReleaseCode(int cycleNumber) { string doorReleaseCode = "R" + cycleNumber.ToString("D4"); return doorReleaseCode; } // expect: IOT1005
                public static string Firmware(int buildNumber) { string firmwareReleaseCode = "R" + buildNumber.ToString("D4"); return firmwareReleaseCode; } // expect: none
                public static string KioskPin(int kioskCount) => (kioskCount * 7).ToString("D4"); // expect: none
                public static string StoredPin(int stored) => stored.ToString("D6"); // expect: none
            }
            """);

    /// <summary>
    /// A PEM key concatenated line by line is one finding over the whole block: a label at its header or at its footer
    /// answers it. A certificate written the same way is public.
    /// </summary>
    [Fact]
    public Task A_pem_key_concatenated_line_by_line_is_one_finding() =>
        ExpectComments.AssertAsync("""
            public static class Pems
            {
                public const string ClientKey =
                    "-----BEGIN EC PRIVATE KEY-----\n" +
                    "MHcCAQEEIPq3Zr7kLm2Vb8Xt4Nw6Hd1Fs9Qc5Ry0Tj2Gk7Pa3Ue8oAoGCCqGSM49\n" +
                    "AwEHoUQDQgAEm4Lk8Vt2Qz7Xr5Nb3Hw9Fd1Jc6Ps0Tg4Ky8Ma2Ue7Wq5Rz3Lv9Xn1\n" +
                    "-----END EC PRIVATE KEY-----"; // expect: IOT1003
                public const string ClientCert =
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIBkTCB+wIJAKHHIG4MnwjKMA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBmRl\n" +
                    "-----END CERTIFICATE-----"; // expect: none
            }
            """);

    /// <summary>
    /// Key bytes filled one by one from <c>System.Random</c>, through <c>Math.Floor</c> and a cast with the value written in
    /// parentheses (the Zigbee key helper's shape): IOT3005. A random delay computed the same way is not.
    /// </summary>
    [Fact]
    public Task Key_bytes_filled_from_random_through_math_and_parentheses() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Keys
            {
                public static byte[] NetworkKey()
                {
                    var networkKey = new byte[16];
                    for (var i = 0; i < networkKey.Length; i++)
                    {
                        networkKey[i] = (byte)Math.Floor((new Random().NextDouble() * 255)); // expect: IOT3005
                    }
                    return networkKey;
                }
                public static int RetryDelayMs() => (int)Math.Floor((new Random().NextDouble() * 500)); // expect: none
            }
            """);

    /// <summary>
    /// A listed default pair in a table of logins is the user name and the password together: both are reported (IOT1002),
    /// as a compared pair's are. A vendor's own password beside a default user name is the password alone.
    /// </summary>
    [Fact]
    public Task Listed_default_pairs_in_login_tables_report_the_user_name_too() =>
        ExpectComments.AssertAsync("""
            public static class Maintenance
            {
                private static readonly (string User, string Password)[] EngineerLogins =
                {
                    ("service", "service"), // expect: IOT1002 IOT1002
                    ("support", "support"), // expect: IOT1002 IOT1002
                    ("fieldeng", "bAe8ZE-oa*cGQ"), // expect: IOT1004
                };
                public static bool Unlock(string user, string password)
                {
                    foreach (var (u, p) in EngineerLogins)
                        if (u == user && p == password) return true;
                    return false;
                }
            }
            """);

    /// <summary>
    /// A suffix appended to passwords (<c>passwordAppendPortion</c>) is part of how passwords are made, not one; a password
    /// prefix and a key's suffix are the same.
    /// </summary>
    [Fact]
    public Task A_suffix_appended_to_passwords_is_no_password() =>
        ExpectComments.AssertAsync("""
            public static class Properties
            {
                public const string passwordAppendPortion = "@321"; // expect: none
                public const string PasswordAppended = "#2024"; // expect: none
                public const string KeystorePassword = "Wk5!Tarn-Ledge"; // expect: IOT1004
            }
            """);
}
