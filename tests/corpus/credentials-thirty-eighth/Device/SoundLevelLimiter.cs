// Written for corpus38 (not adapted from a repository). Domain: a music venue's sound level limiter on an ESP32 (.NET
// nanoFramework): it measures LAeq at the mixing desk, cuts the amplifier power feed above the licence limit, reports
// readings to the council's noise portal, answers the venue's SNMP monitoring, alerts the duty manager on Telegram and
// accepts a DJ override code.
#nullable enable
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using nanoFramework.Networking;

namespace Corpus38.SoundLevelLimiter
{
    static class VenueNetwork
    {
        public const string VenueSsid = "Hall-Backstage"; // expect: none
        public const string SetCommunity = "j#Bbvps9#*sz"; // expect: IOT1001
        public static string CouncilToken => "Vm5ibqF8uW3ZQMIOa3ziaW2vZrr3wrFqXERjfv67"; // expect: IOT1001
    }

    public class Limiter
    {
        const string TelegramBotToken = "9113160522:AAXmxbJGioa3_rbnM99zQzw1m3dIrF_oRRT"; // expect: IOT1003
        const string DjOverrideCode = "30334058"; // expect: IOT1004
        const string SysUpTimeOid = "1.3.6.1.2.1.1.3.0"; // expect: none
        const string ResetAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        const double TripLevelDbA = 96.0;
        readonly Random _rng = new Random();

        public bool JoinVenueWifi() => WifiNetworkHelper.ConnectDhcp(VenueNetwork.VenueSsid, "xxxxxxxx"); // expect: IOT1006

        public IMembershipProvider MonitoringMembership() => new Version2MembershipProvider(
            new OctetString("public"), // expect: IOT1002
            new OctetString(VenueNetwork.SetCommunity));

        public Task<string> ReportReading(HttpClient http, double laeq) =>
            http.GetStringAsync("https://noise.council.example/api/v1/readings?venue=hall7&token=" + VenueNetwork.CouncilToken + "&laeq=" + laeq.ToString("F1"));

        public Task<string> AlertManager(HttpClient http, long chatId, string text) =>
            http.GetStringAsync($"https://api.telegram.org/bot{TelegramBotToken}/sendMessage?chat_id={chatId}&text={Uri.EscapeDataString(text)}");

        public bool DjOverride(string entered) => entered == DjOverrideCode;

        public string EngineerPasscode(string serial)
        {
            int sum = 0;
            foreach (char c in serial) sum = sum * 31 + c;
            string engineerPasscode = (Math.Abs(sum) % 1000000).ToString("D6"); // expect: IOT1005
            return engineerPasscode;
        }

        public string NewPortalResetToken()
        {
            var resetToken = new StringBuilder();
            for (int i = 0; i < 10; i++) resetToken.Append(ResetAlphabet[_rng.Next(ResetAlphabet.Length)]); // expect: IOT3005
            return resetToken.ToString();
        }

        public int MeterFlickerMs() => _rng.Next(30, 90); // expect: none

        public string TripMessage() => "Limiter tripped: amplifier power cut for 10 seconds."; // expect: none

        public bool OverLimit(double laeq) => laeq > TripLevelDbA;

        public string UpTimeOid => SysUpTimeOid;
    }
}
