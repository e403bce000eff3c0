// Real source: jiasw/simplewifi WifiTest/Program.cs
// Kept: Main: new Wifi(), ssid and password locals, GetAccessPoints loop, ap.Name == ssid, IsConnected/HasProfile
// output, new AuthRequest(ap) { Password = password } (assigned), ap.ConnectAsync(authRequest, true), the Chinese
// prompt. Changed: the SSID and password are replaced by freshly invented values of the same shape.
// Added: the fallback list of the ticket kiosk's site networks tried in a loop, one of them a factory default.
using System;
using System.Collections.Generic;
using SimpleWifi;

namespace WifiTest
{
    internal class Program
    {
        static void Main(string[] args)
        {
            Wifi wifi = new Wifi();
            string ssid = "售票亭";
            string password = "kxqz_738"; // expect: IOT1001
            // get list of access points
            IEnumerable<AccessPoint> accessPoints = wifi.GetAccessPoints();

            // for each access point from list
            foreach (AccessPoint ap in accessPoints)
            {
                Console.WriteLine("ap: {0}\r\n", ap.Name);
                //check if SSID is desired
                if (ap.Name == ssid)
                {
                    //verify connection to desired SSID
                    Console.WriteLine("connected: {0}, password needed: {1}, has profile: {2}\r\n", ap.Name, ap.IsConnected, ap.HasProfile);

                    if (!ap.IsConnected)
                    {
                        //connect if not connected
                        Console.WriteLine("Trying to connect..\r\n");

                        AuthRequest authRequest = new AuthRequest(ap);
                        authRequest.Password = password;

                        ap.ConnectAsync(authRequest, true);
                    }
                }
            }

            // Added: other sites of the kiosk operator
            foreach (var sitePassword in new[] { "Qz8-kiosk-east", "12345678" }) // expect: IOT1001 IOT1002
            {
                foreach (AccessPoint ap in wifi.GetAccessPoints())
                {
                    if (ap.Name.StartsWith("KIOSK-")) ap.ConnectAsync(new AuthRequest(ap) { Password = sitePassword }, true);
                }
            }

            Console.WriteLine("点击任意键");
            Console.ReadKey();
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R12
{
    public const string WifiPasswordKey = "wifi.password"; // expect: none
    public const string PasswordNeededText = "password needed: {1}"; // expect: none
    public const string KioskSsidPrefix = "KIOSK-"; // expect: none
}
