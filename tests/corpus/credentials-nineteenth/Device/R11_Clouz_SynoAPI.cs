// Real source: Clouz/SynoAPI
//   ConsoleApp1/Program.cs (static IP / port / username / password / baseAddress fields, HttpClient with a
//   CredentialCache, new Init("http", ip, 5000, user, password), syno.API.Auth.GetLogin / GetLogout)
// Kept: the program's shape, the library's Init(...) constructor and the login / logout calls; the DSM user name.
// Changed: the original's hard-coded password (written twice) is replaced by a generated one, in both places.
// Added (a rowing club's boathouse NAS running Surveillance Station): the camera listing through the session id.
using System;
using System.Net;
using System.Net.Http;
using syno;

namespace Test
{
    class Program
    {
        static HttpClient client;
        static CredentialCache cache;

        static string IP = "192.168.0.26";
        static string port = "5000";
        static string username = "Media";
        static string password = "ZOU289sNag9_-J"; // expect: IOT1001
        static Uri baseAddress = new Uri($"http://{IP}:{port}");

        static void Main(string[] args)
        {
            cache = new CredentialCache();
            cache.Add(baseAddress, "Basic", new NetworkCredential(username, password));
            client = new HttpClient(new HttpClientHandler { Credentials = cache });

            Init server = new Init("http", "192.168.0.26", 5000, "Media", "ZOU289sNag9_-J"); // expect: IOT1001

            var login = syno.API.Auth.GetLogin(server);
            Console.WriteLine($"Login: {login.sid}");

            var cameras = client.GetStringAsync(
                $"{baseAddress}webapi/entry.cgi?api=SYNO.SurveillanceStation.Camera&method=List&version=9&_sid={login.sid}").Result; // expect: none
            Console.WriteLine(cameras);

            var logout = syno.API.Auth.GetLogout(server);
        }

        const string SidQueryName = "_sid"; // expect: none
    }
}
