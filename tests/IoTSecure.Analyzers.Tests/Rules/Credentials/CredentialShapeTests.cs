using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Issue #14's shapes, each as device code labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>):
/// every credential finding of every rule must be exactly the labelled ones, at the line where the secret is written.
/// The kinds come from the misses and false alarms measured on the labelled corpus.
/// </summary>
public class CredentialShapeTests
{
    [Fact]
    public Task Basic_authentication_is_reported_at_the_password_never_at_the_user_name() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            static class Cloud
            {
                private const string User = "plughub-eu"; // expect: none
                private const string Password = "Plg-hub#EU-4471"; // expect: IOT1001
                public static void Basic(HttpClient http)
                {
                    var token = Convert.ToBase64String(Encoding.ASCII.GetBytes(User + ":" + Password));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
                }
                public static void Inline(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:" + "Wq7-Lt2x-inline"))); // expect: IOT1001
            }
            """);

    [Fact]
    public Task A_bare_word_in_an_authentication_header_is_a_state_not_a_credential() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            static class Requests
            {
                public static void Send(HttpRequestMessage request, HttpClient http)
                {
                    request.Headers.Add("Authorization", "None"); // expect: none
                    request.Headers.Add("Authorization", "Anonymous"); // expect: none
                    http.DefaultRequestHeaders.Add("X-API-Key", "k7Qz-93Lm-x8Rt"); // expect: IOT1001
                    request.Headers.Add("Authorization", "admin"); // expect: IOT1002
                }
            }
            """);

    [Fact]
    public Task Templates_reaching_a_sink_as_a_whole_or_by_repeating_their_name_are_placeholders() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using Microsoft.Azure.Devices.Client;
            static class Config
            {
                public const string DeviceConnectionString = "<your device connection string>"; // expect: IOT1006
                public const string HUB_TOKEN = "HUB_TOKEN"; // expect: IOT1006
                public const string Endpoint = "[enter your IoT Hub connection string here]"; // expect: IOT1006
            }
            static class Starter
            {
                public static DeviceClient Hub() => DeviceClient.CreateFromConnectionString(Config.DeviceConnectionString);
                public static DeviceClient Other() => DeviceClient.CreateFromConnectionString(Config.Endpoint, TransportType.Mqtt);
                public static void Rest(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Config.HUB_TOKEN);
                public static DeviceClient Hostless() => DeviceClient.CreateFromConnectionString("HostName=hub.azure-devices.net;DeviceId=dev-1"); // expect: none
            }
            """);
}
