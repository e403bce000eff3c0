// Written for corpus28: van-side controller of a tethered sewer-pipe inspection crawler (camera tractor, cable winch,
// inclinometer): an LTE modem in the van for the upload of survey videos to the water utility, a Telegram bot for the crew,
// the utility's IoT hub for the crawler's health data.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace SewerSurvey.Crawler
{
    internal interface IModemPort
    {
        string Send(string atCommand);
    }

    internal static class CrewSecrets
    {
        public const string ApnName = "lte.utility.example";
        public const string ApnUser = "crawlervan";
        public const string ApnPassword = "BN78fiSSn-OO"; // expect: IOT1001
        public const string CrewBotToken = "3854179331:AA4lvB3ltasYDq--2uiWrpDk203oIr7tPlf"; // expect: IOT1003
        public const string WinchOverrideCode = "73915"; // expect: IOT1004
        public const string SurveyTopic = "survey/crawler/+/inclination"; // expect: none
    }

    internal sealed class VanModem
    {
        private readonly IModemPort _port;
        public VanModem(IModemPort port) => _port = port;

        public bool BringUp()
        {
            var simState = _port.Send("AT+CPIN?"); // expect: none
            if (simState.Contains("SIM PIN"))
            {
                _port.Send("AT+CPIN=\"1234\""); // expect: IOT1002
            }
            _port.Send($"AT+CGDCONT=1,\"IP\",\"{CrewSecrets.ApnName}\"");
            _port.Send($"AT+CGAUTH=1,1,\"{CrewSecrets.ApnUser}\",\"{CrewSecrets.ApnPassword}\"");
            _port.Send("AT+QICSGP=2,1,\"backup.apn.example\",\"<apn user>\",\"<apn password>\",1"); // expect: IOT1006
            var reply = _port.Send("AT+CGACT=1,1");
            return reply.Trim() == "OK"; // expect: none
        }

        public void UnlockSpareModem() => YCellular.FirstCellular().set_pin("0000"); // expect: IOT1002

        public const string ModemFirmwareQuery = "AT+QGMR"; // expect: none

        public string HotspotPassword()
        {
            var imei = _port.Send("AT+CGSN").Trim();
            var hotspotPassword = "van-" + imei.Substring(imei.Length - 8); // expect: IOT1005
            return hotspotPassword;
        }
    }

    internal sealed class SurveyUploader
    {
        private readonly HttpClient _http = new HttpClient();

        public async Task UploadVideoAsync(string path)
        {
            var sasUrl = "https://utilitysurveys.blob.core.windows.net/videos/" + Path.GetFileName(path) +
                         "?sv=2023-11-03&sr=c&sp=cw&se=2027-01-01T00%3A00%3A00Z&sig=0dyT9oW5sUFH1ABDY%2FFjgA%3D%3D"; // expect: IOT1001
            using var stream = File.OpenRead(path);
            await _http.PutAsync(sasUrl, new StreamContent(stream));
        }

        public NetworkCredential ArchiveFtp() => new NetworkCredential("survey-archive", "D#w0_V6!nE-ftp"); // expect: IOT1001

        public DeviceClient HealthClient(string hubHost, string crawlerId) =>
            DeviceClient.CreateFromConnectionString(string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", hubHost, crawlerId,
                "dEXYAYrPYfPAg55rG2lZDagBeCWQzKsr+DOLgiGthFk=")); // expect: IOT1003

        public bool WinchOverride(string typedCode) => typedCode.Trim() == CrewSecrets.WinchOverrideCode;

        public string NewUploadToken()
        {
            var uploadToken = Random.Shared.NextInt64().ToString("X16"); // expect: IOT3005
            return uploadToken;
        }

        public async Task NotifyCrewAsync(string text)
        {
            await Task.Delay(Random.Shared.Next(100, 400)); // expect: none
            await _http.GetAsync($"https://api.telegram.org/bot{CrewSecrets.CrewBotToken}/sendMessage?chat_id=-1001&text={Uri.EscapeDataString(text)}");
        }
    }
}
