// Real source: TheBeachMaster/vsproj W10/Console/MQTT_net/MQTT_net/Program.cs (2de6c6b1)
// Domain: a console test client for Africa's Talking's IoT MQTT broker, the kind of gateway that relays a device group's
//   sensor readings to the cloud.
// Kept: the MQTTnet client factory and the options with client id, broker host and port and the group's credentials.
// Changed: the options are built with the MQTTnet v4 builder of the shared stub (the file's MQTTnet version has the same
//   calls); WithCleanSession is a shim; the WithCredentials call is split over lines so that the user name and the
//   password each carry their own label; `using MQTTnet;` is an alias for MqttFactory (the shared stubs declare the v4 and
//   v5 option builders in both namespaces).
// Shimmed (_Stubs.cs): MqttFactory, the v4 builder's WithCleanSession.
// Replaced: the device group's real password (13 lower-case letters) is REPLACED by 13 random lower-case letters
//   generated with python secrets; the user name and the broker host are kept as written.
using System;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;

namespace MQTT_net
{
    class Program
    {
        static void Main(string[] args)
        {
            Console.WriteLine("Hello World!");
            var clientFatory = new MqttFactory();
            var mqttClient = clientFatory.CreateMqttClient();

            var opts = new MqttClientOptionsBuilder()
                .WithClientId("DotNet")
                .WithTcpServer("sungura1-angani-ke-host.africastalking.com", 1882)
                .WithCredentials(
                    "akka", // expect: none
                    "jmmlzwlytjyav") // expect: IOT1001
                .WithCleanSession()
                .Build();
        }
    }
}
