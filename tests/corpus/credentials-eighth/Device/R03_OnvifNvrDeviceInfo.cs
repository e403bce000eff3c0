// Real source: pbmartinez/OnvifBindings ConsoleApp1/Program.cs
// Adapted: the console probe became the NVR's camera-enrolment step; the WCF binding, endpoint and credential
// behaviour swap are kept. The original password was replaced; the second camera and the PTZ account are added.
using System;
using System.Linq;
using System.ServiceModel;
using System.ServiceModel.Description;
using System.Threading.Tasks;
using ServiceReference1;

namespace Corpus8.OnvifNvr
{
    internal class CameraEnrolment
    {
        private const string DeviceServicePath = "/onvif/device_service";
        private const string PtzOperator = "ptz-op";
        private const string PtzOperatorPassword = "Harbour-Gull-3391"; // expect: IOT1001
        private const string PasswordFieldLabel = "Password"; // expect: none

        internal static async Task EnrolAsync(string cameraHost)
        {
            Console.WriteLine("Enrolling " + cameraHost);
            var wsBinding = new WSHttpBinding()
            {
                Security = new WSHttpSecurity()
                {
                    Message = new()
                    {
                        ClientCredentialType = MessageCredentialType.UserName
                    },
                    Mode = SecurityMode.None
                },
            };
            var myEndpoint = new EndpointAddress("http://" + cameraHost + ":6203" + DeviceServicePath);

            //Add credentials
            var loginCredentials = new ClientCredentials();
            loginCredentials.UserName.UserName = "root";
            loginCredentials.UserName.Password = "vKq2-Owl-Tundra!"; // expect: IOT1001
            var myChannelFactory = new ChannelFactory<Device>(wsBinding, myEndpoint);
            var defaultCredentials = myChannelFactory.Endpoint.EndpointBehaviors.FirstOrDefault(a => a.GetType() == typeof(ClientCredentials));
            myChannelFactory.Endpoint.EndpointBehaviors.Remove(defaultCredentials); //remove default ones
            myChannelFactory.Endpoint.EndpointBehaviors.Add(loginCredentials); //add required ones

            // Create a channel
            Device client = myChannelFactory.CreateChannel();
            var response = await client.GetDeviceInformationAsync(new GetDeviceInformationRequest());
            Console.WriteLine(response.Model + " " + PasswordFieldLabel.Length);
        }

        internal static ClientCredentials PtzCredentials()
        {
            var creds = new ClientCredentials();
            creds.UserName.UserName = PtzOperator;
            creds.UserName.Password = PtzOperatorPassword;
            return creds;
        }

        internal static ClientCredentials FactoryResetCredentials()
        {
            // Cameras fresh out of the box answer to the vendor login until the NVR rotates it.
            var creds = new ClientCredentials();
            creds.UserName.UserName = "admin";
            creds.UserName.Password = "12345"; // expect: IOT1002
            return creds;
        }

        internal static ClientCredentials OperatorCredentials(string user, string password)
        {
            var creds = new ClientCredentials();
            creds.UserName.UserName = user;
            creds.UserName.Password = password ?? string.Empty; // expect: none
            return creds;
        }
    }

    internal static class EnrolmentExtras
    {
        internal static System.Net.NetworkCredential RtspLogin() => new System.Net.NetworkCredential("nvr-rtsp", "Quarry-Lynx-2741"); // expect: IOT1001
        internal const string DefaultUserHint = "Default user is admin"; // expect: none
        internal const string PasswordMask = "••••••••"; // expect: none
        internal const string OnvifPasswordEnv = "ONVIF_PASSWORD"; // expect: none
    }
}
