// Real source: KiwiBryn/SeeedLoRaE5LoRaWAN-NetCore
//   SeeedE5LoRaWANDevice/SeeedE5LoRaWANDevice.cs, SeeedE5LoRaWANDeviceClient/Program.cs,
//   SeeedE5LoRaWANDeviceClient/Config.cs
// Domain: a rowing club's boathouse on a river; a Raspberry Pi with a Seeed LoRa-E5 reports the river
// level and the boat-shed doors to The Things Network.
// Kept: the device class and its AT command helpers (SendCommand(expectedResponse, command),
// AT+MODE=LWOTAA, AT+ID=APPEUI with the ':' insertion, AT+KEY=APPKEY, AT+JOIN=FORCE, AT+MSGHEX), the
// Config class with AppEui / AppKey constants (the original's sample values are replaced by the
// club's), the client's Initialise / Class / Region / AdrOn / Port / OtaaInitialise / Join sequence
// and its timer-driven Send.
// Changed: ABP and the compile-time options are left out (OTAA only); the serial port reader thread
// is trimmed.
// Added: a downlink through the TTN HTTP API with the application's API key, a door unlock token,
// the send jitter.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;

namespace Corpus17.R03.SeeedLoRaE5Boathouse
{
    public enum LoRaWANDeviceClass { Undefined = 0, A, B, C }

    public enum Result { Undefined = 0, Success, Timeout, ParameterIsInvalid, CommandIsUnknown }

    public class SeeedE5LoRaWANDevice : IDisposable
    {
        public const ushort RegionIDLength = 5;
        public const ushort AppEuiLength = 16;
        public const ushort AppKeyLength = 32;
        private SerialPort serialDevice = null;
        private const int CommandTimeoutDefaultmSec = 1500;
        private string CommandExpectedResponse;
        private readonly AutoResetEvent atExpectedEvent = new AutoResetEvent(false);
        private Result result;

        public Result Initialise(string serialPortId, int baudRate, Parity serialParity = Parity.None, ushort dataBits = 8, StopBits stopBitCount = StopBits.One)
        {
            serialDevice = new SerialPort(serialPortId);
            serialDevice.BaudRate = baudRate;
            serialDevice.Parity = serialParity;
            serialDevice.StopBits = stopBitCount;
            serialDevice.Handshake = Handshake.None;
            serialDevice.DataBits = dataBits;
            serialDevice.NewLine = "\r\n";
            serialDevice.Open();
            serialDevice.ReadExisting();
            return SendCommand("+LOWPOWER: WAKEUP", "AT+LOWPOWER: WAKEUP");
        }

        public Result Class(LoRaWANDeviceClass loRaClass) => SendCommand($"+CLASS: {loRaClass}", $"AT+CLASS={loRaClass}");

        public Result Port(byte port) => SendCommand($"+PORT: {port}", $"AT+PORT={port}");

        public Result Region(string regionID)
        {
            if (regionID.Length != RegionIDLength)
            {
                throw new ArgumentException($"RegionID {regionID} length {regionID.Length} invalid", nameof(regionID));
            }
            return SendCommand($"+DR: {regionID}", $"AT+DR={regionID}");
        }

        public Result AdrOn() => SendCommand("+ADR: ON", "AT+ADR=ON");

        public Result OtaaInitialise(string appEui, string appKey)
        {
            if (appEui.Length != AppEuiLength) throw new ArgumentException($"appEui invalid length must be {AppEuiLength} characters", nameof(appEui));
            if (appKey.Length != AppKeyLength) throw new ArgumentException($"appKey invalid length must be {AppKeyLength} characters", nameof(appKey));

            Result result = SendCommand($"+MODE: LWOTAA", "AT+MODE=LWOTAA");
            if (result != Result.Success) return result;

            appEui = appEui.Insert(14, ":").Insert(12, ":").Insert(10, ":").Insert(8, ":").Insert(6, ":").Insert(4, ":").Insert(2, ":");
            result = SendCommand($"+ID: AppEui, {appEui}", $"AT+ID=APPEUI,\"{appEui}\"");
            if (result != Result.Success) return result;

            return SendCommand($"+KEY: APPKEY {appKey}", $"AT+KEY=APPKEY,{appKey}");
        }

        public Result Join(bool force) => force ? SendCommand("+JOIN: Start", "AT+JOIN=FORCE") : SendCommand("+JOIN: Start", "AT+JOIN");

        public Result Send(string payload, bool confirmed)
        {
            return confirmed
                ? SendCommand("+CMSGHEX: Start", $"AT+CMSGHEX=\"{payload}\"")
                : SendCommand("+MSGHEX: Start", $"AT+MSGHEX=\"{payload}\"");
        }

        private Result SendCommand(string expectedResponse, string command)
        {
            this.result = Result.Undefined;
            this.CommandExpectedResponse = expectedResponse;
            serialDevice.WriteLine(command);
            this.atExpectedEvent.Reset();
            if (!this.atExpectedEvent.WaitOne(CommandTimeoutDefaultmSec, false))
                return Result.Timeout;
            this.CommandExpectedResponse = string.Empty;
            return result;
        }

        public static string BytesToHex(byte[] payloadBytes) => BitConverter.ToString(payloadBytes).Replace("-", "");

        public void Dispose() => serialDevice?.Dispose();
    }

    public class Config
    {
        public const string DevEui = "70B3D57ED005A1C2"; // expect: none
        public const string AppEui = "0000000000000000"; // expect: none
        public const string AppKey = "7B3944E63161FA48B35E56064E35CED3"; // expect: IOT1004
    }

    public class Program
    {
        private const string SerialPortId = "/dev/ttyS0";
        private const LoRaWANDeviceClass Class = LoRaWANDeviceClass.A;
        private const string Region = "EU868";
        private const byte MessagePort = 15;
        private static Timer MessageSendTimer;
        private static readonly Random jitter = new Random();

        // Added: downlinks to the door controller go through the TTN application's HTTP API.
        private const string TtnApplication = "ruderclub-bootshaus";
        private const string TtnApiKey = "NNSXS.7Q3ZKC5DJ2WLBG4HUR6FOMPXYVAEN4TS3IJQ.DJXCH6Y7RJG9OKS0SNL52F6ABEBAODVYGINSVFBUYWDCQRT2QLVA"; // expect: IOT1001

        public static void Main()
        {
            using (SeeedE5LoRaWANDevice device = new SeeedE5LoRaWANDevice())
            {
                Result result = device.Initialise(SerialPortId, 9600, Parity.None, 8, StopBits.One);
                if (result != Result.Success) return;

                MessageSendTimer = new Timer(SendMessageTimerCallback, device, Timeout.Infinite, Timeout.Infinite);
                device.Class(Class);
                device.Region(Region);
                device.AdrOn();
                device.Port(MessagePort);

                result = device.OtaaInitialise(Config.AppEui, Config.AppKey);
                if (result != Result.Success)
                {
                    Console.WriteLine($"OTAA Initialise failed {result}");
                    return;
                }

                device.Join(true);
                MessageSendTimer.Change(TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(5));
                Thread.Sleep(Timeout.Infinite);
            }
        }

        private static void SendMessageTimerCallback(object state)
        {
            SeeedE5LoRaWANDevice device = (SeeedE5LoRaWANDevice)state;
            Thread.Sleep(jitter.Next(0, 4000)); // expect: none
            byte[] payloadBytes = { 0x01, (byte)ReadRiverLevelCm(), 0x00 };
            device.Send(SeeedE5LoRaWANDevice.BytesToHex(payloadBytes), false);
        }

        private static int ReadRiverLevelCm() => 120;

        // Added: opening the boat-shed door for the early crew: a one-off token is queued as a downlink.
        public static void QueueDoorUnlock(string deviceId)
        {
            var rng = new Random();
            string unlockToken = rng.Next().ToString("X8"); // expect: IOT3005

            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TtnApiKey);
                string body = "{\"downlinks\":[{\"f_port\":16,\"frm_payload\":\"" + Convert.ToBase64String(Encoding.ASCII.GetBytes(unlockToken)) + "\"}]}";
                http.PostAsync($"https://eu1.cloud.thethings.network/api/v3/as/applications/{TtnApplication}/devices/{deviceId}/down/push",
                    new StringContent(body, Encoding.UTF8, "application/json")).Wait();
            }
        }
    }
}
