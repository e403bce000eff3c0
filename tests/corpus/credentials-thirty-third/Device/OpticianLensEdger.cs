// Written for corpus33 (not from a repository). Domain: an optical lab's lens edger and frame tracer (the machine that
// cuts spectacle lenses to the traced frame shape): it reads jobs from the lab management system's database, pulls
// traces from the tracer's share, reports to the lab API and to Azure IoT Hub, and serves a service web page. Every
// secret below is invented with python `secrets` in the published shape of its kind.
using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Azure.Devices.Client;

namespace LensLab
{
    internal static class EdgerSecrets
    {
        public const string LmsDbPassword = "wdSh6NfrN3m@.B."; // expect: IOT1001
        public static readonly string LabApiToken = "9950a8869fcbadb01bdbcc9156d9fd0a"; // expect: IOT1001
        public const string LmsPasswordEnv = "LMS_DB_PASSWORD"; // expect: none
        public const string PasswordLabel = "Password:"; // expect: none
        public const string SampleTraceToken = "sample-trace-token-0001"; // expect: none
    }

    public class LensEdger
    {
        private static readonly byte[] FrameCalibrationKey = Convert.FromHexString("0AF83CF4075111F55BD7960723DA50D8"); // expect: IOT1004
        private const string HubSasToken = "SharedAccessSignature sr=lenslab-hub.azure-devices.net%2Fdevices%2Fedger-02&sig=R0VPun4dbZMbazLy5tFI1w4Uxb46nhUy76fY%2FBwDE%2B4%3D&se=1798761600"; // expect: IOT1003

        public string LmsConnectionString()
        {
            var sb = new StringBuilder();
            sb.Append("Server=lab-db.optics.local;Database=lms;");
            sb.AppendFormat("User Id={0};", "edger");
            sb.AppendFormat("Password={0};", EdgerSecrets.LmsDbPassword);
            return sb.ToString();
        }

        public NetworkCredential TracerShareLogin() => new NetworkCredential { UserName = "tracer", Password = "r%kcVRDFt2t_i5M" }; // expect: IOT1001

        public void AuthorizeLabApi(WebHeaderCollection headers) => headers["Authorization"] = "Bearer " + EdgerSecrets.LabApiToken;

        public bool CheckServiceLogin(string authHeader) => authHeader == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002

        public DeviceClient ConnectHub() =>
            DeviceClient.Create("lenslab-hub.azure-devices.net", AuthenticationMethodFactory.CreateAuthenticationWithToken("edger-02", HubSasToken));

        public X509Certificate2 LmsClientCertificate(string pfxPath) => new X509Certificate2(pfxPath, "[pfx password]"); // expect: IOT1006

        public byte[] ProtectTraceFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
                output[i] = (byte)(frame[i] ^ FrameCalibrationKey[i % FrameCalibrationKey.Length]);
            return output;
        }

        public static string TracerUnlockPin(string tracerSerial) => tracerSerial[^4..]; // expect: IOT1005

        public string NewJobAccessToken(Random rng)
        {
            var jobAccessToken = rng.Next(0x10000000, int.MaxValue).ToString("x8"); // expect: IOT3005
            return jobAccessToken;
        }

        public int SpindleRpmJitter(Random rng) => rng.Next(-15, 16); // expect: none
    }
}
