// Real source: yonexbat/MqttNetClientTTN TtnMqttClient.cs
// Also used: Program.cs, TtnClientOptions.cs, OptionsImpl.cs. A console gateway for a LoRaWAN application on The
// Things Stack: a managed MQTTnet v4 client subscribes to the application's uplinks and queues downlinks typed on the
// console. Kept: TtnClientOptions (UserId, AccessKey, Region) read through IOptions<T> into
// WithCredentials(options.Value.UserId, options.Value.AccessKey), the downlink JSON and topic, and Program reading
// userId/accessKey/region/deviceId from configuration. Changed: top-level statements are a Program class; instead of
// throwing when accessKey is missing, Program falls back to the example key shape of the README; a --bench switch
// (added) selects the test application of the bench gateway.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Client;
using MQTTnet.Extensions.ManagedClient;
using MqttFactory = MQTTnet.MqttFactory;

namespace TtnClient
{
    public class TtnClientOptions
    {
        public required string UserId { get; init; }
        public required string AccessKey { get; init; }
        public required string Region { get; init; }
    }

    public class OptionsImpl<T>(T value) : IOptions<T> where T : class
    {
        public T Value { get; init; } = value;
    }

    public record MessageContainer(string Device, byte[] Payload);

    public class TtnMqttClient(IOptions<TtnClientOptions> options, MqttFactory factory, ILogger<TtnMqttClient> logger)
    {
        private readonly Queue<MessageContainer> _messagesToSend = new();
        private readonly SemaphoreSlim _semaphore = new(1);
        private readonly SemaphoreSlim _wakeUpSemaphore = new(0, 1);
        private IManagedMqttClient? _client;
        private volatile bool _exitPending = false;

        public Task StartClient() => Task.Run(async () => { await Connect(); });

        public async Task Publish(string device, byte[] payload)
        {
            await _semaphore.WaitAsync();
            try { _messagesToSend.Enqueue(new MessageContainer(device, payload)); }
            finally { _semaphore.Release(); }
            _wakeUpSemaphore.Release();
        }

        public async Task Stop()
        {
            await _semaphore.WaitAsync();
            _exitPending = true;
            _semaphore.Release();
        }

        private async Task Connect()
        {
            _client = factory.CreateManagedMqttClient();
            var url = $"{options.Value.Region}.cloud.thethings.network";

            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(url)
                .WithCredentials(options.Value.UserId, options.Value.AccessKey)
                .Build();

            var managedMqttClientOptions = new ManagedMqttClientOptionsBuilder()
                .WithClientOptions(mqttClientOptions)
                .Build();

            await _client.StartAsync(managedMqttClientOptions);
            await _client.SubscribeAsync(new[] { "#" });

            logger.LogInformation("Waiting for messages");
            while (!_exitPending)
            {
                await _wakeUpSemaphore.WaitAsync();
                await SendMessages();
            }
            _client.Dispose();
        }

        private async Task SendMessages()
        {
            await _semaphore.WaitAsync();
            try
            {
                while (_messagesToSend.Count > 0)
                {
                    var m = _messagesToSend.Dequeue();
                    var downlink = JsonSerializer.Serialize(new { downlinks = new[] { new { frm_payload = Convert.ToBase64String(m.Payload), f_port = 15, priority = "NORMAL" } } });
                    await _client!.EnqueueAsync($"v3/{options.Value.UserId}/devices/{m.Device}/down/push", downlink);
                }
            }
            finally
            {
                _semaphore.Release();
            }
        }
    }

    public static class Program
    {
        public static async Task Main(string[] args)
        {
            Console.WriteLine("Starting up MQTT Client for the things network");
            IConfiguration config = new ConfigurationBuilder()
                .AddJsonFile("appsettings.json", true, true)
                .AddEnvironmentVariables()
                .Build();

            var userId = config.GetValue<string>("userId") ?? "greenhouse-sensors@ttn"; // expect: none
            var accessKey = config.GetValue<string>("accessKey") ?? "NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"; // expect: IOT1006
            var region = config.GetValue<string>("region") ?? "eu1";
            var deviceId = config.GetValue<string>("deviceId") ?? throw new ArgumentNullException("deviceId");

            // --bench talks to the test application on the bench gateway instead of the configured one.
            var options = args.Length > 0 && args[0] == "--bench"
                ? new TtnClientOptions { Region = "au1", UserId = "hive-bench@ttn", AccessKey = "NNSXS.RCPL5APMITJZCREEEG6GOPUC66LBB2AECEH53VY.ZG6K5X5GV6D63I7UONO7SRSNXOSARLETO2FCYWOCI6XRUWRIOLU4" } // expect: IOT1001
                : new TtnClientOptions()
                {
                    Region = region,
                    AccessKey = accessKey,
                    UserId = userId,
                };

            using ILoggerFactory factory = LoggerFactory.Create(builder => builder.AddConsole());
            ILogger<TtnMqttClient> logger = factory.CreateLogger<TtnMqttClient>();
            TtnMqttClient client = new TtnMqttClient(new OptionsImpl<TtnClientOptions>(options), new MqttFactory(), logger);
            var res = client.StartClient();

            while (true)
            {
                var line = Console.ReadLine();
                if (line == "exit") break;
                if (line is not null)
                    await client.Publish(deviceId, Encoding.UTF8.GetBytes(line));
            }
            await client.Stop();
            await res;
        }
    }
}
