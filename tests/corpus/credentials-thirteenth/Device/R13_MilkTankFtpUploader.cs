// Real source: SacSingh/Applications MCDFileUploader/MCDFileUploader/MCDUploader.cs
// Kept: static MCDUploader.uploadFile(FTPAddress, filePath, username, password) building an FtpWebRequest with
//       request.Credentials = new NetworkCredential(username, password), UseBinary, Proxy = null, stream copy, GetResponse.
// Added: the milk-tank logger's callers passing the password through the helper's parameter (a literal, a constant and a
//        template left from the sample), and hard negatives.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;

namespace PostFileFtp
{
    class MCDUploader
    {
        static public void uploadFile(string FTPAddress, string filePath, string username, string password)
        {
            //Create FTP request
            FtpWebRequest request = (FtpWebRequest)FtpWebRequest.Create(FTPAddress + Path.GetFileName(filePath));

            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential(username, password);
            request.UseBinary = true;
            request.Proxy = null;

            // Copy the contents of the file to the request stream.
            StreamReader sourceStream = new StreamReader(filePath);
            byte[] fileContents = Encoding.UTF8.GetBytes(sourceStream.ReadToEnd());
            sourceStream.Close();
            request.ContentLength = fileContents.Length;

            Stream requestStream = request.GetRequestStream();
            requestStream.Write(fileContents, 0, fileContents.Length);
            requestStream.Close();

            FtpWebResponse response = (FtpWebResponse)request.GetResponse();
            response.Close();
        }
    }

    // Added: the dairy's milk-tank temperature logs go to the co-op and to the vet.
    static class MilkTankLogShipper
    {
        const string VetFtpPassword = "3sYe7zsawDR!Am"; // expect: IOT1001

        public static void ShipDaily(string logPath)
        {
            MCDUploader.uploadFile("ftp://coop.dairy.example/tanks/", logPath, "tank-07", "SlR6hWZ%dLWiEh"); // expect: IOT1001
            MCDUploader.uploadFile("ftp://vet.example/uploads/", logPath, "dairy-north", VetFtpPassword);
        }

        public static void ShipToLab(string logPath)
        {
            MCDUploader.uploadFile("ftp://lab.example/in/", logPath, "dairy", "<lab-ftp-password>"); // expect: IOT1006
        }

        public static readonly string FtpPasswordLabel = "FTP password"; // expect: none
    }
}

// Added
static class Extra_R13
{
    public static void ShipToVendor(string logPath) => PostFileFtp.MCDUploader.uploadFile("ftp://vendor.example/", logPath, "tank", "password"); // expect: IOT1002
    public const string VendorHost = "ftp://vendor.example/"; // expect: none
    public const string PasswordHint = "see the dairy password sheet"; // expect: none
}
