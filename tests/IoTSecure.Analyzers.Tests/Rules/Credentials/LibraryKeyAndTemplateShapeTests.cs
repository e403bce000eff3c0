using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the fourth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>): key bytes handed to any library method's key parameter, a key chosen by a condition,
/// connection strings on documentation hosts (<c>*.example:port</c>) and template values that hold spaces or a '#'.
/// </summary>
public class LibraryKeyAndTemplateShapeTests
{
    private const string Libraries = """
        namespace Rak.LoRaWan
        {
            public class Rak3172Modem
            {
                public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey, int retries = 3) => true;
                public bool ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) => true;
                public void Send(byte port, byte[] payload) { }
                public void SetPassword(byte[] password) { }
            }
        }
        namespace Zigbee.Ncp { public class Coordinator { public bool FormNetwork(ushort panId, ulong extendedPanId, byte[] networkKey, byte channel) => true; } }
        namespace Docs.Store { public static class Db { public static void Open(string connectionString) { } } }
        """;

    // A library method's byte parameter named as a key is key material, whatever the library: bytes written in place, a
    // hex text decoded there, or a field under a key's name. Counting bytes (a test plan's key), an EUI, a payload and
    // the team's own method are not.
    [Fact]
    public Task Key_bytes_at_any_library_methods_key_parameter_are_key_material() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using Rak.LoRaWan;
            using Zigbee.Ncp;
            public sealed class Probe
            {
                private static readonly byte[] DevEui = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0xA1, 0x3C }; // expect: none
                private static readonly byte[] AppKey =
                {
                    0x24, 0xD7, 0x11, 0x61, 0x6C, 0x7E, 0x79, 0x1E,
                    0x86, 0x3A, 0x1F, 0x26, 0xCC, 0xC4, 0x4A, 0xB6,
                }; // expect: IOT1003
                private static readonly byte[] BenchKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
                private readonly Rak3172Modem _modem = new();
                public bool Join(bool bench) => bench ? _modem.JoinOtaa(DevEui, DevEui, BenchKey) : _modem.JoinOtaa(DevEui, DevEui, AppKey, retries: 5);
                public bool Abp() => _modem.ActivateAbp(
                    devAddr: 0x260B4F21,
                    nwkSKey: Convert.FromHexString("5726D11594FD063850B305CDBAD70DD2"), // expect: IOT1003
                    appSKey: Convert.FromHexString("0FFF0E786DDA9177FAECCE6D4506EF25")); // expect: IOT1003
                public void Uplink() => _modem.Send(2, new byte[] { 0x91, 0x3C, 0x77, 0x0D, 0xE1, 0x52, 0x8A, 0x4F }); // expect: none
                public bool Form(Coordinator ncp) => ncp.FormNetwork(0x1A62, 0xDDDDDDDDDDDDDDDD, networkKey: new byte[]
                {
                    0x5A, 0x69, 0x67, 0xE2, 0x1C, 0x8D, 0x93, 0x4B,
                    0xF0, 0x2E, 0x71, 0xA3, 0xC6, 0x58, 0x0D, 0xB4,
                }, 15); // expect: IOT1003
                public bool Own() => OwnJoin(new byte[] { 0x3C, 0x91, 0x0D, 0x77, 0x52, 0xE1, 0x4F, 0x8A, 0x10, 0x2B, 0x6E, 0xC7, 0x95, 0xAF, 0x38, 0xD4 }); // expect: none
                private static bool OwnJoin(byte[] appKey) => appKey.Length == 16;
            }
            """);

    // A key chosen by a condition (simulator ? test vector : the production key): the production key ships.
    [Fact]
    public Task A_key_chosen_by_a_condition_is_judged_on_each_choice() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed class Meter
            {
                private const string GreenBookKey = "000102030405060708090A0B0C0D0E0F"; // expect: none
                private readonly bool _simulator;
                public byte[] Decrypt(byte[] frame, byte[] nonce)
                {
                    byte[] key = _simulator
                        ? Convert.FromHexString(GreenBookKey)
                        : Convert.FromHexString("277CAA5096C7D21058B82D48BAB8DEBA"); // expect: IOT1003
                    using var gcm = new AesGcm(key, 16);
                    var plain = new byte[frame.Length - 16];
                    gcm.Decrypt(nonce, frame.AsSpan(0, frame.Length - 16), frame.AsSpan(frame.Length - 16), plain);
                    return plain;
                }
            }
            """);

    // A documentation host with a port (mongo.bms.example:27017) is a host, not an "Example:" line of help text; a
    // template value may hold spaces (<from vault>) or a '#' (#{STATION_KEY}#, Octopus-style token replacement).
    [Fact]
    public Task Documentation_hosts_and_template_values_in_connection_strings() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Net.Http;
            using Docs.Store;
            public sealed class Historian
            {
                private const string ConnectionStringDoc = "Host=<host>;Database=trends;Username=<user>;Password=<from vault>"; // expect: none
                private const string Usage = "Example: Host=db;Username=gw;Password=Kx9-Lm2q"; // expect: none
                public void Open(string host, HttpClient http)
                {
                    Db.Open("mongodb://trend:Tr3nd-Log!44@mongo.bms.example:27017/trends?authSource=admin"); // expect: IOT1001
                    Db.Open("Host=pg.example:5432;Username=gw;Password=Pg-Gw-5521;Database=t"); // expect: IOT1001
                    Db.Open(string.Concat("redis-ro.bms.example:6380,", "password=", "R3d!s-RO-4410", ",ssl=True")); // expect: IOT1001
                    Db.Open("cache.local:6380,password=Rd-9xQ2-Lm,ssl=True,abortConnect=False"); // expect: IOT1001
                    Db.Open("Server=db;User ID=svc;Password=Qm7v,R2-pLx9;Encrypt=True"); // expect: IOT1001
                    // A template at no catalogued sink is filled in at run time: IOT1006 is about sinks.
                    Db.Open("Host=pg;Username=gw;Password=${DB_PASSWORD};Database=t"); // expect: none
                    var url = $"https://weather.example/update.php?ID={host}" + "&PASSWORD=#{WU_STATION_KEY}#" + "&action=updateraw"; // expect: IOT1006
                    http.GetAsync(url);
                }
            }
            """);

    // A received login checked against a listed default pair, whatever the user's value is called (an HMI's operator,
    // a name): both literals are the default (IOT1002); an unlisted pair is the team's own check.
    [Fact]
    public Task Default_pairs_compared_by_operator_or_name_report_both_literals() =>
        ExpectComments.AssertAsync("""
            public sealed class Hmi
            {
                public bool Login(string operatorName, string operatorPassword)
                {
                    if (operatorName == "supervisor" && // expect: IOT1002
                        operatorPassword == "supervisor") // expect: IOT1002
                    {
                        return true;
                    }

                    return operatorName == "shift-lead" && operatorPassword == "Sh1ft-L3ad-HMI"; // expect: IOT1001
                }

                public bool Check(string name, string pass) => name == "admin" && pass == "admin"; // expect: IOT1002 IOT1002
            }
            """);
}
