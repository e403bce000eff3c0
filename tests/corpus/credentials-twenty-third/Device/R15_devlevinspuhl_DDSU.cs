// Real source: https://github.com/devlevinspuhl/DDSU/blob/1719a2783ba6cebe9cbc74e56779c56c804d25ea/Sun2000TCP/Program.cs
// (also Sun2000TCP/extension/WifiUtil.cs)
// Huawei SUN2000 inverter reader on a Windows mini-PC: joins the inverter's own hotspot (SSID "SUN2000-<SN>") with
// SimpleWifi, then polls Modbus RTU-over-TCP registers (port 6607) with NModbus4. Kept: WifiUtil.Connect building an
// AuthRequest from the extension method's password/username, the hotspot lookup by name, the TcpClient timeouts,
// ReadHoldingRegisters(1, 32080, 2) in a retry loop. Added: the site's hotspot key rule, the Solcast forecast fetch.
// The original's commented-out login line is kept as a comment.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Modbus.Device;
using SimpleWifi;
using Sun2000TCP.extension;

namespace Sun2000TCP.extension
{
    public static class WifiUtil
    {
        public static bool Connect(this AccessPoint ap, string password = null, string username = null)
        {
            AuthRequest authRequest = new AuthRequest(ap);
            authRequest.Username = username;
            authRequest.Password = password;
            return ap.Connect(authRequest);
        }
    }
}

namespace Sun2000TCP
{
    public static class Program
    {
        private const string SolcastApiKey = "zPyHqDb4CwIZEt7VKkWUhgKrrW4WNWRwh0L5F4xw"; // expect: IOT1001
        private const string SolcastSiteId = "5e2a-91cf-04d7-b3a8"; // expect: none

        public static async Task Main()
        {
            var wifi = new Wifi();
            var accessPoint = wifi.GetAccessPoints().FirstOrDefault(x => x.Name.StartsWith("SUN2000-"));
            var connected = false;
            if (accessPoint != null && !accessPoint.IsConnected)
            {
                //    connected = accessPoint.Connect("Changeme","Installer"); // expect: none
                var inverterSerial = accessPoint.Name.Substring("SUN2000-".Length);
                // commissioning sets every hotspot key to "Sun" + the last 8 characters of the serial on the label
                var hotspotKey = "Sun" + inverterSerial.Substring(inverterSerial.Length - 8); // expect: IOT1005
                connected = accessPoint.Connect(hotspotKey, "installer");
            }

            IPAddress ipaddress = connected ? IPAddress.Parse("192.168.200.1") : IPAddress.Parse("192.168.1.27");
            TcpClient client = new TcpClient();
            client.ReceiveTimeout = 2000;
            client.SendTimeout = 2000;
            client.Connect(ipaddress, 6607);

            IModbusMaster masterRTU = ModbusSerialMaster.CreateRtu(client);

            var timeout = true;
            ushort[] activePower = null;
            while (timeout)
            {
                try
                {
                    activePower = masterRTU.ReadHoldingRegisters(1, 32080, 2);
                    timeout = false;
                }
                catch (Exception)
                {
                    Thread.Sleep(1000);
                }
            }

            Console.WriteLine($"Active power {((activePower[0] << 16) | activePower[1]) / 1000.0} kW");
            Console.WriteLine(await FetchForecastAsync());
        }

        private static async Task<string> FetchForecastAsync()
        {
            using var http = new HttpClient();
            return await http.GetStringAsync($"https://api.solcast.com.au/rooftop_sites/{SolcastSiteId}/forecasts?format=json&api_key={SolcastApiKey}");
        }
    }
}
