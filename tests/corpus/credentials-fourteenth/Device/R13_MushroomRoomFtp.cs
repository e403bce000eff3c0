// Real source: tsaiyuchi/ctoolkitcs v1_2/CToolkit.v1_2Core/Net/CtkFtp.cs
// Kept: CtkFtp.test() (new FtpClient(), Host, Credentials = new NetworkCredential("david", ...), Connect, UploadFile,
// Rename, DownloadFile) and Upload(host, acc, pwd, src, dest) passing its parameters to NetworkCredential. Changed: the
// sample password "pass123" replaced by a freshly generated value (whether that exact word is on the default list is
// not stated by the rule pages); paths; domain turned into a mushroom farm's fruiting-room camera uploads.
// Added: the room controller calling Upload with a written password and with one from the environment; NotSecrets.
using System;
using System.Net;
using FluentFTP;

namespace MushroomFarm.Net
{
    public class CtkFtp
    {
        public static void test()
        {
            // connect to the FTP server
            var client = new FtpClient();
            client.Host = "123.123.123.123";
            client.Credentials = new NetworkCredential("david", "tvAeJGVEDsz8-51"); // Changed // expect: IOT1001
            client.Connect();

            // upload a file
            client.UploadFile(@"C:\room4\frame.jpg", "/htdocs/big.txt");

            // rename the uploaded file
            client.Rename("/htdocs/big.txt", "/htdocs/big2.txt");

            // download the file again
            client.DownloadFile(@"C:\room4\frame_2.jpg", "/htdocs/big2.txt");
        }

        public static void Upload(String host, String acc, String pwd, String src, String dest)
        {
            // connect to the FTP server
            using (var client = new FtpClient())
            {
                client.Host = host;
                client.Credentials = new NetworkCredential(acc, pwd);
                client.Connect();
                // upload a file
                client.UploadFile(src, dest);
            }
        }
    }

    class FruitingRoomCamera // Added
    {
        public void Push(string frame)
        {
            CtkFtp.Upload("ftp.mycofarm.example", "room4", "dXTCH553O0xE%86", frame, "/rooms/4/latest.jpg"); // expect: IOT1001
            CtkFtp.Upload("ftp.mycofarm.example", "room5", Environment.GetEnvironmentVariable("ROOM5_FTP_PWD"), frame, "/rooms/5/latest.jpg"); // expect: none
        }
    }

    static class NotSecrets_R13 // Added
    {
        public const string FtpPwdKey = "Rooms:Ftp:Pwd"; // expect: none
        public const string FtpPwdEnv = "ROOM5_FTP_PWD"; // expect: none
        public const string Humidity = "RH 92%"; // expect: none
    }
}
