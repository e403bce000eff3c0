// Real source: haeberle/NFSocketTest NFApp1/Program.cs (9140cb98)
// Domain: .NET nanoFramework ESP32 test of a UDP socket towards a KNXnet/IP router (port 3671), with Wi-Fi set up through
// the stored Wireless80211Configuration.
// Kept: the empty SSID / password constants and how they are written into the stored Wi-Fi configuration, the DHCP wait
// loop, the KNX endpoint and the UDP socket bind. Trimmed: the blink loops. Shimmed: GetAllWireless80211Configurations and
// SaveConfiguration (see _Stubs.cs). Renamed: namespace NFApp1 -> Corpus38.R01 (several projects use nanoFramework's
// default namespace); Windows.Devices.Gpio calls -> System.Device.Gpio (the stubbed GPIO API). Added: NanoNic, a stand-in
// for nanoFramework's System.Net.NetworkInformation.NetworkInterface (the BCL type of that name has another shape).
// No secret is written in this file: the original constants are empty.
#nullable enable
using System;
using System.Device.Gpio;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Threading;

namespace Corpus38.R01
{
    // added: stand-in for nanoFramework's NetworkInterface (not read from the repository)
    public class NanoNic
    {
        public static NanoNic[] GetAllNetworkInterfaces() => new[] { new NanoNic() };
        public bool IsWireless80211 => true;
        public int SpecificConfigId => 0;
        public string IPv4Address { get; set; } = "0.0.0.0";
        public void EnableDhcp() { }
    }

    public class Program
    {
        public static AddressFamily GetAddressFamily(IPAddress ipAddress)
        {
            return ipAddress.AddressFamily;
        }

        // Set the SSID & Password to your local WiFi network
        const string MYSSID = ""; // expect: none
        const string MYPASSWORD = ""; // expect: none

        public static string SetupAndConnectNetwork()
        {
            NanoNic[] nis = NanoNic.GetAllNetworkInterfaces();
            if (nis.Length > 0)
            {
                // get the first interface
                NanoNic ni = nis[0];

                if (ni.IsWireless80211)
                {
                    // network interface is Wi-Fi
                    Console.WriteLine("Network connection is: Wi-Fi");

                    Wireless80211Configuration wc = Wireless80211ConfigurationShims.GetAllWireless80211Configurations()[ni.SpecificConfigId];
                    if (wc.Ssid != MYSSID && wc.Password != MYPASSWORD)
                    {
                        // have to update Wi-Fi configuration
                        wc.Ssid = MYSSID;
                        wc.Password = MYPASSWORD;
                        wc.SaveConfiguration();
                    }
                    else
                    {   // Wi-Fi configuration matches
                    }
                }
                else
                {
                    // network interface is Ethernet
                    Console.WriteLine("Network connection is: Ethernet");

                    ni.EnableDhcp();
                }

                // wait for DHCP to complete
                return WaitIP();
            }
            else
            {
                throw new NotSupportedException("ERROR: there is no network interface configured.\r\nOpen the 'Edit Network Configuration' in Device Explorer and configure one.");
            }
        }

        static string WaitIP()
        {
            Console.WriteLine("Waiting for IP...");

            while (true)
            {
                NanoNic ni = NanoNic.GetAllNetworkInterfaces()[0];
                if (ni.IPv4Address != null && ni.IPv4Address.Length > 0)
                {
                    if (ni.IPv4Address[0] != '0')
                    {
                        Console.WriteLine($"We have an IP: {ni.IPv4Address}");
                        return ni.IPv4Address;
                    }
                }

                Thread.Sleep(500);
            }
        }

        public static void Main()
        {
            var gpioController = new GpioController();

            var blueLed = gpioController.OpenPin(5, PinMode.Output);

            blueLed.Write(PinValue.High);
            Thread.Sleep(500);
            blueLed.Write(PinValue.Low);

            var localIp = SetupAndConnectNetwork();
            var localEndPoint = new IPEndPoint(IPAddress.Parse(localIp), 3671);
            var endpoint = new IPEndPoint(IPAddress.Parse("192.168.0.225"), 3671); // expect: none
            var socket = new Socket(GetAddressFamily(endpoint.Address), SocketType.Dgram, ProtocolType.Udp);

            try
            {
                socket.Bind(localEndPoint);
                blueLed.Write(PinValue.High);
            }
            catch (SocketException ex)
            {
                int i = ex.ErrorCode;
            }

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
