using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the thirty-fourth unseen corpus found at first sight (twentieth session): a header added by a collection
/// initializer (<c>new HttpRequestMessage { Headers = { { "Ocp-Apim-Subscription-Key", key } } }</c>) is the Add call the
/// compiler writes, judged as a written <c>Headers.Add(name, value)</c>; SNMP's <c>OctetString</c> made from the bytes of a
/// text (<c>new OctetString(Encoding.UTF8.GetBytes("..."))</c>) holds that text, as the one made from the text does.
/// Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtyFourthCorpusShapeTests
{
    // IOT1001: "the same text set as a raw Authorization header", header values whose name is an authentication header
    // (HttpHeaders.Add(name, value)); a collection initializer's element is that call. Through a const of another class,
    // a literal in place, a nested initializer of a client's default headers, and a one-argument header line.
    [Fact]
    public Task A_header_added_by_a_collection_initializer_is_judged_as_the_add_call() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            static class ScriptKeys
            {
                public const string Subscription = "qx.hfiWK!BG!hsvR"; // expect: IOT1001
            }
            public class Lectern
            {
                public HttpRequestMessage Script(string talk) =>
                    new HttpRequestMessage(HttpMethod.Get, "https://scripts.venue.example/talks/" + talk)
                    {
                        Headers = { { "Ocp-Apim-Subscription-Key", ScriptKeys.Subscription } }
                    };
                public HttpRequestMessage Cue() => new(HttpMethod.Post, "https://cues.venue.example/next")
                {
                    Headers = { { "X-Api-Key", "Tq8!vLz2Rk5Wm0" } } // expect: IOT1001
                };
                public HttpClient Client() => new HttpClient { DefaultRequestHeaders = { { "X-Auth-Token", "Hy7-pQz3Wn8Lc1" } } }; // expect: IOT1001
                public WebHeaderCollection Line() => new WebHeaderCollection { "X-Api-Key: Rv5-Lq8zWm2Kt4" }; // expect: IOT1001
            }
            """);

    // Hard negatives beside it: other headers, a key read at run time, a placeholder (IOT1006 by its own rule), a list of
    // header names and a dictionary keyed by an ordinary name.
    [Fact]
    public Task Ordinary_headers_and_run_time_keys_in_collection_initializers_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            public class Lectern
            {
                public HttpRequestMessage Script(string key) => new HttpRequestMessage(HttpMethod.Get, "https://scripts.venue.example/")
                {
                    Headers =
                    {
                        { "Accept", "application/json" }, // expect: none
                        { "User-Agent", "Lectern/2.4 (Xk9Wq2Lm)" }, // expect: none
                        { "Ocp-Apim-Subscription-Key", key }, // expect: none
                        { "X-Api-Key", Environment.GetEnvironmentVariable("SCRIPT_KEY") ?? string.Empty }, // expect: none
                    }
                };
                public HttpRequestMessage Template() => new HttpRequestMessage
                {
                    Headers = { { "X-Api-Key", "<your-api-key>" } } // expect: IOT1006
                };
                public List<string> Names() => new List<string> { "X-Api-Key", "Authorization" }; // expect: none
                public Dictionary<string, string> Labels() => new Dictionary<string, string> { { "room", "Hall B" }, { "Tq8-zone", "Kx4!" } }; // expect: none
            }
            """);

    // IOT1001: SNMP v3 authentication and privacy passphrases (#SNMP). OctetString's byte-array constructor made from a
    // text's bytes (Encoding.X.GetBytes, a UTF-8 literal's ToArray) holds that text; through a constant of another class too.
    [Fact]
    public Task An_octet_string_made_from_a_texts_bytes_holds_that_text() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Security;
            static class PodSnmp
            {
                public const string PrivPhrase = "Zp4!kd9Wq2Lm"; // expect: IOT1001
            }
            public class Pod
            {
                public void Configure(byte[] provisioned)
                {
                    var auth = new SHA256AuthenticationProvider(new OctetString(Encoding.UTF8.GetBytes("iAyLPnPdCe!LmrT"))); // expect: IOT1001
                    var priv = new AES256PrivacyProvider(new OctetString(Encoding.ASCII.GetBytes(PodSnmp.PrivPhrase)), auth);
                    var des = new DESPrivacyProvider(new OctetString("Wq8-zLm4Rt2!"u8.ToArray()), auth); // expect: IOT1001
                    // read at run time, or raw key bytes given as they are: no text written here
                    var aes = new AESPrivacyProvider(new OctetString(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("SNMP_PRIV")!)), auth); // expect: none
                    var sha = new SHA1AuthenticationProvider(new OctetString(provisioned)); // expect: none
                }
            }
            """);
}
