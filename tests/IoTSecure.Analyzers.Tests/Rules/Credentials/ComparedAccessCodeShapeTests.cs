using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// An access code held in the team's constant and checked against typed text, in the careful spellings device code
/// uses: a comparer's <c>Equals</c>, <c>object.Equals</c>, <c>CryptographicOperations.FixedTimeEquals</c> over the
/// texts' bytes, and <c>not</c> / <c>or</c> patterns (IOT1004); status codes, checksums and MACs compared the same ways
/// stay quiet. A written HTTP Basic value compared the same ways (and with <c>string.Compare(...) == 0</c>, on either side,
/// or built in place from <c>user:password</c>) is a login (IOT1001), a challenge or a scheme check is not.
/// </summary>
public class ComparedAccessCodeShapeTests
{
    [Fact]
    public Task Codes_compared_through_comparers_constant_time_and_patterns() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;
            public static class Codes { public const string ServicePin = "70415"; } // expect: IOT1004
            public sealed class Keypad
            {
                private static readonly IEqualityComparer<string> Comparer = StringComparer.OrdinalIgnoreCase;
                private const string GatePasscode = "480137"; // expect: IOT1004
                private const string VestryPin = "3094"; // expect: IOT1004
                private const string BellTowerCode = "62830"; // expect: IOT1004
                private const string LoftPin = "1187"; // expect: IOT1004
                public bool Gate(string typed) => StringComparer.Ordinal.Equals(typed.Trim(), GatePasscode);
                public bool Service(string typed) => Comparer.Equals(Codes.ServicePin, typed);
                public bool Vestry(string typed) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(typed), Encoding.UTF8.GetBytes(VestryPin));
                public bool Tower(string typed) => typed switch { not BellTowerCode => false, _ => true };
                public bool Loft(string typed) => Equals(LoftPin, typed);
            }
            """);

    [Fact]
    public Task Status_codes_checksums_and_macs_compared_the_same_ways_are_not() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Modem
            {
                private const string ReadyStatusCode = "0000"; // expect: none
                private const string NetworkLostCode = "4012"; // expect: none
                private const int LedPin = 1016; // expect: none
                private static readonly byte[] ExpectedDigest = { 0x3A, 0x91, 0x0C, 0x7F }; // expect: none
                public bool Ready(string reply) => StringComparer.Ordinal.Equals(reply, ReadyStatusCode);
                public bool Lost(string reply) => reply is not NetworkLostCode;
                public bool Line(int line) => Equals(line, LedPin);
                public bool Digest(byte[] computed) => CryptographicOperations.FixedTimeEquals(computed, ExpectedDigest);
                public bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
            }
            """);

    [Fact]
    public Task Basic_values_compared_in_every_spelling_and_what_is_not_one() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Portal
            {
                private const string Service = "Basic c3ZjOlRyNy1LbTItUXg="; // expect: IOT1001
                public static bool A(string header) => string.Compare(Service, header, StringComparison.Ordinal) == 0;
                public static bool B(string header) => 0 == string.CompareOrdinal(header, "Basic b3BzOlZuOC1IYjQtUnc="); // expect: IOT1001
                public static bool C(string header) => StringComparer.OrdinalIgnoreCase.Equals("Basic dGVjaDpQcjMtTWs3LVpk", header); // expect: IOT1001
                public static bool D(string header) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("gw:Lx4-Tb9-Wq"))), Encoding.UTF8.GetBytes(header)); // expect: IOT1001
                public static bool Challenge(string header) => string.Equals(header, "Basic realm=\"gateway\"", StringComparison.Ordinal); // expect: none
                public static bool Scheme(string header) => StringComparer.OrdinalIgnoreCase.Equals(header, "Basic"); // expect: none
                public static bool Empty(string header) => string.Compare(header, "Basic ", StringComparison.Ordinal) == 0; // expect: none
                public static bool Built(string header, string user, string password) => header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
            }
            """);
}
