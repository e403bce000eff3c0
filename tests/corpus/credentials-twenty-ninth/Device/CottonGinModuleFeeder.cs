// Written for corpus29 (invented): module feeder controller at a cotton gin yard.
// Reads round-module RFID tags and seed-cotton moisture at the feeder, runs the cellular modem of the remote yard,
// uploads module records to the growers' co-op and archives bale data to blob storage.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace GinYard.ModuleFeeder
{
    public interface IModemPort
    {
        void Send(string command);
    }

    public sealed class GinCellularLink
    {
        private const string SimPin = "1352"; // expect: IOT1001
        private const string ApnUser = "gin-telemetry";
        private const string ApnPassword = "SmGy-O73S-GXAm"; // expect: IOT1001
        private const string PinRejectedMessage = "SIM PIN rejected, modem locked after 3 tries."; // expect: none
        private readonly IModemPort _port;

        public GinCellularLink(IModemPort port)
        {
            _port = port;
        }

        public void Unlock(bool spareModem)
        {
            _port.Send("AT+CPIN?"); // expect: none
            EnterPin(spareModem ? "0000" : SimPin); // expect: IOT1002
        }

        private void EnterPin(string pin) => _port.Send($"AT+CPIN=\"{pin}\"");

        public void ConfigureApn(bool roamingPartner)
        {
            if (roamingPartner)
                _port.Send("AT+CGAUTH=2,1,\"wap\",\"wap\""); // expect: none
            else
                _port.Send($"AT+CGAUTH=1,1,\"{ApnUser}\",\"{ApnPassword}\"");
        }

        public string Rejected() => PinRejectedMessage;
    }

    public static class ModuleFeederUplink
    {
        private const string CoopApiKey = "FVj9mijYDnjvK32pPFATEVGn7Q8kfcbB7mRgfHAo"; // expect: IOT1001
        private const string ModuleTagKey = "E28011606000020B7F3D4A91"; // expect: none
        private const string FeederMaintenancePasscode = "619418"; // expect: IOT1004

        public static Dictionary<string, string> PortalSettings() => new Dictionary<string, string>
        {
            ["gin.portal.url"] = "https://portal.coop-gin.example",
            ["gin.portal.user"] = "yard-feeder-2",
            ["gin.portal.password"] = "2luj-vDcx-3rik", // expect: IOT1001
        };

        public static string BuildUploadUrl(string moduleId, double moisture)
        {
            var sb = new StringBuilder("https://coop-gin.example/api/v1/modules?");
            sb.Append("module=").Append(moduleId);
            sb.Append("&moisture=").Append(moisture.ToString("F1"));
            sb.Append("&api_key=").Append(CoopApiKey);
            return sb.ToString();
        }

        public static async Task UploadAsync(HttpClient http, string moduleId, double moisture) =>
            await http.PostAsync(BuildUploadUrl(moduleId, moisture), null);

        public static string BaleArchiveConnectionString(string account) =>
            string.Format("DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1};EndpointSuffix=core.windows.net",
                account,
                "fiIBcoFCM9L24KSguFjzflnrxvUEiDUQ+7sTBwKetBk="); // expect: IOT1003

        public static NetworkCredential CoopPortalLogin() =>
            new NetworkCredential("gin-office", "%COOP_PORTAL_PASSWORD%"); // expect: IOT1006

        // Password of the yard kiosk, printed on the feeder's nameplate sticker.
        public static string KioskPassword(string ginSerial) => "GIN" + ginSerial[^5..]; // expect: IOT1005

        public static byte[] NewModuleScanNonce()
        {
            var moduleNonce = new byte[8];
            new Random().NextBytes(moduleNonce); // expect: IOT3005
            return moduleNonce;
        }

        public static bool CheckMaintenance(string typed) =>
            string.Equals(typed, FeederMaintenancePasscode, StringComparison.Ordinal);

        public static bool IsModuleTag(string epc) => epc.StartsWith(ModuleTagKey[..8], StringComparison.Ordinal);

        public static int ModemRetryDelayMs(int attempt) => 500 * attempt + Random.Shared.Next(0, 250); // expect: none
    }
}
