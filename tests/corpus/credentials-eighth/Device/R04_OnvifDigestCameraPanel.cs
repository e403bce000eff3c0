// Real source: ghostyguo/OnvifExample OnvifExample/DeviceViewModel.cs
// Adapted: the view model of a camera panel in a parking-garage guard booth; the custom binding, the digest
// behaviour (the project's own class) and the device-information call are kept. Extra cameras are added.
using System;
using System.Net;
using System.ServiceModel;
using System.ServiceModel.Channels;
using Corpus8.OnvifExample.OnvifDeviceService;

namespace Corpus8.OnvifExample
{
    public class DeviceViewModel
    {
        public DeviceClient Client { get; set; }
        public string IpAddress = "172.20.200.203";
        public string Username = "root";
        public string Password = "pass"; // expect: IOT1002

        public DeviceViewModel()
        {
            EndpointAddress DeviceServiceRemoteAddress = new EndpointAddress("http://" + IpAddress + "/onvif/device_service");
            HttpTransportBindingElement httpBinding = new HttpTransportBindingElement
            {
                AuthenticationScheme = AuthenticationSchemes.Digest
            };
            var messageElement = new TextMessageEncodingBindingElement
            {
                MessageVersion = MessageVersion.CreateVersion(EnvelopeVersion.Soap12, AddressingVersion.None)
            };
            CustomBinding bind = new CustomBinding(messageElement, httpBinding);

            Client = new DeviceClient(bind, DeviceServiceRemoteAddress);

            PasswordDigestBehavior passwordDigestBehavior = new PasswordDigestBehavior(Username, Password);

            Client.Endpoint.Behaviors.Add(passwordDigestBehavior);

            Client.GetDeviceInformation(out string Model, out string FirmwareVersion, out string SerialNumber, out string HardwareId);

            Console.WriteLine("Model = " + Model);
            Console.WriteLine("FirmwareVersion = " + FirmwareVersion);
            Console.WriteLine("SerialNumber = " + SerialNumber);
            Console.WriteLine("HardwareId = " + HardwareId);
        }

        // Ramp cameras of level -2; the snapshot URL of the old Foscam units carries the login in the query.
        public static string RampSnapshotUrl(string host) =>
            "http://" + host + ":88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=garage&pwd=Ramp2-Kestrel-88"; // expect: IOT1001

        public static NetworkCredential BarrierCameraLogin() =>
            new NetworkCredential("barrier", "Dz4-barrier-Pylon"); // expect: IOT1001

        public static NetworkCredential LegacyDvrLogin() =>
            new NetworkCredential("admin", "admin"); // expect: IOT1002

        // Digest realm of the cameras and the header name the guard PC looks for.
        public const string DigestRealm = "IP Camera(C1420)"; // expect: none
        public const string PasswordDigestHeader = "X-Password-Digest"; // expect: none
        public const string DigestPasswordType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest"; // expect: none
    }

    // The project's own WCF behaviour (not a library sink by name).
    public class PasswordDigestBehavior : System.ServiceModel.Description.IEndpointBehavior
    {
        public PasswordDigestBehavior(string username, string password) { Username = username; Password = password; }
        public string Username { get; }
        public string Password { get; }
    }

    public static class GarageExtras
    {
        public static System.Net.NetworkCredential ExitLaneLogin() => new System.Net.NetworkCredential("root", "vizxv"); // expect: IOT1002
        public const string SnapshotPath = "/cgi-bin/snapshot.cgi?channel=1"; // expect: none
        public const string UserParam = "usr"; // expect: none
        public const string PasswordParam = "pwd"; // expect: none
    }
}
