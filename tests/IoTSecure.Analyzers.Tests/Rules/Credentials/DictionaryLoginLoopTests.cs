using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A dictionary of logins written in the code and tried in a loop through its pairs (<c>foreach (var kv in Logins)
/// new NetworkCredential(kv.Key, kv.Value)</c>, a default-credential scanner's shape, issue #14 class 2): each value it is
/// given, in its initializer or by its own code's <c>Add</c> and indexer writes, ships in the code and reaches the sink:
/// IOT1001 at each literal, IOT1002 for a listed default. A dictionary of settings looped into a log is nothing.
/// </summary>
[Collection(CostGuards.Name)]
public class DictionaryLoginLoopTests
{
    [Fact]
    public Task Pair_values_of_a_login_dictionary_reach_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            public sealed class CameraSweep
            {
                private static readonly Dictionary<string, string> Logins = new()
                {
                    ["admin"] = "Lk4-Dusk-Patrol-8", // expect: IOT1001
                    ["operator"] = "12345", // expect: IOT1002
                };
                private readonly Dictionary<string, string> _service = new();
                public CameraSweep() { _service.Add("svc", "Sv9-Gate-Relay-3"); } // expect: IOT1001
                public IEnumerable<ICredentials> Candidates()
                {
                    foreach (var kv in Logins) yield return new NetworkCredential(kv.Key, kv.Value);
                    foreach (KeyValuePair<string, string> login in _service) yield return new NetworkCredential(login.Key, login.Value);
                }
            }
            public static class SweepLog
            {
                private static readonly Dictionary<string, string> Settings = new() { ["interval"] = "30s", ["mode"] = "quiet" };
                public static void Print() { foreach (var kv in Settings) Console.WriteLine(kv.Key + "=" + kv.Value); } // expect: none
            }
            """);
}
