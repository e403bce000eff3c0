// Real source: https://github.com/Apress/Embedded-Systems-with-.NET-nanoFramework/blob/2bd4f6d57b9e823f7cc0eec0224153bd1d87a766/PoolController/Program.cs
// (also PoolController/KeypadController.cs, PoolController/GeneralConfiguration.cs)
// Pool chemistry controller (pH, chlorine, turbidity) on .NET nanoFramework reporting to Azure IoT Hub. Kept: the
// IotBrokerAddress / DeviceID / SasKey constants with the book's "YOUR_..." templates, the nanoFramework
// DeviceClient(iotHub, deviceId, sasKey, qos), AddMethodCallback(UpdateConfiguration), the keypad pins with their
// debounce, GeneralConfiguration.Update. Added: the demonstration rig's key chosen per device id, and the service
// menu that asks for a code on the keypad before dosing settings can be changed.
using System;
using System.Device.Gpio;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Json;

namespace PoolController
{
    public class Program
    {
        // Azure IoT Hub connection settings - Replace with your own values
        private const string IotBrokerAddress = "YOUR_IOT_HUB_NAME.azure-devices.net"; // expect: none
        private const string DeviceID = "YOUR_DEVICE_ID"; // expect: none
        private const string SasKey = "YOUR_DEVICE_SAS_KEY"; // expect: IOT1006

        public static DeviceClient AzureClient;
        private static GpioController gpioController;

        public static void Main()
        {
            gpioController = new GpioController();
            KeypadController.Init(gpioController);

            var deviceId = ReadDeviceIdFromFlash();
            AzureClient = new DeviceClient(IotBrokerAddress, deviceId, SasKeyFor(deviceId), 1);
            AzureClient.AddMethodCallback(UpdateConfiguration);

            while (true)
            {
                float ph = 7.2f;
                if (ph < GeneralConfiguration.PhLowThreshold || ph > GeneralConfiguration.PhHighThreshold)
                {
                    Console.WriteLine($"pH out of range: {ph}");
                }

                if (KeypadController.SelectPressed)
                {
                    ServiceMenu.Run();
                }

                AzureClient.SendMessage(JsonConvert.SerializeObject(new { ph }));
                Thread.Sleep(GeneralConfiguration.SampleRate * 1000);
            }
        }

        // the trade-show rig runs the same image as customer controllers
        private static string SasKeyFor(string deviceId) => deviceId switch
        {
            "pool-demo-rig-01" => "0ytl9F0s7t/MX5X97KpDh8pwSpXB3cr2idFraLTCi/o=", // expect: IOT1001
            _ => SasKey,
        };

        private static string ReadDeviceIdFromFlash() => DeviceID;

        private static string UpdateConfiguration(int rid, string payload)
        {
            var newConfig = (BaseConfiguration)JsonConvert.DeserializeObject(payload, typeof(BaseConfiguration));
            if (newConfig == null)
            {
                return "{\"result\": \"Failed to parse new configuration\"}";
            }
            GeneralConfiguration.Update(newConfig);
            return "{\"result\": \"OK\"}";
        }
    }

    public class BaseConfiguration
    {
        public int SampleRate { get; set; } = 60;
        public float PhLowThreshold { get; set; } = 7.0f;
        public float PhHighThreshold { get; set; } = 7.6f;
    }

    public class GeneralConfiguration
    {
        public static int SampleRate { get; set; } = 60;
        public static float PhLowThreshold { get; set; } = 7.0f;
        public static float PhHighThreshold { get; set; } = 7.6f;

        public static void Update(BaseConfiguration newConfig)
        {
            SampleRate = newConfig.SampleRate;
            PhLowThreshold = newConfig.PhLowThreshold;
            PhHighThreshold = newConfig.PhHighThreshold;
        }
    }

    public static class ServiceMenu
    {
        private const string ServiceMenuPin = "4721"; // expect: IOT1004
        private const int MaxAttempts = 3;

        public static void Run()
        {
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                string entered = KeypadController.ReadDigits(4);
                if (entered == ServiceMenuPin)
                {
                    Console.WriteLine("Service menu unlocked");
                    return;
                }
                Console.WriteLine("Wrong code");
            }
        }
    }

    public static class KeypadController
    {
        private const int BackPin = 4; // expect: none
        private const int UpPin = 5;
        private const int DownPin = 6;
        private const int SelectPin = 7;
        private static readonly TimeSpan DebounceTime = TimeSpan.FromMilliseconds(250);

        private static GpioPin _up;
        private static GpioPin _down;
        private static GpioPin _select;
        private static bool _selectPressed;
        private static int _digit;

        public static readonly ManualResetEvent SelectChanged = new ManualResetEvent(false);
        public static bool SelectPressed => _selectPressed;

        public static void Init(GpioController gpioController)
        {
            gpioController.OpenPin(BackPin, PinMode.InputPullUp);
            _up = gpioController.OpenPin(UpPin, PinMode.InputPullUp);
            _down = gpioController.OpenPin(DownPin, PinMode.InputPullUp);
            _select = gpioController.OpenPin(SelectPin, PinMode.InputPullUp);
            _up.DebounceTimeout = DebounceTime;
            _select.DebounceTimeout = DebounceTime;
            _up.ValueChanged += (s, e) => { if (e.ChangeType == PinEventTypes.Falling) _digit = (_digit + 1) % 10; };
            _down.ValueChanged += (s, e) => { if (e.ChangeType == PinEventTypes.Falling) _digit = (_digit + 9) % 10; };
            _select.ValueChanged += (s, e) => { _selectPressed = e.ChangeType == PinEventTypes.Falling; SelectChanged.Set(); };
        }

        public static string ReadDigits(int count)
        {
            var digits = new char[count];
            for (int i = 0; i < count; i++)
            {
                SelectChanged.WaitOne();
                SelectChanged.Reset();
                digits[i] = (char)('0' + _digit);
            }
            return new string(digits);
        }
    }
}
