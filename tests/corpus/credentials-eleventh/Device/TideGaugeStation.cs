// Written for this corpus. Domain: radar tide gauge on a harbour pier: one-minute water levels go to a public
// tide-data portal, hourly files to the harbour authority's FTP server, alarms to AWS IoT; a cellular modem is the
// backup link when the pier's fibre is down.
using System;
using System.IO.Ports;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Harbour.TideGauge
{
    public sealed class TideGaugeStation
    {
        private const string StationId = "8443970"; // expect: none
        private const string Datum = "MLLW";
        private const string PortalApiKey = "iQ5DrcbHVX80"; // expect: IOT1001
        private const string PortalKeyHelp = "Request a portal API key from the data office and store it in /etc/tidegauge/portal.key"; // expect: none
        private const string FtpUser = "tidegauge";
        private const string FtpPassword = "u7NtCpVQgllv"; // expect: IOT1001
        private const string AnonymousFtpEmail = "harbourmaster@harbour-authority.example"; // expect: none
        private const string LegacyLoggerAuth = "Basic YWRtaW46YWRtaW4="; // expect: IOT1002
        private const string BasicChallenge = "Basic realm=\"tidegauge\""; // expect: none
        private const string AuthorizationHeader = "Authorization"; // expect: none

        // AWS IoT alarm channel
        private const string AlarmCertificatePem =
            "-----BEGIN CERTIFICATE-----\nBGIvEaycoXEbLuaRAHZKYYZyOOG2zFimihZ+4c1P8r3KUc7ekOuM/BHNuVXdQq4ZFPbZL3jpte+ry5dnAw40N0YjbfXKNzjidFvsmVJOLrweq+eKPoMg4XiOmwFVsc90klUWco/g/ZN5QbKrOAPE5f9Ff3FlhIviS89Q9Sr3ELVpGX+N\n-----END CERTIFICATE-----"; // expect: none
        private const string AlarmPrivateKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXh0w9mbspPG61rQ6
Ing49bJoYuivSkqDTkOs5M+3IJyhRANCAAQKi225K8rlUDZG2mqxU2W2eOtPn7+b
LUrqB9p+KEiQ1kV2hsVwcbwSArPtfqCuS2XWLbrPjF8lNeJLS/ciuOZh
-----END PRIVATE KEY-----"; // expect: IOT1003

        // Azure: edge module of the gauge and the raw-data archive
        private const string ArchiveStorage = "DefaultEndpointsProtocol=https;AccountName=harbourtides;AccountKey=prrbH8hU5JsDRxC6H0KMaO+skZ3vPYi9Y32rIVrISzVqgHRf6R1dmpOIj5dhgWegbQpBvNKo6cde2qfZvCWm9Q==;EndpointSuffix=core.windows.net"; // expect: IOT1003
        private const string ArchiveUploadUrl = "https://harbourtides.blob.core.windows.net/raw/latest.csv?sv=2022-11-02&sr=b&sp=cw&se=2027-01-01T00%3A00%3A00Z&sig=2RiKRYJphRzk8cQYmm8Po3PR%2FaMLYTXy0TjtcH4LPlM%3D"; // expect: IOT1001
        private const string RedactedKeyForLogs = "SharedAccessKey=***"; // expect: none
        private const string WebcamPassword = "TfEmEuBTjXP9"; // expect: IOT1001

        private readonly HttpClient _http = new HttpClient();
        private readonly SerialPort _modemPort;

        public TideGaugeStation(SerialPort modemPort) => _modemPort = modemPort;

        public async Task PublishMinuteAsync(double metres)
        {
            var url = $"https://tides.portal.example/api/v1/readings?station={StationId}&datum={Datum}&value={metres:F3}&apikey={PortalApiKey}";
            await _http.PostAsync(url, new StringContent(""));
        }

        public void UploadHourlyFile(string localPath, bool toArchive)
        {
            using var web = new WebClient();
            web.Credentials = toArchive
                ? new NetworkCredential("anonymous", AnonymousFtpEmail)
                : new NetworkCredential(FtpUser, FtpPassword);
            web.UploadFile($"ftp://ftp.harbour-authority.example/tides/{DateTime.UtcNow:yyyyMMddHH}.csv", localPath);
        }

        public async Task ReportToMetOfficeAsync(double metres)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://obs.metoffice.example/tide");
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("gauge:2OwNrpybbKg7")); // expect: IOT1001
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            request.Content = new StringContent(metres.ToString("F3"));
            await _http.SendAsync(request);
        }

        public async Task ReadLegacyLoggerAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "http://10.1.1.40/data.csv");
            request.Headers.Add(AuthorizationHeader, LegacyLoggerAuth);
            var response = await _http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                Console.WriteLine($"logger answered {BasicChallenge}");
        }

        public X509Certificate2 AlarmCertificate()
            => X509Certificate2.CreateFromPem(AlarmCertificatePem, AlarmPrivateKeyPem);

        public X509Certificate2 SpareAlarmCertificate(byte[] pfx)
            => new X509Certificate2(pfx, "<pfx-password>"); // expect: IOT1006

        public Microsoft.Azure.Devices.Client.ModuleClient EdgeModule(string hub, string device)
        {
            var connectionString = string.Format("HostName={0};DeviceId={1};ModuleId={2};SharedAccessKey={3}", hub, device, "levels",
                "9l/qaodBBX/dGe9qArcy6r+u5fmLUW7eO+p/2qswWy0="); // expect: IOT1003
            Console.WriteLine(connectionString.Substring(0, connectionString.IndexOf("SharedAccessKey=")) + RedactedKeyForLogs);
            return Microsoft.Azure.Devices.Client.ModuleClient.CreateFromConnectionString(connectionString);
        }

        public async Task ArchiveAsync(byte[] csv)
        {
            await _http.PutAsync(ArchiveUploadUrl, new ByteArrayContent(csv));
            Console.WriteLine(ArchiveStorage.Length);
        }

        public Task<byte[]> PierWebcamAsync()
            => _http.GetByteArrayAsync($"http://10.1.1.50/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=admin&pwd={WebcamPassword}");

        // backup link
        private string Modem(string command)
        {
            _modemPort.WriteLine(command + "\r");
            Thread.Sleep(500);
            return _modemPort.ReadExisting();
        }

        private void SetCellularAuth(string user, string password)
        {
            Modem($"AT+CGAUTH=1,1,\"{user}\",\"{password}\"");
        }

        public void BringUpBackupLink()
        {
            Modem("AT+CGDCONT=1,\"IP\",\"harbour.m2m.example\"");
            SetCellularAuth("tide01", "mgab2YD37byp"); // expect: IOT1001
            Modem("AT+CGACT=1,1");
        }
    }
}
