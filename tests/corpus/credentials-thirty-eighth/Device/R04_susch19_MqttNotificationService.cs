// Real source: susch19/MqttNotificationService MqttToTelegram/Program.cs (2abf733c), MqttToTelegram/Worker.cs (15238941),
// MqttToTelegram/TelegramWorker.cs (2abf733c)
// Domain: home gateway that listens to a Zigbee doorbell and an LED strip over MQTT and notifies the family on Telegram;
// new Telegram users are admitted with a six-digit registration code the admin relays.
// Kept: the bot token read from a file, the MQTT credentials bound from the "Mqtt" configuration section, the subscribed
// topics, the registration code drawn from System.Random and checked against the typed text, the doorbell handler.
// Trimmed: the generic host, Rebus bus routing and logging (the two workers are plain classes here), the "notify" and
// "reload" commands. Renamed: namespace MqttToTelegram -> Corpus38.R04; the top-level Program.cs became
// NotifierStartup.CreateBot. Added: DoorbellObject as a class (the original is a record). No secret is written in this
// file (the broker credentials live in appsettings.json, the bot token in Secrets/telegram.token).
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet;
using MQTTnet.Client;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using MqttClientOptions = MQTTnet.Client.MqttClientOptions;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace Corpus38.R04
{
    public static class NotifierStartup
    {
        public static TelegramBotClient CreateBot()
        {
            var botClient = new TelegramBotClient(File.ReadAllText("Secrets/telegram.token")); // expect: none
            return botClient;
        }
    }

    public class Worker
    {
        private readonly TelegramBotClient telegramBot;
        private readonly IConfiguration configuration;
        private readonly MqttFactory mqttFactory;
        private readonly IMqttClient mqttClient;
        private readonly MqttClientOptions mqttClientOptions;

        public Worker(TelegramBotClient telegram, IConfiguration configuration)
        {
            telegramBot = telegram;
            this.configuration = configuration;
            var settings = configuration.GetSection("Mqtt").Get<MqttSettings>()!; // expect: none
            mqttFactory = new MqttFactory();

            mqttClient = mqttFactory.CreateMqttClient();

            mqttClientOptions = new MqttClientOptionsBuilder().WithTcpServer(settings.Server, settings.Port).WithCredentials(settings.RemoteUsername, settings.RemotePassword).Build(); // expect: none

            mqttClient.ApplicationMessageReceivedAsync += MqttClient_ApplicationMessageReceivedAsync;
        }

        public async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!await mqttClient.TryPingAsync())
                    {
                        await mqttClient.ConnectAsync(mqttClientOptions, stoppingToken);

                        Console.WriteLine("The MQTT client is connected.");
                        var mqttSubscribeOptions = mqttFactory.CreateSubscribeOptionsBuilder()
                            .WithTopicFilter(f => f.WithTopic("zigbee2mqtt/Türklingel")) // expect: none
                            .WithTopicFilter(f => f.WithTopic("painless2mqtt/0x000000002d8909fe/state"))
                        .Build();

                        await mqttClient.SubscribeAsync(mqttSubscribeOptions, stoppingToken);
                    }
                }
                catch (Exception ex)
                {
                    Console.WriteLine(ex.ToString());
                }
                finally
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
            }
        }

        Task MqttClient_ApplicationMessageReceivedAsync(MqttApplicationMessageReceivedEventArgs e)
        {
            var payload = e.ApplicationMessage.ConvertPayloadToString();

            if (e.ApplicationMessage.Topic == "zigbee2mqtt/Türklingel")
            {
                var obj = System.Text.Json.JsonSerializer.Deserialize<DoorbellObject>(payload)!;
                Console.WriteLine(obj.Action);
            }
            return Task.CompletedTask;
        }

        public class MqttSettings
        {
            public string Server { get; set; } = "";
            public int Port { get; set; }
            public string RemoteUsername { get; set; } = "";
            public string RemotePassword { get; set; } = "";
        }
    }

    // added: the original is a positional record with a JsonPropertyName("action") attribute
    public class DoorbellObject { public string Action { get; set; } = ""; }

    public class TelegramWorker
    {
        private readonly TelegramBotClient telegramBot;
        private int offset = 0;
        private Random random = new();
        private Dictionary<long, (int, DateTimeOffset)> registerKeys = new();
        List<UserSettings> userSettings = new();

        public TelegramWorker(TelegramBotClient telegram)
        {
            telegramBot = telegram;

            Directory.CreateDirectory("db");
            LoadEntries();
        }

        private void LoadEntries()
        {
            userSettings.Clear();
            foreach (var item in Directory.EnumerateFiles("db"))
            {
                var res = Newtonsoft.Json.JsonConvert.DeserializeObject<UserSettings>(System.IO.File.ReadAllText(item));
                if (res is null)
                    continue;
                userSettings.Add(res);
            }
        }

        public async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var updates = await telegramBot.GetUpdatesAsync(offset, allowedUpdates: new[] { UpdateType.Message }, timeout: 3600);

                foreach (var update in updates)
                {
                    offset = update.Id + 1;
                    if (update.Type != UpdateType.Message || update.Message is null || update.Message.From.IsBot)
                        continue;
                    ProcessMessage(update.Message!);
                }
            }
        }

        private void ProcessMessage(Message message)
        {
            if (message.Type != MessageType.Text || string.IsNullOrWhiteSpace(message.Text))
                return;

            if (message.Text.StartsWith('/'))
            {
                var splitted = message.Text[1..].Split(' ');
                var settings = userSettings.FirstOrDefault(x => x.UserId == message.From.Id);
                switch (splitted[0])
                {
                    case "start":
                        {

                            var secondFactor = random.Next(100000, 999999); // expect: IOT3005
                            var filePath = $"db/{message.From.Id}.json";
                            if (settings is null)
                            {
                                settings = new() { FirstName = message.From.FirstName, RegistrationCode = secondFactor, UserId = message.From.Id, UserName = message.From.Username, ChatId = message.Chat.Id };
                                userSettings.Add(settings);
                            }
                            settings.Save();


                            registerKeys[message.From.Id] = (secondFactor, DateTimeOffset.Now);
                            telegramBot.SendTextMessageAsync(message.Chat.Id, "Bitte gib den Code ein, welcher dir vom Admin zur Verfügung gestellt wurde."); // expect: none

                            var adminUser = userSettings.FirstOrDefault(x => x.IsAdmin);
                            if (adminUser is not null)
                            {
                                telegramBot.SendTextMessageAsync(adminUser.ChatId, $"User: {message.From.FirstName}, {message.From.LastName}, {message.From.Username}\nCode: {secondFactor}");
                            }
                            break;
                        }
                    default:
                        break;
                }
            }
            if (message.Text.Length == 6 && int.TryParse(message.Text, out var code))
            {
                var setting = userSettings.FirstOrDefault(x => x.UserId == message.From.Id);
                if (setting is null)
                    return;
                if (setting.RegistrationCode < 0)
                    telegramBot.SendTextMessageAsync(message.Chat.Id, "Sie sind bereits authorisiert");
                else if (setting.RegistrationCode == code)
                {
                    setting.RegistrationCode = -1;
                    setting.Save();
                    telegramBot.SendTextMessageAsync(message.Chat.Id, "Erfolgreich authorisiert");
                }
            }
        }

        public async Task Handle(DoorbellObject message)
        {
            if (message.Action != "ring")
                return;
            foreach (var item in userSettings.Where(x => x.ReceiveDoorbellNotifications))
            {
                await telegramBot.SendTextMessageAsync(item.ChatId, "Es hat geklingelt");
            }
        }

        public class UserSettings
        {
            public long UserId { get; set; }
            public long ChatId { get; set; }
            public string FirstName { get; set; } = "";
            public string? UserName { get; set; }
            public int RegistrationCode { get; set; }
            public bool ReceiveDoorbellNotifications { get; set; }
            public bool ReceiveDinnersReadyNotifications { get; set; }
            public bool IsAdmin { get; set; } = false;

            internal void Save()
            {

                var filePath = $"db/{UserId}.json";
                System.IO.File.WriteAllText(filePath, Newtonsoft.Json.JsonConvert.SerializeObject(this));
            }
        }
    }
}
