// Real source: bernardanderson/EyesOnTheNet_Backend_NSS_BackendCapstone Controllers/HttpRequests.cs
// Domain: home-security back end polling Foscam-style IP cameras (CGI with user/pwd in the query).
// Kept: the static HttpClient, get_status.cgi, snapshot.cgi with user=mover and an empty pwd.
// Changed: Microsoft.AspNetCore.Http using removed (unused).
// Added: the garage camera whose snapshot URL carries its password, the porch camera still on the vendor's
// factory login, the PTZ preset call that builds its query from a camera record, the URL redaction for logs.
using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;

namespace eyesonthenet.Controllers
{
    public class HttpCameraAccess
    {
        // Using a static method for HttpClient reduces the build up of 'waiting' threads which can severely hinder performance
        //  http://aspnetmonsters.com/2016/08/2016-08-27-httpclientwrong/
        private static HttpClient Client = new HttpClient();

        // Added
        private const string GarageCamPassword = "jTWN7VSbqP"; // expect: IOT1001
        private const string PwdParameter = "pwd"; // expect: none
        private const string RedactedPwd = "pwd=***"; // expect: none

        public record Camera(string Name, string Host, string User, string Pwd);

        private static readonly Camera Driveway = new Camera("driveway", "192.168.0.225", "ptz", "GdDPmNkqIa"); // expect: IOT1001

        public async Task<Stream> GetParameters()
        {
            HttpResponseMessage response = await Client.GetAsync("http://192.168.0.223/get_status.cgi");
            var stringedResponse = await response.Content.ReadAsStreamAsync();

            return stringedResponse;
        }

        public async Task<Stream> GetSnapshot()
        {
            HttpResponseMessage response = await Client.GetAsync("http://192.168.0.223/snapshot.cgi?user=mover&pwd="); // expect: none
            var stringedResponse = await response.Content.ReadAsStreamAsync();

            return stringedResponse;
        }

        // Added
        public async Task<Stream> GetGarageSnapshot()
        {
            var url = $"http://192.168.0.224/snapshot.cgi?user=garage&pwd={GarageCamPassword}";
            Console.WriteLine("GET " + url.Replace($"{PwdParameter}={GarageCamPassword}", RedactedPwd));
            HttpResponseMessage response = await Client.GetAsync(url);
            return await response.Content.ReadAsStreamAsync();
        }

        // Added: the porch camera was never taken off its factory login
        public async Task<Stream> GetPorchSnapshot()
        {
            HttpResponseMessage response = await Client.GetAsync("http://192.168.0.226/snapshot.cgi?user=admin&pwd=admin"); // expect: IOT1002
            return await response.Content.ReadAsStreamAsync();
        }

        // Added
        public async Task GotoPreset(int preset)
        {
            var cam = Driveway;
            var url = $"http://{cam.Host}/decoder_control.cgi?command={30 + 2 * preset}&user={cam.User}&pwd={cam.Pwd}";
            await Client.GetAsync(url);
        }
    }
}
