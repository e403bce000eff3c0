// Glacier time-lapse station: a solar-powered Linux box triggers the camera, pulls snapshots, and uploads them by
// FTP to the university and to a public mirror.
using System;
using System.IO;
using System.Net;
using Axis.Vapix;
using Corpus7.Shared;

namespace Glaciology.Timelapse
{
    public class GlacierTimelapseCamera
    {
        private const string CamPassword = "12345"; // expect: IOT1002
        private const string CameraHost = "10.12.0.40";
        private const string UploadFolder = "ftp://ftp.glaciology.example/incoming/"; // expect: none
        private readonly Random _rng = new Random();

        public VapixSession OpenCamera()
        {
            var session = new VapixSession(CameraHost);
            session.Login(userName: "root", password: "Crevasse-Field-0412"); // expect: IOT1001
            return session;
        }

        // The second camera on the moraine ridge was set up from the vendor's quick-start sheet.
        public VapixSession OpenRidgeCamera()
        {
            var session = new VapixSession("10.12.0.42");
            session.Login("root", "camera-password-here"); // expect: IOT1006
            return session;
        }

        public string ExposureProfile() => "ISO=100;shutter=1/500;key=auto"; // expect: none

        public Uri LiveStream() => new Uri("rtsp://viewer:Serac-Icefall-26@10.12.0.40:554/stream1"); // expect: IOT1001

        public Uri SnapshotFromBackupCamera() =>
            new Uri($"http://10.12.0.41/cgi-bin/snapshot.cgi?loginuse=admin&loginpas={CamPassword}");

        public void Upload(string path)
        {
            var fileSuffix = _rng.Next(1000, 9999); // expect: none
            var request = (FtpWebRequest)WebRequest.Create(UploadFolder + Path.GetFileNameWithoutExtension(path) + "-" + fileSuffix + ".jpg");
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("glacier-cam", PlantKeys.GlacierFtpPassword);
            using var stream = request.GetRequestStream();
            File.OpenRead(path).CopyTo(stream);
        }

        public NetworkCredential PublicMirrorLogin() => new NetworkCredential("anonymous", "glaciology@university.example"); // expect: none

        public string DailyUploadPassword()
        {
            string dailyUploadPassword = "glacier" + DateTime.UtcNow.ToString("yyyyMMdd"); // expect: IOT1005
            return dailyUploadPassword;
        }
    }
}
