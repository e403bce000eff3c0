// Based on a real public sample: nanoframework/Samples, samples/Webserver/WebServer.Sample/WebServer.Sample/Program.cs
// Trimmed: GPIO routes removed, the nanoFramework X509Certificate2(crt, key, password) ctor replaced by the .NET
// X509Certificate2(byte[], string) ctor, HttpProtocol/Start omitted (not in the stubs).
// Credential values kept as the sample writes them.
#nullable enable
using System;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using nanoFramework.Networking;

namespace Corpus.WebServerSample
{
    public class Program
    {
        private static string MySsid = "ssid"; // expect: none
        private static string MyPassword = "password"; // expect: IOT1002
        private static string _securityKey = "MySecurityKey42"; // expect: IOT1001

        public static void Main()
        {
            Debug.WriteLine("Hello from a webserver!");
            CancellationTokenSource cs = new(60000);
            bool success = WifiNetworkHelper.ConnectDhcp(MySsid, MyPassword, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                Debug.WriteLine("Can't get a proper IP address and DateTime, error."); // expect: none
                return;
            }

            X509Certificate _myWebServerCertificate509 = new X509Certificate2(Encoding.UTF8.GetBytes(_myWebServerCrt), "1234"); // expect: IOT1002

            var server = new nanoFramework.WebServer.WebServer(443);
            // To test authentication with various scenarios
            server.ApiKey = _securityKey;
            server.Credential = new NetworkCredential("user", "password"); // expect: IOT1002
            Debug.WriteLine($"Serving with {_myWebServerCertificate509.Subject}");
        }

        private static bool CheckAPiKey(WebHeaderCollection headers)
        {
            var sec = headers.GetValues("ApiKey"); // expect: none
            if (sec != null && sec.Length > 0)
            {
                if (sec[0] == _securityKey)
                {
                    return true;
                }
            }

            return false;
        }

        private static void NewKey(string rawData)
        {
            var parameters = rawData.Split('=');
            if (parameters[0].ToLower() == "newkey") // expect: none
            {
                _securityKey = parameters[1];
            }
        }

        // X509 self-signed certificate (public part only)
        private const string _myWebServerCrt =
@"-----BEGIN CERTIFICATE-----
MIIBbjCCARWgAwIBAgIUZzHg1d6I6EwVv33gQqdhM/5CQN4wCgYIKoZIzj0EAwIw
DTELMAkGA1UEAwwCZ3cwHhcNMjYxMTMwMjExMjU3WhcNMjYxMjMwMjExMjU3WjAN
MQswCQYDVQQDDAJndzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABN15gpBWKMIL
SoxfquiXJ9GjSF1tH9+iKm5ce/nInFty4NHHbN0z4KkbsktBN+ovWKcBwq1vutuz
xdK4YDfmLf+jUzBRMB0GA1UdDgQWBBQAMZVFm3jJl5GZhGWWTh3a/gqYhzAfBgNV
HSMEGDAWgBQAMZVFm3jJl5GZhGWWTh3a/gqYhzAPBgNVHRMBAf8EBTADAQH/MAoG
CCqGSM49BAMCA0cAMEQCIDA0UwN34llYtnF0qMFqcmKkZ2HlX/lGAzyHm88Ze6Wl
AiBoeiAsECSajgJ66ad4qC+800Pr9+lVTcl86HPUrND/5A==
-----END CERTIFICATE-----"; // expect: none
    }
}
