using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the sixth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own: codes in the team's constants checked against entered
/// text, placeholders as a header's value, in a URL query or in a modem command, values written into the team's options
/// property that a sink reads, bearer logins the operator publishes, codes derived from public data, names of routes.
/// </summary>
public class SixthCorpusShapeTests
{
    [Fact]
    public Task A_code_in_a_constant_checked_against_entered_text_is_a_pin_or_access_code() =>
        ExpectComments.AssertAsync("""
            public static class Panels
            {
                const string CuratorPin = "5820"; // expect: IOT1004
                const string CleanerCode = "319407"; // expect: IOT1004
                private const string FactoryGateCode = "1234"; // expect: IOT1002
                const string RelayPin = "1700"; // expect: none
                const string CountryCode = "0049"; // expect: none
                const string StatusCode = "2000"; // expect: none
                const string ShortCode = "12"; // expect: none
                public static bool Curator(string entered) => entered == CuratorPin;
                public static bool Cleaner(string typed) => CleanerCode != typed;
                public static bool Gate(string keypad) => keypad == FactoryGateCode;
                public static bool Relay(string wiring) => wiring == RelayPin;
                public static bool Dial(string prefix) => prefix == CountryCode;
                public static bool Ok(string reply) => reply == StatusCode;
                public static bool Short(string entered) => entered == ShortCode;
            }
            """);

    [Fact]
    public Task A_code_checked_by_a_pattern_or_kept_as_a_number_is_a_pin_or_access_code_too() =>
        ExpectComments.AssertAsync("""
            public static class Keypad
            {
                const string LoaderPin = "4417"; // expect: IOT1004
                const string FitterCode = "88213"; // expect: IOT1004
                const string StatusCode = "2001"; // expect: none
                const int WardenPin = 7319; // expect: IOT1004
                const int TimeoutCode = 5000; // expect: none
                const int LedPin = 13; // expect: none
                public static bool A(string entered) { switch (entered) { case LoaderPin: return true; default: return false; } }
                public static bool B(string entered) => entered is FitterCode;
                public static string C(string reply) => reply switch { StatusCode => "ok", _ => "retry" };
                public static bool D(string entered) => int.TryParse(entered, out var n) && n == WardenPin;
                public static bool E(int code) => code == TimeoutCode;
                public static bool F(int wiring) => wiring == LedPin;
            }
            """);

    [Fact]
    public Task Placeholders_at_a_header_in_a_url_query_and_in_a_modem_command_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class SerialLink { public void Write(string text) { } }
            public static class Keys { public const string TIDE_API_KEY = "TIDE_API_KEY"; public const string Station = "Brest"; } // expect: IOT1006
            public static class Clients
            {
                private static string baseUri = "https://api.example.org/tides";
                public static void Tides(HttpClient client) => client.GetAsync($"{baseUri}?station={Keys.Station}&appid={Keys.TIDE_API_KEY}");
                public static void Fleet(HttpClient http) => http.DefaultRequestHeaders.Add("X-Api-Key", "xxxxxxxxxx"); // expect: IOT1006
                public static void Desk(HttpClient http) => http.DefaultRequestHeaders.Add("X-Auth-Token", "TODO"); // expect: IOT1006
                public static void Mode(HttpClient http) => http.DefaultRequestHeaders.Add("X-Mode", "xxxxxxxx"); // expect: none
                public static void Join(SerialLink port) => port.Write("AT+CWJAP=\"Yard-Ap\",\"<wifi password>\"\r\n"); // expect: IOT1006
            }
            """);

    [Fact]
    public Task Values_written_into_the_teams_options_property_that_a_sink_reads_are_judged_there() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            using MQTTnet.Client;
            public sealed class BrokerSettings
            {
                public string Host { get; set; }
                public string User { get; set; }
                public string Password { get; set; } = "Init-Pw-Harbor-22"; // expect: IOT1001
                public byte[] Secret { get; set; }
                public string Label { get; set; }
            }
            public sealed class Bridge
            {
                private readonly BrokerSettings _s;
                public Bridge(BrokerSettings s) => _s = s;
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithCredentials(_s.User, _s.Password);
                public MqttClientOptionsBuilder BuildBytes() => new MqttClientOptionsBuilder().WithCredentials(_s.User, _s.Secret);
                public static BrokerSettings Bench() => new BrokerSettings { Host = "b", User = "u", Password = "fill-me-in-later" }; // expect: IOT1006
                public static BrokerSettings Lab() => new BrokerSettings { Host = "b", User = "u", Password = "Lab-Kx9!-Pier-3" }; // expect: IOT1001
                public static BrokerSettings Env() => new BrokerSettings { Host = "b", User = "u", Password = Environment.GetEnvironmentVariable("PW") };
                public static BrokerSettings Bytes() => new BrokerSettings { Secret = Encoding.UTF8.GetBytes("Byte-Pw#Dock-771") }; // expect: IOT1001
                public static BrokerSettings BytesDefault() => new BrokerSettings { Secret = Encoding.ASCII.GetBytes("service") }; // expect: IOT1002
                public static BrokerSettings Labelled() => new BrokerSettings { Label = "Quay-7#North" }; // expect: none
                public static void Local()
                {
                    var s = new BrokerSettings { Host = "x", User = "y", Password = "Local-Qz7#-Mole-1" }; // expect: IOT1001
                    new MqttClientOptionsBuilder().WithCredentials(s.User, s.Password);
                }
            }
            """);

    [Fact]
    public Task Values_a_positional_record_is_built_with_are_judged_where_a_sink_reads_its_property() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed record GatewayOptions(string Host, string User, string Password, string Label);
            public sealed class Gateway
            {
                private readonly GatewayOptions _o;
                public Gateway(GatewayOptions o) => _o = o;
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithCredentials(_o.User, _o.Password);
                public static Gateway Quay() => new(new GatewayOptions("broker.quay", "crane-2", "Rec-Hx4#-Quay-51", "North")); // expect: IOT1001
                public static Gateway Named() => new(new GatewayOptions(Password: "Nm-Lt8#-Dock-07", Host: "b", User: "u", Label: "x")); // expect: IOT1001
                public static Gateway Env() => new(new GatewayOptions("b", "u", Environment.GetEnvironmentVariable("GW_PW"), "y"));
                public static Gateway Labelled() => new(new GatewayOptions("b", "u", null, "Pier-7#Crane-Ops")); // expect: none
            }
            """);

    [Fact]
    public Task A_bearer_password_the_operator_publishes_is_not_a_secret_a_private_one_is() =>
        ExpectComments.AssertAsync("""
            public sealed class SerialLink { public SerialLink(string device) { } public void Write(string text) { } }
            public sealed class Tracker
            {
                private readonly SerialLink _port = new("/dev/ttyS1");
                public void Published()
                {
                    _port.Write("AT+SAPBR=3,1,\"APN\",\"gprs.carrier\"\r");
                    _port.Write("AT+SAPBR=3,1,\"USER\",\"gprs\"\r");
                    _port.Write("AT+SAPBR=3,1,\"PWD\",\"gprs\"\r"); // expect: none
                }
                public void Private()
                {
                    _port.Write("AT+SAPBR=3,1,\"APN\",\"fleet.m2m\"\r");
                    _port.Write("AT+SAPBR=3,1,\"USER\",\"truck-9\"\r");
                    _port.Write("AT+SAPBR=3,1,\"PWD\",\"Rt5#Haul-0931\"\r"); // expect: IOT1001
                }
            }
            """);

    [Fact]
    public Task Codes_made_from_a_serial_the_clock_a_birth_date_or_a_printed_number_are_derived_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Codes
            {
                public static string Rewash() { var rewashCode = (DateTime.Now.Ticks % 100000).ToString("D5"); return rewashCode; } // expect: IOT1005
                public static string Menu(string machineSerial) => MenuCode(machineSerial);
                static string MenuCode(string machineSerial) { return machineSerial.Substring(machineSerial.Length - 4); } // expect: IOT1005
                public static string Patron(DateTime birthDate) { var patronPin = birthDate.ToString("MMdd"); return patronPin; } // expect: IOT1005
                public static string Berth(int berthNumber) { var berthWifiPassword = "Quay" + berthNumber.ToString("D3"); return berthWifiPassword; } // expect: IOT1005
                public static string Batch(string serial) { var batchCode = serial.Substring(0, 4); return batchCode; } // expect: none
                public static string Error(int counter) { var errorCode = "E" + counter.ToString("D3"); return errorCode; } // expect: none
                public static int Step(int counter) { var stepCode = counter + 1; return stepCode; } // expect: none
            }
            """);

    [Fact]
    public Task A_route_named_for_tokens_is_no_secret() =>
        ExpectComments.AssertAsync("""
            public static class Routes
            {
                public const string TokenRefreshRoute = "api/token/refresh"; // expect: none
                public const string PasswordResetRoutes = "users/reset-password"; // expect: none
                public const string ApiToken = "at_9f2c71e04b8d35a6"; // expect: IOT1004
            }
            """);
}
