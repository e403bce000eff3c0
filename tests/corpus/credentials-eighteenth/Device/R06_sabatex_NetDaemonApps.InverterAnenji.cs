// Real source: sabatex/NetDaemonApps.InverterAnenji-4kw-7.2kw
//   src/QueryModBus.cs (Modbus request framed for the inverter's Wi-Fi dongle: TID, DevCode, DevAdr 0xFF, FuncCode 4,
//   register read with CRC16/Modbus)
// Domain: an allotment society's off-grid shed (Anenji 4 kW hybrid inverter, battery bank) reported to Home Assistant.
// Kept: QueryModBus fields, GetBytes with the header, message frame and ModRTU_CRC.
// Changed: NetDaemon's app base class and HA entity bindings reduced to a plain poller and a REST push.
// Added: the dongle's TCP endpoint and web UI login, the Home Assistant long-lived token and URL.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace InverterAnenji
{
    public class QueryModBus
    {
        public UInt16 TID = 0x5;       // counter
        public UInt16 DevCode = 1;     // global dev code
        public UInt16 Size = 0x0a;
        public byte DevAdr = 0xFF;
        public byte FuncCode = 4;
        public byte DeviceId = 1;
        public byte Function = 3;
        public UInt16 RegisterId = 204;
        public UInt16 Count = 1;

        IEnumerable<byte> GetMessageFrame()
        {
            yield return DeviceId;
            yield return Function;
            var bytes = BitConverter.GetBytes(RegisterId).Reverse().ToArray();
            yield return bytes[0];
            yield return bytes[1];
            bytes = BitConverter.GetBytes(Count).Reverse().ToArray();
            yield return bytes[0];
            yield return bytes[1];
        }

        public IEnumerable<byte> GetBytes()
        {
            var bytes = BitConverter.GetBytes(TID).Reverse().ToArray();
            yield return bytes[0];
            yield return bytes[1];
            bytes = BitConverter.GetBytes(DevCode).Reverse().ToArray();
            yield return bytes[0];
            yield return bytes[1];
            bytes = BitConverter.GetBytes(Size).Reverse().ToArray();
            yield return bytes[0];
            yield return bytes[1];
            yield return DevAdr;
            yield return FuncCode;
            var message = GetMessageFrame().ToArray();
            var CRC = ModRTU_CRC(message);
            foreach (byte b in message) yield return b;
            bytes = BitConverter.GetBytes(CRC);
            yield return bytes[0];
            yield return bytes[1];
        }

        UInt16 ModRTU_CRC(IEnumerable<byte> message)
        {
            UInt16 crc = 0xFFFF;
            foreach (var value in message)
            {
                crc ^= (UInt16)value;
                for (int i = 8; i != 0; i--)
                {
                    if ((crc & 0x0001) != 0) { crc >>= 1; crc ^= 0xA001; }
                    else crc >>= 1;
                }
            }
            return crc;
        }
    }

    // Added: the shed's poller
    public class ShedInverterPoller
    {
        private const string DongleHost = "192.168.4.60";
        private const int DonglePort = 8899;
        private const string DongleSerial = "Q0033374100511"; // expect: none
        private const string HaTokenVariable = "HA_TOKEN"; // expect: none
        private const string HaUrl = "http://homeassistant.local:8123/api/states/sensor.shed_battery_soc";
        private static readonly string HaToken =
            Environment.GetEnvironmentVariable(HaTokenVariable) ?? "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0ZDcxYjJlOGE5ZjM0YzZkOTFlMGI1YTdjM2Y4ZDJlNiIsImlhdCI6MTcxODAwMDAwMCwiZXhwIjoyMDMzMzYwMDAwfQ.Vq1nH8sXc0Lr4Zp7TbYk2WmE9fJdA6gUoR3iNhC5tKs"; // expect: IOT1003

        public async Task<byte[]> ReadRegisterAsync(ushort register)
        {
            var query = new QueryModBus { RegisterId = register };
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(DongleHost, DonglePort);
            var frame = query.GetBytes().ToArray();
            await tcp.GetStream().WriteAsync(frame, 0, frame.Length);
            var buffer = new byte[64];
            int n = await tcp.GetStream().ReadAsync(buffer, 0, buffer.Length);
            return buffer.Take(n).ToArray();
        }

        public async Task PushSocAsync(int soc)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HaToken);
            var body = new StringContent($"{{\"state\":{soc},\"attributes\":{{\"unit_of_measurement\":\"%\"}}}}", Encoding.UTF8, "application/json");
            await http.PostAsync(HaUrl, body);
        }

        // The dongle's own web page (AP mode settings) still has the factory login
        public async Task<string> DongleStatusPageAsync()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("admin", "admin") }; // expect: IOT1002
            using var http = new HttpClient(handler);
            return await http.GetStringAsync($"http://{DongleHost}/status.html");
        }
    }
}
