// Real source: https://github.com/sheigl/PrinterCameraControl/blob/3b543d0d6a0697bde4bf138a357f1123f0577e5b/Program.cs
// Also adapted: Worker.cs, MqttSettings.cs, MqttHandler.cs, MoonrakerEvent.cs (systemd service on the printer's Pi
// that switches the print-bed camera on when Klipper/Moonraker reports a print).
// Kept: the MQTTnet v3 options builder (client id with a GUID, TCP server, credentials, clean session), the Worker
// connecting with the options, MqttSettings (Host, Username, Password, Topic), the message handler.
// Changed: the host builder and DI registrations are a plain composition method; the broker login in the original was
// "mosquitto" with an empty password: the bench broker's listed default "mosquitto" is the password here (IOT1002).
// Added: the Moonraker HTTP client with its X-Api-Key fallback (IOT1001), the variable and header names it uses (none),
// the bed camera's RTSP password made from the host name (IOT1005).
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Client.Options;
using IMqttClient = MQTTnet.Client.IMqttClient;
using MqttApplicationMessageReceivedEventArgs = MQTTnet.Client.MqttApplicationMessageReceivedEventArgs;
using MqttFactory = MQTTnet.MqttFactory;

namespace PrinterCameraControl
{
    class MqttSettings
    {
        public string Host { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string Topic { get; set; }
    }

    class MoonrakerEvent
    {
        public string Method { get; set; }
        public string PrintState { get; set; }
    }

    class MoonrakerClient
    {
        private const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("http://voron.local:7125") };

        public MoonrakerClient()
        {
            string apiKey = Environment.GetEnvironmentVariable("MOONRAKER_API_KEY"); // expect: none
            _http.DefaultRequestHeaders.Add(ApiKeyHeaderName, apiKey ?? "8f93527d6bd807978fdacaf80e49827f"); // expect: IOT1001
        }

        public Task<string> GetPrintStatsAsync() => _http.GetStringAsync("/printer/objects/query?print_stats");

        // The bed camera's RTSP login is set by the provisioning script from the printer's host name.
        public Uri BedCameraStream()
        {
            string camPassword = Environment.MachineName.ToLowerInvariant() + "-cam"; // expect: IOT1005
            return new Uri($"rtsp://printer:{camPassword}@{Environment.MachineName}.local:8554/bedcam");
        }

        public Task SetCameraAsync(bool on) =>
            _http.PostAsync($"/machine/device_power/device?device=bedcam&action={(on ? "on" : "off")}", null);
    }

    class MqttHandler
    {
        private readonly MoonrakerClient _moonraker;

        public MqttHandler(MoonrakerClient moonraker) { _moonraker = moonraker; }

        public async Task HandleApplicationMessageReceivedAsync(MqttApplicationMessageReceivedEventArgs eventArgs)
        {
            var payload = System.Text.Encoding.UTF8.GetString(eventArgs.ApplicationMessage.Payload);
            var evt = Newtonsoft.Json.JsonConvert.DeserializeObject<MoonrakerEvent>(payload);
            if (evt?.Method == "notify_status_update")
            {
                await _moonraker.SetCameraAsync(evt.PrintState == "printing");
            }
        }
    }

    public class Worker : BackgroundService
    {
        private readonly ILogger<Worker> _logger;
        private readonly IMqttClientOptions _options;
        private readonly IMqttClient _mqttClient;

        public Worker(ILogger<Worker> logger, IMqttClientOptions options, IMqttClient mqttClient)
        {
            _logger = logger;
            this._options = options;
            _mqttClient = mqttClient;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await _mqttClient.ConnectAsync(_options, stoppingToken);
            _logger.LogInformation("### CONNECTED WITH SERVER ###");
            stoppingToken.Register(async () => await _mqttClient.DisconnectAsync());
        }
    }

    public static class Composition
    {
        public static IMqttClientOptions CreateOptions()
        {
            // Create TCP based options using the builder.
            var options = new MqttClientOptionsBuilder()
                .WithClientId($"PrinterCameraConrol-{Guid.NewGuid()}") // expect: none
                .WithTcpServer("192.168.4.202")
                .WithCredentials("mosquitto", "mosquitto") // expect: IOT1002
                .WithCleanSession()
                .Build();

            return options;
        }

        public static Worker CreateWorker(ILogger<Worker> logger)
        {
            var factory = new MqttFactory();
            var mqttClient = factory.CreateMqttClient();
            var handler = new MqttHandler(new MoonrakerClient());
            mqttClient.ApplicationMessageReceivedAsync += handler.HandleApplicationMessageReceivedAsync;
            return new Worker(logger, CreateOptions(), mqttClient);
        }
    }
}
