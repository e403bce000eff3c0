using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Contoso.SensorHub;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests;

/// <summary>The clean sample's update path: it installs signed releases, refuses tampered ones, and passes every rule.</summary>
public sealed class SampleFirmwareUpdaterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iotsecure-updater-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly ECDsa _releaseKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public SampleFirmwareUpdaterTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        _releaseKey.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Serves <c>1.5.0.bin</c> and <c>1.5.0.bin.sig</c> from memory.</summary>
    private sealed class ReleaseServer : HttpMessageHandler
    {
        private readonly byte[] _image;
        private readonly byte[] _signature;

        public ReleaseServer(byte[] image, byte[] signature)
        {
            _image = image;
            _signature = signature;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var body = path.EndsWith(".bin.sig", StringComparison.Ordinal) ? _signature : path.EndsWith(".bin", StringComparison.Ordinal) ? _image : null;
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
        }
    }

    private async Task<(bool Applied, string Installed)> Apply(byte[] served, byte[] signature)
    {
        var installed = Path.Combine(_directory, "sensorhub.bin");
        File.WriteAllText(installed, "old firmware");
        using var http = new HttpClient(new ReleaseServer(served, signature));
        var updater = new FirmwareUpdater(http, new Uri("https://updates.contoso.example/sensorhub/"), _releaseKey.ExportSubjectPublicKeyInfoPem());
        var applied = await updater.ApplyAsync("1.5.0", installed, CancellationToken.None);
        return (applied, File.ReadAllText(installed));
    }

    [Fact]
    public async Task A_signed_release_is_installed()
    {
        var image = Encoding.UTF8.GetBytes("firmware 1.5.0");
        var (applied, installed) = await Apply(image, _releaseKey.SignData(image, HashAlgorithmName.SHA256));
        Assert.True(applied);
        Assert.Equal("firmware 1.5.0", installed);
    }

    [Fact]
    public async Task A_tampered_or_foreign_release_is_never_written()
    {
        var image = Encoding.UTF8.GetBytes("firmware 1.5.0");
        var signature = _releaseKey.SignData(image, HashAlgorithmName.SHA256);
        var (tamperedApplied, afterTampered) = await Apply(Encoding.UTF8.GetBytes("firmware 1.5.0 + backdoor"), signature);
        Assert.False(tamperedApplied);
        Assert.Equal("old firmware", afterTampered);

        using var attacker = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var (foreignApplied, afterForeign) = await Apply(image, attacker.SignData(image, HashAlgorithmName.SHA256));
        Assert.False(foreignApplied);
        Assert.Equal("old firmware", afterForeign);
    }

    [Fact]
    public void Only_https_release_locations_are_accepted() =>
        Assert.Throws<ArgumentException>(() => new FirmwareUpdater(new HttpClient(), new Uri("http://updates.contoso.example/")));

    [Fact]
    public async Task The_update_path_passes_every_IoTSecure_rule()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "FirmwareUpdater.source.cs"));
        var hook = File.ReadAllText(Path.Combine(Repository.Root(), "msbuild-sdk", "IoTSecure.Sdk", "build", "IoTSecure.SecurityUpdateHook.cs"));
        var compilation = AnalyzerRunner.Compile(new[] { source, hook });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty((await AnalyzerRunner.RunAsync(compilation)).Where(d => d.Id.StartsWith("IOT", StringComparison.Ordinal)));
    }
}
