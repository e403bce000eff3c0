// Real source: cragdeft/Ghor SmartHome.MQTT.Client/MqttClientWrapper.cs (b364ca8b4cb7f347988352db725f06bdb8d3dd9b)
// Smart-home ("Ghor") MQTT client wrapper on M2Mqtt: connects to the home broker over TLS and publishes/subscribes
// device topics.
// Kept: the wrapper's shape, the written broker login (user name and password are the same word) and the
// certificate callback that accepts every certificate.
// Changed: the broker user/password word is replaced by one invented word of the same shape.
// Shims (see _Stubs.cs): the shared M2Mqtt stub has a six-argument constructor taking the SSL protocol as an int, so
// the TLS 1.2 value is cast and the validation callback is not passed (the method is kept); its events are subscribed
// through extension methods (OnMqttMsgPublished, ...); Publish/Subscribe are extension methods.
// Added (invented): the `Resource.ca` holder (a generated resource accessor in the original project).
// Removed: `using System.Configuration;` (only a commented-out ConfigurationManager line used it).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace SmartHome.MQTT.Client
{
    public static class MqttClientWrapper
    {
        static MqttClientWrapper()
        {
            ClientId = string.Empty;
            //BrokerAddress= ConfigurationManager.AppSettings[" BrokerAddress"].ToString();

        }

        public static void MakeConnection(string brokerAddress) // the global controlled variable
        {
            if (SmartHomeMQTT == null)
            {
                SmartHomeMQTT = new MqttClient(brokerAddress, MqttSettings.MQTT_BROKER_DEFAULT_SSL_PORT, true, new X509Certificate(Resource.ca), null, (int)MqttSslProtocols.TLSv1_2);
                SmartHomeMQTT.Connect(Guid.NewGuid().ToString(), "zpebzhhdh", "zpebzhhdh", false, 3600); // expect: IOT1001

                SmartHomeMQTT.OnMqttMsgPublished(client_MqttMsgPublished);//publish
                SmartHomeMQTT.OnMqttMsgSubscribed(client_MqttMsgSubscribed);//subscribe confirmation
                SmartHomeMQTT.OnMqttMsgUnsubscribed(client_MqttMsgUnsubscribed);
                SmartHomeMQTT.OnMqttMsgPublishReceived(client_MqttMsgPublishReceived);//received message.
            }
        }

        public static bool client_RemoteCertificateValidationCallback(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors sslPolicyErrors)
        {
            return true;
            // logic for validation here
        }

        #region Properties

        public static string BrokerAddress
        {
            get;
        }
        public static MqttClient SmartHomeMQTT { get; set; }
        public static string ClientId { get; set; }
        public static string MQTT_BROKER_ADDRESS { get; set; }

        public static string ClientResponce { get; set; }
        #endregion

        #region Methods



        public static string Publish(string messgeTopic, string publishMessage)
        {

            ushort msgId = SmartHomeMQTT.Publish(messgeTopic, // topic
                                          Encoding.UTF8.GetBytes(publishMessage), // message body
                                          MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, // QoS level
                                          true);
            return "Success";


        }

        public static string Subscribe(string messgeTopic)
        {
            ushort msgId = SmartHomeMQTT.Subscribe(new string[] { messgeTopic, "/topic_2" },
                new byte[] { MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE }
                );
            return "Success";
        }

        private static void client_MqttMsgPublished(object sender, MqttMsgPublishedEventArgs e)
        {
            //e.IsPublished //it's defined confirmation message is published or not.
            // Debug.WriteLine("MessageId = " + e.MessageId + " Published = " + e.IsPublished);
            ClientResponce = "Success";
        }



        public static void client_MqttMsgSubscribed(object sender, MqttMsgSubscribedEventArgs e)
        {
            //Debug.WriteLine("Subscribed for id = " + e.MessageId);
            // write your code
        }

        public static void client_MqttMsgUnsubscribed(object sender, MqttMsgUnsubscribedEventArgs e)
        {
            //ushort msgId = e.MessageId;
            // write your code
            ClientResponce = "Success";
        }

        public static void client_MqttMsgPublishReceived(object sender, MqttMsgPublishEventArgs e)
        {
            //Debug.WriteLine("Received = " + Encoding.UTF8.GetString(e.Message) + " on topic " + e.Topic);
        }

        #endregion
    }

    // Invented: stands in for the project's generated resource accessor (Resource.ca holds the broker's CA certificate).
    internal static class Resource
    {
        internal static byte[] ca => Array.Empty<byte>();
    }
}
