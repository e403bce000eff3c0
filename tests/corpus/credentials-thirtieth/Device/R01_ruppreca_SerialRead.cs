// Real source: ruppreca/SerialRead Mqtt.cs (1660ba27)
// Domain: Raspberry Pi controller of a home heating system's circulation pump and hot-water tank, reporting temperatures to the
// house MQTT broker with M2Mqtt.
// Kept: the class as written: broker user, password and address in private consts, MqttClient(host), Connect(clientId, user, password).
// Changed: the broker password is replaced by an invented value of the same shape (twelve mixed-case letters); user name and address kept.
// Shims (not the library's own surface, see _Stubs.cs): the shared MqttClient stub is not partial, so its events are subscribed through
//   OnMqttMsgPublishReceived(...) / OnMqttMsgSubscribed(...) extension methods (the original uses `+=`), and IsConnected,
//   Subscribe and Publish are extension methods (IsConnected is called as a method). NLog is stubbed.
using NLog;
using System;
using System.Net;
using System.Reflection.Metadata;
using System.Text;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;


namespace Z_PumpControl_Raspi
{
    internal class Mqtt
    {
        private MqttClient _client;
        private const string user = "raspi-ar"; // expect: none
        private const string passwd = "jsfNbOVDSpIn"; // expect: IOT1001
        private const string mqttIp = "192.168.178.26";

        private static Logger Log = LogManager.GetCurrentClassLogger();

        public Mqtt()
        {
            _client = new MqttClient(mqttIp);
            var r = _client.Connect(Guid.NewGuid().ToString(), user, passwd);
            Log.Info($"Connect returns {r}, Is connected: {_client.IsConnected()}");
        }

        private void ClientMqttMsgPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            Log.Info($"MQTT message received: {Encoding.ASCII.GetString(e.Message)}, topic: {e.Topic}");
        }

        private void ClientMqttMsgSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            Log.Info($"Subscribe received, Msg.Id:{e.MessageId}, Qos:{e.GrantedQoSLevels}");
        }

        public void subscribe(string topic)
        {
            if (_client.IsConnected())
            {
                _client.OnMqttMsgPublishReceived(ClientMqttMsgPublishReceived);
                _client.OnMqttMsgSubscribed(ClientMqttMsgSubscribed);
                //_client.MqttMsgPublished += ClientMqttMsgPublished;
                //_client.ConnectionClosed += ClientMqttConnectionClosed;

                _client.Subscribe([topic], [MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE]);
            }
        }

        public void publishZ(string value)
        {
            var r = _client?.Publish("HomeTemp/Z-PumpOn", Encoding.UTF8.GetBytes(value), MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, false);
            //Log.Info($"Publish Z returns {r}");
        }

        public void publishWw(string value)
        {
            var r = _client?.Publish("HomeTemp/WWtemp", Encoding.UTF8.GetBytes(value), MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, false);
            //Log.Info($"Publish Ww returns {r}");
        }

        public void publishHotFlansch(string value)
        {
            var r = _client?.Publish("HomeTemp/Flansch", Encoding.UTF8.GetBytes(value), MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, false);
            //Log.Info($"Publish Ww returns {r}");
        }
    }
}
