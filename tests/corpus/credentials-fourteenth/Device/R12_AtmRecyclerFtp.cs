// Real source: huguoya/test-csharp dotnet8/TestFtp.cs
// Kept: TestFtp with FluentFTPUpload (FtpClient, AutoConnect, UploadFile, Disconnect) and LimilabsFTPUpload
// (Ftp.Connect, ftp.Login("collector", "..."), ChangeFolder, Upload, Close); the FTP password replaced by a freshly
// generated one. Changed: FluentFTP's FtpClient(host, user, pass) became FtpClient(host, new NetworkCredential(user,
// password)) (the bare "pass" parameter name would leave the label ambiguous); log paths; domain turned into an ATM
// cash recycler uploading its journal. Added: an anonymous re-login (e-mail as password), a NotSecrets class.
using System.Net;
using FluentFTP;
using Limilabs.FTP.Client;

namespace AtmRecycler.FTP
{
    public class TestFtp
    {
        public static void FluentFTPUpload()
        {
            FtpClient ftp = new("ftp.ciotems.com", new NetworkCredential("collector", "UPuDmSzTNqjS@75")); // Changed // expect: IOT1001
            ftp.AutoConnect();

            ftp.UploadFile(@"D:\journal\recycler_20250409_log.log", "/logs/logs.txt"); // Changed

            ftp.Disconnect();
        }

        public static void LimilabsFTPUpload()
        {
            using (Ftp ftp = new Ftp())
            {
                ftp.Connect("ftp.ciotems.com");
                ftp.Login("collector", "UPuDmSzTNqjS@75"); // expect: IOT1001
                ftp.ChangeFolder("logs");
                ftp.Login("anonymous", "journal@recycler.example"); // Added // expect: none
                ftp.Upload("logs.txt", @"D:\journal\recycler_20250409_log.log"); // Changed
                ftp.Close();
            }
        }
    }

    static class NotSecrets_R12 // Added
    {
        public const string FtpPasswordKey = "Journal:Ftp:Password"; // expect: none
        public const string FtpPasswordEnv = "JOURNAL_FTP_PASSWORD"; // expect: none
        public const string AnonymousLogin = "anonymous"; // expect: none
    }
}
