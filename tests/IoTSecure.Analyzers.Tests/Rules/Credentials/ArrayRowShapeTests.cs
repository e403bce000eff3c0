using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Tables of networks written as arrays of rows (<c>string[][]</c>, rows as arrays or collection expressions) and read
/// cell by cell at a sink: through a <c>for</c> loop's index (<c>Networks[i][1]</c>), a constant row
/// (<c>Networks[0][1]</c>), a row or a cell first held in a local (<c>var row = Networks[i]</c>,
/// <c>var psk = network[1]</c>), or a cell counted from the end (<c>row[^1]</c>). Every row's cell at that column ships
/// in the code and may reach the sink, so each is judged at its own literal; cells at a column that reaches no secret's
/// place are not. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ArrayRowShapeTests
{
    [Fact]
    public Task Rows_read_by_a_for_loops_index_and_held_in_locals_reach_the_join() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Orchard
            {
                private static readonly string[][] Blocks =
                {
                    new[] { "Orchard-East", "Mq4!pear-Row7" }, // expect: IOT1001
                    new[] { "Orchard-West", "admin" }, // expect: IOT1002
                    new[] { "Orchard-Demo", "YOUR_WIFI_PASSWORD" }, // expect: IOT1006
                };
                private static readonly string[][] Sheds =
                {
                    ["Shed-1", "Vb8#crate-Bin2"], // expect: IOT1001
                };
                public static bool Join()
                {
                    for (int i = 0; i < Blocks.Length; i++)
                    {
                        var block = Blocks[i];
                        if (WifiNetworkHelper.ConnectDhcp(block[0], block[1])) return true;
                    }
                    for (var s = Sheds.Length - 1; s >= 0; s--)
                    {
                        string ssid = Sheds[s][0];
                        string key = Sheds[s][^1];
                        if (WifiNetworkHelper.ConnectDhcp(ssid, key)) return true;
                    }
                    return false;
                }
            }
            """);

    [Fact]
    public Task A_constant_row_read_at_the_sink_gives_its_cell() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Kiosk
            {
                private static readonly string[][] Networks =
                {
                    new[] { "Kiosk-Main", "Lp3$ticket-Gate" }, // expect: IOT1001
                };
                public static bool Join() => WifiNetworkHelper.ConnectDhcp(Networks[0][0], Networks[0][1]);
            }
            """);

    // Hard negatives: a table's cells that reach no secret's place (the SSID, a label in a log line), and a cell read at
    // a column chosen at run time.
    [Fact]
    public Task Cells_that_reach_no_secret_are_not_judged() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Vineyard
            {
                private static readonly string[][] Rows =
                {
                    new[] { "Vineyard-North", "north slope, block 4", "Ck2-vine.Trellis" }, // expect: IOT1001
                };
                private static readonly string[][] Labels =
                {
                    new[] { "pump", "Press the pump button twice" }, // expect: none
                };
                public static bool Join(int column)
                {
                    for (var i = 0; i < Rows.Length; i++)
                    {
                        System.Console.WriteLine(Rows[i][1] + " " + Labels[0][1]);
                        if (WifiNetworkHelper.ConnectDhcp(Rows[i][0], Rows[i][2])) return true;
                        if (WifiNetworkHelper.ConnectDhcp(Rows[i][0], Labels[i][column])) return true;
                    }
                    return false;
                }
            }
            """);

    /// <summary>
    /// A connection string's pieces held in an array (a field's initializer, <c>new[] { ... }</c>, a collection
    /// expression, a local) and joined elsewhere with <c>string.Join</c>: read as the string they build, the password at
    /// its own piece; pieces with no password, or joined by no Join, give nothing.
    /// </summary>
    [Fact]
    public Task Connection_string_pieces_held_in_an_array_and_joined_later_are_read_as_one_string() =>
        ExpectComments.AssertAsync("""
            public static class Store
            {
                public static void Open(string connectionString) { }
            }
            public sealed class SiloTelemetry
            {
                private static readonly string[] Primary = { "Host=silo-db.local", "Username=silo", "Password=Quern7-Chaff!Bin", "Database=grain" }; // expect: IOT1001
                private static readonly string[] Replica = new[] { "Host=silo-db2.local", "Username=silo", "Password=Tithe4+Sheaf-Rye" }; // expect: IOT1001
                private static readonly string[] Archive = ["Server=archive", "Uid=silo", "Pwd=Winnow9-Flail"]; // expect: IOT1001
                private static readonly string[] Viewer = { "Host=silo-db.local", "Username=viewer", "Database=grain" }; // expect: none
                private static readonly string[] NeverJoined = { "Host=silo-db.local", "Password=" }; // expect: none

                public void Open()
                {
                    var local = new[] { "Server=edge", "User Id=edge", "Password=Gleaner3#Stook" }; // expect: IOT1001
                    Store.Open(string.Join(";", Primary));
                    Store.Open(string.Join(";", Replica));
                    Store.Open(string.Join(";", Archive));
                    Store.Open(string.Join(";", Viewer));
                    Store.Open(string.Join(";", local));
                }
            }
            """);
}
