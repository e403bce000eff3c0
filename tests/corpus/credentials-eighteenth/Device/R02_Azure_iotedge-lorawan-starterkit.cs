// Real source: Azure/iotedge-lorawan-starterkit
//   LoRaEngine/modules/LoRaSimulator/LoRaSimulator/SimulatedDevice.cs, LoRaDevice.cs, Simulator.cs
// Domain: a botanical garden's glasshouse soil probes, simulated on the packet forwarder bench before field rollout.
// Kept: LoRaDevice with DevAddr/DevEUI/AppKey/AppEUI/NwkSKey/AppSKey/DevNonce strings and StringToByteArray helpers,
// GetJoinRequest drawing a DevNonce with Random.NextBytes, the simulated temperature, the 2-byte packet forwarder token
// from GetRandomToken, the interval jitter, the MAC read for the sync header.
// Changed: LoRaTools message classes (join request, MIC, encryption) reduced to a trimmed in-file builder; JSON via
// System.Text.Json. Added: the bench device table written in code instead of testconfig.json.
using System;
using System.Linq;
using System.Net.NetworkInformation;
using System.Text;

namespace LoRaSimulator
{
    public class LoRaDevice
    {
        public string DevAddr { get; set; }
        public string DevEUI { get; set; }
        public string AppKey { get; set; }
        public string AppEUI { get; set; }
        public string NwkSKey { get; set; }
        public string AppSKey { get; set; }
        public string AppNonce { get; set; }
        public string DevNonce { get; set; }
        public string NetId { get; set; }
        public bool IsJoined => !string.IsNullOrEmpty(DevAddr);

        private byte[] StringToByteArray(string hex) =>
            Enumerable.Range(0, hex.Length).Where(x => x % 2 == 0).Select(x => Convert.ToByte(hex.Substring(x, 2), 16)).ToArray();

        public byte[] GetDevEUI() => StringToByteArray(DevEUI);
        public byte[] GetAppEUI() => StringToByteArray(AppEUI);
        public byte[] GetAppKey() => StringToByteArray(AppKey);
        public byte[] GetDevNonce() => StringToByteArray(DevNonce);
    }

    // Trimmed stand-in for LoRaTools.LoRaMessage.LoRaPayloadJoinRequest (the MIC computation is left out)
    internal sealed class JoinRequestBuilder
    {
        private readonly byte[] _frame;
        public JoinRequestBuilder(byte[] appEui, byte[] devEui, byte[] devNonce) { _frame = new byte[] { 0x00 }.Concat(appEui).Concat(devEui).Concat(devNonce).ToArray(); }
        public void SetMic(string appKey) { }
        public byte[] GetByteMessage() => _frame;
    }

    public class SimulatedDevice
    {
        public LoRaDevice LoRaDevice { get; internal set; }
        public int Interval { get; set; } = 60;
        public double RandomInterval { get; set; } = 10;
        private bool isFirstJoinRequest = true;

        public SimulatedDevice(LoRaDevice device) { LoRaDevice = device; }

        public byte[] GetJoinRequest()
        {
            byte[] AppEUI = LoRaDevice.GetAppEUI();
            Array.Reverse(AppEUI);
            byte[] DevEUI = LoRaDevice.GetDevEUI();
            Array.Reverse(DevEUI);

            byte[] DevNonce = new byte[2];
            if ((LoRaDevice.DevNonce == "") || (!isFirstJoinRequest))
            {
                Random random = new Random();
                random.NextBytes(DevNonce); // expect: IOT3005
                LoRaDevice.DevNonce = BitConverter.ToString(DevNonce).Replace("-", "");
                Array.Reverse(DevNonce);
                isFirstJoinRequest = false;
            }
            else
            {
                DevNonce = LoRaDevice.GetDevNonce();
                Array.Reverse(DevNonce);
            }
            var join = new JoinRequestBuilder(AppEUI, DevEUI, DevNonce);
            join.SetMic(LoRaDevice.AppKey);
            return join.GetByteMessage();
        }

        public byte[] GetUnconfirmedDataUpPayload()
        {
            // Creating a random number
            Random random = new Random();
            int temp = random.Next(-50, 70); // expect: none
            return Encoding.ASCII.GetBytes(temp.ToString());
        }
    }

    public class Simulator
    {
        // Added: the glasshouse probes, as the bench's testconfig.json held them
        internal static readonly LoRaDevice[] BenchDevices =
        {
            new LoRaDevice { DevEUI = "70B3D57ED005A1C2", AppEUI = "70B3D57ED0026B3F", DevNonce = "", // expect: none
                AppKey = "5E1C7A92D04B38F6A1E07C4D92B5F318" }, // expect: IOT1004
            new LoRaDevice { DevEUI = "70B3D57ED005A1C3", AppEUI = "70B3D57ED0026B3F", DevNonce = "",
                DevAddr = "26011B7F", // the ABP probe on the bench uses the counting test keys of the starter kit's docs
                NwkSKey = "000102030405060708090A0B0C0D0E0F", // expect: none
                AppSKey = "101112131415161718191A1B1C1D1E1F" }, // expect: none
        };

        public static byte[] GetRandomToken()
        {
            byte[] token = new byte[2];
            Random random = new Random();
            random.NextBytes(token); // expect: none
            return token;
        }

        public static double NextSendDelay(SimulatedDevice simulated)
        {
            Random random = new Random();
            var rand = (random.NextDouble() - 0.5) * simulated.RandomInterval; // expect: none
            return simulated.Interval + rand;
        }

        private static byte[] GetMacAddress()
        {
            string macAddresses = string.Empty;
            foreach (NetworkInterface adapter in NetworkInterface.GetAllNetworkInterfaces())
            {
                if (adapter.OperationalStatus == OperationalStatus.Up)
                {
                    macAddresses = adapter.GetPhysicalAddress().ToString();
                    break;
                }
            }
            return Encoding.Default.GetBytes(macAddresses);
        }
    }
}
