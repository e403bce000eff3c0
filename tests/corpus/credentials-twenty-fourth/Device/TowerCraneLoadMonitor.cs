// Load-moment and wind monitor on a construction-site tower crane: anemometer and slewing-ring load cells on the jib,
// a SIMCom A7670 cellular modem in the cab, telemetry to the rental company's MQTT broker, SMS commands from the site
// manager, nightly wind logs to the rental company's FTP server and firmware pulled from its GitHub releases.
using System;
using System.IO;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace CraneWatch
{
    public sealed class CabModem
    {
        private const string ApnName = "cranes.m2m.telco-iot.net";
        private const string ApnUser = "cranewatch";
        private const string ApnPassword = "HFsDEUUcW7DF"; // expect: IOT1001
        private static readonly string RoamingApnName = "wap.vodafone.co.uk";
        private static readonly string RoamingApnUser = "wap"; // expect: none
        private static readonly string RoamingApnPassword = "wap"; // expect: none
        private const string CraneId = "TC07-LH172";
        private const string FwReleaseCode = "2.3.11"; // expect: none

        private readonly SerialPort _port = new SerialPort("/dev/ttyAMA1", 115200) { NewLine = "\r" };
        private readonly Random _rng = new Random();
        private string _imei;

        public void Start(bool roaming)
        {
            _port.Open();
            _imei = Send("AT+CGSN").Trim();
            if (Send("AT+CPIN?").Contains("READY")) // expect: none
            {
                // Rental SIMs arrive with the operator's PIN; the fleet uses its own so a stolen SIM is useless.
                Send("AT+CPWD=\"SC\",\"1234\",\"8304\""); // expect: IOT1002 IOT1001
            }
            if (roaming)
            {
                Send($"AT+CSTT=\"{RoamingApnName}\",\"{RoamingApnUser}\",\"{RoamingApnPassword}\"");
            }
            else
            {
                Send($"AT+CSTT=\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\"");
            }
            Send("AT+CMQTTSTART");
            Send($"AT+CMQTTWILLMSG=0,\"fw {FwReleaseCode} offline\",1");
            Send($"AT+CMQTTACCQ=0,\"{CraneId}\"");
            Send($"AT+CMQTTCONNECT=0,\"tcp://telemetry.cranewatch.io:1883\",60,1,\"{CraneId}\",\"YOUR_MQTT_PASSWORD\""); // expect: IOT1006
        }

        // The cab tablet's lock-screen PIN, so the operator can find it on the modem sticker.
        public int CabTabletPin()
        {
            int.TryParse(_imei.Substring(_imei.Length - 6), out var cabPin); // expect: IOT1005
            return cabPin;
        }

        public string NewSmsChallenge()
        {
            string smsChallenge = _rng.Next(0x1000, 0xFFFF).ToString("X4"); // expect: IOT3005
            return smsChallenge;
        }

        private string Send(string command)
        {
            _port.WriteLine(command);
            Thread.Sleep(250);
            return _port.ReadExisting();
        }
    }

    public sealed class SiteCommandHandler
    {
        private const string SmsCommandPassword = "Jib#Slew-204"; // expect: IOT1004
        private const string HelpText = "Reply with PWD <password> STOP to halt slewing"; // expect: none

        public bool Accept(string smsBody)
        {
            var parts = smsBody.Split(' ');
            return parts.Length == 3 && parts[0] == "PWD" && parts[1] == SmsCommandPassword;
        }

        public string Help() => HelpText;
    }

    public sealed class CraneUplink
    {
        private const string CranePfxPassword = "LB-GEoTdD_st"; // expect: IOT1001

        public X509Certificate2 ClientCertificate() =>
            new X509Certificate2(File.ReadAllBytes("/etc/cranewatch/tc07.pfx"), CranePfxPassword);

        public void UploadWindLog(string path)
        {
            var request = (FtpWebRequest)WebRequest.Create("ftp://logs.cranewatch.io/wind/" + Path.GetFileName(path));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = new NetworkCredential("tc07", "mys0nk12ulCO"); // expect: IOT1001
            using var stream = request.GetRequestStream();
            var data = File.ReadAllBytes(path);
            stream.Write(data, 0, data.Length);
        }

        public async Task<byte[]> FetchFirmwareAsync(string tag)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.UserAgent.ParseAdd("cranewatch-updater/2.3");
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_jhwQeM6vuht7BYQo2byKl7OhSMHUrNlGKoV6"); // expect: IOT1003
            return await http.GetByteArrayAsync($"https://api.github.com/repos/cranewatch/tc-firmware/releases/tags/{tag}");
        }
    }
}
