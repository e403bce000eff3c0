// Real source: eli-che/MQTT-Library-IoT MqttClient.cs (003e032a18046ab0d5854dabb2346aee349472cb)
// Domain: hand-written MQTT 3.1.1 client for small IoT nodes over a raw TcpClient: CONNECT / CONNACK, PUBLISH with PUBACK,
//         SUBSCRIBE, with random packet identifiers.
// Kept: the MqttClient class (Connect, Disconnect, Publish, Subscribe) as written.
// Added: stand-ins for the project's packet classes (MqttConnectPacket, MqttConnackReponsePacket, MqttPublishPacket,
//        MqttPubackReponsePacket, MqttSubscribePacket), which were not read; the file's `using MQTTnet.Packets;` is left
//        out (the packet types are the project's own).
// Trimmed: nothing.
// Renamed: class MqttClient to AioMqttClient (a type of that name is imported by other files of the corpus).
// Replaced: nothing (no secret is written in this code).
using System;
using System.Net.Sockets;

namespace MQTT_AIO
{
    // added: stand-ins for the project's packet classes
    public class MqttConnectPacket { public string clientId = ""; public bool cleanSession; public ushort keepAlive; public byte[] ToByteArray() => Array.Empty<byte>(); }
    public class MqttConnackReponsePacket { public MqttConnackReponsePacket(byte[] raw) { } public byte ConnectReasonCode { get; } public byte ConnectAcknowledgeFlags { get; } }
    public class MqttPublishPacket { public string Topic = ""; public byte[] Payload = Array.Empty<byte>(); public byte QosLevel; public bool Retain; public bool DupFlag; public ushort PacketIdentifier; public byte[] ToByteArray() => Array.Empty<byte>(); }
    public class MqttPubackReponsePacket { public MqttPubackReponsePacket(byte[] raw) { } public ushort PacketIdentifier { get; } }
    public class MqttSubscribePacket { public string Topic = ""; public byte QosLevel; public ushort PacketIdentifier; public byte[] ToByteArray() => Array.Empty<byte>(); }

    public class AioMqttClient
    {
        private TcpClient _client;
        private NetworkStream _stream;

        public void Connect(string host, int port)
        {
            try { 
            _client = new TcpClient(host, port);
            _stream = _client.GetStream();

            var connectPacket = new MqttConnectPacket
            {
                clientId = "TestClient",
                cleanSession = true,
                keepAlive = 60
            };
            
            var packetBytes = connectPacket.ToByteArray();
            _stream.Write(packetBytes, 0, packetBytes.Length);

            //Read the connack reponse
            var response = new byte[4];
            _stream.Read(response, 0, response.Length);
            var connackResponse = new MqttConnackReponsePacket(response);
            if (connackResponse.ConnectReasonCode != 0)
            {
                Console.WriteLine($"Connection failed with return code: {connackResponse.ConnectReasonCode}");
                //Log the flags
                Console.WriteLine($"Connect Acknowledge Flags: {connackResponse.ConnectAcknowledgeFlags}");

            }
            else
            {
                Console.WriteLine("Connack Succesfully recieved!");
            }


            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        public void Disconnect()
        {
            _stream.Close();
            _client.Close();
        }

        public void Publish(string topic, byte[] payload, byte qos = 0, bool retain = false, bool dup = false)
        {
            var publishPacket = new MqttPublishPacket
            {
                Topic = topic,
                Payload = payload,
                QosLevel = qos,
                Retain = retain,
                DupFlag = dup,
                PacketIdentifier = qos > 0 ? (ushort)new Random().Next(1, 65535) : (ushort)0 // expect: none
            };

            var packetBytes = publishPacket.ToByteArray();
            _stream.Write(packetBytes, 0, packetBytes.Length);

            var response = new byte[4];
            _stream.Read(response, 0, response.Length);
            var pubackPacket = new MqttPubackReponsePacket(response);
            Console.WriteLine($"Received PUBACK with Packet Identifier: {pubackPacket.PacketIdentifier}");
        }

        public void Subscribe(string topic, byte qos = 0)
        {
            var subscribePacket = new MqttSubscribePacket
            {
                Topic = topic,
                QosLevel = qos,
                PacketIdentifier = (ushort)new Random().Next(1, 65535)
            };

            var packetBytes = subscribePacket.ToByteArray();
            _stream.Write(packetBytes, 0, packetBytes.Length);

            //var response = new byte[4];
           // _stream.Read(response, 0, response.Length);
            // var subackPacket = new MqttSubackReponsePacket(response);
            // Console.WriteLine($"Received SUBACK with Packet Identifier: {subackPacket.PacketIdentifier}");
        }
    }
}
