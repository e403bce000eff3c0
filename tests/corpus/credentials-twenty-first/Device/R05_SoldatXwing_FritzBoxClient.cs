// Real source: SoldatXwing/FritzBoxClient (FritzBoxClient.Tests/SetUp.cs, FritzBoxClient/FritzBoxAccesser.cs, FritzBoxClient/BaseAccesser.cs)
// Kept: reading password, fritzUserName and fritzUrl from the "fritzBox" configuration section and building
// FritzBoxAccesser(fritzBoxPassword, fritzBoxUrl, userName); the "0000000000000000" SID test of the login; the
// reconnect request posted to /data.lua with the session id the library left written in it. Changed: the NUnit set-up
// became a youth hostel's night-time guest Wi-Fi curfew. Added: the written fallback for the box password, the
// repeater still on its factory password, the daily guest Wi-Fi password and the warden's Telegram bot.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using FritzBoxClient;
using FritzBoxClient.Models;
using Microsoft.Extensions.Configuration;

namespace HostelCurfew
{
    internal static class Program
    {
        private const string WardenBotToken = "7062344479:AAD3z7Y28xRPMeva18api72uSqBTT0XFjeL"; // expect: IOT1003
        private const long WardenChatId = 480112093;
        private const string PasswordKey = "password"; // expect: none

        private static async Task Main()
        {
            IConfiguration config = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).Build();
            IConfigurationSection fritzBoxConfig = config.GetSection("fritzBox");
            string password = fritzBoxConfig[PasswordKey] ?? "Wf#X##U1NbAo"; // expect: IOT1001
            string fritzUserName = fritzBoxConfig["fritzUserName"] ?? "";
            string fritzBoxUrl = fritzBoxConfig["fritzUrl"] ?? "https://fritz.box";

            using var accessor = new FritzBoxAccesser(password, fritzBoxUrl, fritzUserName);

            // the dormitory repeater was never given its own password
            using var repeater = new FritzBoxAccesser(fritzBoxPassword: "password", fritzBoxUrl: "http://192.168.178.2"); // expect: IOT1002

            List<Device> devices = await accessor.GetAllDevciesInNetworkAsync(getWithIpAndUid: true);
            bool curfew = DateTime.Now.Hour >= 23 || DateTime.Now.Hour < 6;
            foreach (Device device in devices)
            {
                if (!device.Name.StartsWith("guest-", StringComparison.OrdinalIgnoreCase)) continue;
                await accessor.ChangeInternetAccessStateForDeviceAsync(device, curfew ? InternetDetail.Blocked : InternetDetail.Unlimited);
            }

            string guestWifiPassword = "Hostel-" + DateTime.Today.ToString("MMdd"); // expect: IOT1005
            await NotifyWardenAsync($"Guest Wi-Fi today: {guestWifiPassword}. Curfew {(curfew ? "on" : "off")}.");
        }

        // BaseAccesser: a session id of sixteen zeros means "not logged in"
        internal static bool IsLoggedIn(string sid) => sid != "0000000000000000"; // expect: none

        // FritzBoxAccesser.ReconnectAsync: the second request carries a session id left written in the library
        internal static StringContent ReconnectSecondStep() =>
            new StringContent($"xhr=1&sid=dac944fb519e10d6&lang=de&page=netMoni&xhrId=reconnect&connect=true&useajax=1&no_sidrenew="); // expect: none

        private static async Task NotifyWardenAsync(string text)
        {
            using var http = new HttpClient();
            var body = new StringContent($"{{\"chat_id\":{WardenChatId},\"text\":\"{text}\"}}", Encoding.UTF8, "application/json");
            await http.PostAsync($"https://api.telegram.org/bot{WardenBotToken}/sendMessage", body);
        }

        internal static void ReportLoginFailure(Exception ex)
        {
            Console.WriteLine("Login failed. Ensure (if set) username and password is correct! " + ex.Message); // expect: none
        }
    }
}
