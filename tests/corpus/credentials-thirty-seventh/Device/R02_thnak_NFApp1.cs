// Real source: thnak/NFApp1 NFApp1/Program.cs (73b0baab291a7f48d03775f1596c8e3d96cdf509)
// Domain: ESP32 (.NET nanoFramework) button-press counter: a debounced GPIO interrupt counts presses and a worker thread
//         publishes the count over MQTT every five seconds, with the board's Wi-Fi MAC address as the MQTT client id.
// Kept: Main (Wi-Fi scan and connect with the sample's SSID / password placeholders, MAC lookup, GPIO interrupt setup,
//       MQTT thread), the interrupt handler, the publisher thread, the subscribed handler.
// Trimmed: nothing of substance.
// Shimmed: the WifiAdapter AvailableNetworksChanged event, ScanAsync, NetworkReport and WifiAvailableNetwork.Ssid,
//          M2Mqtt Connect(clientId), Publish and the MqttMsgSubscribed event (see _Stubs.cs); nanoFramework's
//          NetworkInterface (IPv4Address, PhysicalAddress as bytes) is written against the .NET BCL's NetworkInterface
//          (GetPhysicalAddress().GetAddressBytes()); the Connect(network, ...) result is cast to WifiConnectionResult.
// Renamed: class Program to ButtonCounterProgram (three adapted files share the default NFApp1 namespace).
// Replaced: nothing (the Wi-Fi values are the sample's placeholders, kept as written).
using System;
using System.Device.Gpio;
using System.Device.Wifi;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.M2Mqtt;

namespace NFApp1
{
    public abstract class ButtonCounterProgram
    {
        // The GPIO pin the button is connected to.
        // Connect the other side of the button to GND.
        private const int ButtonPin = 15; // expect: none

        // --- Thread-Safe Shared Data ---
        // The object we will use for locking to ensure thread safety.
        private static readonly object SLock = new();
        // The counter variable for button presses.
        private static int _sPressCount = 0;
        // ---

        public static void Main()
        {
            // 0. Connect to WiFi
            Debug.WriteLine("Connecting to WiFi...");
            WifiAdapter wifi = WifiAdapter.FindAllAdapters()[0];
            wifi.OnAvailableNetworksChanged(AvailableNetworksChangedEventHandler);
            WifiAvailableNetwork targetNetwork = null;
            wifi.ScanAsync();
            Thread.Sleep(2000); // Wait for scan to complete
            foreach (var net in wifi.GetNetworkReport().AvailableNetworks)
            {
                if (net.GetSsid() == "YOUR_SSID") // expect: none
                {
                    targetNetwork = net;
                    break;
                }
            }
            if (targetNetwork == null)
            {
                Debug.WriteLine("Target WiFi network not found!");
                return;
            }
            var result = (WifiConnectionResult)wifi.Connect(targetNetwork, WifiReconnectionKind.Automatic, "YOUR_PASSWORD"); // expect: IOT1006
            if (result.ConnectionStatus != WifiConnectionStatus.Success)
            {
                Debug.WriteLine($"WiFi connection failed: {result.ConnectionStatus}");
                return;
            }
            Debug.WriteLine("WiFi connected.");

            // Get MAC address
            string macAddress = null;
            foreach (var ni in NetworkInterface.GetAllNetworkInterfaces())
            {
                if (ni.NetworkInterfaceType == NetworkInterfaceType.Wireless80211 && ni.OperationalStatus == OperationalStatus.Up)
                {
                    macAddress = BitConverter.ToString(ni.GetPhysicalAddress().GetAddressBytes()); // expect: none
                    break;
                }
            }
            if (macAddress == null)
            {
                Debug.WriteLine("No active WiFi interface found!");
                return;
            }
            Debug.WriteLine($"Device MAC address: {macAddress}");

            // 1. Setup the GPIO pin for the button
            GpioController gpio = new GpioController();
            // Open the pin with an internal pull-up resistor.
            GpioPin buttonPin = gpio.OpenPin(ButtonPin, PinMode.InputPullUp);
            // Set a debounce timeout to filter out noise from the button press.
            buttonPin.DebounceTimeout = TimeSpan.FromMilliseconds(50);
            // Register the event handler method to be called on a pin value change.
            buttonPin.ValueChanged += Button_ValueChanged_Handler;

            Debug.WriteLine("GPIO Interrupt setup complete. Ready for button presses.");

            // Pass MAC address to MQTT thread
            Thread mqttThread = new Thread(() => MqttPublisherThread(macAddress));
            mqttThread.Start();

            // 3. Keep the main application thread alive indefinitely
            Thread.Sleep(Timeout.Infinite);
        }

        private static void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e)
        {
            Debug.WriteLine("Available networks changed.");
        }

        /// <summary>
        /// This is our Interrupt Service Routine (ISR).
        /// It's called automatically by the hardware when the button pin's state changes.
        /// It should be VERY FAST.
        /// </summary>
        private static void Button_ValueChanged_Handler(object sender, PinValueChangedEventArgs e)
        {

            // We only care about the 'Falling' edge (when the button is pressed and connects the pin to GND).
            if (e.ChangeType == PinEventTypes.Falling)
            {
                // Lock the shared counter to safely increment it.
                lock (SLock)
                {
                    _sPressCount++;
                }
                Debug.WriteLine($"Button pressed! Total count is now: {_sPressCount}");
            }
        }

        /// <summary>
        /// This is the long-running thread that handles publishing the data.
        /// </summary>
        private static void MqttPublisherThread(string clientId)
        {
            MqttClient client = new MqttClient("broker.hivemq.com");
            client.Connect(clientId);
            client.OnMqttMsgSubscribed(Client_MqttMsgSubscribedHandler);
            Debug.WriteLine("MQTT publisher thread started.");

            while (true)
            {
                // Wait for 5 seconds before publishing.
                Thread.Sleep(5000);

                int countToPublish = 0;

                // Lock the shared counter to safely read its value and reset it.
                lock (SLock)
                {
                    // Only proceed if there's something to report.
                    if (_sPressCount > 0)
                    {
                        countToPublish = _sPressCount;
                        _sPressCount = 0; // Reset the counter after reading
                    }
                }

                // Publish the data if there were any presses in the last interval.
                if (countToPublish > 0)
                {
                    string payload = $"{{ \"presses\": {countToPublish} }}";

                    // convert the payload to a byte array
                    var payloadBytes = System.Text.Encoding.UTF8.GetBytes(payload);
                    client.Publish("device/button/count", payloadBytes);
                    Debug.WriteLine($"Published MQTT message: {payload}");
                }
            }
        }

        private static void Client_MqttMsgSubscribedHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgSubscribedEventArgs e)
        {
            // Optionally handle subscription event
        }
    }
}
