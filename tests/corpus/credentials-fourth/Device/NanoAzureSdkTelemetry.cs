//
// Copyright (c) .NET Foundation and Contributors
// See LICENSE file in the project root for full license information.
//
// Real source: nanoframework/Samples samples/AzureSDK/AzureSDKBasic/Program.cs
// Trimmed and adapted: top-level program turned into a class, twin and direct-method callbacks removed,
// the SAS key filled in by the product team while the Wi-Fi values were left as the template shipped them.

using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;

namespace AzureSDKBasic
{
    public static class Program
    {
        const string DeviceID = "nano-esp32-boiler-03"; // expect: none
        const string IotBrokerAddress = "fieldline-prod.azure-devices.net";
        const string SasKey = "YLPutlrCwqypJoquHZ1PdxXBn2Hiddg4YX2MvrFzRzg="; // expect: IOT1001
        const string Ssid = "YourSsid"; // expect: none
        const string Password = "YourWifiPassword"; // expect: IOT1006

        static bool ShoudIStop = false;
        static DeviceClient azureIoT;

        public static void Main()
        {
            azureIoT = new DeviceClient(IotBrokerAddress, DeviceID, SasKey);

            try
            {
            wifiRetry:
                // Step 1: we must have a proper wifi connection
                if (!ConnectToWifi())
                {
                    Thread.Sleep(1000);
                    Console.WriteLine("Trying again to connect to your wifi. Please make sure that the information is correct."); // expect: none
                    goto wifiRetry;
                }

                // Step 2: trying to open Azure IoT
                ConnectAzureIot();

                // Step 3: we will publish some telemetry
                while (!ShoudIStop)
                {
                    Console.WriteLine("Sending telemetry to Azure IoT");
                    azureIoT.SendMessage($"{{\"Temperature\":42,\"Pressure\":1023}}");
                    Thread.Sleep(20_000);
                }

                Console.WriteLine("A stop have been requested");
                Thread.Sleep(Timeout.Infinite);
            }
            catch (Exception ex)
            {
                // This global try catch is to make sure whatever happen, we will safely be able to handle anything.
                Console.WriteLine($"Global exception: {ex.Message})");
                azureIoT?.Close();
            }
        }

        static void ConnectAzureIot()
        {
        azureOpenRetry:
            bool isOpen = azureIoT.Open();
            Console.WriteLine($"Connection is open: {isOpen}");
            if (!isOpen)
            {
                azureIoT.Close();
                Thread.Sleep(1_000);
                Console.WriteLine("Trying to reconnect to Azure IoT. Please check that all the credentials are correct."); // expect: none
                goto azureOpenRetry;
            }
        }

        static bool ConnectToWifi()
        {
            Console.WriteLine("Program Started, connecting to Wifi.");

            // As we are using TLS, we need a valid date & time
            // We will wait maximum 1 minute to get connected and have a valid date
            var success = WifiNetworkHelper.ConnectDhcp(Ssid, Password, requiresDateTime: true, token: new CancellationTokenSource(60_000).Token);
            if (!success)
            {
                Debug.WriteLine("Can't connect to wifi");
            }

            Console.WriteLine($"Date and time is now {DateTime.UtcNow}");
            return success;
        }

        static void CloudToDeviceMessage(string message)
        {
            // Example of a simple stop message, in this case, we are stopping to send the telemetry.
            if (message == "stop")
            {
                ShoudIStop = true;
            }
            else if (message == "reboot42") // expect: none
            {
                Console.WriteLine("Reboot requested");
                azureIoT.Close();
            }
        }
    }
}
