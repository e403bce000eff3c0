// Written for corpus31 (not adapted from a repository).
// Domain: the "take a number" queue display and ticket dispenser of a supermarket deli counter (.NET nanoFramework ESP32): it
//   joins the store Wi-Fi, reports the queue to Azure IoT Hub, listens to the counter's MQTT buttons, messages staff through a
//   Telegram bot, serves a small admin page and offers WPS to the ticket printer.
// Shapes: both arms of a conditional at WifiNetworkHelper.ConnectDhcp (a placeholder and a working password on one line), a
//   static readonly key at nanoFramework DeviceClient's sasKey, a once-assigned local at nanoFramework M2Mqtt Connect, a bot
//   token interpolated into a URL path, a WebServer Basic attribute, a passcode in the team's own constant, a WPS PIN made by
//   LINQ over the serial's digits, a session id in hex from System.Random; hard negatives (GPIO number, prompt, example key,
//   an SSID made from the serial, blink delay).
using System;
using System.Linq;
using System.Net.Http;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus31.DeliQueueDisplay
{
    public static class DisplayBoot
    {
        private const string HubName = "deli-queue.azure-devices.net";
        private static readonly string HubSasKey = "TK7GWevX0WR8qrtnVFVvJIRPLoHKXZsWF+2ZXcZqYSY="; // expect: IOT1001
        private const string BotToken = "5954762728:AALUNnOxtT1q2jao2PQfLesYXKsPIM5QCEW"; // expect: IOT1003
        private const string CounterResetPasscode = "353416"; // expect: IOT1004
        public const int TicketButtonPin = 4; // expect: none
        public const string PasswordPrompt = "Enter the counter reset passcode"; // expect: none
        public const string ExampleApiKey = "example-api-key-123"; // expect: none
        private static readonly Random Rng = new Random();

        public static bool JoinStoreWifi(bool labBench) =>
            WifiNetworkHelper.ConnectDhcp("DeliCounter", labBench ? "your_wifi_password" : "uih6Fp-DSi"); // expect: IOT1006 IOT1001

        public static DeviceClient HubClient(string deviceId) => new DeviceClient(HubName, deviceId, HubSasKey);

        public static nanoFramework.M2Mqtt.MqttClient ConnectButtons(string deviceId)
        {
            var brokerPassword = "changeme"; // expect: IOT1002
            var mqtt = new nanoFramework.M2Mqtt.MqttClient("broker.deli.example");
            mqtt.Connect(deviceId, "display", brokerPassword);
            return mqtt;
        }

        public static void NotifyStaff(HttpClient http, string chatId, int number)
        {
            var url = $"https://api.telegram.org/bot{BotToken}/sendMessage?chat_id={chatId}&text=Now+serving+{number}";
            http.GetAsync(url).Wait();
        }

        public static bool ResetQueue(string entered) => entered == CounterResetPasscode;

        public static string SetupSsid(string serialNumber) => "DELI-QUEUE-" + serialNumber[^4..]; // expect: none

        public static string WpsPin(string serialNumber)
        {
            var wpsPin = new string(serialNumber.Where(char.IsDigit).Take(8).ToArray()); // expect: IOT1005
            return wpsPin;
        }

        public static string NewAdminSessionId()
        {
            var sessionId = $"{Rng.Next():x8}{Rng.Next():x8}"; // expect: IOT3005
            return sessionId;
        }

        public static int BlinkDelayMs() => Rng.Next(150, 600); // expect: none
    }

    [Authentication("Basic:counter g7z!YOmS8pLslb")] // expect: IOT1001
    public class QueueAdminController
    {
        public int Advance(int current) => current + 1;
    }
}
