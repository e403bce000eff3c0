using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Updates;

/// <summary>
/// IOT2001 fix: adds <c>SecurityUpdater.cs</c>, an update hook that downloads a release and its signature over https,
/// verifies the ECDSA P-256 signature against a public key embedded in the firmware, and only then stages the image.
/// The generated code compiles and passes every IoTSecure rule; replace the embedded key with your release key.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingSecurityUpdateFixer)), Shared]
public sealed class MissingSecurityUpdateFixer : CodeFixProvider
{
    public const string FileName = "SecurityUpdater.cs";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.MissingSecurityUpdate);

    public override FixAllProvider? GetFixAllProvider() => null; // one per project: nothing to batch

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.Document.Project;
        if (project.Documents.Any(d => d.Name == FileName))
        {
            return Task.CompletedTask;
        }

        var rootNamespace = project.DefaultNamespace is { Length: > 0 } ns ? ns : project.AssemblyName;
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a signed-update hook (SecurityUpdater.cs)",
                    _ => Task.FromResult(project.AddDocument(FileName, Source(rootNamespace), folders: context.Document.Folders).Project.Solution),
                    nameof(MissingSecurityUpdateFixer)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    public static string Source(string rootNamespace) => $$""""
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{rootNamespace}};

        /// <summary>
        /// Installs security updates: downloads a release and its detached signature over https, verifies the ECDSA P-256
        /// (SHA-256) signature against the release-signing public key embedded below, and only then stages the image.
        /// Sign releases off the device, e.g. <c>openssl dgst -sha256 -sign release.key -out app.bin.sig app.bin</c>
        /// (DER signature: use <c>DSASignatureFormat.Rfc3279DerSequence</c> below), and replace the key with yours.
        /// </summary>
        [IoTSecure.SecurityUpdateHook]
        internal sealed class SecurityUpdater
        {
            // The public half of the release-signing key (SubjectPublicKeyInfo PEM). Replace it with your own.
            private const string ReleaseSigningPublicKey = """
                -----BEGIN PUBLIC KEY-----
                MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAES1eQFr6xFH+xNTQGRb7gbhAAyNW0
                4kVhP0MI5FAO0DVaOOgRhV44sn+/MzGnnhWXbI+h+ZYtZBpihQY3m3uszw==
                -----END PUBLIC KEY-----
                """;

            private readonly HttpClient _http;
            private readonly Uri _releases;

            public SecurityUpdater(HttpClient http, Uri releases)
            {
                if (releases.Scheme != Uri.UriSchemeHttps)
                {
                    throw new ArgumentException("Updates must be fetched over https.", nameof(releases));
                }

                _http = http;
                _releases = releases;
            }

            /// <summary>Downloads, verifies and stages <paramref name="version"/>; false when the signature does not verify.</summary>
            public async Task<bool> ApplyAsync(string version, string stagingPath, CancellationToken cancellationToken)
            {
                var image = await _http.GetByteArrayAsync(new Uri(_releases, version + ".bin"), cancellationToken);
                var signature = await _http.GetByteArrayAsync(new Uri(_releases, version + ".bin.sig"), cancellationToken);

                using var key = ECDsa.Create();
                key.ImportFromPem(ReleaseSigningPublicKey);
                if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
                {
                    return false;
                }

                await File.WriteAllBytesAsync(stagingPath, image, cancellationToken);
                return true;
            }
        }
        """";
}
