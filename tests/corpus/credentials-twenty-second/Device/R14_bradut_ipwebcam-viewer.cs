// Real source: bradut/ipwebcam-viewer IpWebCam3/Services/HttpBasicAuthenticationBypassService.cs,
//              IpWebCam3/Services/PtzServices/PtzCgiService.cs, IpWebCam3/Models/CameraConnectionInfo.cs
// Kept: DoWebRequest(username, password, url, webpage, port, ...) building "Basic " + base64(username:password) into
// request.Headers["Authorization"], the hi3510 PTZ command set (ytup/ytdown/ptzctrl/preset) under cgi-bin/hi3510/,
// ExecutePtzCommand's overload taking CameraConnectionInfo. Changed: the Web API controllers and Unity wiring dropped;
// added: the three cameras of the canal-boat mooring (one still on its factory login, one read through the snapshot
// URL with -usr/-pwd), and the cache-busting random query value.
using System;
using System.Net;
using System.Text;

namespace IpWebCam3.Models
{
    public class CameraConnectionInfo
    {
        public string Username { get; set; }
        public string Password { get; set; }
        public string Url { get; set; }
        public string Webpage { get; set; }
        public int Port { get; set; } = 80;
    }
}

namespace IpWebCam3.Services
{
    using IpWebCam3.Models;

    public static class HttpBasicAuthenticationBypassService
    {
        public static HttpWebResponse DoWebRequest(string username, string password, string url, string webpage, int port = 80,
            string requestMethod = "GET", string contentType = "image/jpeg")
        {
            string path = url + ":" + port + "/" + webpage;
            string userData = username + ":" + password;
            byte[] authBytes = Encoding.UTF8.GetBytes(userData.ToCharArray());

            HttpWebRequest request = (HttpWebRequest)WebRequest.Create(new Uri(path));
            request.Method = requestMethod;
            request.PreAuthenticate = false;
            request.Headers["Authorization"] = "Basic " + Convert.ToBase64String(authBytes);
            request.Accept = "image/png,image/jpeg,application/json,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
            request.KeepAlive = true;
            request.ContentType = contentType;
            return (HttpWebResponse)request.GetResponse();
        }
    }

    public class PtzCgiService
    {
        public struct PtzCommands
        {
            public const string MobileYtUp = "ytup";
            public const string MobileYtDown = "ytdown";
            public const string PtzCtrl = "ptzctrl";
            public const string PtzPreset = "preset"; // expect: none
        }

        private const string CgiRoot = "cgi-bin/hi3510/";

        public static HttpStatusCode ExecutePtzCommand(string ptzCmd, CameraConnectionInfo connectionInfo) =>
            ExecutePtzCommand(ptzCmd, connectionInfo.Username, connectionInfo.Password, connectionInfo.Url, connectionInfo.Port);

        public static HttpStatusCode ExecutePtzCommand(string ptzCmd, string webCamUsername, string webCamPassword, string url, int port)
        {
            string ptzCmdCgiPath = ptzCmd == PtzCommands.PtzPreset
                ? CgiRoot + "param.cgi?cmd=preset&-act=goto&-number=0"
                : CgiRoot + ptzCmd + ".cgi";
            var response = HttpBasicAuthenticationBypassService.DoWebRequest(webCamUsername, webCamPassword, url, ptzCmdCgiPath, port, "GET", "application/json");
            return response.StatusCode;
        }
    }

    public static class MooringCameras
    {
        private static readonly Random CacheBuster = new Random();

        public static readonly CameraConnectionInfo Bow = new CameraConnectionInfo
        {
            Username = "viewer",
            Password = "t0.vf!HPR_-z", // expect: IOT1001
            Url = "http://192.168.8.31",
            Webpage = "tmpfs/auto.jpg",
            Port = 8081,
        };

        public static readonly CameraConnectionInfo Towpath = new CameraConnectionInfo
        {
            Username = "admin",
            Password = "admin", // expect: IOT1002
            Url = "http://192.168.8.32",
            Webpage = "tmpfs/auto.jpg",
        };

        // The stern camera's firmware ignores Basic auth on snapshots; credentials go in the hi3510 query instead.
        private const string SternUser = "admin";
        private const string SternPwd = "p1-cOsy6VbL.v!"; // expect: IOT1001

        public static HttpWebResponse SternSnapshot()
        {
            var url = $"http://192.168.8.33/cgi-bin/hi3510/snap.cgi?&-getstream&-chn=2&-usr={SternUser}&-pwd={SternPwd}&_={CacheBuster.Next()}"; // expect: none
            return (HttpWebResponse)WebRequest.Create(url).GetResponse();
        }

        public static void MorningPatrol()
        {
            PtzCgiService.ExecutePtzCommand(PtzCgiService.PtzCommands.PtzPreset, Bow);
            PtzCgiService.ExecutePtzCommand(PtzCgiService.PtzCommands.MobileYtUp, Towpath);
            HttpBasicAuthenticationBypassService.DoWebRequest(Bow.Username, Bow.Password, Bow.Url, Bow.Webpage, Bow.Port);
        }
    }
}
