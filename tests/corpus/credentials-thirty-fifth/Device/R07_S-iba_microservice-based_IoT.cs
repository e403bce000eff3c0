// Real source: S-iba/microservice-based_IoT IoT.Esp32/Program.cs (705a58c9), IoT.Worker/Program.cs (2cb11537),
//   IoT.Worker/CommandComsumer.cs (00dc5517)
// Domain: a microservice IoT demo: a phone app posts LED commands to an API, a worker takes them from RabbitMQ and calls an
//   ESP32 (.NET nanoFramework) board on the LAN, which joins a mobile hotspot and switches its LED over HTTP.
// Kept: the ESP32's Wi-Fi constants and ConnectDhcp call, its /control?action= handler (flash, on, off); the worker's
//   MassTransit set-up with the RabbitMQ host, user name and password, the consumer calling the board's URL.
// Trimmed: the ESP32's I2C LCD driver and status text, the HTTP response details, EF Core / SignalR in the API.
// Changed: the worker's top-level statements are written as WorkerHost.Configure (a library cannot hold top-level
//   statements); nanoFramework's HttpListener("http", 80) is written as .NET's listener with a prefix; the GPIO LED is an
//   added stand-in.
// Added: Led (for the GPIO pin), ActionCommand.
// Shimmed (_Stubs.cs): MassTransit's IBusRegistrationConfigurator, IRabbitMqBusFactoryConfigurator,
//   IRabbitMqHostConfigurator, IConsumer<T>, ConsumeContext<T>; ILogger<T>.
// Replaced: the author's real mobile-hotspot Wi-Fi password (11 upper-case letters and digits) is REPLACED by 11 random
//   upper-case letters and digits generated with python secrets. RabbitMQ's "guest" / "guest" is kept as written (the
//   broker's universal default login); the SSID, the host name and the "192.168.1.YY" template are kept as written.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MassTransit;
using Microsoft.Extensions.Logging;
using nanoFramework.Networking;

namespace IoT.Esp32
{
    public class Program
    {
        public static void Main()
        {
            // Connect to Wi-Fi:
            const string ssid = "HUAWEI_E5577_F75F"; // expect: none
            const string password = "KXWL1UK025Y"; // expect: IOT1001

            bool connected = WifiNetworkHelper.ConnectDhcp(ssid, password, requiresDateTime: false);
            if (!connected)
            {
                Debug.WriteLine("Failed - Wi-Fi");
                Thread.Sleep(Timeout.Infinite);
            }

            var ledPin = new Led(2);
            ledPin.Write(false);

            HttpListener listener = new HttpListener();
            listener.Prefixes.Add("http://+:80/");
            listener.Start();

            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                HttpListenerRequest request = context.Request;
                HttpListenerResponse response = context.Response;
                string rawUrl = request.RawUrl ?? "";

                if (rawUrl.IndexOf("/control?action=") == 0)
                {
                    string action = rawUrl.Substring("/control?action=".Length);
                    if (action == "FLASH_LED")
                    {
                        for (int i = 0; i < 3; i++) { ledPin.Write(true); Thread.Sleep(250); ledPin.Write(false); }
                    }
                    if (action == "TURN_ON") ledPin.Write(true);
                    else if (action == "TURN_OFF") ledPin.Write(false);
                    response.StatusCode = (int)HttpStatusCode.OK;
                }
                else
                {
                    response.StatusCode = (int)HttpStatusCode.BadRequest;
                }
                response.OutputStream.Close();
            }
        }
    }

    // added: stand-in for the GPIO output pin
    public sealed class Led { public Led(int pin) { } public void Write(bool on) { } }
}

namespace IoT.Worker
{
    public static class WorkerHost
    {
        public static void Configure(IBusRegistrationConfigurator x)
        {
            // Register the consumer
            x.AddConsumer<CommandComsumer>();

            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host("siba-pie", "/", h => // expect: none
                {
                    h.Username("guest"); // expect: none
                    h.Password("guest"); // expect: IOT1002
                });

                // Create a Queue and bind it to exchange with the same name as the consumer
                cfg.ReceiveEndpoint("action-commands", e =>
                {
                    e.ConfigureConsumer<CommandComsumer>(context);
                });
            });
        }
    }

    public class CommandComsumer : IConsumer<ActionCommand>
    {
        private readonly ILogger<CommandComsumer> _logger;
        private readonly HttpClient _httpClient;

        public CommandComsumer(ILogger<CommandComsumer> logger, HttpClient httpClient)
        {
            _logger = logger;
            _httpClient = httpClient;
        }

        public async Task Consume(ConsumeContext<ActionCommand> context)
        {
            var command = context.Message;
            _logger.LogInformation("Received command ID {Id}: Execute Action -> {ActionType}", command.Id, command.ActionType);

            // trigger ESP32 over the network to execute the command
            string esp32Ip = "192.168.1.YY"; // expect: none
            string url = $"http://{esp32Ip}/control?action={command.ActionType}";

            var response = await _httpClient.GetAsync(url);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"ESP32 failed with status code {response.StatusCode}");
            }
        }
    }

    // added: stand-in for IoT.Shared.Models.ActionCommand
    public class ActionCommand { public Guid Id { get; set; } public string ActionType { get; set; } = ""; }
}
