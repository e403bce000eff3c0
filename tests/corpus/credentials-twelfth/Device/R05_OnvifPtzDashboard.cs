// Real source: yunjungYi/ONVIF_MediaProfilDashboard ONVIF_MediaProfilDashboard/Program.cs (+ Control.cs)
// Kept: Main's locals address/user/password handed to Control.Initialise(address, user, password), which writes
// them into Media2Client and PTZClient ClientCredentials.HttpDigest.ClientCredential (a NetworkCredential), the
// console PTZ loop. Changed: the camera password is replaced by a freshly invented value of the same shape; the
// WCF bindings (CustomBinding, EndpointAddress) are reduced to an endpoint string for the stubbed proxies; the PTZ
// velocity code is trimmed. Added: the gate camera of the same yard with its password in a constant.
using System;
using ONVIF_MediaProfilDashboard.Media;
using ONVIF_MediaProfilDashboard.OnvifPTZService;

namespace ONVIF_MediaProfilDashboard
{
    public partial class ConnectCamera
    {
        // Added
        private const string GateCameraPassword = "gate4Yard!"; // expect: IOT1001

        static void Main()
        {
            string address = "192.168.0.139:80";
            string user = "admin";
            string password = "cam581hwa"; // expect: IOT1001

            Console.WriteLine("build end");

            Control c = new Control();
            c.Initialise(address, user, password);

            // Added: the yard gate camera
            new Control().Initialise("192.168.0.140:80", "operator", GateCameraPassword);

            while (true)
            {
                Console.WriteLine("getprofileend /L,R,U,D,UR,UD q=end..");
                string input = Console.ReadLine();
                if (input == "q" || input == "Q")
                    break;
            }
        }
    }

    public class Control
    {
        Media2Client mediaClient;
        PTZClient ptzClient;
        MediaProfile[] profiles;
        string cam_ip;
        string cam_id;
        string cam_pw;

        public string ErrorMessage { get; private set; }

        public bool Initialise(string cameraAddress, string userName, string password)
        {
            bool result = false;
            cam_ip = cameraAddress;
            cam_id = userName;
            cam_pw = password;
            try
            {
                mediaClient = new Media2Client($"http://{cameraAddress}/onvif/media_service"); // Changed
                mediaClient.ClientCredentials.HttpDigest.AllowedImpersonationLevel =
                  System.Security.Principal.TokenImpersonationLevel.Impersonation;
                mediaClient.ClientCredentials.HttpDigest.ClientCredential.UserName = userName;
                mediaClient.ClientCredentials.HttpDigest.ClientCredential.Password = password;
                ptzClient = new PTZClient($"http://{cameraAddress}/onvif/ptz_service"); // Changed
                ptzClient.ClientCredentials.HttpDigest.AllowedImpersonationLevel =
                  System.Security.Principal.TokenImpersonationLevel.Impersonation;
                ptzClient.ClientCredentials.HttpDigest.ClientCredential.UserName = userName;
                ptzClient.ClientCredentials.HttpDigest.ClientCredential.Password = password;

                //onvif ver 2.0
                profiles = mediaClient.GetProfiles(null, null);
                ErrorMessage = "";
                result = true;
            }
            catch (Exception ex)
            {
                ErrorMessage = ex.Message;
            }
            return result;
        }

        public void Stop() => ptzClient.Stop(profiles[0].token, true, true);
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R05
{
    public const string CameraPasswordKey = "Cameras:Yard:Password"; // expect: none
    public const string DigestRealm = "Digest realm=\"IP Camera\""; // expect: none
    public const string MainStreamProfile = "profile_1_h264"; // expect: none
}
