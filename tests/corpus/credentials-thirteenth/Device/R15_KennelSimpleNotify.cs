// Real source: Fragoler/simple-notify Program.cs
// Kept: top-level-style flow: token from Environment.GetEnvironmentVariable("TELEGRAM_BOT_TOKEN"), return when null,
//       new TelegramBotClient(token), echo handler that sends "{msg.From} said: {msg.Text}" back (wrapped in a class here).
// Changed: a kennel-heater build reads the token with a written ?? fallback (the original returned instead).
// Added: a staging bot whose token is chosen by a conditional, and hard negatives.
using System;
using System.Threading.Tasks;
using Telegram.Bot;

namespace KennelNotify
{
    public static class Program
    {
        public static async Task Main()
        {
            var token = Environment.GetEnvironmentVariable("TELEGRAM_BOT_TOKEN"); // expect: none
            if (token == null)
                return;

            var bot = new TelegramBotClient(token);
            Console.WriteLine("bot is running...");
            await Task.Delay(-1);
        }

        // Changed: the kennel heater must alert even when the variable is missing.
        public static TelegramBotClient KennelBot() =>
            new TelegramBotClient(Environment.GetEnvironmentVariable("KENNEL_BOT_TOKEN") ?? "2592885515:AAF3kRw9Qm2ZtL7xVb0pHs4NcYe8Ju6DiGa"); // expect: IOT1003

        // Added: staging bot for the heater test bench.
        public static TelegramBotClient BenchBot(bool staging) =>
            new TelegramBotClient(staging ? "your-bot-token" : "Lacsw9X_IT!HEk-kennel-prod"); // expect: IOT1006 IOT1001

        public const string ExampleReply = "{0} said: {1}"; // expect: none
    }
}

// Added
public static class Extra_R15
{
    static string KennelToken => "Wy4-kennel-Pz8q-heater"; // expect: IOT1001
    public static Telegram.Bot.TelegramBotClient Heater() => new Telegram.Bot.TelegramBotClient(KennelToken);
    public const string TokenFile = "/etc/kennel/bot.token"; // expect: none
    public const string BotName = "@KennelHeaterBot"; // expect: none
}
