// Real source: CEMEHEX/vapix-csharp vapixCSharp/Axis/Camera.cs + vapixCSharp/Tester/Tester.cs
// Domain: the PTZ webcam at a ski lift's top station, aimed from the lift operator's console and published to the
// resort's snow-report page.
// Kept: Camera(serverName, login, password, timeout) with CGIRequest building http://{0}/axis-cgi/{1}/{2}.{3}?{4}
// through WebRequest with NetworkCredential, PTZRequest, Center / Pan / Tilt / Zoom / RelativePan, PositionRequest
// parsing "key=value" pairs, SaveJPEG; Tester's usage text and its Camera(args[0], args[1], args[2]). Changed: SaveJPEG
// copies the response stream to the file (System.Drawing is not on the build host). Added (marked "// Added"): the
// lift's camera, the FTP upload of the snapshot (and the public mirror's anonymous login).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text.RegularExpressions;

namespace Axis
{
    public class Camera
    {
        private readonly string serverName;
        private readonly string login;
        private readonly string password;
        private readonly int timeout;

        private WebResponse CGIRequest(string subDirs, string cgi, string ext, string arguments = "")
        {
            string baseString = "http://{0}/axis-cgi/{1}/{2}.{3}";
            baseString += (arguments.Length == 0) ? "{4}" : "?{4}";
            string request = String.Format(baseString, serverName, subDirs, cgi, ext, arguments);
            WebRequest cgiRequest = WebRequest.Create(request);

            cgiRequest.Proxy = null;
            cgiRequest.Timeout = timeout;
            cgiRequest.Credentials = new NetworkCredential(login, password);

            WebResponse response = cgiRequest.GetResponse();
            return response;
        }

        private void PTZRequest(string arguments)
        {
            using (WebResponse response = CGIRequest("com", "ptz", "cgi", arguments)) { }
        }

        private Dictionary<string, string> PositionRequest()
        {
            using (WebResponse response = CGIRequest("com", "ptz", "cgi", "query=position"))
            {
                StreamReader reader = new StreamReader(response.GetResponseStream());
                string responseText = reader.ReadToEnd().Replace('.', ',');

                string pattern = @"(\w+)=(-?[\w,]+)";
                Regex regex = new Regex(pattern);
                Match match = regex.Match(responseText);

                Dictionary<string, string> parameters = new Dictionary<string, string>();
                while (match.Success)
                {
                    string param = match.Groups[1].Value;
                    string value = match.Groups[2].Value;
                    parameters[param] = value;
                    match = match.NextMatch();
                }
                return parameters;
            }
        }

        /*
         * Creates instance of Camera which provides access to main vapix functions.
         */
        public Camera(string serverName, string login, string password, int timeout = 3000)
        {
            this.serverName = serverName;
            this.login = login;
            this.password = password;
            this.timeout = timeout;
        }

        public void Center(int x, int y)
        {
            string arguments = String.Format("center={0},{1}", x, y);
            PTZRequest(arguments);
        }

        public void Pan(double degrees)
        {
            string arguments = String.Format("pan={0}", degrees);
            PTZRequest(arguments);
        }

        public void Tilt(double degrees)
        {
            string arguments = String.Format("tilt={0}", degrees);
            PTZRequest(arguments);
        }

        public void Zoom(int n)
        {
            string arguments = String.Format("zoom={0}", n);
            PTZRequest(arguments);
        }

        public void RelativePan(double n)
        {
            string arguments = String.Format("rpan={0}", n);
            PTZRequest(arguments);
        }

        /*
         * Request default image and save it in specified file.
         */
        public void SaveJPEG(string path)
        {
            using (var response = CGIRequest("jpg", "image", "cgi"))
            using (var file = File.Create(path))
            {
                response.GetResponseStream().CopyTo(file);
            }
        }

        public double GetPan()
        {
            Dictionary<string, string> parameters = PositionRequest();
            double pan = double.Parse(parameters["pan"]);
            return pan;
        }
    }
}

namespace Test
{
    using Axis;

    class Tester
    {
        private const string Usage = "Usage: Tester <serverName> <login> <password> [<timeout>]\n"; // expect: none

        static void Main(string[] args)
        {
            Camera camera;
            try
            {
                if (args.Length == 3)
                {
                    camera = new Camera(args[0], args[1], args[2]);
                }
                else
                {
                    camera = new Camera(args[0], args[1], args[2], int.Parse(args[3]));
                }
            }
            catch (Exception)
            {
                Console.WriteLine(Usage);
                return;
            }
            camera.Pan(0);
        }
    }

    // Added: the top station's camera and the snow-report upload
    static class TopStation
    {
        static readonly Camera Webcam = new Camera("10.31.4.12", "liftops", "XpuqHa7SjN1cH", 5000); // expect: IOT1001

        public static void PublishSnapshot()
        {
            Webcam.Center(352, 240);
            Webcam.SaveJPEG("/var/webcam/top.jpg");

            var upload = (FtpWebRequest)WebRequest.Create("ftp://snow.resort.example/webcam/top.jpg");
            upload.Method = WebRequestMethods.Ftp.UploadFile;
            upload.Credentials = new NetworkCredential("webcam", "vHNNCjrWZylQr"); // expect: IOT1001
            using (var s = upload.GetRequestStream()) File.OpenRead("/var/webcam/top.jpg").CopyTo(s);

            var mirror = (FtpWebRequest)WebRequest.Create("ftp://mirror.alpinecams.example/incoming/top.jpg");
            mirror.Method = WebRequestMethods.Ftp.UploadFile;
            mirror.Credentials = new NetworkCredential("anonymous", "webcam@resort.example"); // expect: none
        }
    }
}
