// Real source: https://github.com/zzfima/NanoFrameworkProjects/blob/0d58a5e4249868f7bf60160da6ad4f978921bbce/TemperatureIOT/NFAppTemperaturePressureAzureIoT/NFAppTemperaturePressureAzureIoT/Program.cs
// ESP32 on .NET nanoFramework measuring temperature and pressure for Azure IoT Hub, deep-sleeping between readings.
// Kept: the Secrets instance held in a static field (secrets.ComPort, secrets.Ssid, secrets.Password), the serial
// logger port, the Wi-Fi connect with named arguments and a cancellation token, deep sleep with a wake-up timer, the
// blinking LED thread.
// Changed: NetworkHelper.ConnectWifiDhcp(..., setDateTime: true, ...) is the current WifiNetworkHelper.ConnectDhcp
// (..., requiresDateTime: true, ...); the Secrets class (git-ignored in the repository) is written out here with the
// workshop's values: the Wi-Fi password (IOT1001), the IoT Hub SAS key held in a property and passed to the
// nanoFramework DeviceClient (IOT1001), a ThingSpeak write key still left as its template (IOT1006 at the update
// URL); the SSID and the hub's public root certificate are none.
using System;
using System.Device.Gpio;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Networking;

namespace NFAppTemperaturePressureAzureIoT
{
    internal class Secrets
    {
        public string ComPort { get; } = "COM2";
        public string Ssid { get; } = "Fima-Workshop"; // expect: none
        public string Password { get; } = "Xi5hQj1aoolf7rnY"; // expect: IOT1001
        public string IotHubName { get; } = "fima-iot-hub.azure-devices.net";
        public string DeviceId { get; } = "esp32-bmp280-01";
        public string SasKey { get; } = "nmcRW8FxdReXAD/+sOGDg6xdVwPywJeIrVmAae5CBNs="; // expect: IOT1001
        public string ThingSpeakWriteKey { get; } = "YOUR_THINGSPEAK_WRITE_KEY"; // expect: IOT1006

        // DigiCert Global Root G2, the IoT Hub server root
        public string AzureRootCa { get; } = "-----BEGIN CERTIFICATE-----\nMIIDjjCCAnagAwIBAgIQAzrx5qcRqaC7KGSxHQn65TANBgkqhkiG9w0BAQsFADBh\nMQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3\n-----END CERTIFICATE-----"; // expect: none
    }

    public class Program
    {
        private static int sleepTimeMilliseconds = 60000;
        private static GpioController s_GpioController;
        private static Secrets secrets = new Secrets();
        private static readonly int minutesToGoToSleep = 2;
        private static DeviceClient azureClient;

        public static void Main()
        {
            Init();
            new Thread(Blink).Start();
            ConnectToWifi();
            ConnectToHub();
        }

        private static void Init()
        {
            Trace($"Program Started on {secrets.ComPort}, connecting to Wifi.");
        }

        private static void ConnectToWifi()
        {
            CancellationTokenSource cs = new(sleepTimeMilliseconds);
            var success = WifiNetworkHelper.ConnectDhcp(secrets.Ssid, secrets.Password, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                Trace("Can't connect to wifi");
                GoToSleep();
            }
        }

        private static void ConnectToHub()
        {
            var rootCa = new X509Certificate(System.Text.Encoding.UTF8.GetBytes(secrets.AzureRootCa));
            azureClient = new DeviceClient(secrets.IotHubName, secrets.DeviceId, secrets.SasKey, azureCert: rootCa);
            if (!azureClient.Open())
            {
                Trace("Can't open the IoT Hub connection");
                GoToSleep();
            }
            azureClient.SendMessage("{\"temperature\":21.4,\"pressure\":1013.2}");
        }

        // Second channel the workshop dashboard reads from.
        private static void PostToThingSpeak(double temperature)
        {
            using var http = new System.Net.Http.HttpClient();
            http.GetStringAsync($"https://api.thingspeak.com/update?api_key={secrets.ThingSpeakWriteKey}&field1={temperature:F1}").Wait();
        }

        private static void GoToSleep()
        {
            Sleep.EnableWakeupByTimer(new TimeSpan(0, 0, minutesToGoToSleep, 0));
            Sleep.StartDeepSleep();
        }

        static void Trace(string message)
        {
            Debug.WriteLine(message);
        }

        private static void Blink()
        {
            s_GpioController = new GpioController();
            GpioPin led = s_GpioController.OpenPin(2, PinMode.Output);
            led.Write(PinValue.Low);

            while (true)
            {
                led.Toggle();
                Thread.Sleep(1000);
            }
        }
    }
}
