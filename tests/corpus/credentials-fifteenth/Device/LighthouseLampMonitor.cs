// Written for corpus15. Domain: an unmanned lighthouse's lamp and fog-signal monitor on a cellular link: a Yoctopuce
// cellular hub on the lantern gallery, a Quectel modem in the fog-signal house, a SIMCom modem on the spare board,
// and the lighthouse trust's status API and S3 archive.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;

namespace Trust.Lighthouse
{
    public static class LampLinks
    {
        private const string Apn = "m2m.coastal";
        private const string ApnUser = "beacon"; // expect: none
        private const string ApnPassword = "fMsBNQsbuf82*mL5"; // expect: IOT1001
        private const string ArchiveAccessKeyId = "AKIA3TQ44HRAU8HAX3TD"; // expect: IOT1003
        private const string DocsAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        private const string LampApiToken = "${LAMP_API_TOKEN}"; // expect: IOT1006
        private const string LightCharacter = "Fl(2) W 10s"; // expect: none
        private static readonly Random Rng = new Random();

        public static void StartGalleryHub()
        {
            YCellular cell = YCellular.FirstCellular();
            cell.set_pin("2539"); // expect: IOT1001
        }

        public static void StartFogSignalModem(SerialPort quectel)
        {
            quectel.Open();
            quectel.Write("AT+CPIN?\r\n"); // expect: none
            quectel.Write($"AT+QICSGP=1,1,\"{Apn}\",\"{ApnUser}\",\"{ApnPassword}\",1\r\n");
        }

        public static void StartSpareBoard(SerialPort simcom)
        {
            simcom.Open();
            simcom.Write("AT+SAPBR=3,1,\"APN\",\"m2m.coastal\"\r\n"); // expect: none
            simcom.Write("AT+SAPBR=3,1,\"PWD\",\"wOT%PGEn!Up6uTz\"\r\n"); // expect: IOT1001
        }

        public static async Task<string> LampStatusAsync(HttpClient http, string lampId)
        {
            return await http.GetStringAsync($"https://api.lighthouse-trust.example/v1/lamps/{lampId}?access_token=p3gTbe76Hg9e8t7yZwFKWodo52FbfgHp"); // expect: IOT1001
        }

        public static async Task<string> FogStatusAsync(HttpClient http)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.lighthouse-trust.example/v1/fog");
            request.Headers.Add("X-Auth-Token", LampApiToken);
            var response = await http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public static async Task<string> AskAssistantAsync(HttpClient http, string question)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.assistant.example/v1/chat");
            request.Headers.Add("X-API-Key", "sk-..."); // expect: IOT1006
            request.Content = new StringContent(question);
            var response = await http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        // the visiting keeper types this on the lantern panel; it is the end of the modem's IMEI
        public static string KeeperCode(string imei)
        {
            string keeperCode = imei.Substring(imei.Length - 6); // expect: IOT1005
            return keeperCode;
        }

        public static string FogPanelPassword()
        {
            string fogPanelPassword = "FOG" + Environment.TickCount; // expect: IOT1005
            return fogPanelPassword;
        }

        // sent by SMS to the duty officer to confirm a remote lamp reset
        public static string NewLampResetToken()
        {
            string lampResetToken = Rng.Next(0, 0xFFFFFF).ToString("X6"); // expect: IOT3005
            return lampResetToken;
        }

        public static string ArchiveKey() => ArchiveAccessKeyId + "/" + DocsAccessKeyId + " " + LightCharacter;
    }
}
