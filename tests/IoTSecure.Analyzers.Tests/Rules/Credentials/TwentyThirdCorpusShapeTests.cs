using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-third corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class TwentyThirdCorpusShapeTests
{
    private const string SerialPortLibrary = """
        namespace System.IO.Ports
        {
            public class SerialPort
            {
                public SerialPort(string portName, int baudRate) { }
                public void Open() { }
                public void WriteLine(string text) { }
            }
        }
        """;

    private const string BluetoothLibrary = """
        namespace InTheHand.Net { public sealed class BluetoothAddress { public long ToInt64() => 0; } }
        """;

    private const string AzureLibrary = """
        namespace Azure { public class AzureKeyCredential { public AzureKeyCredential(string key) { } } }
        """;

    /// <summary>
    /// A password held in a constant and written into an ESP-AT command is read whatever characters it holds: '@' (a
    /// password, not a mail address once quoted in a command), '=' and ';'. A mail address held for a command's number
    /// field is none.
    /// </summary>
    [Fact]
    public Task Passwords_holding_at_signs_equals_and_semicolons_are_read_inside_at_commands() =>
        ExpectComments.AssertAsync(new[] { SerialPortLibrary }, """
            using System.IO.Ports;
            public class TrawlerBridge
            {
                private const string HullId = "GY-114";
                private const string DeckApPassword = "Vq3@Lm-Tide7"; // expect: IOT1001
                private const string WheelhouseKey = "ke=9;Rk2Halyard"; // expect: IOT1001
                private const string SkipperMail = "skipper@fleet.example"; // expect: none
                private readonly SerialPort _esp = new SerialPort("COM3", 115200);
                public void DeckAccessPoint() => _esp.WriteLine($"AT+CWSAP=\"DECK-{HullId}\",\"{DeckApPassword}\",6,3");
                public void Wheelhouse() => _esp.WriteLine("AT+CWJAP=\"WHEELHOUSE\",\"" + WheelhouseKey + "\"");
                public void Notify() => _esp.WriteLine($"AT+CMGS=\"{SkipperMail}\"");
            }
            """);

    /// <summary>
    /// A table of networks written as rows of arrays (<c>string[][]</c>) and walked by a loop: each row's password cell
    /// reaches the Wi-Fi join where the loop passes <c>network[1]</c>. A table of labels walked the same way is none.
    /// </summary>
    [Fact]
    public Task Array_rows_walked_by_a_loop_give_each_rows_cell_to_the_sink() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public class HarbourUplink
            {
                private static readonly string[][] Moorings =
                {
                    new[] { "Pier7-Guest", "hW4.rT8-nebQ" }, // expect: IOT1001
                    new[] { "Slipway-Crew", "Lk9!bosun-23" }, // expect: IOT1001
                };
                private static readonly string[][] Captions = { new[] { "Pier", "Guest berth" } };
                public void Join()
                {
                    foreach (var mooring in Moorings)
                    {
                        if (WifiNetworkHelper.ConnectDhcp(mooring[0], mooring[1], requiresDateTime: true)) return;
                    }
                }
                public string Caption() { foreach (var caption in Captions) return caption[0] + caption[1]; return ""; }
            }
            """);

    /// <summary>
    /// A PIN made from a parameter whose type is a public address (<c>PhysicalAddress radio</c>, <c>BluetoothAddress
    /// peer</c>), whatever the parameter is called, through the address's own renderings. A PIN made from a fresh GUID is
    /// random, not derived, whatever the GUID's name says.
    /// </summary>
    [Fact]
    public Task Pins_from_parameters_typed_as_public_addresses_are_derived() =>
        ExpectComments.AssertAsync(new[] { BluetoothLibrary }, """
            using System;
            using System.Net.NetworkInformation;
            using InTheHand.Net;
            public static class ProbePairing
            {
                public static string FromRadio(PhysicalAddress radio)
                {
                    var pairingPin = radio.ToString().Substring(6); // expect: IOT1005
                    return pairingPin;
                }
                public static string FromPeer(BluetoothAddress peer)
                {
                    var peerPin = peer.ToString().Substring(8); // expect: IOT1005
                    return peerPin;
                }
                public static string FromProbe(BluetoothAddress probe)
                {
                    var probePin = (probe.ToInt64() % 10000).ToString("D4"); // expect: IOT1005
                    return probePin;
                }
                public static string FromSession()
                {
                    var sessionGuid = Guid.NewGuid();
                    var sessionPin = (Math.Abs(sessionGuid.GetHashCode()) % 10000).ToString("D4"); // expect: none
                    return sessionPin;
                }
            }
            """);

    /// <summary>
    /// A SAS token of a resource, an expiry and an HMAC signature made with the key is no derived password: no one can
    /// compute its signature without the key. A token made of the device's serial and the clock alone is.
    /// </summary>
    [Fact]
    public Task A_token_with_a_keyed_signature_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            public static class CloudTokens
            {
                public static string Signed(string resourceUri, string key, string expiry)
                {
                    using var hmac = new HMACSHA256(Convert.FromBase64String(key));
                    var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(resourceUri + "\n" + expiry)));
                    string token = string.Format(CultureInfo.InvariantCulture, "SharedAccessSignature sr={0}&sig={1}&se={2}", WebUtility.UrlEncode(resourceUri), WebUtility.UrlEncode(signature), expiry); // expect: none
                    return token;
                }

                public static string Unsigned(string serialNumber)
                {
                    string token = string.Format(CultureInfo.InvariantCulture, "{0}-{1}", serialNumber, DateTime.UtcNow.ToString("yyyyMMdd")); // expect: IOT1005
                    return token;
                }
            }
            """);

    /// <summary>
    /// Configuration text written line by line in a concatenation (YAML's <c>password: "..."</c> in its own piece): the
    /// secret-named member is found in the piece that writes it. A help text concatenated the same way is none.
    /// </summary>
    [Fact]
    public Task Configuration_text_concatenated_line_by_line_is_read_whole() =>
        ExpectComments.AssertAsync("""
            public static class FixtureSettings
            {
                public const string Yaml =
                    "ssid: \"bench-fixture\"\n" +
                    "password: \"Qe7.Halyard-92x\"\n" + // expect: IOT1001
                    "hub: \"bench.example.net\"\n";

                public const string Help =
                    "Usage:\n" +
                    "  set the password in the app before pairing\n" + // expect: none
                    "  then restart the unit\n";
            }
            """);

    /// <summary>
    /// A table named as the stations' authorization keys or passwords holds each station's credential: every unlisted
    /// value is IOT1004 under the table's name, a listed default IOT1002. A table of password hashes, one of labels, and a
    /// bare table of keys are none.
    /// </summary>
    [Fact]
    public Task Tables_named_as_presented_keys_or_passwords_hold_credentials() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            internal static class Chargers
            {
                private static readonly Dictionary<string, string> ChargerAuthorizationKeys = new()
                {
                    ["CP-YARD-04"] = "9D2E7C41AF03B6E85D17", // expect: IOT1004
                    ["CP-YARD-05"] = "R7k-Lamp9!post", // expect: IOT1004
                    ["CP-DEPOT-11"] = "12345678", // expect: IOT1002
                };
                private static readonly Dictionary<string, string> KioskPasswords = new() { ["kiosk-2"] = "Tv8#pillar-Q1" }; // expect: IOT1004
                private static readonly Dictionary<string, string> KioskPasswordHashes = new() { ["kiosk-2"] = "8c1f0e9a7b6d5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e" }; // expect: none
                private static readonly Dictionary<string, string> PasswordLabels = new() { ["en"] = "Station password" }; // expect: none
                private static readonly Dictionary<string, string> LayoutKeys = new() { ["CP-YARD-04"] = "row-2-bay-7" }; // expect: none
                public static bool Check(string station, string presented) =>
                    ChargerAuthorizationKeys.TryGetValue(station, out var expected) && expected == presented;
            }
            """);

    /// <summary>
    /// Four hex digits under a name that ends in a password's word are a password (a ventilation panel's
    /// <c>PanelPassword = "7A3C"</c>), not a 16-bit UUID; under a UUID's or a characteristic's name they are an identifier.
    /// </summary>
    [Fact]
    public Task Four_hex_digits_under_a_password_name_are_a_password() =>
        ExpectComments.AssertAsync("""
            public sealed class VentConfig { public string Host { get; set; } public string PanelPassword { get; set; } }
            public static class Items
            {
                public static VentConfig Office() => new VentConfig { Host = "192.168.20.41", PanelPassword = "B4E1" }; // expect: IOT1004
                public const string BatteryServiceUuid = "180F"; // expect: none
                public const string PasswordCharacteristic = "2A3D"; // expect: none
            }
            """);

    /// <summary>
    /// An interface's property read at a sink takes what the implementing class's getter writes (an environment variable
    /// with a written fallback). A fallback of <c>string.Empty</c> writes nothing.
    /// </summary>
    [Fact]
    public Task An_interface_property_takes_its_implementing_getters_fallback() =>
        ExpectComments.AssertAsync(new[] { AzureLibrary }, """
            using System;
            using Azure;
            public interface IGreenhouseConfig { string EventsKey { get; } string MailKey { get; } }
            public sealed class GreenhouseConfig : IGreenhouseConfig
            {
                public string EventsKey => Environment.GetEnvironmentVariable("EVENTS_KEY") ?? "t9JxQ2mVb7LkPz4R8sWc1YhE6uNf3Dq0aGi5Ko2Mw8A="; // expect: IOT1001
                public string MailKey => Environment.GetEnvironmentVariable("MAIL_KEY") ?? string.Empty;
            }
            public static class Wiring
            {
                public static AzureKeyCredential Events(IGreenhouseConfig config) => new AzureKeyCredential(config.EventsKey);
                public static AzureKeyCredential Mail(IGreenhouseConfig config) => new AzureKeyCredential(config.MailKey);
            }
            """);

    /// <summary>
    /// An IoT Hub key returned by a named helper (an arm of the switch it returns) is held by that name: IOT1001 at the
    /// sink, as a key in a named constant is. The same key written in place in the sink's argument is key material, IOT1003.
    /// </summary>
    [Fact]
    public Task A_key_a_named_helper_returns_is_held_not_written_in_place() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Azure.Devices.Client;
            public static class Pool
            {
                private static string KeyFor(string deviceId) => deviceId switch
                {
                    "showroom-01" => "Xa8Lq2vR0sNc4Wd6Yt1Bz3Mf5Hk7Jp9Ge2Uo4Ri6Ts=", // expect: IOT1001
                    _ => System.Environment.GetEnvironmentVariable("HUB_KEY"),
                };
                public static DeviceClient Held(string id) => new DeviceClient("pool.azure-devices.net", id, KeyFor(id), 1);
                public static DeviceClient InPlace(string id, bool demo) =>
                    new DeviceClient("pool.azure-devices.net", id, demo ? "Ya8Lq2vR0sNc4Wd6Yt1Bz3Mf5Hk7Jp9Ge2Uo4Ri6Ts=" : System.Environment.GetEnvironmentVariable("HUB_KEY"), 1); // expect: IOT1003
            }
            """);
}
