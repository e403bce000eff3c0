// Real source: eb2tech/cyd_mqtt_sample device/utils/sample_publish.linq
// Adapted: the LINQPad publisher that feeds the "cheap yellow display" kiosk, turned into a class; it keeps the
// MQTTnet v5 factory, the random test temperatures and the easter-egg message. The kiosk login is invented.
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace Corpus8.CydMqttSample
{
    public static class SamplePublish
    {
        private const string KioskHost = "pikiosk.local";
        private const string KioskUser = "linqpad";
        private const string KioskPassword = "Nimbus-Quill-4408"; // expect: IOT1001

        public static async Task RunAsync()
        {
            var mqttFactory = new MqttClientFactory();
            var rnd = new Random();

            using var mqttClient = mqttFactory.CreateMqttClient();
            var mqttClientOptions = new MqttClientOptionsBuilder()
                                        .WithTcpServer(KioskHost)
                                        .WithCredentials(KioskUser, KioskPassword)
                                        .Build();

            await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);
            Console.WriteLine("Connected...");

            for (var i = 0; i < 100; ++i)
            {
                var temp = rnd.Next(-100, 100); // expect: none
                await mqttClient.PublishStringAsync("home/livingroom/temperature", temp.ToString());
                Console.WriteLine($"Published {i}... {temp}");
                await Task.Delay(TimeSpan.FromSeconds(rnd.NextSingle())); // expect: none
            }

            await mqttClient.PublishStringAsync("home/livingroom/temperature", "88.7");
            await mqttClient.DisconnectAsync();
            Console.WriteLine("MQTT application messages published.");
        }

        // Pairing a new display: the kiosk shows this code and the publisher echoes it back.
        public static string NewPairingToken()
        {
            var rnd = new Random();
            var bytes = new byte[8];
            rnd.NextBytes(bytes); // expect: IOT3005
            return Convert.ToHexString(bytes);
        }

        public static string NewSessionId() => Random.Shared.Next().ToString("X8"); // expect: IOT3005

        public static int PickDemoScreen(int screens) => Random.Shared.Next(screens); // expect: none

        public static MqttClientOptions TlsOptions(string user, byte[] password) =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(KioskHost, 8883)
                .WithCredentials(user, password)
                .WithTlsOptions(o => o.UseTls())
                .Build();

        public static MqttClientOptions DisplayOptions() =>
            TlsOptions("cyd-display", System.Text.Encoding.UTF8.GetBytes("Saffron_Ridge_31")); // expect: IOT1001

        public static MqttClientOptions LocalUriOptions() =>
            new MqttClientOptionsBuilder().WithConnectionUri("mqtt://linqpad:Tamarack-0917@pikiosk.local:1883").Build(); // expect: IOT1001
    }

    public static class KioskExtras
    {
        public static string NewApiToken() => new string(System.Linq.Enumerable.Range(0, 16).Select(_ => "abcdef0123456789"[Random.Shared.Next(16)]).ToArray()); // expect: IOT3005
        public static int NextRetryDelayMs() => 500 + Random.Shared.Next(250); // expect: none
        public const string TokenTopic = "kiosk/pairing/token"; // expect: none
    }
}
