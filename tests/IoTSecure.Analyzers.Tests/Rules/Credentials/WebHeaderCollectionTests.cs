using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// <c>System.Net.WebHeaderCollection</c> (WebClient's and HttpWebRequest's headers, nanoFramework's too): every way it
/// takes a header carries an authentication header's credential, by <c>Add(name, value)</c>, <c>Set</c>, the
/// <c>HttpRequestHeader</c> overloads, its string and enum indexers, and the one-argument <c>Add("Name: value")</c>.
/// </summary>
public class WebHeaderCollectionTests
{
    [Fact]
    public Task Every_form_of_a_written_authentication_header_is_found() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Legacy
            {
                private const string Bearer = "Bearer 5e8c1a7f3d9b2e6a0c4f8d1b7e3a9c5f"; // expect: IOT1001
                public static WebClient Client(HttpWebRequest request)
                {
                    var wc = new WebClient();
                    wc.Headers.Add(HttpRequestHeader.Authorization, "Bearer 7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6c"); // expect: IOT1001
                    wc.Headers[HttpRequestHeader.Authorization] = "Bearer 7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6d"; // expect: IOT1001
                    wc.Headers[HttpRequestHeader.ProxyAuthorization] = Bearer;
                    wc.Headers["Authorization"] = "Basic c3ZjOlF3LTdrLUx0Mng="; // expect: IOT1001
                    request.Headers["X-API-Key"] = "7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6e"; // expect: IOT1001
                    wc.Headers.Add("X-API-Key: 7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6f"); // expect: IOT1001
                    request.Headers.Add("Authorization: Bearer 3c9f1e7a5d2b8c4e6f0a1d3b5c7e9f2a"); // expect: IOT1001
                    request.Headers.Add("Authorization:Basic YWRtaW46YWRtaW4="); // expect: IOT1002
                    return wc;
                }
            }
            """);

    [Fact]
    public Task Other_headers_and_read_credentials_are_not() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public static class Legacy
            {
                public static WebClient Client(HttpWebRequest request, string token)
                {
                    var wc = new WebClient();
                    wc.Headers[HttpRequestHeader.UserAgent] = "Gateway/7d1e4b9a2c6f3e8d0b5a1c7e"; // expect: none
                    wc.Headers[HttpRequestHeader.ContentType] = "application/json"; // expect: none
                    wc.Headers["X-Request-Id"] = "7d1e4b9a-2c6f-3e8d-0b5a-1c7e9f2d4b6e"; // expect: none
                    wc.Headers.Add("X-Correlation-Id: 9f2d4b6e7d1e4b9a2c6f3e8d0b5a1c7e"); // expect: none
                    wc.Headers.Add("Accept: application/json"); // expect: none
                    wc.Headers[HttpRequestHeader.Authorization] = "Bearer " + token;
                    request.Headers.Add("Authorization: Bearer " + Environment.GetEnvironmentVariable("GW_TOKEN"));
                    request.Headers.Add("Authorization: Bearer <your token here>"); // expect: IOT1006
                    return wc;
                }
            }
            """);
}
