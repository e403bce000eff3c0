// Real source: giesler/mg msn2.net/cams/getimg.aspx.cs
// Domain: boarding-kennel webcam proxy (an ASP.NET page that fetches a camera's JPEG and re-serves it).
// Kept: the Login cookie check, the camera switch, the cache-busting timestamp, HttpWebRequest with
// req.Credentials = new NetworkCredential("admin", ..., "sp") and the JPEG copy. Changed: the camera password of the
// original is replaced by a fresh value of the same shape; the System.Drawing rotate/thumbnail step is replaced by a
// plain stream copy (no System.Drawing on the build host). Added: two run-side cameras whose CGI snapshot URLs carry
// their login in the query, and hard negatives.
using System;
using System.IO;
using System.Net;
using System.Web;
using System.Web.UI;

public partial class getimg : Page
{
    protected void Page_Load(object sender, EventArgs e)
    {
        Response.Clear();
        Response.ContentType = "image/jpeg";

        string cam = "1";
        if (Request.QueryString["c"] != null)
        {
            cam = Request.QueryString["c"];
        }

        // For a non-numeric camera verify auth
        int numericCam = 0;
        if (!int.TryParse(cam, out numericCam))
        {
            HttpCookie cookie = Request.Cookies["Login"];
            if (cookie == null || cookie.Value != "1") // expect: none
            {
                throw new UnauthorizedAccessException("You must login to view this camera."); // expect: none
            }
        }

        string address = string.Format("http://randy.sp.msn2.net:5050{0}/webcam/jpg", cam);

        if (cam == "1")
        {
            address = "http://cams.sp.msn2.net/image/cc1";
        }
        else if (cam == "2")
        {
            address = "http://cams.sp.msn2.net/image/cc2";
        }
        else if (cam.ToLower() == "front")
        {
            address = "http://cams.sp.msn2.net/image/Front";
        }

        string url = string.Format("{0}?{1}",
            address, DateTime.Now.ToString("yymmddhhmmsstt")); // expect: none
        HttpWebRequest req = (HttpWebRequest)HttpWebRequest.Create(url);
        req.Method = WebRequestMethods.Http.Get;
        req.Credentials = new NetworkCredential("admin", "zixZnlshpw", "sp"); // expect: IOT1001

        using (HttpWebResponse response = (HttpWebResponse)req.GetResponse())
        {
            if (response.ContentLength > 0)
            {
                using (Stream s = response.GetResponseStream())
                {
                    s.CopyTo(Response.OutputStream);
                    Response.End();
                }
            }
        }
    }

    // Added: the two run-side cameras (Foscam-style CGI) used by the kennel's night page
    protected Stream RunCamera(string run)
    {
        string snapshot = run == "east"
            ? "http://10.0.40.21:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=kennel&pwd=*J5HD_0wJ35V" // expect: IOT1001
            : "http://10.0.40.22:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd=admin"; // expect: IOT1002
        WebRequest request = WebRequest.Create(snapshot);
        return request.GetResponse().GetResponseStream();
    }

    // Added: the admin page shows the stored camera login masked
    protected string MaskedLogin()
    {
        const string CameraPasswordMask = "**********"; // expect: none
        return "admin / " + CameraPasswordMask;
    }
}
