// Real source: danielan/NetduinoMQTT 0.02/Program.cs (1c5ea77a)
// Also used: 0.02/NetduinoMQTT.cs (207d4ac5), the repository's own MQTT client library (trimmed to CONNECT/PUBLISH).
// A Netduino Plus publishing on button presses to a broker on the LAN. The original passes the client id, user name and
// password as literals (with a U+00A5 character to exercise UTF-8); here the login is held in named constants beside
// Main and the password is replaced by an invented one (said in LABELS.md). NETMF Microsoft.SPOT calls are
// System.Diagnostics / BCL calls and the button interrupt is a method the board loop calls.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Netduino_MQTT_Client_Library
{
    public static class NetduinoMQTT
    {
        public static int ConnectMQTT(Socket mySocket, string clientID, int keepAlive = 20, bool cleanSession = true, string username = "", string password = "")
        {
            var payload = new StringBuilder();
            payload.Append(clientID);
            if (username.Length > 0) payload.Append(username);
            if (password.Length > 0) payload.Append(password);
            byte[] buffer = Encoding.UTF8.GetBytes(payload.ToString());
            return mySocket.Send(buffer) > 0 ? 0 : 1;
        }

        public static int PublishMQTT(Socket mySocket, string topic, string message)
        {
            byte[] buffer = Encoding.UTF8.GetBytes(topic + message);
            return mySocket.Send(buffer) > 0 ? 0 : 1;
        }

        public static void PingMQTT(Socket mySocket) => mySocket.Send(new byte[] { 0xC0, 0x00 });
    }
}

namespace myNetduinoMQTT
{
    using Netduino_MQTT_Client_Library;

    public class Program
    {
        const string BrokerClientId = "tester\u00A5"; // expect: none
        const string BrokerUser = "roger\u00A5";
        const string BrokerPassword = "Qm4sYv8\u00A5"; // expect: IOT1004

        static Socket mySocket = null;

        static void pingIt(object o)
        {
            NetduinoMQTT.PingMQTT(mySocket);
        }

        public static void Main()
        {
            int returnCode = 0;
            // Get broker's IP address.
            IPHostEntry hostEntry = Dns.GetHostEntry("192.168.1.106");
            // Create socket and connect to the broker's IP address and port
            mySocket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                mySocket.Connect(new IPEndPoint(hostEntry.AddressList[0], 1883));
            }
            catch (SocketException)
            {
                Debug.WriteLine("Connection Error");
                return;
            }
            // Send the connect message
            returnCode = NetduinoMQTT.ConnectMQTT(mySocket, BrokerClientId, 20, true, BrokerUser, BrokerPassword);
            if (returnCode != 0)
            {
                Debug.WriteLine("Connection Error:");
                Debug.WriteLine(returnCode.ToString());
                return;
            }

            Timer MyTimer = new Timer(new TimerCallback(pingIt), null, 1000, 10000);
            Thread.Sleep(Timeout.Infinite);
        }

        // the interrupt handler
        static void button_OnInterrupt(uint data1, uint data2, DateTime time)
        {
            // Send our message
            NetduinoMQTT.PublishMQTT(mySocket, "test", "Ow! Quit it!");
        }
    }
}
