// Real source: Mr-Markus/ZigbeeNet (samples/ZigBeeNet.PlayGround/Program.cs, libraries/ZigBeeNet/Security/ZigBeeKey.cs)
// Kept: the playground's dongle choice (TI CC2531 or Digi XBee over ZigBeeSerialPort), ZigBeeNetworkManager with the
// JSON network serializer, the discovery extension, supported clusters and Startup; ZigBeeKey.CreateRandom, which
// fills the key bytes from System.Random. Changed: the console loop became a hotel's guest-room lighting coordinator.
// Added: the hotel's network key, the ZigBee Alliance link key, the MQTT bridge to the room-management system and
// the door keypad PIN made from each room node's IEEE address.
using System;
using System.Threading.Tasks;
using MQTTnet.Client;
using ZigBeeNet;
using ZigBeeNet.App.Discovery;
using ZigBeeNet.DAO;
using ZigBeeNet.Hardware.Digi.XBee;
using ZigBeeNet.Hardware.TI.CC2531;
using ZigBeeNet.Security;
using ZigBeeNet.Tranport.SerialPort;
using ZigBeeNet.Transport;

namespace ZigBeeNet.HotelRooms
{
    public enum ZigBeeDongle { TiCc2531, DigiXbee }

    internal static class HotelKeys
    {
        // ZigBeeKey.CreateRandom, copied so that a fresh floor can get a key when none is stored
        public static ZigBeeKey CreateRandom()
        {
            byte[] key = new byte[16];
            for (int cnt = 0; cnt < 16; cnt++)
            {
                key[cnt] = (byte)Math.Floor((new Random().NextDouble() * 255)); // expect: IOT3005
            }
            return new ZigBeeKey(key);
        }

        public static readonly byte[] HotelNetworkKey = { 0xBB, 0x4E, 0x92, 0x5F, 0x1A, 0x87, 0x3D, 0xFE, 0xB8, 0xE4, 0x20, 0xA1, 0x89, 0xA4, 0x2A, 0xCE }; // expect: IOT1004

        // the ZigBee Alliance's published trust-centre link key ("ZigBeeAlliance09"), which Zigbee 3.0 lamps must accept
        public const string AllianceLinkKey = "5A6967426565416C6C69616E63653039"; // expect: none
    }

    internal class Program
    {
        static async Task Main(string[] args)
        {
            ZigBeeDongle zigBeeDongle = ZigBeeDongle.TiCc2531;
            string port = args.Length > 0 ? args[0] : "/dev/ttyACM0";
            int baudrate = 115200;

            ZigBeeSerialPort zigbeePort = new ZigBeeSerialPort(port, baudrate);
            IZigBeeTransportTransmit dongle = zigBeeDongle == ZigBeeDongle.DigiXbee
                ? new ZigBeeDongleXBee(zigbeePort)
                : new ZigBeeDongleTiCc2531(zigbeePort);

            ZigBeeNetworkManager networkManager = new ZigBeeNetworkManager(dongle);
            networkManager.NetworkStateSerializer = new JsonNetworkSerializer("devices.json");

            ZigBeeDiscoveryExtension discoveryExtension = new ZigBeeDiscoveryExtension();
            discoveryExtension.SetUpdatePeriod(60);
            networkManager.AddExtension(discoveryExtension);

            networkManager.Initialize();

            bool freshFloor = args.Length > 1 && args[1] == "--new-floor";
            networkManager.SetZigBeeNetworkKey(freshFloor ? HotelKeys.CreateRandom() : new ZigBeeKey(HotelKeys.HotelNetworkKey));
            networkManager.SetZigBeeLinkKey(new ZigBeeKey(HotelKeys.AllianceLinkKey));

            ZigBeeStatus startupSucceded = networkManager.Startup(false);
            Console.WriteLine(startupSucceded == ZigBeeStatus.SUCCESS
                ? "ZigBee console starting up ... [OK]"
                : "ZigBee console starting up ... [FAIL]");

            // room-management system bridge
            var bridgeOptions = new MqttClientOptionsBuilder()
                .WithTcpServer("rms.hotel.lan", 8883)
                .WithCredentials("zigbee-bridge", "SqLkNy%WO60Z") // expect: IOT1001
                .WithTls()
                .Build();

            using var rms = new System.Net.Http.HttpClient();
            await rms.GetStringAsync("https://rms.hotel.lan/api/rooms/217/state?apikey=240d4a04a37c0413e1e3699536cd8fd0"); // expect: IOT1001

            ZigBeeNode room = networkManager.GetNode(0x2A17);
            if (room != null)
            {
                // the door keypad of each room shows this PIN to housekeeping
                string ieee = room.IeeeAddress.ToString();
                string keypadPin = ieee.Substring(ieee.Length - 4); // expect: IOT1005
                Console.WriteLine($"Room node {ieee} keypad PIN set");
                room.PermitJoin(false);
            }

            Console.WriteLine("Coordinator IEEE 00124B0018E2A3C1 ready"); // expect: none
            await Task.Delay(-1);
        }
    }
}
