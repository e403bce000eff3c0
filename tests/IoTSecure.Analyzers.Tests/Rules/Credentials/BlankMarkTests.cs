using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A credential blanked to a mark of one or two characters that are neither letters nor digits before the code was
/// published (red team 95's Telegram bot: <c>new TelegramBotClient("/")</c>) is no value, as a redaction is; a short
/// value with a letter or a digit, or a longer run of symbols, is still judged.
/// </summary>
public class BlankMarkTests
{
    private const string Bot = """
        namespace Telegram.Bot
        {
            public class TelegramBotClient { public TelegramBotClient(string token) { } }
        }
        """;

    [Fact]
    public Task A_blank_mark_at_a_credential_is_no_value() =>
        ExpectComments.AssertAsync(new[] { Bot }, """
            using Telegram.Bot;
            public static class Bots
            {
                public static TelegramBotClient Slash() => new TelegramBotClient("/"); // expect: none
                public static TelegramBotClient Dash() => new TelegramBotClient("-"); // expect: none
                public static TelegramBotClient Hashes() => new TelegramBotClient("##"); // expect: none
                public static TelegramBotClient Spaced() => new TelegramBotClient(" / "); // expect: none
            }
            """);

    [Fact]
    public Task Longer_symbol_runs_and_real_tokens_are_still_judged() =>
        ExpectComments.AssertAsync(new[] { Bot }, """
            using Telegram.Bot;
            public static class Bots
            {
                public static TelegramBotClient Real() => new TelegramBotClient("7301948265:AAGx9Vt2Lq7Wm4Zr8Np3Kc6Bd1Hf5Js0Ye"); // expect: IOT1001
                public static TelegramBotClient Template() => new TelegramBotClient("<BOT_TOKEN>"); // expect: IOT1006
            }
            """);
}
