// Real source: KubbyDev/ClientFTP ClientFTP/FTP/Connection.cs
// Kept: static Connection.Start() creating FluentFTP's FtpClient("192.168.1.16"), Port = 21,
//       client.Credentials = new NetworkCredential("User", "1234"), Connect(), and DisplayFiles() listing.
// Added: the hayloft camera's archive upload with a static readonly password, an anonymous mirror, hard negatives.
using FluentFTP;
using System;
using System.Net;

namespace ClientFTP
{
    class Connection
    {
        public static FtpClient client;

        public static void Start()
        {
            // create an FTP client
            client = new FtpClient("192.168.1.16");
            client.Port = 21;

            // if you don't specify login credentials, we use the "anonymous" user account
            client.Credentials = new NetworkCredential("User", "1234"); // expect: IOT1002

            // begin connecting to the server
            client.Connect();
        }

        public static void DisplayFiles()
        {
            // get a list of files and directories
            foreach (FtpListItem item in client.GetListing(""))
                Console.WriteLine(item);
        }

        // Added: time-lapse archive of the hayloft camera.
        private static readonly string ArchivePassword = "ndLsYMipD1E1iq"; // expect: IOT1001

        public static FtpClient OpenArchive()
        {
            var archive = new FtpClient("nas.farm.example") { Port = 21 };
            archive.Credentials = new NetworkCredential("hayloft-cam", ArchivePassword);
            archive.Connect();
            return archive;
        }

        // Added: public weather mirror, anonymous login with an e-mail address as password.
        public static FtpClient OpenMirror()
        {
            var mirror = new FtpClient("ftp.weather.example");
            mirror.Credentials = new NetworkCredential("anonymous", "farmhand@example.org"); // expect: none
            mirror.Connect();
            return mirror;
        }
    }
}

// Added
public static class Extra_R08
{
    public static System.Net.NetworkCredential Feeder() => new System.Net.NetworkCredential { UserName = "hayloft", Password = "Ne8-hay-Zt4q" }; // expect: IOT1001
    public const string FtpPasswordKey = "ftp:password"; // expect: none
    public const string UserLabel = "User"; // expect: none
}
