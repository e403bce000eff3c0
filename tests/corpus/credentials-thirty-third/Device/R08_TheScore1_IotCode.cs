// Real source: TheScore1/IotCode BotOptions.cs, TelegramService.cs (a5d0680d)
// Domain: home sensor station backend: ESP32 sensor nodes post readings to an ASP.NET API (SQLite) and a Telegram bot
// answers with plots and alerts.
// Kept: BotOptions (the Telegram token default is empty; the real token is bound from appsettings.json's "Bots"
// section) and the TelegramService constructor that builds TelegramBotClient(token, httpClient) from it, plus
// SendMessageAsync. No credential is written in these files. Trimmed: StartAsync's polling receiver. Added: the
// ITelegramService and TelegramUpdateHandler stand-ins (marked). Telegram.Bot, IOptions and ILogger come from _Stubs.cs.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace IotTgBot
{
    public class BotOptions
    {
        public string TelegramToken { get; set; } = ""; // expect: none
        public char CommandPrefix { get; set; } = '.';
        public List<long> AdminsTelegramChatId { get; set; } = new List<long>();
    }

    public class TelegramService : ITelegramService
    {
        private readonly TelegramBotClient _client;
        private readonly BotOptions _opts;
        private readonly TelegramUpdateHandler _updateHandler;
        private readonly ILogger<TelegramService> _logger;

        public TelegramService(IOptions<BotOptions> opts,
            TelegramUpdateHandler updateHandler,
            ILogger<TelegramService> logger)
        {
            _opts = opts.Value;
            _logger = logger;
            _updateHandler = updateHandler;
            var httpClient = new HttpClient
            {
                // Например, 5 минут — этого хватит, чтобы Request не обрывался при long‑polling
                Timeout = TimeSpan.FromMinutes(5)
            };
            _client = new TelegramBotClient(_opts.TelegramToken, httpClient); // expect: none
        }

        public async Task SendMessageAsync(long chatId, string text, CancellationToken ct = default)
        {
            await _client.SendMessage(chatId: chatId, text: text, cancellationToken: ct);
        }
    }

    // added: stand-ins for ITelegramService.cs and TelegramUpdateHandler.cs (not adapted)
    public interface ITelegramService
    {
        Task SendMessageAsync(long chatId, string text, CancellationToken ct = default);
    }

    public class TelegramUpdateHandler { }
}
