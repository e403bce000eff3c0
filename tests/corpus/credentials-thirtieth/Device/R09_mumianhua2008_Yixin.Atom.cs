// Real source: mumianhua2008/Yixin.Atom Yixin.Atom.Core/Mqtt.cs (bc0e222c)
// Domain: Windows 10 IoT Core weather station on a Raspberry Pi (DHT11, BMP180, soil, rain and PM sensors) publishing to an Apache
// Apollo / ActiveMQ broker (MQTT on port 61613) with M2Mqtt.
// Kept: the class as written: a subclass of MqttClient connecting in its constructor with the broker's factory login.
// Changed: nothing (the login is the broker's universal default, kept as written).
// Shims: the shared MqttClient stub has no (host, port, secure, MqttSslProtocols) constructor, so the base call passes null
//   certificates and the protocol as an int; Subscribe / Publish are extension methods of _Stubs.cs, called on `this`.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace Yixin.Atom.Core
{
    public class Mqtt : MqttClient
    {

        public Mqtt(string host) : base(host, 61613, false, null, null, (int)MqttSslProtocols.None)
        {
            Connect(Guid.NewGuid().ToString(), "admin", "password"); // expect: IOT1002
            this.Subscribe(new string[] { "atmo" }, new byte[] { MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE });
           // PostData("Hello World!");
        } 
        public void RequestData(string msg)
        {
            this.Publish("atmo", Encoding.UTF8.GetBytes(msg));
        }
        public void PostData(string msg)
        {
            this.Publish("atmo", Encoding.UTF8.GetBytes(msg));
        }
    }
}
