// Real source: nanoframework/Samples samples/Webserver/WebServer.Sample/WebServer.Sample/Program.cs
// (and ControllerAuth.cs of the same sample), adapted for a variable-speed pool pump controller
// that serves its schedule and backwash API over HTTPS on the pool-house Wi-Fi.
using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace AquaFlow.PoolPump
{
    public class Program
    {
        private static string MySsid = "PoolHouse";
        private static string MyPassword = "Chlorine-Tab-33"; // expect: IOT1001
        private static string _securityKey = "PumpKey-Filter-42"; // expect: IOT1001

        public static void Main()
        {
            Console.WriteLine("Hello from the pool pump!");

            CancellationTokenSource cs = new(60000);
            bool success = WifiNetworkHelper.ConnectDhcp(MySsid, MyPassword, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                Console.WriteLine("Can't get a proper IP address and DateTime.");
                return;
            }

            X509Certificate2 myWebServerCertificate = X509Certificate2.CreateFromEncryptedPem(_myWebServerCrt, _myWebServerPrivateKey, "1234"); // expect: IOT1002

            var server = new WebServer(443);
            // To test authentication with various scenarios
            server.ApiKey = _securityKey;
            server.Credential = new NetworkCredential("user", "password"); // expect: IOT1002
            server.UseCertificate(myWebServerCertificate);
            server.Start();

            Thread.Sleep(Timeout.Infinite);
        }

        public static bool CheckApiKey(WebHeaderCollection headers)
        {
            var sec = headers.GetValues("ApiKey"); // expect: none
            if (sec != null && sec.Length > 0)
            {
                return sec[0] == _securityKey;
            }

            return false;
        }

        public static void RotateKey(string newKey) => _securityKey = newKey;

        #region certificates & keys

        private const string _myWebServerCrt =
@"-----BEGIN CERTIFICATE-----
MIIBlDCCATugAwIBAgIUEMtnBjrXKZYcKDRzJdKVY6SZ/P4wCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVSGFsY3lvbiBGaWVsZCBSb290IENBMB4XDTI2MTIwMTA1MTUx
OVoXDTM2MTEyODA1MTUxOVowIDEeMBwGA1UEAwwVSGFsY3lvbiBGaWVsZCBSb290
IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnCYfZ5u+cmW2PBMwg9YlEy6O
8z56fbwYBdtyVoRayiqwbdxyvm+svSJBRF1cBe0gYqqwkPsOr6SnEsnHnPcXDKNT
MFEwHQYDVR0OBBYEFAMrd+FUlvzDoOZeutGzPTh2/2ViMB8GA1UdIwQYMBaAFAMr
d+FUlvzDoOZeutGzPTh2/2ViMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
RwAwRAIgM0aImU2WT4/qmGSl/i/G66dlvV8caHDmpwf2icT0VNMCIB7SrdW1tHq1
bEoJ053NefmJBr20AcStFH819aT8ApxL
-----END CERTIFICATE-----"; // expect: none

        private const string _myWebServerPrivateKey =
@"-----BEGIN ENCRYPTED PRIVATE KEY-----
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiFdY7Z8fh6CQICCAAw
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEENxIf6ny0Lq3qSmNn5ptp10EgZAj
Rpkj5KMenBNOJUWg0MyiMfD+Rys4qhcfpkgrS4dFpdWTEp7Y13bsHqDjaqGBypZ0
-----END ENCRYPTED PRIVATE KEY-----"; // expect: IOT1003

        #endregion
    }

    [Authentication("Basic:pool Backwash-Valve-6")] // expect: IOT1001
    class ControllerAuth
    {
        [Route("schedule")]
        public void Schedule(WebServerEventArgs e)
        {
            e.Respond(HttpStatusCode.OK);
        }

        [Route("backwash")]
        [Authentication("ApiKey:PumpApiKey-77c1e9")] // expect: IOT1001
        public void Backwash(WebServerEventArgs e)
        {
            e.Respond(HttpStatusCode.Accepted);
        }

        [Route("status")]
        [Authentication("None")] // expect: none
        public void Status(WebServerEventArgs e)
        {
            e.Respond(HttpStatusCode.OK);
        }

        [Authentication("Basic")] // expect: none
        [Route("speed")]
        public void Speed(WebServerEventArgs e)
        {
            e.Respond(HttpStatusCode.OK);
        }
    }
}
