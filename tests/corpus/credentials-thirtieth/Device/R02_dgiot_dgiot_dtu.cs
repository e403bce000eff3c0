// Real source: dgiot/dgiot_dtu MqttHelper.cs (4b9a799c)
// Domain: industrial DTU (data transfer unit) gateway of the dgiot IoT platform: bridges a serial (COM) port and OPC DA / Access
// database requests to the platform's MQTT broker, with MQTTnet 2.x (MQTTnet.Core namespaces).
// Kept: the singleton, the broker / topic / credential fields with their initial values (replaced by start(...) at run time), the
//   MqttClientTcpOptions built from the fields, connect / reconnect / subscribe and the serial-topic branch of the receive handler.
// Changed: the initial broker password (the same word as the user name) is replaced by an invented value of the same shape (five
//   lower-case letters); the OPC DA and Access (mdb) branches of the receive handler are trimmed to a comment; the Chinese doc comments
//   are translated in short.
// Shims: MQTTnet 2.x client / options / packet types, JavaScriptSerializer, SerialPort and the project's MainForm and StringHelper are
//   stand-ins in _Stubs.cs.
using System;
using System.Text;
using MQTTnet.Core.Client;
using System.Web.Script.Serialization;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Core.Packets;
using MQTTnet.Core.Protocol;
using System.IO.Ports;
using MQTTnet.Core;
using PortListener.Core.Utilities;
using System.Text.RegularExpressions;

//https://github.com/titanium-as/TitaniumAS.Opc.Client
//https://github.com/chkr1011/MQTTnet

namespace dgiot_dtu
{

    public class MqttHelper
    {
        private MqttHelper() { }

        private static MqttClient mqttClient = null;
        private static string _mqttserver = "prod.iotn2n.com";
        private static string _subopcda = "thing/opcda/";
        private static string _submdb =  "thing/mdb/";
        private static string _subtopic = "thing/com/";
        private static string _pubtopic = "thing/com/post/";
        private static string _clientid = Guid.NewGuid().ToString().Substring(0, 5);
        private static string _username = "dgiot"; // expect: none
        private static string _password = "yogwd"; // expect: IOT1001
        private static SerialPort _port = null;
        private static MqttHelper Instance;
        private static MainForm _mainform = null;
        private static bool _bIsRunning = false;
        public static MqttHelper GetInstance()
        {
            if (Instance == null)
                Instance = new MqttHelper();
            return Instance;
        }

        public void start(string server)
        {
            _mqttserver = server;
            _bIsRunning = true;
            Task.Run(async () => { await ConnectMqttServerAsync(); });

        }

        public void start(string server, string clientid, string username, string password, string subtopic, string pubtopic,
            SerialPort comport, MainForm mainform)
        {
            _mqttserver = server;
            _clientid = clientid;
            _username = username;
            _password = password;
            _pubtopic = pubtopic;
            _subtopic = subtopic;
            _port = comport;
            _mainform = mainform;
            _bIsRunning = true;
            Task.Run(async () => { await ConnectMqttServerAsync(); });
        }

        public void stop()
        {
            _bIsRunning = false;
            Task.Run(async () => { await DisConnectMqttServerAsync(); });
        }

        public void publish(byte[] payload)
        {
            var appMsg = new MqttApplicationMessage(_pubtopic + _clientid, payload, MqttQualityOfServiceLevel.AtLeastOnce, false);
            mqttClient.PublishAsync(appMsg);
        }


        private static async Task ReConnectMqttServerAsync()
        {
            while (_bIsRunning)
            {
                Thread.Sleep(1000 * 10);
                if (!mqttClient.IsConnected)
                {
                    await ConnectMqttServerAsync();
                }
            }
        }

        private static async Task ConnectMqttServerAsync()
        {
            if (mqttClient == null)
            {
                mqttClient = new MqttClientFactory().CreateMqttClient() as MqttClient;
                mqttClient.ApplicationMessageReceived += MqttClient_ApplicationMessageReceived;
                mqttClient.Connected += MqttClient_Connected;
                mqttClient.Disconnected += MqttClient_Disconnected;
            }
            try
            {
                var options = new MqttClientTcpOptions
                {
                    Server = _mqttserver,
                    ClientId = _clientid,
                    UserName = _username,
                    Password = _password,
                    CleanSession = true
                };

                await DisConnectMqttServerAsync();
                await mqttClient.ConnectAsync(options);
                await ReConnectMqttServerAsync();

            }
            catch (Exception ex)
            {
                _mainform.Log(ex.ToString());
            }
        }

        private static async Task DisConnectMqttServerAsync()
        {
            try
            {
                await mqttClient.DisconnectAsync();

            }
            catch (Exception ex)
            {
                _mainform.Log(ex.ToString());
            }
        }


        /// <summary>
        /// Connected to the server (original comment in Chinese)
        /// </summary>
        private static void MqttClient_Connected(object sender, EventArgs e)
        {
            _mainform.Log("mqtt:" + _clientid + " connected");
            mqttClient.SubscribeAsync(new List<TopicFilter> {
                new TopicFilter(_subopcda + _clientid , MqttQualityOfServiceLevel.AtMostOnce),
                new TopicFilter(_submdb + _clientid , MqttQualityOfServiceLevel.AtMostOnce),
                new TopicFilter(_subtopic + _clientid, MqttQualityOfServiceLevel.AtMostOnce)
            });
        }

        /// <summary>
        /// Disconnected from the server
        /// </summary>
        private static void MqttClient_Disconnected(object sender, EventArgs e)
        {
            _mainform.Log("mqtt:" + _clientid + " disconnected");
        }

        /// <summary>
        /// Message received
        /// </summary>
        private static void MqttClient_ApplicationMessageReceived(object sender, MqttApplicationMessageReceivedEventArgs e)
        {
            Regex r_subtopic = new Regex(MqttHelper._subtopic); // a Regex instance
            Match m_subtopic = r_subtopic.Match(e.ApplicationMessage.Topic); // match the topic
            if (m_subtopic.Success)
            {
                _port.Write(e.ApplicationMessage.Payload, 0, e.ApplicationMessage.Payload.Length);
                _mainform.Log("mqtt recv :topic: " + e.ApplicationMessage.Topic.ToString() + " payload: " + StringHelper.ToHexString(e.ApplicationMessage.Payload));
            }
            else
            {
                // OPC DA (thing/opcda/) and Access mdb (thing/mdb/) requests: trimmed for the corpus.
                Dictionary<string, object> json = get_payload(e.ApplicationMessage.Payload);
                _mainform.Log("mqtt recv :topic: " + e.ApplicationMessage.Topic.ToString() + " keys: " + json.Count);
            }
        }

        private static Dictionary<string, object> get_payload(byte[] payload)
        {
            String data = Encoding.UTF8.GetString(payload);
            JavaScriptSerializer serializer = new JavaScriptSerializer();
            Dictionary<string, object> json = (Dictionary<string, object>)serializer.DeserializeObject(data);
            return json;
        }

        private static DateTime BaseTime = new DateTime(1970, 1, 1);

        /// <summary>Converts a unix time (seconds) to a .NET DateTime.</summary>
        public static DateTime FromUnixTime(long timeStamp)
        {
            return new DateTime(timeStamp * 10000000 + BaseTime.Ticks, DateTimeKind.Utc).ToLocalTime();
        }

        /// <summary>Converts a .NET DateTime to unix time.</summary>
        public static long FromDateTime(DateTime dateTime)
        {
            return (dateTime.ToUniversalTime().Ticks - BaseTime.Ticks) / 10000000;
        }

    }

}
