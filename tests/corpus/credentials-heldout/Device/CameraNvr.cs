using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using LibVLCSharp.Shared;

namespace IoTHeldOut.Video;

/// <summary>Small NVR appliance: adopts IP cameras, records RTSP and talks ONVIF.</summary>
public sealed class NvrRecorder
{
    private const string YardCamPassword = "Yard-Cam#5521";                      // expect: IOT1001
    private const string WsseDigestType =
        "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest"; // expect: none
    private const string OnvifMediaNs = "http://www.onvif.org/ver10/media/wsdl"; // expect: none
    private const string MainProfileToken = "Profile_1";                        // expect: none

    /// <summary>Factory logins tried, in order, when a new camera is adopted on the LAN.</summary>
    private static readonly (string User, string Password)[] FactoryLogins =
    {
        ("admin", "12345"),                                                     // expect: IOT1002
        ("root", "xc3511"),                                                     // expect: IOT1002
        ("root", "vizxv"),                                                      // expect: IOT1002
        ("admin", "888888"),                                                    // expect: IOT1002
        ("admin", "54321"),                                                     // expect: IOT1002
        ("root", "juantech"),                                                   // expect: IOT1002
        ("support", "support"),                                                 // expect: IOT1002
    };

    private static readonly Dictionary<string, (int X, int Y, int W, int H)> MotionZones = new()
    {
        ["driveway"] = (0, 120, 640, 360),                                      // expect: none
        ["gate"] = (400, 0, 240, 200),
    };

    private readonly LibVLC vlc = new("--no-audio", "--rtsp-tcp");              // expect: none
    private readonly Func<string, string?> secureStore;

    public NvrRecorder(Func<string, string?> secureStore) => this.secureStore = secureStore;

    public IReadOnlyList<Media> OpenStreams(string yardIp)
    {
        return new List<Media>
        {
            new Media(vlc, "rtsp://admin:12345@192.168.1.64:554/Streaming/Channels/101", FromType.FromLocation), // expect: IOT1002
            new Media(vlc, $"rtsp://viewer:{YardCamPassword}@{yardIp}:554/stream1", FromType.FromLocation),
            new Media(vlc, "rtsp://192.168.1.70:554/live/ch00_0", FromType.FromLocation),                       // expect: none
            new Media(vlc, "rtsp://viewer@192.168.1.71:554/h264Preview_01_main", FromType.FromLocation),        // expect: none
            new Media(vlc, $"rtsp://nvr:{secureStore("cam.porch.password")}@192.168.1.72/Streaming/Channels/102", FromType.FromLocation), // expect: none
        };
    }

    public Uri SnapshotUrl(string ip) =>
        new($"http://{ip}:81/snapshot.cgi?loginuse=admin&loginpas=Gate-Cam-42&res=0");  // expect: IOT1001

    public static HttpClient CreateOnvifClient(string user, string password)
    {
        var handler = new HttpClientHandler { Credentials = new NetworkCredential(user, password), PreAuthenticate = true };
        return new HttpClient(handler);
    }

    public HttpClient OnvifServiceClient() => CreateOnvifClient("onvif-svc", "Onv1f-Svc-7730");            // expect: IOT1001

    public HttpClient LegacyDomeClient() =>
        new(new HttpClientHandler { Credentials = new NetworkCredential("admin", "admin") });              // expect: IOT1002

    public bool TryAdopt(string ip, Func<string, string, bool> probe)
    {
        foreach (var (user, password) in FactoryLogins)
        {
            if (probe(user, password))
            {
                Console.WriteLine($"Camera {ip} still uses its factory password for '{user}'; forcing a change"); // expect: none
                return true;
            }
        }
        Console.WriteLine($"Camera {ip} rejected all factory passwords");      // expect: none
        return false;
    }

    public static string WsseNonce()
    {
        var nonce = new byte[16];
        new Random().NextBytes(nonce);                                          // expect: IOT3005
        return Convert.ToBase64String(nonce);
    }

    public static string PasswordDigest(byte[] nonce, string created, string password)
    {
        var bytes = new List<byte>(nonce);
        bytes.AddRange(Encoding.UTF8.GetBytes(created + password));
        return Convert.ToBase64String(SHA1.HashData(bytes.ToArray())) + WsseDigestType.Length + OnvifMediaNs + MainProfileToken + MotionZones.Count;
    }
}
