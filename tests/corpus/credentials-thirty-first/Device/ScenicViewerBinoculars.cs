// Written for corpus31 (not adapted from a repository).
// Domain: coin-operated tourist binocular viewers at scenic viewpoints, with a camera and a screen: each viewer attaches to the
//   operator's private APN (or a roaming APN) over its LTE modem, uploads tourists' photos by FTP, shows a map of the panorama,
//   texts maintenance when the coin vault is opened, gives technicians a PIN and tourists a photo download link.
// Shapes: a private APN password in a constant of another class written into AT+CGAUTH (a published roaming login beside it),
//   a Yoctopuce sendPUK with the PUK and the new PIN written in place, FluentFTP's FtpClient(host, user, pass), a Google API key
//   in a query, a whole request URL with a placeholder in its query, the team's own vault code, a PIN parsed by TryParse from the
//   IMEI, a download token picked by LINQ over System.Random; hard negatives (APN user, published APN password, ICCID, AT+CPIN?,
//   jitter, prose).
using System;
using System.IO.Ports;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using FluentFTP;

namespace Corpus31.ScenicViewerBinoculars
{
    internal static class ViewerModemSettings
    {
        public const string PrivateApn = "viewers.m2m.example";
        public const string ApnUser = "viewer-fleet"; // expect: none
        public const string ApnPassword = "rqT0R9O40MVT"; // expect: IOT1001
        public const string RoamingApn = "web.roam.example";
        public const string RoamingApnUser = "web";
        public const string RoamingApnPassword = "web"; // expect: none
        public const string SimIccid = "8944500102198304826"; // expect: none
    }

    public sealed class ViewerModem
    {
        private readonly SerialPort _port;

        public ViewerModem(SerialPort port)
        {
            _port = port;
        }

        public void Attach(bool roaming)
        {
            _port.WriteLine("AT+CPIN?"); // expect: none
            if (roaming)
            {
                _port.WriteLine($"AT+CGDCONT=1,\"IP\",\"{ViewerModemSettings.RoamingApn}\"");
                _port.WriteLine($"AT+CGAUTH=1,1,\"{ViewerModemSettings.RoamingApnUser}\",\"{ViewerModemSettings.RoamingApnPassword}\"");
            }
            else
            {
                _port.WriteLine($"AT+CGDCONT=1,\"IP\",\"{ViewerModemSettings.PrivateApn}\"");
                _port.WriteLine($"AT+CGAUTH=1,1,\"{ViewerModemSettings.ApnUser}\",\"{ViewerModemSettings.ApnPassword}\"");
            }
        }

        public static int RecoverBlockedSim() =>
            YCellular.FirstCellular().sendPUK("51935352", "7166"); // expect: IOT1001 IOT1001
    }

    public sealed class ViewerCloud
    {
        private const string MapsKey = "AIzaw59YUFDNQm1_Y-Y5RkC2BEGOhl5io-f4Sns"; // expect: IOT1003
        private const string SmsHookUrl = "https://sms.gateway.example/v1/send?apikey=YOUR_SMS_API_KEY"; // expect: IOT1006
        private const string CoinVaultCode = "272459"; // expect: IOT1004
        public const string VaultOpenedMessage = "Coin vault opened with the service code, counting coins."; // expect: none
        private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();

        public FtpClient PhotoUploader() => new FtpClient("ftp.viewpoint-photos.example", "admin", "admin"); // expect: IOT1002

        public Task<byte[]> PanoramaMapAsync(double lat, double lon) =>
            _http.GetByteArrayAsync($"https://maps.googleapis.com/maps/api/staticmap?center={lat},{lon}&zoom=14&size=480x272&key={MapsKey}");

        public Task<HttpResponseMessage> TextMaintenanceAsync(string message) =>
            _http.PostAsync(new Uri(SmsHookUrl), new StringContent(message));

        public bool OpenCoinVault(string entered) => entered.Trim() == CoinVaultCode;

        public static int TechnicianPin(string imei)
        {
            int.TryParse(imei[^4..], out var technicianPin); // expect: IOT1005
            return technicianPin;
        }

        public string NewPhotoDownloadToken()
        {
            var downloadToken = new string(Enumerable.Range(0, 20).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return downloadToken;
        }

        public int ShutterJitterMs() => _rng.Next(0, 120); // expect: none
    }
}
