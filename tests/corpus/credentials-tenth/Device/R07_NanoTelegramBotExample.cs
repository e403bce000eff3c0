// Real source: Naglfario/nanoFramework.Telegram.Bot nanoFramework.Telegram.Bot.Example/Program.cs
// Domain: ESP32 (nanoFramework) garage-door notifier that answers its owner on Telegram.
// Kept: the <INSERT_..._HERE> placeholders of the original for Wi-Fi and the bot token, ConnectDhcp with
// requiresDateTime, the certificate chain from resources, new TelegramBot(token, httpClient), the owner id check.
// Changed: the certificate chain is a string constant, HttpClient TLS settings are left out and the reply
// command is reduced to Send(chatId, text) (stub surface).
// Added (marked): the production bot of the door controller and its Wi-Fi join.
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.Telegram.Bot.Core;

namespace nanoFramework.Telegram.Bot.Example
{
    public class Program
    {
        private static string WifiSSID = "<INSERT_WIFI_SSID_HERE>";
        private static string WifiPass = "<INSERT_WIFI_PASSWORD_HERE>"; // expect: IOT1006
        private static string TelegramBotToken = "<INSERT_TELEGRAM_TOKEN_HERE>"; // expect: IOT1006

        private static long MyTelegramId = 123456789;

        // Changed: the original reads the chain from Resources.StringResources.CertificatesTree.
        private const string CertificatesTree = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----"; // expect: none

        public static void Main()
        {
            var isWifiConnected = WifiNetworkHelper.ConnectDhcp(WifiSSID, WifiPass, WifiReconnectionKind.Automatic, true, 0, CancellationToken.None);

            if (!isWifiConnected)
            {
                Debug.WriteLine("Wifi is not connected!");

                return;
            }

            var httpClient = new HttpClient();

            //Enabling certificates is mandatory. If you don't want to use them,
            //or if you want to use a self-signed certificate, use this:
            //httpClient.SslVerification = System.Net.Security.SslVerification.NoVerification;
            //Also you can insert your certificate chain to string variable and not use resource manager
            var certificates = CertificatesTree;

            var telegram = new TelegramBot(TelegramBotToken, httpClient);

            telegram.Events.OnError += (details) =>
            {
                Debug.WriteLine($"OnError: {details.Message}");
            };
            telegram.Events.OnMessageReceived += (message) =>
            {
                Debug.WriteLine($"OnMessageReceived: {message.text}");
                if (message.from.id == MyTelegramId)
                {
                    telegram.Send(message.chat.id, "Hello, master!");
                }
            };

            var connectionTest = telegram.CheckConnection();
            telegram.StartReceiving();

            if (!connectionTest.ok)
            {
                Debug.WriteLine($"Telegram connection error");
                Debug.WriteLine($"Error code: {connectionTest.error_code}");
                Debug.WriteLine($"Error description: {connectionTest.description}");

                WifiNetworkHelper.Disconnect();
                return;
            }

            Thread.Sleep(Timeout.Infinite);
        }

        // Added: the door controller's own bot, flashed with the 2.1 firmware.
        private const string DoorBotToken = "2231907881:AApyJidBWiuZFa6xPdTOqk4oajj3yXLaHjt"; // expect: IOT1003
        private const string DoorBotName = "garage_door_notifier_bot"; // expect: none
        private const string TokenHelp = "Create the token with @BotFather and store it with the provisioning tool"; // expect: none

        public static TelegramBot StartDoorBot(HttpClient httpClient)
        {
            WifiNetworkHelper.ConnectDhcp("garage-iot", "Spanner-Drift-64", WifiReconnectionKind.Automatic, true); // expect: IOT1001
            var bot = new TelegramBot(DoorBotToken, httpClient);
            bot.StartReceiving(2000);
            Debug.WriteLine($"{DoorBotName} started");
            return bot;
        }
    }
}
