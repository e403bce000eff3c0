// Written for corpus18: a marina's self-service fuel dock (two diesel pumps, a card reader pedestal, a tank level probe)
// with an LTE modem and a berth-holder app backend.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;

namespace Marina.FuelDock
{
    public static class DockModem
    {
        public const string SimPin = "2580"; // expect: IOT1001
        public const string Apn = "marina.iot.example";
        public const string ApnUser = "fueldock"; // expect: none
        public const string ApnPassword = "Bilge-Pump-Tide-63"; // expect: IOT1001

        public static void Bring_Up(SerialPort port)
        {
            port.WriteLine($"AT+CPIN=\"{SimPin}\"");
            port.WriteLine($"AT+CGDCONT=1,\"IP\",\"{Apn}\"");
            port.WriteLine($"AT+CGAUTH=1,1,\"{ApnUser}\",\"{ApnPassword}\"");
            port.WriteLine("AT+CGAUTH=2,1,\"telekom\",\"telekom\""); // expect: none
            port.WriteLine("AT+CSQ"); // expect: none
        }
    }

    public class PumpPedestal
    {
        private static readonly HttpClient Backend = new HttpClient { BaseAddress = new Uri("https://api.berthholders.example/") };

        static PumpPedestal()
        {
            Backend.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-..."); // expect: IOT1006
        }

        public static IMembershipProvider TankProbeSnmp() =>
            new Version2MembershipProvider(new OctetString("public"), new OctetString("Diesel-Tank-Rw9")); // expect: IOT1002 IOT1001

        // the berth holder's pump unlock code: berth number printed on the pontoon and the month
        public static string PumpUnlockCode(int berth) => $"{berth:D3}{DateTime.Now:MM}"; // expect: IOT1005

        // receipt reference shown on the pedestal
        public static string ReceiptReference(int pump) => $"P{pump}-{DateTime.Now:HHmmss}"; // expect: none

        public static string CardReaderSessionToken()
        {
            var rng = new Random();
            var buf = new byte[12];
            rng.NextBytes(buf); // expect: IOT3005
            return Convert.ToBase64String(buf);
        }

        public static TimeSpan RetryBackoff(int attempt) => TimeSpan.FromMilliseconds(200 * attempt + Random.Shared.Next(0, 250)); // expect: none

        public const string HarbourMasterPin = "0000"; // expect: IOT1002

        public static bool HarbourMasterOverride(string entered) => entered == HarbourMasterPin;

        public const string PedestalSerial = "FD-PED-2024-00117"; // expect: none
        public const string ProbeCommunityNote = "probe answers read-only on community public after a reset"; // expect: none
    }
}

namespace Marina.FuelDock.Pontoons
{
    using System.Net.Http;
    using System.Security.Cryptography;
    using System.Text;

    public static class ShorePower
    {
        // shore power pedestal firmware authenticates its meter frames with this key
        private static readonly byte[] MeterFrameKey = Convert.FromHexString("8E2F0C7A61D94B35E0A7C2F9184D6B3E"); // expect: IOT1003

        public static byte[] Tag(byte[] frame)
        {
            using var hmac = new HMACSHA256(MeterFrameKey);
            return hmac.ComputeHash(frame);
        }

        public static async System.Threading.Tasks.Task PushAsync(string berth, double kwh)
        {
            using var http = new HttpClient();
            await http.GetAsync($"https://shorepower.example/api/v1/reading?berth={berth}&kwh={kwh}&api_key=sp_7Lq2Wv9Xk4Rz8Nm3Tb6Hc1Jd"); // expect: IOT1001
        }

        // berth holder's Wi-Fi voucher: berth number around fixed text
        public static string BerthWifiPassword(int berth) => "Pontoon" + berth.ToString("D3") + "Wifi"; // expect: IOT1005

        public static string PumpTransactionNonce() => Random.Shared.NextInt64().ToString("X16"); // expect: IOT3005

        public const string FuelPriceTopic = "marina/fuel/diesel/price"; // expect: none
    }
}
