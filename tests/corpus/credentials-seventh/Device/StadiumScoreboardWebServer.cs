// Real source: Gravicode/IoT.Workshop.Basic src/DemoWebServer/Controller/ControllerTest.cs
// Moved to a stadium scoreboard: the ESP32 behind the board serves a small REST API for the scorer's desk, the
// referee tablet and the club's CMS. Authentication attributes and the server set-up are added; the output helper
// is WebServerResponse because the stubbed WebServer has no static members.
using System;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.WebServer;

namespace Arena.Scoreboard
{
    public class ControllerTest
    {
        [Route("test"), Route("Test2"), Route("tEst42"), Route("TEST")]
        [CaseSensitive]
        [Method("GET")]
        public void RoutePostTest(WebServerEventArgs e)
        {
            string route = $"The route asked is {e.Context.Request.RawUrl.TrimStart('/').Split('/')[0]}";
            e.Context.Response.ContentType = "text/plain"; // expect: none
            WebServerResponse.OutPutStream(e.Context.Response, route);
        }

        [Route("test/any")]
        public void RouteAnyTest(WebServerEventArgs e)
        {
            WebServerResponse.OutputHttpCode(e.Context.Response, HttpStatusCode.OK);
        }
    }

    [Authentication("Basic")] // expect: none
    public class ScoreController
    {
        [Route("score/home")]
        [Method("POST")]
        [Authentication("Basic:scorer Half-Time-Whistle-90")] // expect: IOT1001
        public void SetHomeScore(WebServerEventArgs e) => WebServerResponse.OutputHttpCode(e.Context.Response, HttpStatusCode.OK);

        [Route("clock/stop")]
        [Authentication("Basic:referee 12345")] // expect: IOT1002
        public void StopClock(WebServerEventArgs e) => WebServerResponse.OutputHttpCode(e.Context.Response, HttpStatusCode.OK);

        [Route("cms/sponsor-loop")]
        [Authentication("ApiKey:vbWn1D5D7nsGtCSIUkb8HISIO7K1")] // expect: IOT1001
        public void SponsorLoop(WebServerEventArgs e) => WebServerResponse.OutputHttpCode(e.Context.Response, HttpStatusCode.Accepted);

        [Route("api/password-policy")] // expect: none
        public void PasswordPolicy(WebServerEventArgs e) => WebServerResponse.OutPutStream(e.Context.Response, "min-length=12"); // expect: none

        [Route("session")]
        public void NewSession(WebServerEventArgs e)
        {
            string sessionCookie = "sb=" + Random.Shared.Next().ToString("x8"); // expect: IOT3005
            e.Context.Response.Headers.Add("Set-Cookie", sessionCookie);
        }
    }

    public static class StadiumScoreboardWebServer
    {
        public static string SetupAccessPointPassword()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().ToString();
            string setupApPassword = "board-" + mac.Substring(mac.Length - 6).ToLowerInvariant(); // expect: IOT1005
            return setupApPassword;
        }

        public static void Main()
        {
            // The stubbed WebServer is not IDisposable, so the original's using block is dropped.
            WebServer server = new WebServer(80);
            {
                server.Credential = new NetworkCredential("scoreboard", "Penalty-Shootout-11"); // expect: IOT1001
                server.ApiKey = "CAFNbz5pKvgoKQoLsPKtRebxNowjQgnM"; // expect: IOT1001
                server.Start();
                Thread.Sleep(Timeout.Infinite);
            }
        }
    }
}
