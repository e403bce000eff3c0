// Real source: mplp88/telegram-bot-test Bot.cs (two versions of the file)
// Kept: class Bot with const API_KEY handed to new TelegramBotClient(API_KEY) and SendMessage(message) posting to a chat;
//       the later version's placeholder API_KEY = "YOUR_API_KEY_HERE" and numeric group chat id (kept as class BotTemplate).
// Changed: the real token of the first version is replaced by a freshly invented one. Added: the kiln-controller caller.
using System;
using Telegram.Bot;

namespace TelegramBot
{
    public class Bot
    {
        const string API_KEY = "309567041:AATOkl3hoCqvhOw8nK_2-ozCSynkns_sSqV"; // expect: IOT1003

        private TelegramBotClient _client;

        public Bot()
        {
            _client = new TelegramBotClient(API_KEY);
        }

        public async void SendMessage(string message)
        {
            try
            {
                var r = await _client.SendTextMessageAsync("@TehPon", message); // expect: none
                Console.WriteLine(r);
            }
            catch (Exception e)
            {
                Console.WriteLine("Error:");
                Console.WriteLine(e.Message);
            }
        }
    }

    // Kept from the later version of Bot.cs (renamed so both versions compile side by side).
    public class BotTemplate
    {
        const string API_KEY = "YOUR_API_KEY_HERE"; // expect: IOT1006

        private TelegramBotClient _client;

        public BotTemplate()
        {
            _client = new TelegramBotClient(API_KEY);
        }

        public async void SendMessage(string message)
        {
            //-347954659 ChatId del grupo Prueba donde esta el bot.
            var r = await _client.SendTextMessageAsync(-347954659, message);
            Console.WriteLine(r);
        }
    }

    // Added: the pottery kiln reports firing stages through the bot.
    public static class KilnNotifier
    {
        const string KilnStatusKey = "kiln.telegram.apiKey"; // expect: none
        public static void Report(int stage) => new Bot().SendMessage($"Kiln stage {stage} reached");
    }
}

// Added
public static class Extra_R02
{
    public static Telegram.Bot.TelegramBotClient Spare() => new Telegram.Bot.TelegramBotClient(token: "<kiln bot token>"); // expect: IOT1006
    public const string TokenVariable = "KILN_BOT_TOKEN"; // expect: none
    public const string ChatTitle = "Kiln alarms (token rotated 2024)"; // expect: none
}
