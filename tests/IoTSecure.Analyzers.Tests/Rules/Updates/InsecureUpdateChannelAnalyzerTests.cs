using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Channel = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.InsecureUpdateChannelAnalyzer>;
using static IoTSecure.Analyzers.Tests.Rules.Updates.UpdateHookSource;

namespace IoTSecure.Analyzers.Tests.Rules.Updates;

/// <summary>IOT2003: an update hook fetches its image over clear text or with certificate validation off.</summary>
public class InsecureUpdateChannelAnalyzerTests
{
    [Fact]
    public Task A_local_function_hook_is_checked_like_a_method() =>
        Channel.AnalyzerAsync(
                new[]
                {
                    """
                    using System.Net.Http;
                    using System.Threading.Tasks;
                    class Updater
                    {
                        Task<byte[]> Run(HttpClient http)
                        {
                            return Download();
                            [IoTSecure.SecurityUpdateHook]
                            Task<byte[]> Download() => http.GetByteArrayAsync({|#0:"http://updates.contoso.example/fw.bin"|});
                        }
                    }
                    """,
                    Hook,
                },
                Channel.Diagnostic(Descriptors.InsecureUpdateChannel).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));

    [Fact]
    public Task Clear_text_download_and_trust_all_in_a_hook() =>
        Channel.AnalyzerAsync(
            new[]
            {
                """
                using System.Net.Http;
                using System.Threading.Tasks;
                using IoTSecure;
                class Updater
                {
                    [SecurityUpdateHook]
                    async Task<byte[]> Download(HttpClient http, string version)
                    {
                        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = {|#1:(m, c, ch, e) => true|} };
                        return await http.GetByteArrayAsync({|#0:$"http://updates.contoso.example/fw/{version}.bin"|});
                    }

                    [SecurityUpdateHook]
                    Task<byte[]> Secure(HttpClient http, string version) => http.GetByteArrayAsync($"https://updates.contoso.example/fw/{version}.bin");
                }
                """,
                Hook,
            },
            Channel.Diagnostic(Descriptors.InsecureUpdateChannel).WithLocation(0).WithArguments("Download", "it is fetched over http://; use https://"),
            Channel.Diagnostic(Descriptors.InsecureUpdateChannel).WithLocation(1).WithArguments("Download", "its TLS certificate validation accepts any certificate"));
}
