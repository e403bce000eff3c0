// Real source: jf-landkreis-karlsruhe/cam-controller
//   CamFtpUpload/CamFtpUpload/FTPClient.cs, CamFtpUpload/CamFtpUpload/frmMain.cs,
//   WebCamImageDownloader/WebCamImageDownloader/Form1.cs (snapshot URLs from README.md)
// Domain: a district youth fire brigade's training-ground webcams (two hi3510 cameras), the newest
// snapshot of each uploaded to the club's web space every few minutes.
// Kept: FTPClient(adress, user, password) storing the three in properties and building
// new NetworkCredential(User, Password) in every request; the "newest file but one" selection; the
// start/stop flow of frmMain (fields copied from the form, then StartFtp() => new FTPClient(...));
// WebClient.DownloadFile of the snapshot URL with a time-stamped file name.
// Changed: the WinForms text boxes and timers are replaced by an UploadSettings object and a loop.
// Added: the settings defaults, a password file that wins over them, a masked status line, the backup
// web space, the tower camera's login, the second camera's snapshot URL with its login, the anonymous
// mirror, a camera admin password made from the MAC for new cameras.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;

namespace Corpus17.R01.CamFtpUpload
{
    public class FTPClient
    {
        public string Adress { get; set; }
        public string User { get; set; }
        public string Password { get; set; }

        /// <param name="adress">Name oder IP Adresse des Servers</param>
        /// <param name="user">Benutzername</param>
        /// <param name="password">Passwort</param>
        public FTPClient(string adress, string user, string password)
        {
            this.Adress = adress;
            this.User = user;
            this.Password = password;
        }

        public void CheckConnection()
        {
            FtpWebRequest.DefaultWebProxy = null;
            FtpWebRequest ftpWebRequest = (FtpWebRequest)FtpWebRequest.Create(new Uri("ftp://" + this.Adress + "/"));
            ftpWebRequest.Credentials = new NetworkCredential(this.User, this.Password);
            ftpWebRequest.Method = WebRequestMethods.Ftp.ListDirectory;
            WebResponse webResponse = ftpWebRequest.GetResponse();
        }

        public void UploadFile(string remoteFolder, string remoteFileName, FileInfo fileInfo)
        {
            FtpWebRequest request = (FtpWebRequest)WebRequest.Create(new Uri("ftp://" + Adress + "/" + remoteFolder + "/" + remoteFileName));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential(User, Password);

            Stream ftpStream = request.GetRequestStream();
            FileStream file = File.OpenRead(fileInfo.FullName);
            int length = 1024;
            byte[] buffer = new byte[length];
            int bytesRead = 0;
            do
            {
                bytesRead = file.Read(buffer, 0, length);
                ftpStream.Write(buffer, 0, bytesRead);
            }
            while (bytesRead != 0);
            file.Close();
            ftpStream.Close();
        }

        public List<string> GetFileList(string remoteFolder)
        {
            FtpWebRequest ftpWebRequest = (FtpWebRequest)WebRequest.Create("ftp://" + Adress + "/" + remoteFolder);
            ftpWebRequest.Method = WebRequestMethods.Ftp.ListDirectory;
            ftpWebRequest.Credentials = new NetworkCredential(User, Password);
            WebResponse webResponse = ftpWebRequest.GetResponse();
            List<string> files = new List<string>();
            StreamReader streamReader = new StreamReader(webResponse.GetResponseStream());
            while (!streamReader.EndOfStream)
            {
                files.Add(streamReader.ReadLine());
            }
            streamReader.Close();
            webResponse.Close();
            return files;
        }
    }

    // Changed: the form's text boxes became this settings object.
    public class UploadSettings
    {
        public string LocalDir1 { get; set; }
        public string LocalDir2 { get; set; }
        public string RemoteDir { get; set; }
        public string RemoteServer { get; set; }
        public string RemoteFile1 { get; set; }
        public string RemoteFile2 { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public int IntervalMinutes { get; set; } = 5;

        // Added: what the upload PC in the equipment room starts with when no settings file is there.
        public static UploadSettings Default() => new UploadSettings
        {
            LocalDir1 = @"C:\webcam\cam1",
            LocalDir2 = @"C:\webcam\cam2",
            RemoteDir = "webcam",
            RemoteServer = "ftp.jf-uebungsplatz.example",
            RemoteFile1 = "jf_cam1.jpg",
            RemoteFile2 = "jf_cam2.jpg",
            UserName = "webcam-upload",
            Password = "Jf3rooJ-KndSpn", // expect: IOT1001
        };
    }

    public class Uploader
    {
        private string localDir1;
        private string localDir2;
        private string remoteDir;
        private string remoteServer;
        private string remoteFile1;
        private string remoteFile2;
        private string userName;
        private string password;
        private bool isRunning;
        private FTPClient ftpClient;
        private FTPClient backupClient;
        // Added: a password file next to the program wins over the settings.
        private const string PasswordFile = @"C:\webcam\ftp-passwort.txt"; // expect: none

        public static void Main()
        {
            new Uploader().Start(UploadSettings.Default());
        }

        public void Start(UploadSettings settings)
        {
            localDir1 = settings.LocalDir1;
            localDir2 = settings.LocalDir2;
            remoteDir = settings.RemoteDir;
            remoteServer = settings.RemoteServer;
            remoteFile1 = settings.RemoteFile1;
            remoteFile2 = settings.RemoteFile2;
            userName = settings.UserName;
            password = File.Exists(PasswordFile) ? File.ReadAllText(PasswordFile).Trim() : settings.Password;
            isRunning = true;

            // Log line of the status label; the password itself is masked.
            Console.WriteLine("Passwort: " + new string('*', password.Length)); // expect: none

            if (!StartFtp())
            {
                isRunning = false;
            }

            // Added: the district's backup web space, same FTPClient wrapper.
            backupClient = new FTPClient("backup.kfv-karlsruhe.example", "jf-webcam", "9WThgBqkxr"); // expect: IOT1001
        }

        private bool StartFtp()
        {
            bool successFlag;
            try
            {
                ftpClient = new FTPClient(remoteServer, userName, password);
                successFlag = ftpClient != null;
            }
            catch
            {
                successFlag = false;
            }
            return successFlag;
        }

        private bool GetNewestFileInDir(string directory, out FileInfo newestFileInfo)
        {
            newestFileInfo = null;
            if (directory == String.Empty) return false;
            DirectoryInfo dirInfo = new DirectoryInfo(directory);
            if (dirInfo.EnumerateFiles().Count() > 1)
            {
                newestFileInfo = dirInfo.EnumerateFiles().OrderByDescending(f => f.LastWriteTime).ElementAt(1);
                return true;
            }
            return false;
        }

        public bool UploadFiles()
        {
            FileInfo newestFile1;
            FileInfo newestFile2;
            if (GetNewestFileInDir(localDir1, out newestFile1))
            {
                ftpClient.UploadFile(remoteDir, remoteFile1, newestFile1);
                backupClient.UploadFile(remoteDir, remoteFile1, newestFile1);
            }
            if (GetNewestFileInDir(localDir2, out newestFile2))
            {
                ftpClient.UploadFile(remoteDir, remoteFile2, newestFile2);
            }
            return true;
        }

        // Added: a public mirror that accepts anonymous logins (RFC 1635, e-mail address as password).
        public void MirrorToPublicArchive(FileInfo snapshot)
        {
            FtpWebRequest request = (FtpWebRequest)WebRequest.Create(new Uri("ftp://archiv.feuerwehr-bilder.example/incoming/" + snapshot.Name));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("anonymous", "webcam@jf-uebungsplatz.example"); // expect: none
        }
    }
}

namespace Corpus17.R01.WebCamImageDownloader
{
    public class Downloader
    {
        private int duration = 60;
        private string sourcePicUrl;
        private string destinationFolder = @"C:\webcam\cam1";
        private WebClient client = new WebClient();

        // Added: camera 1 (tower) logs in with basic authentication, camera 2 (yard) with the hi3510
        // URL parameters of the README's snapshot URL.
        private const string TowerCamUser = "viewer";
        private const string TowerCamPassword = "SHrTsUz29ufG"; // expect: IOT1001
        private const string YardCamSnapshot =
            "http://192.168.1.72/web/cgi-bin/hi3510/snap.cgi?&-getstream&-snapone&-chn=2&-usr=admin&-pwd=admin"; // expect: IOT1002

        public void Start()
        {
            sourcePicUrl = "http://192.168.1.71/web/cgi-bin/hi3510/snap.cgi?&-getstream&-snapone&-chn=3"; // expect: none
            client.Credentials = new NetworkCredential(TowerCamUser, TowerCamPassword);
            while (true)
            {
                DownloadFileFromURL(sourcePicUrl);
                new WebClient().DownloadFile(YardCamSnapshot, Path.Combine(@"C:\webcam\cam2", DateTime.Now.ToString("yyyyMMddHHmmss") + ".jpg"));
                Thread.Sleep(TimeSpan.FromSeconds(duration));
            }
        }

        private void DownloadFileFromURL(string url)
        {
            string imageFileName = DateTime.Now.Year.ToString("D4") + DateTime.Now.Month.ToString("D2") + DateTime.Now.Day.ToString("D2")
                + DateTime.Now.Hour.ToString("D2") + DateTime.Now.Minute.ToString("D2") + DateTime.Now.Second.ToString("D2");
            imageFileName = imageFileName + ".jpg";
            imageFileName = Path.Combine(destinationFolder, imageFileName);
            try
            {
                client.DownloadFile(url, imageFileName);
                Console.WriteLine(DateTime.Now.ToShortDateString() + " --- Download erfolgreich! --- " + imageFileName);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        // Added: a new camera is given its own admin password before it is mounted; the installer
        // script builds it from the camera's MAC address printed on its label.
        public static string NewCameraAdminPassword(string macAddress)
        {
            string adminPassword = "JF-" + macAddress.Replace(":", "").Substring(6).ToUpperInvariant(); // expect: IOT1005
            return adminPassword;
        }
    }
}
