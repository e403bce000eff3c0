using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// One literal, one rule (issue #14, class 7): text held by a constant or field that reaches a key parameter as its bytes
/// (an HMAC key, a cipher's key, a library's key-named byte parameter) is IOT1003's there; when the same holder also reaches
/// a password parameter, the literal is not reported by IOT1001 too. Text too short to be a key (under 8 bytes) is no key
/// (IOT1003 stays silent), so the password's finding stands.
/// </summary>
[Collection(CostGuards.Name)]
public class SharedSecretOneRuleTests
{
    [Fact]
    public Task A_holder_that_is_a_key_and_a_password_is_one_iot1003_finding() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            using uPLibrary.Networking.M2Mqtt;
            static class Bench { public const string Shared = "Kx7-Tundra-Relay-40"; } // expect: IOT1003
            public sealed class Beacon
            {
                private static readonly string PairSecret = "bW9zcy1sYW50ZXJuLTg4Mg=="; // expect: IOT1003
                private const string Short = "Qx9!"; // expect: IOT1001
                private const string OnlyPassword = "Vn4-Glacier-Moss-12"; // expect: IOT1001
                public byte[] Tag(byte[] frame) => new HMACSHA256(Encoding.UTF8.GetBytes(Bench.Shared)).ComputeHash(frame);
                public void Publish(MqttClient client) => client.Connect("beacon-1", "beacon", Bench.Shared);
                public byte[] Pair(byte[] nonce) => new HMACSHA1(Convert.FromBase64String(PairSecret)).ComputeHash(nonce);
                public NetworkCredential Login() => new NetworkCredential("pair", PairSecret);
                public byte[] Weak(byte[] frame) => new HMACSHA256(Encoding.ASCII.GetBytes(Short)).ComputeHash(frame);
                public NetworkCredential Fallback() => new NetworkCredential("svc", Short);
                public NetworkCredential Service() => new NetworkCredential("svc", OnlyPassword);
            }
            """);
}
