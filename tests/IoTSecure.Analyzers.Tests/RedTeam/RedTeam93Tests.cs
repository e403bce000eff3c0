using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 93: attacks on the six changes of red team 91's fixes and the Concat commit (a string local grown by appends
/// and self-rebuilds, a field followed through a second constructor beside one that reads it at run time, a credential
/// being chosen compared with a literal, "digits"/"letters" as non-secret name words, a token split over literals joined
/// with '+', a bare key=/auth= placeholder and bracketed templates). Labels were written from docs/rules/IOT1001-IOT1006
/// before any run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam93Tests
{
    private const string GsmCommStub = """
        namespace GsmComm.GsmCommunication
        {
            public class GsmCommMain
            {
                public GsmCommMain(string portName, int baudRate, int timeout) { }
                public void Open() { }
                public void EnterPin(string pin) { }
            }
        }
        """;

    // ---------------------------------------------------------------------------------------------------------------
    // Change 1: a string local grown by +=, x = x + ..., x = string.Concat(x, ...)
    // ---------------------------------------------------------------------------------------------------------------

    // A self-rebuild written as an interpolation or string.Format is the same append as uri = uri + ...
    // Open: uri = string.Format("{0}&api_key={1}", uri, ReadKey) is no recognised self-append, so the grown local is unreadable and ReadKey is missed (the $"{uri}..." rebuild is found; the same Format into a fresh local is found)
    [Fact(Skip = "Open (red team 93): a local rebuilt through string.Format with itself as an argument is not read as grown")]
    public Task RT93_self_rebuild_by_interpolation_and_format_carries_the_key() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Uploader
            {
                private const string WriteKey = "V8QZ3WX7MK2RL9TN"; // expect: IOT1001
                private const string ReadKey = "J4XW9ZQ2LM7PK8RT"; // expect: IOT1001
                public void Send(string temp)
                {
                    string uri = "https://api.thingspeak.com/update?field1=" + temp;
                    uri = $"{uri}&api_key={WriteKey}";
                    WebRequest.Create(uri);
                }

                public void Read(string channel)
                {
                    string uri = "https://api.thingspeak.com/channels/" + channel + "/feeds.json?results=2";
                    uri = string.Format("{0}&api_key={1}", uri, ReadKey);
                    WebRequest.Create(uri);
                }
            }
            """);

    // The key part built first, the base put in front of it afterwards.
    // Open: query = "https://...?field1=" + temp + query (the local put after new text) is "any other write": the local becomes unreadable and WriteKey is missed
    [Fact(Skip = "Open (red team 93): a local put after new text (query = prefix + query) is not read as grown")]
    public Task RT93_prepend_rebuild_carries_the_key() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Uploader
            {
                private const string WriteKey = "L3PZ8QW2XK7MT4RN"; // expect: IOT1001
                public void Send(string temp)
                {
                    string query = "&api_key=" + WriteKey;
                    query = "https://api.thingspeak.com/update?field1=" + temp + query;
                    WebRequest.Create(query);
                }
            }
            """);

    // The same URL grown through a StringBuilder instead of a local.
    [Fact]
    public Task RT93_stringbuilder_grown_url_carries_the_key() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Text;
            public sealed class Uploader
            {
                private const string WriteKey = "Q9WX4ZK2LM8PT7RN"; // expect: IOT1001
                public void Send(string temp)
                {
                    var sb = new StringBuilder("https://api.thingspeak.com/update?");
                    sb.Append("field1=").Append(temp);
                    sb.Append("&api_key=").Append(WriteKey);
                    WebRequest.Create(sb.ToString());
                }
            }
            """);

    // Labeller's correction after the run (counted as a wrong rule in red team 93's score; the label below is corrected): docs/rules/IOT1003.md says a key written in place in a connection string's key slot is IOT1003 whatever builds the string; the analyzer reports IOT1003, as it does for the same string concatenated in place
    [Fact]
    public Task RT93_grown_connection_string_with_a_written_key() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public sealed class Telemetry
            {
                public DeviceClient Open(string deviceId)
                {
                    string cs = "HostName=orchard-hub.azure-devices.net";
                    cs = cs + ";DeviceId=" + deviceId;
                    cs = string.Concat(cs, ";SharedAccessKey=q3Vx8m0ZQn4kT2hL9rW7yB5cD1fG6jK0sA3eU9iO2tY="); // expect: IOT1003 (labelled IOT1001 before the run; IOT1003.md: a key written in place in a key's slot)
                    return DeviceClient.CreateFromConnectionString(cs, TransportType.Mqtt);
                }
            }
            """);

    // hard negatives: grown topics, log lines and user names carry no secret
    [Fact]
    public Task RT93_grown_topics_log_lines_and_user_names_are_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gateway
            {
                private static string Env(string name) => Environment.GetEnvironmentVariable(name) ?? string.Empty;
                private static void Publish(string topic, string payload) => Console.WriteLine(topic + " " + payload);
                public void Run(MqttClient client, string room, string serial)
                {
                    string topic = "home/" + room;
                    topic += "/password/set";                                     // expect: none
                    topic = topic + "/token";                                     // expect: none
                    Publish(topic, "{}");

                    string line = "factory login admin/admin";                    // expect: none
                    line = string.Concat(line, " disabled at ", DateTime.UtcNow.ToString("O"));
                    Console.WriteLine(line);

                    string user = "meter-";
                    user += serial;
                    var credential = new NetworkCredential(user, Env("METER_PW"));

                    string clientId = "admin";                                    // expect: none
                    clientId = clientId + "-" + serial;
                    client.Connect(clientId, "gateway", Env("MQTT_PW"));
                }
            }
            """);

    // A Basic login rebuilt from itself around a listed default pair.
    // Open: a Basic login grown by self-rebuilds reports the listed password "12345" but not its paired user "admin" (the same pair concatenated in place reports both)
    [Fact(Skip = "Open (red team 93): a Basic login grown step by step reports its listed password (IOT1002) but not the paired user name, as the same pair joined in one expression does")]
    public Task RT93_grown_basic_login_of_a_default_pair() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class Camera
            {
                public void Login(HttpClient http)
                {
                    string login = "admin";                 // expect: IOT1002
                    login = login + ":";
                    login = string.Concat(login, "12345");  // expect: IOT1002
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(login)));
                }
            }
            """);

    // 2,000 self-rebuilds alternating x = x + ... and string.Concat(x, ...): the key appended last is still read, in time.
    [Fact]
    public async Task RT93_two_thousand_self_rebuilds()
    {
        var watch = Stopwatch.StartNew();
        await ExpectComments.AssertAsync(Rebuilds(2000));
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"2,000 rebuilds took {watch.Elapsed.TotalSeconds:F1}s");
    }

    private static string Rebuilds(int count)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System.Net;");
        sb.AppendLine("public sealed class Uploader");
        sb.AppendLine("{");
        sb.AppendLine("    private const string WriteKey = \"B7QZ2XK9LM4PT8RN\"; // expect: IOT1001");
        sb.AppendLine("    public void Send(string t, bool b)");
        sb.AppendLine("    {");
        sb.AppendLine("        string uri = \"https://api.thingspeak.com/update?field0=\" + t;");
        for (var i = 1; i <= count; i++)
        {
            sb.AppendLine(i % 2 == 0 ? $"        uri = uri + \"&f{i}=\" + t;" : $"        uri = string.Concat(uri, \"&f{i}=\", t);");
        }

        sb.AppendLine("        uri = uri + \"&api_key=\" + WriteKey;");
        sb.AppendLine("        WebRequest.Create(uri);");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    // Each rebuild triples the local through itself: 3^30 pieces if nothing is shared or bounded.
    [Fact]
    public async Task RT93_self_referencing_concat_tripling()
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System.Net;");
        sb.AppendLine("public sealed class Uploader");
        sb.AppendLine("{");
        sb.AppendLine("    private const string WriteKey = \"B7QZ2XK9LM4PT8RN\";");
        sb.AppendLine("    public void Send(string t)");
        sb.AppendLine("    {");
        sb.AppendLine("        string u = \"https://api.thingspeak.com/update?api_key=\" + WriteKey;");
        for (var i = 0; i < 30; i++)
        {
            sb.AppendLine(i % 2 == 0 ? "        u = string.Concat(u, u, u);" : "        u = u + u + u;");
        }

        sb.AppendLine("        WebRequest.Create(u);");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        var watch = Stopwatch.StartNew();
        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[] { sb.ToString() });
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"tripling chain took {watch.Elapsed.TotalSeconds:F1}s");
    }

    [Fact]
    public Task RT93_half_typed_self_rebuilds_do_not_throw() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = string.Concat(uri, ); WebRequest.Create(uri); } }""",
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = uri + ; uri = uri + "&api_key=" + K; WebRequest.Create(uri); } }""",
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = string.Concat(uri); uri = String.Concat(uri, K); uri = global::System.String.Concat(uri, "&k=", K); WebRequest.Create(uri); } }""",
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = string.Concat(str0: uri, str1: K); uri = string.Concat(values: new[] { uri, K }); uri = Concat(uri, K); WebRequest.Create(uri); } }""",
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = (uri) + K; uri = ((uri + "&a=") + K); uri = uri + uri + (uri = uri + K); WebRequest.Create(uri); } }""",
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = string.Concat(uri, K, uri = string.Concat(uri, K)); System.Action a = () => { uri = uri + K; }; WebRequest.Create(uri); } }""",
            """using System.Net; class U { const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = string.Concat(uri, K; uri = uri + "&api_key=" + K WebRequest.Create(uri); } }""",
            """using System.Net; class U { string Concat(string a, string b) => a; const string K = "W3QZ8XK2LM7PT9RN"; void S(string t) { string uri = "https://x.example/u?f=" + t; uri = this.Concat(uri, K); uri = string.Concat<string>(uri, K); WebRequest.Create(uri); } }""",
        }.Select(s => (s, (string[]?)null)));

    // ---------------------------------------------------------------------------------------------------------------
    // Change 2: a field read at run time by one constructor and taken as a parameter by another
    // ---------------------------------------------------------------------------------------------------------------

    // The options pattern reads the field by a member access (options.Value.Password), not a call or an indexer.
    [Fact]
    public Task RT93_options_value_constructor_beside_a_value_constructor() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class MeterOptions { public string User { get; set; } public string Password { get; set; } }
            public interface IOptions<T> { T Value { get; } }
            public sealed class MeterLink
            {
                private readonly string _user;
                private readonly string _password;
                public MeterLink(IOptions<MeterOptions> options)
                {
                    _user = options.Value.User;
                    _password = options.Value.Password;
                }

                public MeterLink(string user, string password)
                {
                    _user = user;
                    _password = password;
                }

                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
            }
            public static class Bench
            {
                public static MeterLink Make() => new MeterLink("meter-7", "Quarry-Lantern-58"); // expect: IOT1001
            }
            """);

    // The configuration constructor chains to the value constructor with this(config[...]); a bench creates it with the factory login.
    [Fact]
    public Task RT93_this_initializer_from_configuration_and_a_bench_creation() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public interface IConfig { string this[string key] { get; } }
            public sealed class ShellLink
            {
                private readonly string _host;
                private readonly string _user;
                private readonly string _password;
                public ShellLink(IConfig config) : this(config["Ssh:Host"], config["Ssh:User"], config["Ssh:Password"]) { }
                public ShellLink(string host, string user, string password)
                {
                    _host = host;
                    _user = user;
                    _password = password;
                }

                public NetworkCredential Credential() => new NetworkCredential(_user, _password, _host);
            }
            public static class Bench
            {
                public static ShellLink Make() => new ShellLink("10.0.0.5", "svc-shell",
                    "Harbor-Kiln-7731"); // expect: IOT1001
            }
            """);

    // A field initialised at run time by its declaration, and given a written password by a constructor.
    [Fact]
    public Task RT93_run_time_initializer_and_tuple_constructor_beside_value_constructors() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public interface IConfig { string this[string key] { get; } }
            public sealed class Vault { public static string Read(string name) => Environment.GetEnvironmentVariable(name) ?? string.Empty; }
            public sealed class InverterLink
            {
                private readonly string _password = Vault.Read("INVERTER_PW");
                public InverterLink() { }
                public InverterLink(string password) { _password = password; }
                public NetworkCredential Credential() => new NetworkCredential("installer", _password);
            }
            public sealed class ChargerLink
            {
                private readonly string _user;
                private readonly string _password;
                public ChargerLink(IConfig config) { (_user, _password) = (config["Charger:User"], config["Charger:Password"]); }
                public ChargerLink(string user, string password) { _user = user; _password = password; }
                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
            }
            public static class Bench
            {
                public static InverterLink Inverter() => new InverterLink("Copper-Meadow-4419"); // expect: IOT1001
                public static ChargerLink Charger() => new ChargerLink("ocpp", "Lantern-Marsh-2086"); // expect: IOT1001
            }
            """);

    // hard negative: the value constructor is only ever called with text read at run time
    [Fact]
    public Task RT93_value_constructor_given_only_run_time_text_is_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public interface IConfig { string this[string key] { get; } }
            public sealed class ShellLink
            {
                private readonly string _user;
                private readonly string _password = "";
                public ShellLink(IConfig config) { _user = config["Ssh:User"] ?? "pi"; _password = config["Ssh:Password"]; }
                public ShellLink(string user, string password) { _user = user; _password = password; }
                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
            }
            public static class Bench
            {
                public static ShellLink Make() => new ShellLink("pi", Environment.GetEnvironmentVariable("SSH_PW") ?? string.Empty); // expect: none
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // Change 3: a received credential being chosen, compared with a literal
    // ---------------------------------------------------------------------------------------------------------------

    // "candidate" is what password verifiers call the password presented at login: this is a login, not a policy.
    // Fixed: candidatePassword == "Kiln-Lantern-58" in a login verifier gives no finding: IsBeingChosen skips any comparison whose received name starts with candidate, whatever the literal and whatever the method does
    [Fact]
    public Task RT93_candidate_password_at_a_login_is_a_secret() =>
        ExpectComments.AssertAsync("""
            public sealed class LocalConsole
            {
                public bool Verify(string userName, string candidatePassword)
                {
                    return userName == "installer" && candidatePassword == "Kiln-Lantern-58"; // expect: IOT1001
                }
            }
            """);

    // An HTTP handler naming what the request carries "requested...": a factory default login accepted.
    // Fixed: requestedUser == "admin" && requestedPassword == "admin" in an authenticate handler gives no finding at all (the user side goes too); with the password named plain "password" both are IOT1002
    [Fact]
    public Task RT93_requested_login_compared_with_the_factory_pair_is_a_default() =>
        ExpectComments.AssertAsync("""
            public sealed class WebUi
            {
                public bool Authenticate(string requestedUser, string requestedPassword)
                {
                    if (requestedUser == "admin"            // expect: IOT1002
                        && requestedPassword == "admin")    // expect: IOT1002
                    {
                        return true;
                    }

                    return false;
                }
            }
            """);

    // A change-password flow: the current password compared with the default is the default's use; the new one's check is policy.
    [Fact]
    public Task RT93_change_password_flow_old_reported_new_not() =>
        ExpectComments.AssertAsync("""
            public sealed class Account
            {
                public bool Change(string oldPassword, string newPassword, string desiredWifiPassword, string proposedPasscode)
                {
                    if (oldPassword != "admin") // expect: IOT1002
                    {
                        return false;
                    }

                    if (newPassword == "admin" || newPassword == "password" || string.Equals(newPassword, "12345678")) // expect: none
                    {
                        return false;
                    }

                    if (desiredWifiPassword.Equals("12345678") || proposedPasscode == "123456") // expect: none
                    {
                        return false;
                    }

                    return true;
                }
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // Change 4: "digits" and "letters" as non-secret name words
    // ---------------------------------------------------------------------------------------------------------------

    // The digits of a real code, named for them: a service passcode, a factory PIN, a WPS PIN cut from the serial, a SIM PIN at its sink.
    // Fixed: ServicePasscodeDigits = "482915" (IOT1004) and FactoryPinDigits = "0000" (IOT1002) are missed: "digits" as a non-secret word unnames any code, not only a generator's alphabet (the sink and derived-PIN findings remain)
    [Fact]
    public Task RT93_real_codes_named_digits_are_secrets() =>
        ExpectComments.AssertAsync(new[] { GsmCommStub }, """
            using GsmComm.GsmCommunication;
            public sealed class Panel
            {
                private const string ServicePasscodeDigits = "482915"; // expect: IOT1004
                private const string FactoryPinDigits = "0000"; // expect: IOT1002
                private const string SimPinDigits = "7391"; // expect: IOT1001
                public bool Service(string entered) => entered == ServicePasscodeDigits;
                public bool Factory(string entered) => entered == FactoryPinDigits;
                public string WpsPin(string serialNumber)
                {
                    string wpsPinDigits = serialNumber.Substring(serialNumber.Length - 8); // expect: IOT1005
                    return wpsPinDigits;
                }

                public void Unlock()
                {
                    var comm = new GsmCommMain("COM3", 115200, 300);
                    comm.Open();
                    comm.EnterPin(SimPinDigits);
                }
            }
            """);

    // hard negatives: counts of digits, a keypad's letters, a hex alphabet
    [Fact]
    public Task RT93_digit_counts_and_alphabets_are_nothing() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography;
            public sealed class Keypad
            {
                private const int PinDigits = 6; // expect: none
                private const uint PasskeyDigits = 6; // expect: none
                private const string PinLetters = "ABCD"; // expect: none
                private static readonly string PasswordLetters = "abcdefghijkmnpqrstuvwxyz"; // expect: none
                private const string TokenHexDigits = "0123456789abcdef"; // expect: none
                public string NewPin()
                {
                    var chars = new char[PinDigits];
                    for (var i = 0; i < chars.Length; i++)
                    {
                        chars[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
                    }

                    return new string(chars) + PinLetters[RandomNumberGenerator.GetInt32(PinLetters.Length)] + PasswordLetters[0] + TokenHexDigits[(int)PasskeyDigits];
                }
            }
            """);

    // ---------------------------------------------------------------------------------------------------------------
    // Change 5: a token split over literals joined with '+'
    // ---------------------------------------------------------------------------------------------------------------

    // Help text quoting the public samples of the JWT and Telegram documentation, one literal or wrapped over several.
    // Fixed: jwt.io's published sample JWT (SflKxw... signature, "John Doe") in help text is IOT1003, in one literal and wrapped over a chain alike (a vendor's documented example like AKIAIOSFODNN7EXAMPLE is exempt); Telegram's documented sample token is not reported
    [Fact]
    public Task RT93_documentation_sample_tokens_in_help_text_are_nothing() =>
        ExpectComments.AssertAsync("""
            public static class Help
            {
                public const string BearerExample = "Send the header as Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"; // expect: none
                public const string BearerWrapped = "Send the header as Authorization: Bearer " +
                    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
                    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ." +
                    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"; // expect: none
                public const string BotExample = "A bot token looks like " + "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11" + " (from @BotFather)"; // expect: none
            }
            """);

    // A token assembled from a constant and a literal, and an EC private key's base64 wrapped over lines with no PEM header.
    // Open: a Google key folded from a constant and a literal (MapsKeyHead + "...") and an EC PKCS#8 private key's base64 wrapped over five + lines (DER key, not in the chain's kinds) are both missed
    [Fact(Skip = "Open (red team 93): a token folded from a constant and a literal, and a base64 PKCS#8 key wrapped over joined literals, are not read as one token")]
    public Task RT93_folded_tokens_outside_the_literal_only_chain() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed class Device
            {
                private const string MapsKeyHead = "AIzaSyD8-Lm2pQ7rT4vW", MapsKey = MapsKeyHead + "9xZ1bC3dF5gH6jK0nMq"; // expect: IOT1003
                private const string DeviceEcKey =
                    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0w" +
                    "awIBAQQgGSeo3pupaR4OgcoFBFOZn/Y6Mu0RG8zS" +
                    "Su8Co1kjPd2hRANCAATCrCk/JyFrz5/u1OmyZJaR" +
                    "Q3Gy2qD5R0pwuH4kgykdRqTxsi2hBWx5tTc5g+2H" +
                    "zMkgLAROL8uqHlnyZVJ3asF6"; // expect: IOT1003
                public string Geocode(string address) => $"https://maps.googleapis.com/maps/api/geocode/json?address={address}&key={MapsKey}";
                public ECDsa Signer()
                {
                    var ec = ECDsa.Create();
                    ec.ImportPkcs8PrivateKey(Convert.FromBase64String(DeviceEcKey), out _);
                    return ec;
                }
            }
            """);

    // A bearer JWT wrapped at an Authorization header: one finding, IOT1003, not also IOT1001 at the header.
    [Fact]
    public Task RT93_wrapped_jwt_at_an_authorization_header_is_one_iot1003() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class Uplink
            {
                public void Authorize(HttpClient http) =>
                    http.DefaultRequestHeaders.Add("Authorization", "Bearer " +
                        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
                        "eyJzdWIiOiJtZXRlci03IiwiaWF0IjoxNzAwMDAwMDAwfQ." +
                        "Qm3xT9vZ2kL8pR4wN7yB1cD5fG6hJ0sA3eU9iO2tYq4"); // expect: IOT1003
            }
            """);

    // A 5,000-literal '+' chain (a generated table dumped as one constant) ending in a Google key: read once, in time.
    [Fact]
    public async Task RT93_five_thousand_literal_chain()
    {
        var sb = new StringBuilder();
        sb.AppendLine("public static class Blob");
        sb.AppendLine("{");
        sb.Append("    public const string Data = \"AIzaSyD8-Lm2pQ7rT4vW\"");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append(i == 0 ? " + \"9xZ1bC3dF5gH6jK0nMq\"" : $" + \"|{i:X4}\"");
        }

        sb.AppendLine("; // expect: IOT1003");
        sb.AppendLine("}");
        var watch = Stopwatch.StartNew();
        await ExpectComments.AssertAsync(sb.ToString());
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"5,000-literal chain took {watch.Elapsed.TotalSeconds:F1}s");
    }

    [Fact]
    public Task RT93_half_typed_token_chains_do_not_throw() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """class A { const string K = "AIzaSyD8-Lm2pQ7rT4vW" + + "9xZ1bC3dF5gH6jK0nMq"; }""",
            """class A { const string K = "AIzaSyD8-Lm2pQ7rT4vW" + ; }""",
            """class A { const string K = + "AIzaSyD8-Lm2pQ7rT4vW" + "9xZ1bC3dF5gH6jK0nMq"; }""",
            """class A { string K = "AIzaSyD8-Lm2pQ7rT4vW" + "9xZ1bC3dF5gH6jK0nMq" + null + "x"; string L = "AIzaSyD8-Lm2pQ7rT4vW" + 'c' + "9xZ1bC3dF5gH6jK0nMq"; }""",
            """class A { string K = "eyJhbGciOiJIUzI1NiJ9." + "eyJzdWIiOiJ4In0" + "." + ; }""",
            """class A { string K = ("AIzaSyD8-Lm2pQ7rT4vW" + "9xZ1bC3dF5gH6jK0nMq") + "" + "" + ""; string L = "" + "" + "" + ""; string M = "AIza" + "Sy" + "D8-Lm2pQ7rT4vW9xZ1bC3dF5gH6jK0nMq"; }""",
            """class A { string K = "AIzaSyD8-Lm2pQ7rT4vW" - "9xZ1bC3dF5gH6jK0nMq"; string L = "AIzaSyD8-Lm2pQ7rT4vW" + "9xZ1bC3dF5gH6jK0nMq" - ""; }""",
            "class A { string K = \"\"\"AIzaSyD8-Lm2pQ7rT4vW\"\"\" + @\"9xZ1bC3dF5gH6jK0nMq\" + $\"{1}\"; string L = \"AIzaSyD8-Lm2pQ7rT4vW\"u8 + \"9xZ1bC3dF5gH6jK0nMq\"u8; }",
        }.Select(s => (s, (string[]?)null)));

    // ---------------------------------------------------------------------------------------------------------------
    // Change 6: a bare key=/auth= placeholder; bracketed templates
    // ---------------------------------------------------------------------------------------------------------------

    // Google's own documentation writes &key=API_KEY; samples write MY_API_KEY; a device settings API's key for the Enter key is a setting.
    // Fixed: &key=API_KEY (Google's own docs placeholder) and ?key=MY_API_KEY are missed (no instruction word), while the settings keys ?key=enter_key_action and &key=put_password_prompt are IOT1006 (the instruction test is a prefix of the letters: enter..., put...)
    [Fact]
    public Task RT93_bare_key_placeholders_without_an_instruction_word() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Feeds
            {
                private static readonly HttpClient Http = new HttpClient();
                public void Geocode(string address) => WebRequest.Create("https://maps.googleapis.com/maps/api/geocode/json?address=" + address + "&key=API_KEY"); // expect: IOT1006
                public void Mine() => WebRequest.Create("https://api.thingspeak.com/update?key=MY_API_KEY&field1=1"); // expect: IOT1006
                public Task<string> KeypadSetting() => Http.GetStringAsync("http://192.168.4.1/config?key=enter_key_action"); // expect: none
                public Task<string> PutSetting() => Http.GetStringAsync("http://192.168.4.1/nvs/get?ns=ui&key=put_password_prompt"); // expect: none
            }
            """);

    // Templates with punctuation inside their brackets, a one-word environment name in braces, a numbered template name.
    // Fixed: "{{ wifi_psk_2g }}" is IOT1001 (a digit in a template name reads as a generated value in brackets; {{ wifi_psk }} and <wifi_psk_2g> are IOT1006) and SharedAccessKey=[Primary key from the Azure portal (IoT devices > your device)] is IOT1003 (parentheses and > inside square brackets break the template pattern)
    [Fact]
    public Task RT93_bracket_templates_with_punctuation_and_names() =>
        ExpectComments.AssertAsync(new[] { Stubs.Npgsql }, """
            using Microsoft.Azure.Devices.Client;
            using nanoFramework.Networking;
            using Npgsql;
            public sealed class Setup
            {
                public DeviceClient Hub() => DeviceClient.CreateFromConnectionString("HostName=orchard-hub.azure-devices.net;DeviceId=pump-3;SharedAccessKey=[Primary key from the Azure portal (IoT devices > your device)]", TransportType.Mqtt); // expect: IOT1006
                public NpgsqlConnection Env() => new NpgsqlConnection("Host=db.local;Username=spin;Password={DB_PASSWORD};Database=wash"); // expect: IOT1006
                public NpgsqlConnection Second() => new NpgsqlConnection("Host=db.local;Username=spin;Password=[AP2_PASSWORD];Database=wash"); // expect: IOT1006
                public void Join() => WifiNetworkHelper.ConnectDhcp("Shed", "{{ wifi_psk_2g }}"); // expect: IOT1006
            }
            """);
}
