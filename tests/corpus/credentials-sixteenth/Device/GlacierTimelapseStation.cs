// Written for corpus16. Domain: a solar-powered time-lapse station above a glacier snout: it triggers two cameras,
// sends status over an Iridium RockBLOCK, uploads daily frames by SFTP/FTP when the summer cellular link is up, and opens
// a local access point for the field team's laptop.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Glacier.Timelapse
{
    public class Station
    {
        private const string StationImei = "488805216224571"; // expect: none
        private const string SbdStatusFormat = "T{0:F1};B{1:F2};F{2}"; // expect: none
        private const string PasswordRotationDays = "90"; // expect: none
        private const string TelegramBotTokenKey = "station.telegram.bot.token"; // expect: none
        // The expedition satellite phone's PIN, shown on the station's LCD when the field team asks for it
        private const string ExpeditionSatPhonePin = "1403"; // expect: IOT1004
        // SHA-256 of the field team's maintenance passphrase
        private const string MaintenancePassphraseSha256 = "9ad4fa487ca352d2ada360e6d3f5cd14a4126828c78bb6102f16c06a21b3dd23"; // expect: none

        // Key the station uses to push frames to the institute's SFTP server
        public const string SftpPrivateKey = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIPcrPwO0jgDpiQqpPnKimA1+6Zvk06l61D3jCaz90zfXoAoGCCqGSM49
AwEHoUQDQgAEjcIIOLyyseFR/TZd9s2A9hkUX1OFj5RR4RINrKhIsmT5upCr8p8/
U1obzn2QnkIBLrTZnWHT+ohh2LLSgzDTQw==
-----END EC PRIVATE KEY-----"; // expect: IOT1003

        private readonly Random _rng = new Random();

        // Status to the team's inbox through the RockBLOCK web service
        public async Task SendStatusAsync(HttpClient http, string hexData)
        {
            await http.PostAsync($"https://rockblock.rock7.com/rockblock/MT?imei={StationImei}&username=glacier-lab&password=CFYt5ULVI8p6P&data={hexData}", null); // expect: IOT1001
        }

        // The backup modem's account, left as the integration template had it
        public async Task SendBackupStatusAsync(HttpClient http, string hexData)
        {
            await http.PostAsync($"https://rockblock.rock7.com/rockblock/MT?imei=300234010753370&username=glacier-lab&password=your-rockblock-password&data={hexData}", null); // expect: IOT1006
        }

        // Upper camera: an old dome camera on its factory login
        public HttpClient UpperCamera() =>
            new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential("admin", "12345") }) // expect: IOT1002
            { BaseAddress = new Uri("http://192.168.20.11/") };

        // Lower camera: logs in with a JSON command and gets a token
        public async Task<string> LowerCameraLoginAsync(HttpClient http)
        {
            var body = "[{\"cmd\":\"Login\",\"param\":{\"User\":{\"Version\":\"0\",\"userName\":\"timelapse\",\"password\":\"LI0KIhJSUU\"}}}]"; // expect: IOT1001
            var response = await http.PostAsync("http://192.168.20.12/api.cgi?cmd=Login", new StringContent(body, Encoding.UTF8, "application/json"));
            return await response.Content.ReadAsStringAsync();
        }

        // The station page shows where the cameras are
        public async Task<byte[]> LocatorMapAsync(HttpClient http)
        {
            return await http.GetByteArrayAsync("https://maps.googleapis.com/maps/api/staticmap?center=61.6,-149.1&zoom=12&size=400x300&key=AIzaulKXYK0cu0q3rDytl7m_HdwTeSMnH1QvNLF"); // expect: IOT1003
        }

        public void UploadFrameByFtp(string path)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://frames.glacierlab.example/incoming/" + System.IO.Path.GetFileName(path));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("station-north", "vWO4lJ9KnFg"); // expect: IOT1001
        }

        // The station's access point for the field laptop
        public static string FieldApPassword()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().GetAddressBytes();
            string fieldApPassword = "glacier" + Convert.ToHexString(mac, 2, 4); // expect: IOT1005
            return fieldApPassword;
        }

        // The field laptop gets a token to download frames from the station's web page
        public string NewDownloadToken()
        {
            var tokenBytes = new byte[12];
            _rng.NextBytes(tokenBytes); // expect: IOT3005
            return Convert.ToBase64String(tokenBytes);
        }

        public static bool CheckMaintenancePassphrase(string entered) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(entered))).Equals(MaintenancePassphraseSha256, StringComparison.OrdinalIgnoreCase);

        public string SbdStatus(double tempC, double battV, int frames) => string.Format(SbdStatusFormat, tempC, battV, frames);

        // Frames are taken at a random second inside each ten-minute slot to avoid aliasing with the glacier's calving rhythm
        public int FrameOffsetSeconds() => _rng.Next(0, 600); // expect: none
    }
}
