using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-ninth unseen corpus found missing (seventeenth session), each beside its hard negatives: a
/// settings holder built in a field and filled by the type's constructor, read at a sink; key text in a named constant
/// decoded (<c>Convert.FromHexString</c>) at a library method's key parameter; a number under a bare PIN name cut to a
/// PIN's digits from public data. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class TwentyNinthCorpusShapeTests
{
    // A LoRaWAN modem driver of a referenced library (a parameter named as a key, bytes).
    private const string LoRaModem = """
        namespace Vendor.LoRa
        {
            public class Modem
            {
                public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { }
                public void ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) { }
            }
        }
        """;

    // IOT1001: a holder object built in a field (new()) whose members the type's constructor writes is read at the sink
    // through the field. Hard negatives beside it: the SSID written the same way, a holder filled from the environment, and
    // a holder whose password the code writes twice (the code decides which it holds; each write is judged where it goes).
    [Fact]
    public Task A_holder_built_in_a_field_and_filled_by_the_constructor_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public class WifiHolder
            {
                public string Ssid { get; set; } = "";
                public string Password { get; set; } = "";
            }
            public class WlanStation
            {
                private readonly WifiHolder _wifi = new();
                private readonly WifiHolder _spare = new WifiHolder();
                public WlanStation()
                {
                    _wifi.Ssid = "gin-floor-3"; // expect: none
                    this._wifi.Password = "Gn7-floor.Wlan-48Qe"; // expect: IOT1001
                    _spare.Ssid = Environment.GetEnvironmentVariable("SPARE_SSID") ?? "";
                    _spare.Password = Environment.GetEnvironmentVariable("SPARE_PSK") ?? "";
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp(_wifi.Ssid, _wifi.Password);
                public bool JoinSpare() => WifiNetworkHelper.ConnectDhcp(_spare.Ssid, _spare.Password);
            }
            public class BrokerStation
            {
                private static readonly WifiHolder s_broker = new();
                static BrokerStation() => s_broker.Password = "Gn8-floor.Broker-51"; // expect: IOT1001
                public static void Connect(MqttClient mqtt) => mqtt.Connect("gin-3", "gin", s_broker.Password);
            }
            """);

    // IOT1003: key text held in a named constant and decoded at a library method's key parameter is key material written
    // in the code, as the same text written in place is. Hard negatives beside it: the DevEUI and JoinEUI constants decoded
    // at their own (identifier) parameters, and a key decoded from the environment or from a parameter.
    [Fact]
    public Task Key_text_in_a_constant_decoded_at_a_library_key_parameter_is_key_material() =>
        ExpectComments.AssertAsync(new[] { LoRaModem }, """
            using System;
            using Vendor.LoRa;
            public static class PondKeys
            {
                public const string AppKeyHex = "5c0e9a41d27b83f6a19e04c7d3b6852f"; // expect: IOT1003
            }
            public sealed class BrinePumps
            {
                private const string DevEui = "70B3D57ED005A1C2"; // expect: none
                private const string JoinEui = "70B3D57ED0000000"; // expect: none
                private static readonly string NwkSKeyText = "c3b8e4a91d0f27b65a8e31d49c07f2a6"; // expect: IOT1003
                public void Join(Modem modem) =>
                    modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), Convert.FromHexString(PondKeys.AppKeyHex));
                public void Activate(Modem modem, string appSKeyHex) =>
                    modem.ActivateAbp(0x260B1234, Convert.FromHexString(NwkSKeyText), Convert.FromHexString(appSKeyHex));
                public void JoinFromEnvironment(Modem modem) =>
                    modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), Convert.FromHexString(Environment.GetEnvironmentVariable("POND_APP_KEY") ?? ""));
            }
            """);

    // IOT1005: a number under a bare PIN name (which is a GPIO pin in most device code) is a PIN when it is cut to a PIN's
    // digits from public data (the serial's hash % 10000). Hard negatives beside it: connector and GPIO pins under the same
    // names, numbered from an index, written in place or taken from a table, even when a remainder is involved.
    [Fact]
    public Task A_number_under_a_bare_pin_name_cut_to_digits_from_public_data_is_derived_and_gpio_pins_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class DrawingLine
            {
                private static readonly int[] Header = { 4, 17, 27, 22 };
                public static int DieChangePin(string dieSerial)
                {
                    int dieChangePin = Math.Abs(dieSerial.GetHashCode()) % 10000; // expect: IOT1005
                    return dieChangePin;
                }
                public static long SpoolPin(string spoolSerialNumber)
                {
                    long spoolPin = long.Parse(spoolSerialNumber.Substring(spoolSerialNumber.Length - 6)) % 1000000; // expect: IOT1005
                    return spoolPin;
                }
                public static int DiePin(int index)
                {
                    int diePin = index % 1000 + 2;
                    return diePin;
                }
                public static int ChangePin(int channel)
                {
                    int changePin = Header[channel % 4];
                    return changePin;
                }
                public static int BrakePin()
                {
                    int brakePin = 17;
                    return brakePin;
                }
            }
            """);
}
