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

    /// <summary>
    /// A constant whose text is a token by its shape (a Google key, a GitHub or Slack token, a JWT) is IOT1003 at the
    /// constant; read into a URL's query, a connection string or a header built in code it is not IOT1001 there too. A
    /// bare key of no shape of its own (base64 under a key's name) read into a key slot is still IOT1001 at the constant
    /// (only the slot says it is a key), and a password read into a connection string stays IOT1001.
    /// </summary>
    [Fact]
    public Task A_token_shaped_constant_read_into_built_text_is_one_iot1003_finding() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            static class Keys
            {
                public const string Geocoder = "AIzaQk7rnrAHl3NSxokWjdoZgcQNPAvRwaev27q"; // expect: IOT1003
                public static readonly string Repo = "ghp_Rk3m9QzT2vXw8LpN4bYc6HdJ1sFa0GeU7iOq"; // expect: IOT1003
            }
            public sealed class Uplink
            {
                private const string Tiles = "AIzaSyD8-Lm2pQ7rT4vW9xZ1bC3dF5gH6jK0nMq"; // expect: IOT1003
                private const string Bot = "xoxb-2741953021-5839120447-Tq8ZwXr2LmNp4Kd7VbHs9Yc3"; // expect: IOT1003
                private const string DbPassword = "Quarry-Lantern-58"; // expect: IOT1001
                private const string Plain = "Wq7Lt2xMn4Pz9Rb3"; // expect: IOT1001
                private static readonly HttpClient Http = new HttpClient();
                public string Geocode(string address) => $"https://maps.example.com/geocode/json?address={Uri.EscapeDataString(address)}&key={Keys.Geocoder}";
                public string Tile(int z, int x, int y) => $"https://tiles.example.com/{z}/{x}/{y}.png?key={Tiles}";
                public string Issues() => $"https://api.example.com/repos/fleet/issues?access_token={Keys.Repo}";
                public string Hook() => $"https://hooks.example.com/post?channel=ops&token={Bot}";
                public string Historian() => $"Host=db.plant.local;Username=historian;Password={DbPassword};Database=lines";
                public string Weather(string city) => $"https://api.weather.example/data?q={city}&appid={Plain}";
            }
            """);
}
