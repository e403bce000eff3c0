using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 8: findings on the day's newest detections (a library method's key parameter as a key-material sink,
/// helpers visible beyond their file followed through the invocation index, template values and help text in
/// connection strings). Every test here failed on the code it was written against, except where it says so.
/// </summary>
public class RedTeam8Tests
{
    private const string Library = """
        namespace Kv { public class RocksDb { public void Put(byte[] key, byte[] value) { } public byte[] Get(byte[] key) => key; } }
        namespace Coap { public class CoapClient { public void Get(string path, byte[] token) { } } }
        namespace Ecc
        {
            public static class Ecdsa { public static bool Verify(byte[] serverPubKey, byte[] hash, byte[] signature) => true; }
            public static class Ecdh { public static byte[] Agree(byte[] ownPrivate, byte[] peerKey) => peerKey; }
        }
        namespace Hid { public class Keyboard { public void SendReport(byte modifiers, byte[] keys) { } } }
        namespace Wrap { public static class KeyWrap { public static byte[] Unwrap(byte[] kek, byte[] wrappedKey) => kek; } }
        namespace Aes { public static class Cmac { public static byte[] Compute(byte[] key, byte[] message) => key; } }
        namespace Docs.Store { public static class Db { public static void Open(string connectionString) { } } }
        """;

    // A library parameter named key or keys alone, a token, a public, peer or wrapped key, and a generic collection's TKey
    // are no key material: a record's address, a CoAP token (RFC 7252), a pinned public key, HID key codes, ciphertext.
    [Fact]
    public Task Lookup_keys_tokens_public_and_wrapped_keys_at_library_methods_are_no_key_material() =>
        ExpectComments.AssertAsync(new[] { Library }, """
            using System;
            using System.Collections.Generic;
            using System.Text;
            using Kv;
            using Coap;
            using Ecc;
            using Hid;
            using Wrap;
            using Aes;
            public sealed class Store
            {
                private readonly Dictionary<byte[], string> _names = new();
                public void Save(RocksDb db, byte[] reading) => db.Put(new byte[] { 0x53, 0x4E, 0x53, 0x52, 0x2D, 0x30, 0x37, 0x41 }, reading); // expect: none
                public bool Has() => _names.ContainsKey(new byte[] { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0xA1, 0x3C }); // expect: none
                public byte[] Last(RocksDb db) => db.Get(Encoding.UTF8.GetBytes("meter/7f3a9c2e/last")); // expect: none
                public byte[] Last2(RocksDb db) => db.Get(Convert.FromHexString("A1B2C3D4E5F60718")); // expect: none
                public void Poll(CoapClient c) => c.Get("/sensors/temp", new byte[] { 0x9F, 0x21, 0x6C, 0x0B, 0xE4, 0x37, 0x58, 0xA2 }); // expect: none
                public bool Check(byte[] hash, byte[] sig) => Ecdsa.Verify(new byte[] { 0x04, 0x6B, 0x17, 0xD1, 0xF2, 0xE1, 0x2C, 0x42, 0x47, 0xF8, 0xBC, 0xE6, 0xE5, 0x63, 0xA4, 0x40 }, hash, sig); // expect: none
                public byte[] Shared(byte[] mine) => Ecdh.Agree(mine, new byte[] { 0x04, 0x6B, 0x17, 0xD1, 0xF2, 0xE1, 0x2C, 0x42, 0x47, 0xF8, 0xBC, 0xE6, 0xE5, 0x63, 0xA4, 0x40 }); // expect: none
                public void TypeHello(Keyboard kb) => kb.SendReport(0x02, new byte[] { 0x0B, 0x08, 0x0F, 0x0F, 0x12, 0x2C, 0x1A, 0x12 }); // expect: none
                public byte[] Load(byte[] kek) => KeyWrap.Unwrap(kek, new byte[] { 0x1F, 0xA6, 0x8B, 0x0A, 0x81, 0x12, 0xB4, 0x47, 0xAE, 0xF3, 0x4B, 0xD8, 0xFB, 0x5A, 0x7B, 0x82, 0x9D, 0x3E, 0x86, 0x23, 0x71, 0xD2, 0xCF, 0xE5 }); // expect: none
                // RFC 4493 section 4 example key in a self-test.
                public static bool SelfTest() => Cmac.Compute(Convert.FromHexString("2B7E151628AED2A6ABF7158809CF4F3C"), Array.Empty<byte>())[0] == 0xBB; // expect: none
            }
            """);

    // An extension helper called with ?. or in its static form passes its password at the right place.
    [Fact]
    public Task Extension_helpers_called_with_null_conditional_or_in_static_form_are_followed() =>
        ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            public static class NetExt { public static bool JoinWith(this string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password); }
            """,
            """
            public sealed class Boot
            {
                public void Start(string? ssid) => ssid?.JoinWith("Gr33n!Wifi-Cond"); // expect: IOT1001
                public void Again(string ssid) => NetExt.JoinWith(ssid, "Gr33n!Wifi-Static"); // expect: IOT1001
                public void Field() => "Greenhouse".JoinWith(System.Environment.GetEnvironmentVariable("PW") ?? ""); // expect: none
            }
            """);

    [Fact(Skip = "Open: calls of another method of the same name (Chat.Join called 17 times with text) use up the 16 calls a visible helper (Net.Join) is followed through; telling them apart needs binding each call, which the cap exists to bound.")]
    public Task Same_named_calls_do_not_hide_a_visible_helper() =>
        ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            public static class Net { public static bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password); }
            """,
            """
            public sealed class Chat
            {
                public void Join(string room, string nick) { }
                public void Rooms()
                {
                    Join("r1", "n1"); Join("r2", "n2"); Join("r3", "n3"); Join("r4", "n4"); Join("r5", "n5"); Join("r6", "n6");
                    Join("r7", "n7"); Join("r8", "n8"); Join("r9", "n9"); Join("r10", "n10"); Join("r11", "n11"); Join("r12", "n12");
                    Join("r13", "n13"); Join("r14", "n14"); Join("r15", "n15"); Join("r16", "n16"); Join("r17", "n17");
                }
            }
            public sealed class Boot { public void Start() => Net.Join("Greenhouse", "Gr33n!Wifi-Hidden"); } // expect: IOT1001
            """);

    // "usage" is help text only as a heading (Usage:), not a database's name; a token-replacement template may hold spaces.
    [Fact]
    public Task Database_named_usage_and_templates_with_spaces() =>
        ExpectComments.AssertAsync(new[] { Library }, """
            using Docs.Store;
            public sealed class Meters
            {
                public void Open() => Db.Open("Server=tcp:meters.database.windows.net,1433;Database=usage;User ID=svc;Password=Qm7vR2-pLx9Kt"); // expect: IOT1001
                public void Help() => System.Console.WriteLine("Usage: meter --db \"Server=db;User ID=svc;Password=Qm7vR2-pLx9Kt\""); // expect: none
                public void Template() => Db.Open("Host=pg;Username=gw;Password=#{Db Password}#;Database=t"); // expect: none
                public void Template2() => Db.Open("Host=pg;Username=gw;Password=${DB PASSWORD};Database=t"); // expect: none
            }
            """);
}
