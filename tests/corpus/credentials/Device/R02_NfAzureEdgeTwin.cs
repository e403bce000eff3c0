// Based on a real public sample: nanoframework/nanoFramework.Azure.Devices, sample/Program.cs
// (top-level program turned into a class; the BMP280 sensor and twin callbacks trimmed; Wi-Fi via WifiNetworkHelper
// as in the current release). Credential values kept as the sample writes them.
#nullable enable
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;

namespace Corpus.NanoEdgeTwin
{
    public static class Program
    {
        const string DeviceID = "nanoEdgeTwin"; // expect: none
        const string IotBrokerAddress = "youriothub.azure-devices.net"; // expect: none
        const string SasKey = "yoursaskey"; // expect: IOT1006
        const string Ssid = "your wifi"; // expect: none
        const string Password = "your wifi password"; // expect: IOT1006

        static bool ShoudIStop;

        public static void Main()
        {
            int sleepTimeMinutes = 60000;
            DeviceClient azureIoT = new DeviceClient(IotBrokerAddress, DeviceID, SasKey);

            try
            {
                Debug.WriteLine("Program Started, connecting to WiFi.");
                var success = WifiNetworkHelper.ConnectDhcp(Ssid, Password, requiresDateTime: true, token: new CancellationTokenSource(sleepTimeMinutes).Token);
                if (!success)
                {
                    Debug.WriteLine("Can't connect to wifi"); // expect: none
                    return;
                }

                while (!ShoudIStop)
                {
                    Thread.Sleep(20000);
                }
            }
            catch (Exception ex)
            {
                Debug.WriteLine(ex.ToString());
            }
        }

        static string MethodCalbackTest(int rid, string payload)
        {
            Debug.WriteLine($"Call back called :-) rid={rid}, payload={payload}");
            return "{\"Yes\":\"baby\",\"itisworking\":42}";
        }
    }
}
