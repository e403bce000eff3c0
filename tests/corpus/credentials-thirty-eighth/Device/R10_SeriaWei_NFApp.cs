// Real source: SeriaWei/NFApp NFApp/Program.cs (1495ecbe)
// Domain: .NET nanoFramework ESP32 dimmable lamp controlled from the Bemfa cloud over MQTT ("on#<duty>" / "off"), with
// an OLED status line and a BLE characteristic for local text.
// Kept: the Wi-Fi SSID / password in local consts given to WifiAdapter.Connect(ssid, kind, passwordCredential), the Bemfa
// MQTT connect (Bemfa takes the account's private key as the MQTT client id), the subscription, the PWM handler, the
// BLE service / characteristic UUIDs. Replaced: the real Wi-Fi password (6 lower-case letters + 4 digits) and the real
// Bemfa private key in the client-id slot (32 hex digits), both with python secrets. Trimmed: the SSD1306 OLED driver
// and the BLE GATT server plumbing (the UUIDs are kept); the MqttClient is built with its host only (the shared stub has
// that constructor; the original passes port 9501, no TLS). Renamed: namespace NFApp -> Corpus38.R10. Shimmed: M2Mqtt
// anonymous Connect, Subscribe and the publish-received / connection-closed events (see _Stubs.cs). Changed: the IPv4
// address read from nanoFramework's NetworkInterface (not stubbed) is the literal "0.0.0.0".
#nullable enable
using nanoFramework.Hardware.Esp32;
using nanoFramework.M2Mqtt.Messages;
using nanoFramework.M2Mqtt;
using System;
using System.Device.Gpio;
using System.Device.Wifi;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using System.Device.Pwm;

namespace Corpus38.R10
{
    public class Program
    {
        private static GpioController _gpioController = null!;
        private static PwmChannel _led = null!;
        private static GpioPin _ledPin = null!;
        public static void Main()
        {
            Configuration.SetPinFunction(18, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(16, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(13, DeviceFunction.PWM1);

            _gpioController = new GpioController();
            _led = PwmChannel.CreateFromPin(13, 40000, 0);
            _led.Stop();

            _ledPin = _gpioController.OpenPin(2, PinMode.Output);
            StartBluetooth();
            SetupAndConnectNetwork();
            ConnectToBemfa();

            while (true)
            {
                FlashTimes(1);
                Thread.Sleep(1000);
            }
        }

        private static void ConnectToBemfa()
        {
            while (true)
            {
                try
                {
                    MqttClient client = new MqttClient("bemfa.com");
                    client.Connect("bd2be8bba17e59d6559cd8258088c6b2"); // expect: none
                    // STEP 3: subscribe to topics you want
                    client.Subscribe(new[] { "nano002" }, new[] { MqttQoSLevel.AtLeastOnce }); // expect: none
                    client.OnMqttMsgPublishReceived(HandleIncomingMessage);
                    client.OnConnectionClosed(Client_ConnectionClosed);
                    break;
                }
                catch
                {
                    FlashTimes(3);
                }
            }
        }

        private static void Client_ConnectionClosed(object? sender, EventArgs e)
        {
            ConnectToBemfa();
        }

        private static void HandleIncomingMessage(object sender, MqttMsgPublishEventArgs e)
        {
            string[] message = Encoding.UTF8.GetString(e.Message, 0, e.Message.Length).Split('#');

            if (message[0] == "on")
            {
                _led.Start();

                if (message.Length > 1 && int.TryParse(message[1], out int dutyCycle))
                {
                    _led.DutyCycle = dutyCycle / 100.0;
                }
                else
                {
                    _led.DutyCycle = 1;
                }
            }
            else
            {
                _led.Stop();
            }
            Debug.WriteLine($"Message received: {message}");
        }

        private static void SetupAndConnectNetwork()
        {
            const string wifiSsid = "ZKEASOFT"; // expect: none
            const string wifiPassword = "ptbnag6515"; // expect: IOT1001

            var wifiAdapter = WifiAdapter.FindAllAdapters()[0];
            var ipAddress = "0.0.0.0";
            var needToConnect = string.IsNullOrEmpty(ipAddress) || (ipAddress == "0.0.0.0");
            if (!needToConnect) return;

            while (true)
            {
                var result = wifiAdapter.Connect(wifiSsid, WifiReconnectionKind.Automatic, wifiPassword);

                if (result.ConnectionStatus == WifiConnectionStatus.Success)
                {
                    Debug.WriteLine($"Connected to Wifi network with IP address {ipAddress}");
                    return;
                }
                else
                {
                    FlashTimes(2);
                    Thread.Sleep(1000);
                }
            }

        }
        private static void FlashTimes(int times)
        {
            for (int i = 0; i < times; i++)
            {
                _ledPin.Write(PinValue.High);
                Thread.Sleep(200);
                _ledPin.Write(PinValue.Low);
                Thread.Sleep(200);
            }
        }

        private static void StartBluetooth()
        {
            // Define some custom Uuids
            Guid serviceUuid = new Guid("7A95DB3E-8942-440B-8578-10B6309092B9"); // expect: none
            Guid readCharUuid = new Guid("3936F426-17C0-4BB3-8C3B-3E7F33C1716C");
            Debug.WriteLine($"BLE service {serviceUuid}, characteristic {readCharUuid} (GATT server trimmed)");
        }
    }
}
