using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Fleet.Shared;
using Renci.SshNet;

namespace Observatory.Dome
{
    // Dome controller of a remote observatory: shutter and rotation, a cloud sensor, and a Raspberry Pi
    // that runs the imaging session; frames are uploaded to the club's archive.
    public sealed class DomeController
    {
        public SshClient ImagingPi() =>
            new SshClient("imaging-pi.dome.local", "observer", StationSecrets.ObservatorySshPassword);

        public Task<string> SkyForecastAsync(HttpClient http, double lat, double lon)
        {
            var sb = new StringBuilder("https://api.openweathermap.org/data/2.5/forecast");
            sb.Append("?lat=").Append(lat).Append("&lon=").Append(lon);
            sb.Append("&appid=").Append("49465087076d91ae890f82d0af9f9f4e"); // expect: IOT1001
            return http.GetStringAsync(sb.ToString());
        }

        public Task<string> SatellitePassesAsync(HttpClient http) =>
            http.GetStringAsync("https://maps.googleapis.com/maps/api/timezone/json?location=46.2,7.3&key=AIzaVhEK5alBiz_alrMluh0O50-R04PnS-EW_K0"); // expect: IOT1003

        // Archive upload key of the imaging Pi (PKCS#8)
        private const string ArchiveUploadKey = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgc2nBV/9Hbzylalm3
8p4/oiRGXdLN3i9azjmebk50sY2hRANCAATUwSdli/zPflOop6JyrYZMBX/HZvnQ
H0ZYPuAKwZFzHSSeWmJFI09AAw0K1BMhQSp7qoCqNPK6EGW1KZgdE8ST
-----END PRIVATE KEY-----"; // expect: IOT1003

        // Archive's server key, pinned by the uploader
        private const string ArchiveServerKey = @"-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYahyBbNMiQs6/RF1KMoEZLEwUwNv
s67KqY25Dd9sx99h1KcYtv7YmyTAcMpMV5WBdSHnFuNqwWfNFayaa/wYng==
-----END PUBLIC KEY-----"; // expect: none

        // Key template left in the club's wiki copy of this file
        private const string SampleUploadKey = "-----BEGIN EC PRIVATE KEY-----\nyour key here\n-----END EC PRIVATE KEY-----"; // expect: none

        public static string Pem() => ArchiveUploadKey.Length > 0 ? ArchiveServerKey : SampleUploadKey;

        public const string ShutterClosedReason = "Rain sensor wet: shutter closed, secret weather override disabled"; // expect: none
    }

    public static class DomeCameras
    {
        public static Task<byte[]> AllSkySnapshot(HttpClient http) =>
            http.GetByteArrayAsync("http://allsky.dome.local/snapshot.cgi?usr=observer&pwd=Orion-Nebula-42"); // expect: IOT1001

        public static SshClient GuidePi() => new SshClient("guide-pi.dome.local", "observer", "[ssh password]"); // expect: IOT1006

        public const string LatestFrame = "http://allsky.dome.local/latest.jpg"; // expect: none
        public const string SshHostKeyFingerprint = "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"; // expect: none
    }
}
