// Real source: QuickNV/QuickNV.Onvif src/Quick.Onvif/OnvifClientOptions.cs
// Adapted: the library's options class as used by a small-shop NVR appliance: the appliance builds one options
// object per camera and hands the login to the HTTP digest handler. Camera logins are invented.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.ServiceModel;

namespace Corpus8.Quick.Onvif
{
    public class OnvifClientOptions
    {
        public string DeviceServiceAddress { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public HttpClientCredentialType ClientCredentialType { get; set; } = HttpClientCredentialType.Digest;
        public Func<OnvifClientOptions, string, string> GetXAddrFunc { get; set; }
        public int RtspPort { get; set; }
    }

    public class OnvifSnapshotClient
    {
        private readonly HttpClient _http;

        public OnvifSnapshotClient(OnvifClientOptions options)
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential(options.UserName, options.Password),
                PreAuthenticate = true
            };
            _http = new HttpClient(handler);
        }

        public System.Threading.Tasks.Task<byte[]> SnapshotAsync(string uri) => _http.GetByteArrayAsync(uri);
    }

    public static class ShopCameras
    {
        public static readonly List<OnvifClientOptions> All = new()
        {
            new OnvifClientOptions
            {
                DeviceServiceAddress = "http://192.168.8.21/onvif/device_service",
                UserName = "nvr",
                Password = "Till-Sparrow-4410", // expect: IOT1001
                RtspPort = 554
            },
            new OnvifClientOptions
            {
                DeviceServiceAddress = "http://192.168.8.22/onvif/device_service",
                UserName = "admin",
                Password = "888888", // expect: IOT1002
                RtspPort = 554
            },
            new OnvifClientOptions
            {
                DeviceServiceAddress = "http://192.168.8.23/onvif/device_service",
                UserName = "nvr",
                Password = "CAMERA_PASSWORD_HERE", // expect: IOT1006
                RtspPort = 8554
            },
        };

        public static OnvifClientOptions StockRoom(string password) => new OnvifClientOptions
        {
            DeviceServiceAddress = "http://192.168.8.24/onvif/device_service",
            UserName = "nvr",
            Password = password, // expect: none
        };

        public static OnvifSnapshotClient Open(int index) => new OnvifSnapshotClient(All[index]);

        // RTSP URL shown in the appliance UI, with the password masked.
        public static string DisplayUrl(OnvifClientOptions o) => $"rtsp://{o.UserName}:****@camera:{o.RtspPort}/stream1"; // expect: none

        public static string DirectStreamUrl() => "rtsp://nvr:Till-Sparrow-4410@192.168.8.21:554/stream1"; // expect: IOT1001
    }

    public static class ShopExtras
    {
        public static OnvifClientOptions Loading() => new OnvifClientOptions { UserName = "nvr", Password = "Pallet-Wren-3318", DeviceServiceAddress = "http://192.168.8.25/onvif/device_service" }; // expect: IOT1001
        public static OnvifSnapshotClient OpenLoading() => new OnvifSnapshotClient(Loading());
        public const string DefaultRtspPath = "/stream1"; // expect: none
    }
}
