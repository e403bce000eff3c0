using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Library parameters named by a short password word (<c>pass</c>, <c>pw</c>) beside the account they sign in:
/// FluentFTP's <c>FtpClient(host, user, pass)</c>, a camera SDK's <c>Login(id, pw)</c>, an FTP uploader's
/// <c>Connect(ssid, pass)</c>. Alone, "pass" counts a filter's or a renderer's passes, so those stay quiet.
/// </summary>
public class ShortPasswordParameterTests
{
    // FluentFTP's real constructor shapes (FtpClient(string host, string user, string pass, int port = 0, ...)) and a
    // camera SDK's login; a renderer and a filter whose "pass" is a count or a stage.
    private const string Libraries = """
        namespace FluentFTP
        {
            public class FtpClient
            {
                public FtpClient() { }
                public FtpClient(string host) { }
                public FtpClient(string host, string user, string pass, int port = 0) { }
                public void Connect() { }
            }
        }
        namespace Vendor.Camera
        {
            public class CameraSession
            {
                public bool Login(string id, string pw) => true;
                public void Render(string shader, string pass) { }
                public void Filter(string user, int pass) { }
                public void Stage(string pass) { }
            }
        }
        """;

    [Fact]
    public Task Short_password_parameters_beside_the_account_are_credentials() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using FluentFTP;
            using Vendor.Camera;
            public static class FtpPasswords { public const string Upload = "Qm4-tarn-Vell9"; } // expect: IOT1001
            public sealed class Uploader
            {
                private static readonly string Archive = "Rv7!kelp-Drum2"; // expect: IOT1001
                public void Run(CameraSession camera, bool archive)
                {
                    var ftp = new FtpClient("ftp.plant.lan", "cam07", "Zt3!vine-Moss8"); // expect: IOT1001
                    var upload = new FtpClient("ftp.plant.lan", "cam07", FtpPasswords.Upload);
                    var local = "Hx2-brook-Lint5"; // expect: IOT1001
                    FtpClient named = new(host: "ftp.plant.lan", pass: local, user: "cam07");
                    FtpClient held = new("ftp.plant.lan", "cam07", Archive);
                    camera.Login("operator", "Wd8!fern-Lode3"); // expect: IOT1001
                    camera.Login("admin", "admin"); // expect: IOT1002
                    // (at a sink call the password is the finding; a login table's or comparison's user name is reported there)
                    var factory = new FtpClient("ftp.plant.lan", "anonymous", "password"); // expect: IOT1002
                }
            }
            """);

    [Fact]
    public Task Passes_stages_and_read_passwords_are_no_credentials() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using FluentFTP;
            using Vendor.Camera;
            public sealed class Uploader
            {
                public void Run(CameraSession camera)
                {
                    camera.Render("blur", "Horizontal-Pass-2"); // expect: none
                    camera.Filter("cam07", 3);
                    camera.Stage("Qm4-tarn-Vell9x"); // expect: none
                    var ftp = new FtpClient("ftp.plant.lan", "cam07", Environment.GetEnvironmentVariable("FTP_PASS"));
                    var host = new FtpClient("ftp.plant.lan");
                    camera.Login("operator", Environment.GetEnvironmentVariable("CAM_PW"));
                }
            }
            """);
}
