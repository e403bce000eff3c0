// Real source: LakshmikanthanP/BTDeviceTemparatureMonitor TelegramBot.cs
// Kept: static TelegramBot.SendAlert(text) building the Bot API URL with String.Format(urlString, apiToken, chatId, text),
//       WebRequest.Create and the StreamReader/StringBuilder read loop. The bot token is replaced by a freshly invented one.
// Added: a second alert path for the cold-room door sensor (token in a static readonly field), and hard negatives.
using System;
using System.IO;
using System.Net;
using System.Text;

namespace BTDeviceTemparatureMonitor
{
    public static class TelegramBot
    {
        public static void SendAlert(string text)
        {
            string urlString = "https://api.telegram.org/bot{0}/sendMessage?chat_id={1}&text={2}"; // expect: none
            string apiToken = "2592885515:AAW0cswNU3L2QjD9ZjpJVOYXic2ExusRWX0"; // expect: IOT1003
            string chatId = "@TestWeatherUpdates"; // expect: none
            urlString = String.Format(urlString, apiToken, chatId, text);
            WebRequest request = WebRequest.Create(urlString);
            Stream rs = request.GetResponse().GetResponseStream();
            StreamReader reader = new StreamReader(rs);
            string line = "";
            StringBuilder sb = new StringBuilder();
            while (line != null)
            {
                line = reader.ReadLine();
                if (line != null)
                    sb.Append(line);
            }
            string response = sb.ToString();
        }

        // Added: door-ajar alerts go to the facilities bot.
        private static readonly string DoorBotToken = "7378330755:AAHoVaCAruC0m8u-mKFJuZ_HqPNlN0P2w6L"; // expect: IOT1003
        private const string DoorBotTokenVariable = "COLDROOM_DOOR_BOT_TOKEN"; // expect: none

        public static void SendDoorAlert(string text)
        {
            string token = Environment.GetEnvironmentVariable(DoorBotTokenVariable) ?? DoorBotToken;
            WebRequest.Create($"https://api.telegram.org/bot{token}/sendMessage?chat_id=-100200300&text={Uri.EscapeDataString(text)}");
        }

        // Added: the token form shown in the setup notes, never sent.
        public const string TokenFormatHelp = "Token looks like 123456789:ABC..., ask BotFather"; // expect: none
    }
}

// Added
public static class Extra_R01
{
    private const string WebhookToken = "twitiu9A_kGR-2q"; // expect: IOT1001
    public static void Relay() => System.Net.WebRequest.Create("https://hooks.coldroom.example/alert?access_token=" + WebhookToken);
    public const string WebhookTokenSetting = "alerts:webhook:access_token"; // expect: none
    public static readonly string RedactedToken = "[redacted]"; // expect: none
}
