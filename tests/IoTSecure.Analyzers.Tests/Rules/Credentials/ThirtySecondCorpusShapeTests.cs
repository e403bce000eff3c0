using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kind the thirty-second unseen corpus found at first sight (eighteenth session): a bare <c>token</c> member holding
/// a numbered handle (ONVIF's <c>Profile_1</c>) is a reference, not a secret; a bare token holding a secret stays IOT1004.
/// Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtySecondCorpusShapeTests
{
    // IOT1004: secret-named symbols given a written value; not findings: identifiers and names. ONVIF names profiles,
    // video sources and presets by reference tokens ("Profile_1", "VideoSource_0", "Preset_12").
    [Fact]
    public Task Numbered_handles_under_a_bare_token_are_references_and_secrets_are_not() =>
        ExpectComments.AssertAsync("""
            public class Profile { public string Name { get; set; } = ""; public string token { get; set; } = ""; }
            public static class Camera
            {
                public static Profile[] GetProfiles() => new[]
                {
                    new Profile { Name = "main", token = "Profile_1" }, // expect: none
                    new Profile { Name = "sub", token = "VideoSource_0" }, // expect: none
                    new Profile { Name = "ptz", token = "main_stream_2" }, // expect: none
                };
                public const string Token = "Qx7-cam.Feed-58Lw"; // expect: IOT1004
                public static string Header() => Token;
            }
            """);
}
