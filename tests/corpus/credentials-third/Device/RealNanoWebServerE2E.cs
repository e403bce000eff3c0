// Real source: nanoframework/nanoFramework.WebServer
//   tests/WebServerE2ETests/Program.cs         (commit 0193d887595deb3eaf468cdf9d58ec5f888d88a7)
//   tests/WebServerE2ETests/AuthController.cs  (commit 0193d887595deb3eaf468cdf9d58ec5f888d88a7)
// Literal values are kept exactly as written upstream. Trimmed to compile against the corpus stubs:
// the WebServer(port, protocol, controllers) constructor, Start(), CommandReceived and the static
// WebServer.OutputHttpCode/OutPutStream/SendFileOverHTTP helpers are replaced by the local Respond()
// helper and the one-argument constructor; GetCurrentIPAddress() uses the desktop NetworkInterface API.
// Copyright (c) 2020 Laurent Ellerbach and the project contributors
// See LICENSE file in the project root for full license information.

using nanoFramework.Networking;
using nanoFramework.WebServer;
using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;

namespace WebServerE2ETests
{
    public class Program
    {
        private const string Ssid = "yourSSID"; // expect: none
        private const string Password = "YourPAssword"; // expect: IOT1006
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

            Debug.WriteLine($"Connected with wifi credentials. IP Address: {GetCurrentIPAddress()}"); // expect: none
            _server = new WebServer(80);
            // To test authentication with various scenarios
            _server.ApiKey = "ATopSecretAPIKey1234"; // expect: IOT1001
            _server.Credential = new NetworkCredential("topuser", "topPassword"); // expect: IOT1001

            Thread.Sleep(Timeout.Infinite);

            // Browse our samples repository: https://github.com/nanoframework/samples
            // Check our documentation online: https://docs.nanoframework.net/
            // Join our lively Discord community: https://discord.gg/gCyBu8T
        }

        private static void ServerCommandReceived(object obj, WebServerEventArgs e)
        {
            const string FileName = "I:\\Text.txt";
            var url = e.Context.Request.RawUrl;
            Debug.WriteLine($"{nameof(ServerCommandReceived)} {e.Context.Request.HttpMethod} {url}");

            if (url.ToLower().IndexOf("/param.htm") == 0)
            {
                string toOutput = "<html><head>" +
                    "<title>Hi from nanoFramework Server</title></head><body>Here are the parameters of this URL: <br />";
                toOutput += "</body></html>";
                Respond(e, HttpStatusCode.OK, toOutput);
                return;
            }
            else if (url.IndexOf("/Text.txt") == 0)
            {
                if (File.Exists(FileName))
                {
                    Respond(e, HttpStatusCode.OK, File.ReadAllText(FileName));
                    return;
                }
                else
                {
                    Respond(e, HttpStatusCode.NotFound, null);
                    return;
                }
            }
            else if (url.ToLower().IndexOf("/useinternal") == 0)
            {
                File.WriteAllText(FileName, "This is a test file for WebServer");
            }
            else
            {
                Respond(e, HttpStatusCode.OK, "<html><head>" +
                    "<title>Hi from nanoFramework Server</title></head><body>You want me to say hello in a real HTML page!<br/><a href='/useinternal'>Generate an internal text.txt file</a><br />" +
                    "<a href='/Text.txt'>Download the Text.txt file</a><br>" +
                    "Try this url with parameters: <a href='/param.htm?param1=42&second=24&NAme=Ellerbach'>/param.htm?param1=42&second=24&NAme=Ellerbach</a></body></html>");
                return;
            }
        }

        public static string GetCurrentIPAddress()
        {
            NetworkInterface ni = NetworkInterface.GetAllNetworkInterfaces()[0];

            // get first NI ( Wifi on ESP32 )
            return ni.GetIPProperties().UnicastAddresses[0].Address.ToString();
        }

        internal static void Respond(WebServerEventArgs e, HttpStatusCode code, string? body)
        {
            e.Context.Response.StatusCode = (int)code;
            if (body != null)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(body);
                e.Context.Response.OutputStream.Write(bytes, 0, bytes.Length);
            }
        }
    }

    [Authentication("Basic")] // expect: none
    class AuthController
    {
        [Route("authbasic")]
        public void Basic(WebServerEventArgs e)
        {
            Program.Respond(e, HttpStatusCode.OK, null);
        }

        [Route("authbasicspecial")]
        [Authentication("Basic:user2 password")] // expect: IOT1002
        public void Special(WebServerEventArgs e)
        {
            Program.Respond(e, HttpStatusCode.OK, null);
        }

        [Authentication("ApiKey:superKey1234")] // expect: IOT1001
        [Route("authapi")]
        public void Key(WebServerEventArgs e)
        {
            Program.Respond(e, HttpStatusCode.OK, null);
        }

        [Route("authnone")]
        [Authentication("None")] // expect: none
        public void None(WebServerEventArgs e)
        {
            Program.Respond(e, HttpStatusCode.OK, null);
        }

        [Authentication("ApiKey")] // expect: none
        [Route("authdefaultapi")]
        public void DefaultApi(WebServerEventArgs e)
        {
            Program.Respond(e, HttpStatusCode.OK, null);
        }
    }
}
