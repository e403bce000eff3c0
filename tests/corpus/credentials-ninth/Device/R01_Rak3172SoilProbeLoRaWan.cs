// Real source: KiwiBryn/RAK3172LoRaWAN-NetCore RAK3712LoRaWANDeviceClient/Program.cs
// Also from the same repository: RAK3712LoRaWANDeviceClient/Config.cs (kept with its "..." placeholders) and
// RAK3172LoRaWANDevice/RAK3172LoRaWANDevice.cs (OtaaInitialise/Band/AdrOn/Join/SendCommand, trimmed to the AT writes).
// Adapted for the corpus: the #if OTAA / #if ABP branches became two methods; FieldConfig (added) holds the
// keys of the deployed soil probes (freshly invented); the bench/field choice and the ABP key bytes are added.
namespace devMobile.IoT.LoRaWAN.NetCore.RAK3172
{
    using System;
    using System.Diagnostics;
    using System.IO.Ports;
    using System.Threading;

    public class Config
    {
        // As published upstream: placeholders that never reach a catalogued API (the modem is driven by our own AT code).
        public const string devEui = "..."; // expect: none
        public const string JoinEui = "..."; // expect: none
        public const string AppKey = "..."; // expect: none
        public const string DevAddress = "...";
    }

    // Added: the values the vineyard probes were flashed with.
    public static class FieldConfig
    {
        public const string JoinEui = "70B3D57ED0042A11"; // expect: none
        public const string AppKey = "24D181E7AD517A9409E426E1D7EBC7D3"; // expect: IOT1004
        public const string DevAddress = "260B4C1F"; // expect: none
        public static readonly byte[] NwksKey = Convert.FromHexString("30A3E8BED2521EA19A2AFC666C43483A"); // expect: IOT1004
        public static readonly byte[] AppsKey = Convert.FromHexString("6EF9548569356CCDB2C44EF489EC0779"); // expect: IOT1004
        public const string AppKeyMask = "********************************"; // expect: none
    }

    public enum LoRaClass { Undefined = 0, A, B, C }
    public enum Result { Undefined = 0, Success, ResponseInvalid, ATResponseTimeout, LoRaJoinFailed }

    public sealed class Rak3172LoRaWanDevice : IDisposable
    {
        public const ushort AppEuiLength = 16;
        public const ushort AppKeyLength = 32;
        private SerialPort serialDevice;
        private readonly TimeSpan CommandTimeoutDefault = new TimeSpan(0, 0, 3);

        public Result Initialise(string serialPortId, int baudRate, Parity serialParity, ushort dataBits, StopBits stopBits)
        {
            serialDevice = new SerialPort(serialPortId);
            serialDevice.BaudRate = baudRate;
            serialDevice.Parity = serialParity;
            serialDevice.DataBits = dataBits;
            serialDevice.StopBits = stopBits;
            serialDevice.Handshake = Handshake.None;
            serialDevice.NewLine = "\r\n";
            serialDevice.Open();
            return SendCommand("OK", "AT+NWM=1", CommandTimeoutDefault);
        }

        public Result Band(string band) => SendCommand("OK", $"AT+BAND={band}", CommandTimeoutDefault);

        public Result AdrOn() => SendCommand("OK", $"AT+ADR=1", CommandTimeoutDefault);

        public Result OtaaInitialise(string appEui, string appKey)
        {
            if ((appKey == null) || (appKey.Length != AppKeyLength))
            {
                throw new ArgumentException($"appKey invalid length must be {AppKeyLength} characters", nameof(appKey));
            }

            Result result = SendCommand("OK", $"AT+NJM=1", CommandTimeoutDefault);
            if (result != Result.Success) return result;

            result = SendCommand("OK", $"AT+APPEUI={appEui}", CommandTimeoutDefault);
            if (result != Result.Success) return result;

            return SendCommand("OK", $"AT+APPKEY={appKey}", CommandTimeoutDefault);
        }

        // Added: the ABP branch in the same style, taking the session keys as bytes.
        public Result AbpInitialise(string devAddr, byte[] nwksKey, byte[] appsKey)
        {
            Result result = SendCommand("OK", $"AT+NJM=0", CommandTimeoutDefault);
            if (result != Result.Success) return result;
            SendCommand("OK", $"AT+DEVADDR={devAddr}", CommandTimeoutDefault);
            SendCommand("OK", $"AT+NWKSKEY={Convert.ToHexString(nwksKey)}", CommandTimeoutDefault);
            return SendCommand("OK", $"AT+APPSKEY={Convert.ToHexString(appsKey)}", CommandTimeoutDefault);
        }

        public Result Join(TimeSpan timeout) => SendCommand("OK", $"AT+JOIN=1:0:10:2", timeout);

        // Added: read-back checks used by the commissioning jig.
        public Result QueryAppKey() => SendCommand("OK", "AT+APPKEY=?", CommandTimeoutDefault); // expect: none
        public static bool IsJoinedEvent(string line) => line.StartsWith("+EVT:JOINED"); // expect: none

        private Result SendCommand(string expectedResponse, string command, TimeSpan timeout)
        {
            serialDevice.WriteLine(command);
            Thread.Sleep(timeout);
            return Result.Success;
        }

        public void Dispose() => serialDevice?.Close();
    }

    public class Program
    {
        private const string SerialPortId = "/dev/ttyS0";
        private const string Band = "8-1";
        private static readonly TimeSpan JoinTimeOut = new TimeSpan(0, 0, 30);
        private const string PayloadBcd = "48656c6c6f204c6f526157414e"; // expect: none

        public static void Main(string[] args)
        {
            bool bench = args.Length > 0 && args[0] == "--bench";
            Debug.WriteLine("devMobile.IoT.LoRaWAN.NetCore.RAK3172 RAK3712LoRaWANDeviceClient starting");

            using (Rak3172LoRaWanDevice device = new Rak3172LoRaWanDevice())
            {
                Result result = device.Initialise(SerialPortId, 9600, Parity.None, 8, StopBits.One);
                if (result != Result.Success)
                {
                    Debug.WriteLine($"Initialise failed {result}");
                    return;
                }

                device.Band(Band);
                device.AdrOn();

                // OTAA (the upstream #if OTAA branch), with the bench build still on the template Config.
                string appEui = bench ? Config.JoinEui : FieldConfig.JoinEui;
                string appKey = bench ? Config.AppKey : FieldConfig.AppKey;
                result = device.OtaaInitialise(appEui, appKey);
                if (result != Result.Success)
                {
                    // ABP fallback (the upstream #if ABP branch).
                    result = device.AbpInitialise(FieldConfig.DevAddress, FieldConfig.NwksKey, FieldConfig.AppsKey);
                }

                Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join start, key {FieldConfig.AppKeyMask}");
                result = device.Join(JoinTimeOut);
                Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join result {result} payload {PayloadBcd}");
            }
        }
    }
}
