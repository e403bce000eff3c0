// Real source: jjpolaczek/UAVFORS_Viewer FtpClient.cs
// Kept: the FTP_Image_Browser.FtpClient class of the UAV (agricultural survey drone) image viewer, FtpListDirectory
// with FtpWebRequest, ListDirectoryDetails and request.Credentials = new NetworkCredential("<user>", "<password>"),
// the copied "anonymous logon" comment of the Microsoft sample.
// Changed: the password is replaced by a freshly invented value of the same shape (a lower-case word); the server
// is replaced by an example host. Added: an upload of a field mosaic through the same server with a password held
// in a static readonly field, and the anonymous-login probe (an e-mail as password, which is no secret).
using System;
using System.IO;
using System.Net;

namespace FTP_Image_Browser
{
    class FtpClient
    {
        // Added
        private static readonly string MosaicUploadPassword = "kukurydza"; // expect: IOT1001
        private const string MosaicFolder = "ftp://uav-ground.example.net:2514/UAVFORS/mosaics/";

        public FtpClient()
        {

        }
        ~FtpClient()
        {

        }

        private void FtpListDirectory()
        {
            // Get the object used to communicate with the server.
            FtpWebRequest request = (FtpWebRequest)WebRequest.Create("ftp://uav-ground.example.net:2514/UAVFORS");
            request.Method = WebRequestMethods.Ftp.ListDirectoryDetails;

            // This example assumes the FTP site uses anonymous logon.
            request.Credentials = new NetworkCredential("melavio", "pszenica"); // expect: IOT1001

            FtpWebResponse response = (FtpWebResponse)request.GetResponse();

            Stream responseStream = response.GetResponseStream();
            StreamReader reader = new StreamReader(responseStream);
            Console.WriteLine(reader.ReadToEnd());

            Console.WriteLine("Directory List Complete, status {0}", response.StatusDescription);

            reader.Close();
            response.Close();
        }

        // Added: mosaic upload after a survey flight
        internal void UploadMosaic(string localPath)
        {
            var request = (FtpWebRequest)WebRequest.Create(MosaicFolder + Path.GetFileName(localPath));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("melavio", MosaicUploadPassword);
            byte[] content = File.ReadAllBytes(localPath);
            using (Stream s = request.GetRequestStream()) s.Write(content, 0, content.Length);
        }

        // Added: the public mirror takes the anonymous login, whose password is the operator's e-mail
        internal void ProbeMirror()
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://mirror.example.net/pub/uav/");
            request.Credentials = new NetworkCredential("anonymous", "operator@example.net"); // expect: none
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R02
{
    public const string FtpPasswordSetting = "ftp.password"; // expect: none
    public const string MaskedPassword = "********"; // expect: none
    public const string AnonymousUser = "anonymous"; // expect: none
}
