using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Credentials.DerivedDevicePasswordAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class DerivedDevicePasswordAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string what, string source) =>
        VerifyCS.Diagnostic(Descriptors.DerivedDevicePassword).WithLocation(location).WithArguments(what, source);

    [Fact]
    public Task Passwords_from_public_data_and_System_Random() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Linq;
                using System.Net.NetworkInformation;
                using System.Security.Cryptography;
                class Provisioning
                {
                    private int _counter;
                    void Run(string serialNumber, NetworkInterface nic)
                    {
                        var defaultPassword = {|#0:"cam-" + serialNumber|};
                        var apPassword = {|#1:BitConverter.ToString(nic.GetPhysicalAddress().GetAddressBytes()).Replace("-", "")|};
                        var setupPassword = {|#2:new Random().Next(100000, 999999).ToString()|};
                        var sessionToken = new Random().Next().ToString("x8"); // a token from System.Random: IOT3005's finding (with its fix)
                        var apiKey = Convert.ToHexString(BitConverter.GetBytes(new Random().NextInt64()));
                        var adminPassword = {|#3:$"admin{++_counter}"|};
                        var networkPassword = {|#4:Convert.ToHexString(SHA256.HashData(nic.GetPhysicalAddress().GetAddressBytes()))|};
                        var host = Environment.MachineName;
                        nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("ssid", {|#5:host + DateTime.UtcNow.Ticks|});
                        Use(defaultPassword, apPassword, setupPassword, adminPassword, networkPassword);
                    }
                    static void Use(params string[] values) { }
                }
                """,
            }.Concat(Stubs.All),
            Finding(0, "'defaultPassword'", "a serial number"),
            Finding(1, "'apPassword'", "a MAC address"),
            Finding(2, "'setupPassword'", "System.Random (not a cryptographic generator)"),
            Finding(3, "'adminPassword'", "a counter"),
            Finding(4, "'networkPassword'", "a MAC address"),
            Finding(5, "reaching 'WifiNetworkHelper.ConnectDhcp'", "the host name"));

    [Fact]
    public Task Keyed_derivation_and_cryptographic_generators_are_fine() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Security.Cryptography;
                using System.Text;
                class Provisioning
                {
                    void Run(string serialNumber, byte[] factoryKey)
                    {
                        var devicePassword = Convert.ToHexString(HMACSHA256.HashData(factoryKey, Encoding.UTF8.GetBytes(serialNumber)));
                        using var hmac = new HMACSHA256(factoryKey);
                        var wifiPassword = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)));
                        var setupPassword = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 12);
                        var userPassword = Console.ReadLine();
                        var jitter = new Random().Next(100);
                        Console.WriteLine(devicePassword + wifiPassword + setupPassword + userPassword + jitter);
                    }
                }
                """,
            }.Concat(Stubs.All));

    // Issue #14, class 11: PINs, passcodes, pairing codes and WPS PINs are passwords too.
    [Fact]
    public Task Pins_passcodes_and_pairing_codes_from_public_data_are_derived_passwords() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net.NetworkInformation;
                class Provisioning
                {
                    string _wpsPin = "";
                    void Run(string serialNumber, NetworkInterface nic, string deviceId)
                    {
                        var wpsPin = {|#0:serialNumber.Substring(serialNumber.Length - 8)|};
                        string pairingCode = {|#1:nic.GetPhysicalAddress().ToString().Substring(6)|};
                        var passcode = {|#2:deviceId.GetHashCode().ToString("D6")|};
                        _wpsPin = {|#3:serialNumber[^8..]|};
                        var simPin = {|#4:new Random().Next(0, 9999).ToString("D4")|};
                        var label = serialNumber.Substring(0, 4); // not a credential
                        Use(wpsPin, pairingCode, passcode, simPin, label);
                    }
                    static void Use(params string[] values) { }
                }
                """,
            },
            Finding(0, "'wpsPin'", "a serial number").WithMessage(null),
            Finding(1, "'pairingCode'", "a MAC address").WithMessage(null),
            Finding(2, "'passcode'", "a device identifier").WithMessage(null),
            Finding(3, "'Provisioning._wpsPin'", "a serial number").WithMessage(null),
            Finding(4, "'simPin'", "System.Random (not a cryptographic generator)").WithMessage(null));

    // IOT1005: "a table of texts looked up by public data ... is judged by what it holds, not by its name": a table under a
    // plain name whose entries are written passwords (letters with digits or symbols) is the table's written values (IOT1001
    // at each entry, no derivation), whichever public value picks the entry; a word list under a plain name (entries of
    // letters only) picked by the MAC or the serial makes a derived passphrase (IOT1005), as one named Words does.
    [Fact]
    public Task Plain_named_tables_are_judged_by_what_they_hold() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.NetworkInformation;
            using nanoFramework.Networking;
            public static class Sites
            {
                private static readonly Dictionary<string, string> Hangars = new()
                {
                    ["H1"] = "Vk7-Rivet-Strut!", // expect: IOT1001
                    ["H2"] = "Vk8-Rivet-Strut!", // expect: IOT1001
                };
                private static readonly string[] Bays = { "Qz4#Spar-Aileron", "Qz5#Spar-Aileron" }; // expect: IOT1001 IOT1001
                private static readonly string[] Syllables = { "kato", "mirel", "dusan", "orvel" };
                public static bool JoinHangar(string serialNumber) => WifiNetworkHelper.ConnectDhcp("Hangar", Hangars[serialNumber.Substring(0, 2)]);
                public static bool JoinBay(PhysicalAddress mac) => WifiNetworkHelper.ConnectDhcp("Bay", Bays[mac.GetAddressBytes()[5] % 2]);
                public static bool JoinSetup(PhysicalAddress mac) =>
                    WifiNetworkHelper.ConnectDhcp("Setup", Syllables[mac.GetAddressBytes()[4] % 4] + Syllables[mac.GetAddressBytes()[5] % 4]); // expect: IOT1005
            }
            """);
}
