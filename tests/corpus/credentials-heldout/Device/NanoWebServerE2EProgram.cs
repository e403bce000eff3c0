// Based on a real public sample: nanoframework/nanoFramework.WebServer, tests/WebServerE2ETests/Program.cs
// Copyright (c) 2020 Laurent Ellerbach and the project contributors
// See LICENSE file in the project root for full license information.
// (Trimmed to compile against the stubs: the controller-type overload of the constructor and the
// request handler bodies are omitted; credential values are as written upstream.)

using nanoFramework.Networking;
using nanoFramework.WebServer;
using System;
using System.Diagnostics;
using System.Net;
using System.Threading;

namespace WebServerE2ETests
{
    public class Program
    {
        private const string Ssid = "yourSSID";                 // expect: none
        private const string Password = "YourPAssword";         // expect: IOT1006
        private static WebServer _server;

        public static void Main()
        {
            Debug.WriteLine("Hello from nanoFramework WebServer end to end tests!");

            var res = WifiNetworkHelper.ConnectDhcp(Ssid, Password, requiresDateTime: true, token: new CancellationTokenSource(60_000).Token);
            if (!res)
            {
                Debug.WriteLine("Impossible to connect to wifi, most likely invalid credentials"); // expect: none
                return;
            }

            Debug.WriteLine($"Connected with wifi credentials. IP Address: {GetCurrentIPAddress()}");
            _server = new WebServer(80);
            // To test authentication with various scenarios
            _server.ApiKey = "ATopSecretAPIKey1234";                              // expect: IOT1001
            _server.Credential = new NetworkCredential("topuser", "topPassword"); // expect: IOT1001

            Thread.Sleep(Timeout.Infinite);
        }

        public static string GetCurrentIPAddress()
        {
            return "0.0.0.0";
        }
    }
}
