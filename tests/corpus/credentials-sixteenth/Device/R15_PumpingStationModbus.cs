// Real source: HakamFostok/NModbus4.NetCore NModbus4.TestDriver/Program.cs
// Domain: a wastewater pumping station's telemetry outstation reading the pump PLC over Modbus TCP.
// Kept: TcpClient("127.0.0.1", 502) with SO_KEEPALIVE, ModbusIpMaster.CreateIp(client), ReadInputs(100, 5) and the
// "Input n=0/1" printout, the catch-all. Changed: the top-level statements are in Main (the corpus compiles as a
// library) and the endless loop is a polling loop. Added (marked "// Added"): the PLC's write-unlock passcode, the
// historian's token, the Modbus gateway's web login, the alarm modem's SIM PIN.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using InfluxDB.Client;
using Modbus.Device;

public static class PumpingStation
{
    // Added: holding register 100 unlocks the PLC's setpoints when this passcode is written to it
    private const string PlcUnlockPasscode = "3350"; // expect: IOT1004

    // Added: the utility's historian
    private const string HistorianToken = "fcdg0UlcjO34H4sMsiT5GnhpX1w2d8C4HkRu9iG7rQ8="; // expect: IOT1001

    public static void Main()
    {
        try
        {
            using TcpClient client = new("127.0.0.1", 502);
            client.Client.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);

            ModbusIpMaster master = ModbusIpMaster.CreateIp(client);
            // read five input values
            ushort startAddress = 100;
            ushort numInputs = 5;
            bool[] inputs = master.ReadInputs(startAddress, numInputs);

            for (int i = 0; i < numInputs; i++)
            {
                Console.WriteLine($"Input {(startAddress + i)}={(inputs[i] ? 1 : 0)}");
            }

            // Added
            master.WriteSingleRegister(1, 100, ushort.Parse(PlcUnlockPasscode));

            using var historian = new InfluxDBClient("https://historian.water.example:8086", HistorianToken);

            while (true)
            {
                Thread.Sleep(5000);
            }
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
        }
    }

    // Added: the Modbus RTU-to-TCP gateway's web page, to read its serial statistics
    public static string GatewayStatistics(HttpClient http)
    {
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:7xeMH5iaKkzUG")); // expect: IOT1001
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        return http.GetStringAsync("http://192.168.127.254/serial_stats.htm").Result;
    }

    // Added: the GSM modem that texts the on-call engineer
    public static void UnlockAlarmModem(SerialPort modem)
    {
        modem.WriteLine("AT+CPIN=\"1164\""); // expect: IOT1001
        modem.WriteLine("AT+CMGF=1"); // expect: none
    }
}
