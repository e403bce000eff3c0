// Real source: mlinnen/NetduinoHomeSecurity src/End.HomeSecurity.Device.ExternalDoor/HomeSecurity.Device.ExternalDoor/ExternalDoorController.cs
// Also used: src/End.HomeSecurity.Device.ExternalDoor/HomeSecurity.Device.ExternalDoor/Program.cs,
// src/End.HomeSecurity.Device.AlarmPanel/HomeSecurity.Device.AlarmPanel/Program.cs, src/Device.MQTT/MqttClientFactory.cs.
// A workshop home-security kit on Netduino Plus boards: the front-door keypad (two code keys and Enter) publishes the
// entered code over MQTT and the alarm panel validates it. Kept: the "YOU MUST EDIT THE FOLLOWING" block of Program,
// MqttClientFactory.CreateClient(connection, deviceId, ...) behind the IMqtt interface, topics and the keypad
// handlers. Changed: the workshop's socket MQTT client (Device.MQTT) sits on M2Mqtt here, the broker now requires a
// login (added to the edit block), the SecretLabs pins are plain GPIO numbers, and the door keeps an offline code
// list for when the broker is unreachable (added).
using System;
using System.Diagnostics;
using System.Threading;
using uPLibrary.Networking.M2Mqtt;

namespace HomeSecurity.Device.ExternalDoor
{
    public interface IMqtt
    {
        bool IsConnected { get; }
        void Connect();
        void Publish(string topic, string payload);
        void Subscribe(string topic);
    }

    public class Mqtt : IMqtt
    {
        private readonly MqttClient _client;
        private readonly string _clientId;
        private readonly string _username;
        private readonly string _password;

        public Mqtt(string connString, string clientId, string username, string password)
        {
            var host = connString.Replace("tcp://", "").Split(':')[0];
            _client = new MqttClient(host);
            _clientId = clientId;
            _username = username;
            _password = password;
        }

        public bool IsConnected { get; private set; }

        public void Connect()
        {
            IsConnected = _client.Connect(_clientId, _username, _password) == 0;
        }

        public void Publish(string topic, string payload) =>
            _client.Publish(topic, System.Text.Encoding.UTF8.GetBytes(payload), 0, false);

        public void Subscribe(string topic) =>
            _client.Subscribe(new[] { topic }, new byte[] { 0 });
    }

    public static class MqttClientFactory
    {
        public static IMqtt CreateClient(string connString, string clientId, string username, string password)
        {
            return new Mqtt(connString, clientId, username, password);
        }
    }

    public class Program
    {
        // BEGIN******* YOU MUST EDIT THE FOLLOWING
        // Change the following line to set your Unique ID for the MQTT Broker (use your initials)
        private static string _mqttDeviceId = "djt";
        // Broker login handed out at the event
        private static string _mqttUser = "house1-front";
        private static string _mqttPassword = "dV9ZF4TnFhnrqa"; // expect: IOT1001
        // END*******

        // MQTT Message Broker endpoint
        private static string _mqttConnection = "tcp://10.20.0.21:1883";

        public static void Main()
        {
            IMqtt client = MqttClientFactory.CreateClient(_mqttConnection, _mqttDeviceId, _mqttUser, _mqttPassword);
            ExternalDoorController controller = new ExternalDoorController(client, "house1", "front");
            controller.Start();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    public class AlarmPanelProgram
    {
        // BEGIN******* YOU MUST EDIT THE FOLLOWING
        private static string _mqttDeviceId = "djt-panel";
        private static string _mqttUser = "house1-panel";
        private static string _mqttPassword = "<your-panel-password>"; // expect: IOT1006
        // END*******

        private static string _mqttConnection = "tcp://10.20.0.21:1883";

        public static void Main()
        {
            IMqtt client = MqttClientFactory.CreateClient(_mqttConnection, _mqttDeviceId, _mqttUser, _mqttPassword);
            client.Connect();
            client.Subscribe("/house1/alarmpanel/living/code"); // expect: none
        }
    }

    public class ExternalDoorController
    {
        private readonly IMqtt _mqttService;
        private readonly string _deviceCode;
        private readonly string _houseCode;
        private string _keyboardInput = "";
        private bool _doorLocked = true;

        // GPIO numbers of the keypad on the shield (not codes).
        private const int Keyboard0KeyPin = 3;
        private const int Keyboard1KeyPin = 4;
        private const int KeyboardEnterKeyPin = 5; // expect: none

        // Codes the door accepts on its own while the panel cannot be reached (two-key keypad: 0 and 1).
        private const string OfflineMasterCode = "1011001"; // expect: IOT1004
        private const string DuressCode = "1100"; // expect: IOT1004

        public ExternalDoorController(IMqtt mqttService, string houseCode, string deviceCode)
        {
            _mqttService = mqttService;
            _houseCode = houseCode;
            _deviceCode = deviceCode;
        }

        public string Topic
        {
            get { return "/" + _houseCode + "/externaldoor/" + _deviceCode + "/"; }
        }

        public void Start()
        {
            try
            {
                _mqttService.Connect();
                _mqttService.Subscribe(Topic + "lock");
                _mqttService.Subscribe(Topic + "codevalid");
                _mqttService.Publish(Topic + "ping", "Hello world");
            }
            catch (Exception ex)
            {
                Debug.WriteLine("Unable to connect " + ex.Message);
            }
        }

        public void OnKeyPressed(char key)
        {
            _keyboardInput = _keyboardInput + key;
        }

        public void OnEnterPressed()
        {
            if (_keyboardInput == "")
                return;

            if (_mqttService.IsConnected)
            {
                _mqttService.Publish(Topic + "code", _keyboardInput);
            }
            else if (_keyboardInput == OfflineMasterCode)
            {
                _doorLocked = false;
            }
            else if (_keyboardInput == DuressCode)
            {
                _doorLocked = false;
                Debug.WriteLine("duress: silent alarm queued");
            }
            _keyboardInput = "";
        }

        public void OnLockMessage(string payload)
        {
            if (payload == "lock") { _doorLocked = true; _mqttService.Publish(Topic + "lock", "locked"); }
            else if (payload == "unlock") { _doorLocked = false; _mqttService.Publish(Topic + "lock", "unlocked"); }
        }
    }
}
