// Real source: https://github.com/kruglovvs/strange_cube/blob/a22d7755844e09262a039c0db8f23b74fb21b905/ProjectEsp32/Network/NetworkController.cs
// Also adapted: ProjectEsp32/Network/Clients/Mqtt.cs, Network/Connections/Wifi.cs, Network/Constants/Mqtt.cs,
// Network/Constants/Wifi.cs, Network/Clients/Topics.cs (ESP32 puzzle cube on .NET nanoFramework).
// Kept: the static NetworkController wiring a Wifi connection and an M2Mqtt client subclass from constants classes,
// the MQTT constants' "password" (a listed default, IOT1002 at the broker's Connect), the topic lists.
// Changed: the Wi-Fi key is a new value; the shared MqttClient stub has only the (host) constructor, so the TLS
// parameters are kept as fields; WifiNetworkHelper.Status is replaced by the ConnectDhcp result.
// Added: a setup access point whose key is made from the board's MAC address (IOT1005), a round's session token
// drawn from System.Random (IOT3005), a prefix the game master's instructions must carry, checked by the cube's own
// code (IOT1004).
using System;
using System.Text;
using System.Net.NetworkInformation;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using nanoFramework.Networking;

namespace Network.Constants
{
    public static class Wifi
    {
        public static readonly string SSID = "CubeLab_2G"; // expect: none
        public static readonly string Password = "Vq7#kRn2-Lzw4"; // expect: IOT1001
    }

    public static class Mqtt
    {
        public static readonly string Ip = "10.40.2.17";
        public const int Port = 8883;
        public const bool UsingSecure = true;
        public static readonly string CaCertThumbprint = "3B1EFD3A66EA28B16697394703A72CA340A05BD5"; // expect: none

        public static readonly string clientID = "strange-cube-01";
        public static readonly string Username = "cube";
        public static readonly string Password = "password"; // expect: IOT1002

        // Instructions from the game master's laptop start with this prefix; players' phones never see it.
        public static readonly string GameMasterSecret = "Orb1t-Sh1ft#42"; // expect: IOT1004
    }
}

namespace Network.Clients
{
    public static class Topics
    {
        public static readonly string[] Subscribed = { "/Instructions", "/Boot" };
        public static readonly string[] Publishing = { "/GameData" };
    }

    public class GotMessageEventArgs : EventArgs
    {
        public GotMessageEventArgs(string topic, string message) { Topic = topic; Message = message; }
        public string Topic { get; }
        public string Message { get; }
    }

    public class Mqtt : MqttClient
    {
        private string _clientID { get; set; }
        private string _username { get; set; }
        private string _password { get; set; }
        private readonly int _port;
        private readonly bool _secure;

        internal Mqtt(string brokerHostName, int brokerPort, bool secure,
            string clientID, string username, string password) :
            base(brokerHostName)
        {
            _port = brokerPort;
            _secure = secure;
            _clientID = clientID;
            _username = username;
            _password = password;
            Connect(clientID, username, password);
        }

        public bool Publish(string topic, string message)
        {
            this.Publish(topic, Encoding.UTF8.GetBytes(message), MqttQoSLevel.ExactlyOnce, false);
            return true;
        }

        public void Subscribe(string topic)
        {
            this.Subscribe(new string[] { topic }, new MqttQoSLevel[] { MqttQoSLevel.ExactlyOnce });
        }

        public bool Reconnect()
        {
            return Connect(_clientID, _username, _password) == 0;
        }

        public event EventHandler<GotMessageEventArgs> Got;

        internal void Raise(string topic, string message) => Got?.Invoke(this, new GotMessageEventArgs(topic, message));
    }
}

namespace Network.Connections
{
    public class Wifi
    {
        private string _ssid { get; set; }
        private string _password { get; set; }
        private bool _connected;

        internal Wifi(string ssid, string password)
        {
            _ssid = ssid;
            _password = password;
        }

        public bool Connect()
        {
            _connected = WifiNetworkHelper.ConnectDhcp(_ssid, _password);
            return IsConnected;
        }

        public bool IsConnected => _connected;

        public void Disconnect()
        {
            WifiNetworkHelper.Disconnect();
            _connected = false;
        }

        public bool Reconnect()
        {
            _connected = WifiNetworkHelper.Reconnect();
            return _connected;
        }

        // When the workshop network is gone the cube opens its own access point so the game master can reconfigure it.
        public static WirelessAPConfiguration SetupAccessPoint()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string macHex = BitConverter.ToString(mac).Replace("-", "");
            var ap = new WirelessAPConfiguration();
            ap.Ssid = "StrangeCube-" + macHex.Substring(8);
            ap.Password = "cube" + macHex.Substring(4).ToLower(); // expect: IOT1005
            return ap;
        }
    }
}

namespace Network
{
    public static class GameSession
    {
        private static readonly Random s_random = new Random();

        // Sent with /Boot so the game master's console only accepts moves from this round.
        public static string NewSessionToken() => s_random.Next().ToString("X8"); // expect: IOT3005
    }

    public static class NetworkController
    {
        private static Connections.Wifi s_wifi;
        private static Clients.Mqtt s_mqtt;

        static NetworkController()
        {
            s_wifi = new Connections.Wifi(Constants.Wifi.SSID, Constants.Wifi.Password);
            if (!s_wifi.Connect())
            {
                Connections.Wifi.SetupAccessPoint();
            }
            s_mqtt = new Clients.Mqtt(Constants.Mqtt.Ip, Constants.Mqtt.Port, Constants.Mqtt.UsingSecure,
                Constants.Mqtt.clientID, Constants.Mqtt.Username, Constants.Mqtt.Password);
            foreach (string topic in Clients.Topics.Subscribed)
            {
                s_mqtt.Subscribe(topic);
            }
            s_mqtt.Got += (sender, e) =>
            {
                if (e.Topic == "/Instructions" && !e.Message.StartsWith(Constants.Mqtt.GameMasterSecret + ":"))
                {
                    return;
                }
                Got?.Invoke(sender, e);
            };
        }

        public static bool IsConnected => s_mqtt.IsConnected && s_wifi.IsConnected;

        public static bool Reconnect()
        {
            if (!s_wifi.IsConnected)
            {
                s_wifi.Reconnect();
            }
            if (!s_mqtt.IsConnected)
            {
                s_mqtt.Reconnect();
            }
            return IsConnected;
        }

        public static bool Publish(string topic, string message)
        {
            if (!IsConnected)
            {
                if (!Reconnect()) { return false; }
            }
            return s_mqtt.Publish(topic, message);
        }

        public static event EventHandler<Clients.GotMessageEventArgs> Got;
    }
}
