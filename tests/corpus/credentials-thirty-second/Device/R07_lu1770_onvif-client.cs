// Real source: lu1770/onvif-client ONVIFWinFormClient/ClientOptions.cs, ONVIFWinFormClient/OVINFAgent.cs (2cfa939bfada08017914aabc59a9e26965aaa0cc)
// Domain: a WinForms ONVIF client for IP cameras (PTZ): camera accounts kept per device, SOAP media / PTZ clients with
// HTTP Digest credentials.
// Kept: ClientOptions with its Accounts dictionary; OVINFAgent.LoadProfiles (device URL, digest credentials given to the
// media and PTZ clients, the profile token), GetOnvifUrl and the PTZ speed constants.
// Trimmed: the WCF bindings and the Move/Zoom/Stop methods.
// Changed: namespace prefixed with Corpus32.R07; WCF channel types replaced by the stand-ins below; async PTZ open dropped.
// Added: stand-ins for the generated ONVIF service clients (MediaClient, PTZClient, Profile, ClientCredentials / HttpDigest)
// reduced to what LoadProfiles touches. No secret in the original (hard negatives only).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;

namespace Corpus32.R07.OnvifClient
{
    public class ClientOptions
    {
        public class Account
        {
            public string IpAddress { get; set; }
            public string UserName { get; set; }
            public string Password { get; set; }
        }

        public Dictionary<string, Account> Accounts { get; set; } = new Dictionary<string, Account>();
    }

    public class HttpDigestClientCredential { public NetworkCredential ClientCredential { get; set; } } // added stand-in
    public class ClientCredentials { public HttpDigestClientCredential HttpDigest { get; } = new HttpDigestClientCredential(); } // added stand-in
    public class Profile { public string Name { get; set; } public string token { get; set; } } // added stand-in
    public class MediaClient // added stand-in
    {
        public MediaClient(string endpoint) { }
        public ClientCredentials ClientCredentials { get; } = new ClientCredentials();
        public Profile[] GetProfiles() => new[] { new Profile { Name = "main", token = "Profile_1" }, new Profile { Name = "sub", token = "Profile_2" } };
    }
    public class PTZClient // added stand-in
    {
        public PTZClient(string endpoint) { }
        public ClientCredentials ClientCredentials { get; } = new ClientCredentials();
    }

    public class OVINFAgent
    {
        public void LoadProfiles(string ipAddress, string userName, string password)
        {
            var onvifUrl = GetOnvifUrl(ipAddress);
            Debug.WriteLine($"OnvifUrl {onvifUrl}");
            OnvifUrl = onvifUrl;
            this.Media = new MediaClient(onvifUrl);
            var digest = Media.ClientCredentials.HttpDigest;
            digest.ClientCredential = new NetworkCredential(userName, password); // expect: none
            Profiles = Media.GetProfiles();
            pTZClient = new PTZClient(onvifUrl);
            pTZClient.ClientCredentials.HttpDigest.ClientCredential =
                new NetworkCredential(userName, password);
            ProfileToken = Profiles[1].token; // expect: none
        }

        public MediaClient Media { get; set; }

        private static string GetOnvifUrl(string ipAddress)
        {
            var uri = $"http://{ipAddress}/onvif/device_service";
            var deviceUri = new UriBuilder(uri);
            string[] addr = ipAddress.Split(':');
            deviceUri.Host = addr[0];
            if (addr.Length == 2)
            {
                deviceUri.Port = Convert.ToInt16(addr[1]);
            }

            var onvifUrl = deviceUri.ToString();
            return onvifUrl;
        }

        public Profile[] Profiles { get; set; }

        public string OnvifUrl { get; set; }

        private static string DirectionSpace = "http://www.onvif.org/ver10/tptz/PanTiltSpaces/TranslationGenericSpace";
        private static string ZoomSpace = "http://www.onvif.org/ver10/tptz/ZoomSpaces/TranslationGenericSpace";
        private static float RedirectionSpeed = 1f;
        private static float ZoomSpeed = 1f;

        private PTZClient pTZClient;
        private string ProfileToken;
        private string Timeout = "-1";
    }
}
