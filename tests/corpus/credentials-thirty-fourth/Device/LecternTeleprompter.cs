// Written for corpus34: a conference venue's lectern teleprompter (nanoFramework Wi-Fi module plus a Linux display
// unit) that pulls speakers' scripts, takes remote scroll commands from the control room and pairs a clicker.
using System;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Device.Wifi;
using MQTTnet.Client;

namespace Corpus34.Teleprompter
{
    static class VenueWifi
    {
        public const string Ssid = "HallB-Stage"; // expect: none
        public const string Passphrase = "UVs5tBg8KrAqWG0A"; // expect: IOT1001
    }

    static class ScriptKeys
    {
        public const string Subscription = "qx.hfiWK!BG!hsvR"; // expect: IOT1001
    }

    public class Lectern
    {
        const string RemoteToken = "R!febOkZcI9_62xv"; // expect: IOT1001
        const string TranslateUrl = "https://translation.googleapis.com/language/translate/v2?key=AIza3OLu1Vm_H3cKZ4uVqe_PCcK-tMskuVw0r1F"; // expect: IOT1003
        const string ScriptTokenUrl = "https://scripts.venue.example/connect/token"; // expect: none
        const string TokenExpiredMessage = "Your script link has expired, ask the control room for a new one."; // expect: none
        static string SpeakerGreenRoomPassword => "PrP*oUm3DVKZL_"; // expect: IOT1004

        private readonly Random _rng = new Random();

        public void JoinVenue()
        {
            var adapter = WifiAdapter.FindAllAdapters()[0];
            adapter.Connect(VenueWifi.Ssid, WifiReconnectionKind.Automatic, VenueWifi.Passphrase);
        }

        public HttpRequestMessage ScriptRequest(string talkId) =>
            new HttpRequestMessage(HttpMethod.Get, $"https://scripts.venue.example/talks/{talkId}")
            {
                Headers = { { "Ocp-Apim-Subscription-Key", ScriptKeys.Subscription } }
            };

        public ClientWebSocket ControlRoomSocket()
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Authorization", "Bearer " + RemoteToken);
            return socket;
        }

        public MqttClientOptions CueLights() => new MqttClientOptionsBuilder()
            .WithTcpServer("cues.venue.local")
            .WithCredentials("prompter", "raspberry") // expect: IOT1002
            .Build();

        public NetworkCredential ScriptShare() => new NetworkCredential("prompter", "%PROMPTER_SMB_PASSWORD%"); // expect: IOT1006

        public void ShowGreenRoomCard() => Slides.Show("Green room Wi-Fi", SpeakerGreenRoomPassword);

        public int ClickerPin()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            int clickerPin = ((mac[4] << 8) | mac[5]) % 10000; // expect: IOT1005
            return clickerPin;
        }

        public string SharedScriptLinkToken() => _rng.Next(0, int.MaxValue).ToString("x8"); // expect: IOT3005

        public string GuestLinkToken() => RandomNumberGenerator.GetHexString(16); // expect: none

        public int ScrollSmoothingMs() => 16 + _rng.Next(0, 4);
    }

    static class Slides
    {
        public static void Show(string title, string text) => Console.WriteLine($"{title}: {text}");
    }
}
