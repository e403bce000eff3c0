// Real source: ispysoftware/iSpy
//   Sources/Audio/talk/TalkDoorbird.cs (talk-back to a DoorBird intercom: raw HTTP POST with a Basic header)
// Domain: a veterinary practice's rear-gate DoorBird and the yard camera, driven from the reception PC.
// Kept: TalkDoorbird(server, port, username, password, audioSource), the POST /bha-api/audio/transmit.cgi header block
// with "Authorization: Basic " + base64(user:password) written to a TcpClient stream, Start/Stop.
// Changed: NAudio codec and IAudioSource reduced to an interface with a DataAvailable event.
// Added: the reception setup that creates the talk target, the DoorBird's snapshot and relay calls over HttpClient,
// the yard camera's MJPEG URL.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace iSpyApplication.Sources.Audio.talk
{
    public interface IAudioSource { event EventHandler<byte[]> DataAvailable; }

    internal class TalkDoorbird : IDisposable
    {
        private readonly int _port;
        private readonly string _server;
        private readonly string _username;
        private readonly string _password;
        private readonly IAudioSource _audioSource;
        private Stream _avstream;
        private TcpClient _client;
        private bool _bTalking;

        public TalkDoorbird(string server, int port, string username, string password, IAudioSource audioSource)
        {
            _server = server;
            _port = port;
            _audioSource = audioSource;
            _username = username;
            _password = password;
        }

        public void Start() => StartTalk();

        private void StartTalk()
        {
            string sPost = "POST /bha-api/audio/transmit.cgi HTTP/1.0\r\n";
            sPost += "Content-Type: audio/basic\r\n";
            sPost += "Content-Length: 9999999\r\n";
            sPost += "Connection: Keep-Alive\r\n";
            sPost += "Cache-Control: no-cache\r\n";

            string usernamePassword = _username + ":" + _password;
            sPost += "Authorization: Basic " + Convert.ToBase64String(new ASCIIEncoding().GetBytes(usernamePassword)) + "\r\n\r\n";

            _client = new TcpClient(_server, _port);
            _avstream = _client.GetStream();
            byte[] hdr = Encoding.ASCII.GetBytes(sPost);
            _avstream.Write(hdr, 0, hdr.Length);
            _audioSource.DataAvailable += (s, pcm) => { if (_bTalking) _avstream.Write(pcm, 0, pcm.Length); };
            _bTalking = true;
        }

        public void Dispose() { _client?.Close(); }
    }

    // Added: reception PC wiring
    internal static class RearGateIntercom
    {
        private const string GateHost = "10.20.4.31";
        private const string GateUser = "ghcvxw0001"; // expect: none
        private const string GatePassword = "Rk8mQ2vZtw"; // expect: IOT1001

        public static TalkDoorbird CreateTalkTarget(IAudioSource microphone) =>
            new TalkDoorbird(GateHost, 80, GateUser, GatePassword, microphone);

        public static async Task<byte[]> SnapshotAsync()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential(GateUser, GatePassword) };
            using var http = new HttpClient(handler);
            return await http.GetByteArrayAsync($"http://{GateHost}/bha-api/image.cgi");
        }

        public static async Task OpenGateAsync()
        {
            using var http = new HttpClient();
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(GateUser + ":" + GatePassword));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            await http.GetAsync($"http://{GateHost}/bha-api/open-door.cgi?r=1");
        }

        // the yard camera is a cheap MJPEG model; its stream URL carries the login in the query
        public static string YardCameraUrl() =>
            "http://10.20.4.40:81/videostream.cgi?user=admin&pwd=888888&resolution=32"; // expect: IOT1002

        public static string MaskedLogLine() => $"DoorBird {GateHost} user={GateUser} pwd=********"; // expect: none
    }
}
