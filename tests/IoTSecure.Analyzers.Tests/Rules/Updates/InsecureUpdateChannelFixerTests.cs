using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Rules.Updates;

public class InsecureUpdateChannelFixerTests
{
    [Fact]
    public Task Http_update_download_becomes_https() =>
        IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.InsecureUpdateChannelAnalyzer, IoTSecure.Analyzers.CodeFixes.Rules.Updates.InsecureUpdateChannelFixer>.FixAsync(
            new[]
            {
                ("/0/Updater.cs", """
                    using System.Net.Http;
                    using System.Threading.Tasks;
                    class Updater
                    {
                        [IoTSecure.SecurityUpdateHook]
                        Task<byte[]> Download(HttpClient http, string version) => http.GetByteArrayAsync({|#0:$"http://updates.contoso.example/fw/{version}.bin"|});
                    }
                    """),
                ("/0/Hook.cs", "namespace IoTSecure { internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }"),
            },
            new[]
            {
                ("/0/Updater.cs", """
                    using System.Net.Http;
                    using System.Threading.Tasks;
                    class Updater
                    {
                        [IoTSecure.SecurityUpdateHook]
                        Task<byte[]> Download(HttpClient http, string version) => http.GetByteArrayAsync($"https://updates.contoso.example/fw/{version}.bin");
                    }
                    """),
                ("/0/Hook.cs", "namespace IoTSecure { internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }"),
            },
            new[] { new DiagnosticResult(Descriptors.InsecureUpdateChannel).WithLocation(0).WithArguments("Download", "it is fetched over http://; use https://") });
}
