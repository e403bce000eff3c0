// Real source: WilliamBZA/nanoframework.homeassistant TestSwitch/Program.cs + NanoFramework.HomeAssistant/HomeAssistant.cs
// Domain: a swimming-pool filter pump timer (ESP32, nanoFramework) exposed to Home Assistant through MQTT discovery.
// Kept: the relay on GPIO 13, CurrentState with on/off times, ConnectToWiFi, new HomeAssistant("Second Test",
// "192.168.88.172", username: "homeassistant", password: "...") (the password replaced by a generated value of the same
// shape), AddSwitch("Filter", ...) switching the relay, the half-hour time options; HomeAssistant keeping the
// constructor's username and password in fields and handing them to M2Mqtt's Connect(DeviceName, username, password).
// Changed: the stubbed MqttClient has only the host constructor; the state file is not read (nanoFramework.Json);
// ConnectToWiFi connects with credentials instead of Reconnect(requiresDateTime: true). Trimmed: discovery publishing,
// options and sensors. Added (marked "// Added"): the pool house Wi-Fi, the pool heater's timer built from the same sketch
// with a template password, the Home Assistant REST fallback.
using nanoFramework.Networking;
using NanoFramework.HomeAssistant;
using System;
using System.Collections;
using System.Device.Gpio;
using System.Net.Http;
using System.Threading;

namespace NanoFramework.HomeAssistant
{
    public class HomeAssistant : IDisposable
    {
        public HomeAssistant(string deviceName, string brokerIp, int port = 1883, string username = "", string password = "")
        {
            DeviceName = deviceName;
            this.brokerIp = brokerIp;
            this.port = port;
            this.username = username;
            this.password = password;

            items = new ArrayList();
        }

        public string DeviceName { get; private set; }

        public void Connect()
        {
            client = new nanoFramework.M2Mqtt.MqttClient(brokerIp);

            client.Connect(DeviceName, username, password);

            Console.WriteLine("Connected to MQTT Broker");
            isConnected = true;
        }

        public Switch AddSwitch(string name, string initialState)
        {
            var @switch = new Switch(name, initialState);
            items.Add(@switch);

            return @switch;
        }

        public void Dispose()
        {
        }

        nanoFramework.M2Mqtt.MqttClient client;

        private string brokerIp;
        private int port;
        private string username;
        private string password;
        private bool isConnected = false;

        private ArrayList items;
    }

    public class Switch
    {
        public Switch(string name, string initialState) { Name = name; State = initialState; }
        public string Name { get; }
        public string State { get; private set; }
        public event EventHandler<string> OnSetMessage;
        public void Trigger(string state) { State = state; OnSetMessage?.Invoke(this, state); }
    }
}

namespace TestSwitch
{
    public class CurrentState
    {
        public string OnTime { get; set; } = "08:00";
        public string OffTime { get; set; } = "20:00";
    }

    public class Program
    {
        public static void Main()
        {
            var controller = new GpioController();
            var relayPin = controller.OpenPin(13, PinMode.Output);
            relayPin.Write(PinValue.Low);

            var state = new CurrentState();

            ConnectToWiFi();

            var homeassistent = new HomeAssistant("Second Test", "192.168.88.172", username: "homeassistant", password: "lpwdzgso"); // expect: IOT1001

            // Added: the pool heater's timer, flashed from the same sketch before its broker account existed
            var heater = new HomeAssistant("Pool Heater", "192.168.88.172", username: "homeassistant", password: "MQTT_PASSWORD"); // expect: IOT1006

            var relay = homeassistent.AddSwitch("Filter", "OFF");
            relay.OnSetMessage += (s, e) =>
            {
                if (e == "ON")
                {
                    relayPin.Write(PinValue.High);
                }
                else
                {
                    relayPin.Write(PinValue.Low);
                }
            };

            var times = new[] {
                "08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00"
            };

            homeassistent.Connect();
            Thread.Sleep(Timeout.Infinite);
        }

        private static void ConnectToWiFi()
        {
            // Changed / Added: the pool house network
            var connected = WifiNetworkHelper.ConnectDhcp("PoolHouse", "5YCbt6RxjeX", requiresDateTime: true); // expect: IOT1001
            if (connected)
            {
                Console.WriteLine("Connected");
            }
        }

        // Added: when the broker is down the timer reports the pump state over Home Assistant's REST API
        public static void ReportOverRest(HttpClient http, bool on)
        {
            http.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIzNWQ4ZWNjMjBmNTliZTZhOTU4N2YzZmRjNmQ2MWJhNyIsImlhdCI6MTcyNjAwMDAwMCwiZXhwIjoyMDQxMzYwMDAwfQ.oYsm2_cE2t1L_xDrl6zumn0YPfLoafWUG13VimUCCOQ"); // expect: IOT1003
            http.PostAsync("http://192.168.88.172:8123/api/states/switch.pool_filter", new StringContent(on ? "{\"state\":\"on\"}" : "{\"state\":\"off\"}"));
        }
    }
}
