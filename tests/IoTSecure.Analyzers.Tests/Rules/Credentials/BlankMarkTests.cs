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

    /// <summary>
    /// A key published with its tail, head or middle masked (red team 101's SMS gateway: 24 characters, then 18 asterisks,
    /// sent as <c>?apikey=</c>; red team 103's head, middle and grouped masks) is a redacted copy: no value. A password
    /// with a few asterisks inside it is still a password.
    /// </summary>
    [Fact]
    public Task A_copy_masked_after_its_first_characters_is_no_value() =>
        ExpectComments.AssertAsync(new[] { Bot }, """
            using Telegram.Bot;
            public static class Bots
            {
                public static TelegramBotClient Masked() => new TelegramBotClient("7301948265:AAGx9Vt2Lq7Wm4****************"); // expect: none
                public static TelegramBotClient Starred() => new TelegramBotClient("7301948265:AAGx9V**2Lq7Wm4Zr8Np3Kc6Bd1Hf5Js0Ye"); // expect: IOT1001
                public static string Url(string to) => "https://sms.example/api/send?apikey=Qm7x+TRbwa3-kLpZ8VwNcDDr******************&to=" + to; // expect: none
                public static TelegramBotClient Head() => new TelegramBotClient("****************************Hf5Js0Ye"); // expect: none
                public static TelegramBotClient Middle() => new TelegramBotClient("7301948265:AAGx****************Js0Ye"); // expect: none
                public static TelegramBotClient Grouped() => new TelegramBotClient("Kx9m-****-****-****-Zp2q"); // expect: none
                public static TelegramBotClient FewStars() => new TelegramBotClient("P@ss****word1-Harbor-Lantern"); // expect: IOT1001
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
