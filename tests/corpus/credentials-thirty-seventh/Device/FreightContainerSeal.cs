// Electronic seal for a shipping container's door bar: a steel tamper wire, a GNSS fix on each seal / unseal event, an
// NB-IoT modem for event reports to the shipper's IoT hub, and a Bluetooth unlock a customs officer performs with the
// seal's unlock code. Tamper alerts also go to the logistics team's chat channel.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace ShippingLine.ContainerSeal
{
    internal static class SealConfig
    {
        public const string ContainerNumber = "MSKU4471826";
        public const string HubName = "shipper-seals";
        public const string HubSasKey = "7ulQVW3BL/G5GK51n6J3P3IE/pWRCNe2ZXU2n2qK/nU="; // expect: IOT1001
        public const string ApnName = "nbiot.shipper"; // expect: none
        public const string SealTokenHeaderName = "X-Seal-Token"; // expect: none
        public static readonly byte[] TamperLogSecret = { 0x82, 0xD2, 0xEA, 0xB9, 0xFD, 0x26, 0xE0, 0x36 }; // expect: IOT1004
    }

    public sealed class SealModem
    {
        private readonly SerialPort _port = new SerialPort("/dev/ttyS3", 115200);
        private readonly Random _backoff = new Random();

        public void Attach()
        {
            _port.Open();
            _port.Write("AT+CGDCONT=1,\"IP\",\"" + SealConfig.ApnName + "\"\r");
            _port.Write("AT+CGAUTH=1,2,\"seal\",\"xxxxxxxx\"\r"); // expect: IOT1006
            _port.Write("AT+CEREG?\r"); // expect: none
            System.Diagnostics.Debug.WriteLine("seal modem: AT+CPIN=\"[pin hidden]\""); // expect: none
        }

        public nanoFramework.Azure.Devices.Client.DeviceClient Hub(string sealId) =>
            new nanoFramework.Azure.Devices.Client.DeviceClient(SealConfig.HubName + ".azure-devices.net", sealId, SealConfig.HubSasKey);

        // The GNSS fix can take a while inside a stack of containers: back off before retrying.
        public int FixRetryDelayMs() => 5000 + _backoff.Next(0, 5000); // expect: none
    }

    public sealed class SealEvents
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public string NewEventToken() => _rng.Next().ToString("X8"); // expect: IOT3005

        public async Task AlertLogisticsAsync(string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://chat.example/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "xoxb-600692712506-8351655854785-GeVCJ7R0FTecjXuM9YQ8RcRa"); // expect: IOT1003
            request.Content = new StringContent("{\"channel\":\"#seal-alerts\",\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        // Chained checksum over the tamper log, keyed with the seal's log secret.
        public static byte LogChecksum(byte[] entry)
        {
            byte sum = 0;
            for (int i = 0; i < entry.Length; i++)
            {
                sum = (byte)((sum + entry[i]) ^ SealConfig.TamperLogSecret[i % SealConfig.TamperLogSecret.Length]);
            }
            return sum;
        }
    }

    public sealed class CustomsUnlock
    {
        private readonly string _imei;
        private readonly Random _rng = new Random();

        public CustomsUnlock(string imei) { _imei = imei; }

        public byte[] NewChallenge()
        {
            var challenge = new byte[16];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public bool OfficerPinAccepted(string officerPin) => StringComparer.Ordinal.Equals(officerPin, "12345"); // expect: IOT1002

        // Printed on the seal's shipping documents.
        public string UnlockCode()
        {
            string unlockCode = _imei.Substring(_imei.Length - 6); // expect: IOT1005
            return unlockCode;
        }

        public static string GeoTag(double lat, double lon) => lat.ToString("F5") + "," + lon.ToString("F5");
    }
}
