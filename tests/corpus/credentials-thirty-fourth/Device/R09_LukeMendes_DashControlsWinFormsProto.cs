// Real source: LukeMendes/DashControlsWinFormsProto Mqtt.cs (24d6bb2c9a7a6fd097ec18f3c70761419e9192f8)
// Domain: desk presence / availability status lights ("dash controls") shared between colleagues through a
// shiftr.io MQTT namespace. Kept: the M2Mqtt client for the shiftr.io broker, the Connect(clientId, login, password)
// call with the namespace token written in place (a real working shiftr.io token: REPLACED by a value generated with
// python `secrets` in the same shape; the namespace login `dashcontrols` kept), the user-name prompt and the
// per-user client id, the status publish. Trimmed: the console menu, the received-status colouring, JSON. Changed:
// the status object is serialised by hand. Added: nothing.
using System;
using System.Text;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace DashControlsWinFormsProto
{
    class Mqtt
    {
        public static string Username { get; set; } = "";
        public static string ClientID { get; set; } = "";
        public static MqttClient? Client { get; set; }

        static void Create(string[] args)
        {
            //Asks the user to specify a username
            Console.Write("Username: ");

            //Saves the user input as Username
            Username = Console.ReadLine() ?? "";

            Console.WriteLine("Connecting...");

            try
            {
                //Creates the MqttClient for the specified broker url
                Client = new MqttClient("dashcontrols.cloud.shiftr.io");

                //Sets a unique ID for each client by using the username and a Guid
                ClientID = Username + "-" + Guid.NewGuid().ToString();

                //Connects to the mqtt broker using the clientID, login, password
                Client.Connect(ClientID, "dashcontrols", "3J8HW0MONKEDtLxM"); // expect: IOT1001

                //Subscribes to all topics specified in the first array using the QOS level of the second array
                Client.Subscribe(new string[] { "status", "ping" }, new byte[] { MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE });

                Console.WriteLine("Connection established");

                Client.Publish("ping", null);
                StatusFestlegen("1");
            }
            catch
            {
                Console.WriteLine("Connection failed");
            }
        }

        private static void StatusFestlegen(string s)
        {
            var serializedStatus = $"{{\"Name\":\"{Username}\",\"ClientID\":\"{ClientID}\",\"Time\":\"{DateTime.UtcNow:o}\",\"Color\":\"{s}\"}}";
            var statusByteArray = Encoding.UTF8.GetBytes(serializedStatus);
            Client?.Publish("status", statusByteArray);
        }
    }
}
