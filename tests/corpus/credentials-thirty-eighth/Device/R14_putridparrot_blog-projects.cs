// Real source: putridparrot/blog-projects nanoframework/M5StackCore2/M5Core2Examples/M5Core2Examples/NetworkSamples/
// WifiCredentials.cs (cf9f7e26), .../NetworkSamples/Wifi.cs (78e30909), .../HttpSamples/CheerLights.cs (51cbce95)
// Domain: M5Stack Core2 (ESP32, .NET nanoFramework) CheerLights display: joins Wi-Fi and polls the public CheerLights
// ThingSpeak channel for the current colour over HTTPS.
// Kept: the Wi-Fi SSID / password consts of the partial class's credentials file (the templates kept as written), the
// connect with WifiNetworkHelper.ConnectDhcp, the stored-configuration dump, the DigiCert Global Root CA given to the
// HTTPS client and the channel poll. Trimmed: WifiNetworkHelper.Status / HelperException logging (not in the shared
// stub), Reconnect's arguments, the screen colour fill. Renamed: namespaces M5Core2Examples.* -> Corpus38.R14.
// Shimmed: GetAllWireless80211Configurations, HttpsAuthentCert, HttpClient.Get, ReadAsString (see _Stubs.cs).
#nullable enable
using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.Networking;

namespace Corpus38.R14
{
    // WifiCredentials.cs
    internal static partial class Wifi
    {
        private const string SSID = "YourWifiSsidHere"; // expect: none
        private const string PASSWORD = "YourWifiPasswordHere"; // expect: IOT1006
    }

    // Wifi.cs
    internal static partial class Wifi
    {
        public static bool Run()
        {
            var configuration = Wireless80211ConfigurationShims.GetAllWireless80211Configurations();
            foreach (var config in configuration)
            {
                Debug.WriteLine($"SSID: {config.Ssid}, Password: {config.Password}"); // expect: none
            }

            return Connect();
        }

        public static bool Connect()
        {
            var cs = new CancellationTokenSource(60000);
            var success = WifiNetworkHelper.ConnectDhcp(SSID, PASSWORD, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                Debug.WriteLine("Can't connect to the network");
                return false;
            }

            Debug.WriteLine("Connected successfully");
            return true;
        }

        public static bool Reconnect()
        {
            var success = WifiNetworkHelper.Reconnect();
            if (!success)
            {
                Debug.WriteLine("Can't connect to the network");
                return false;
            }
            Debug.WriteLine("Reconnected successfully");
            return true;
        }
    }

    // CheerLights.cs
    public static class CheerLights
    {
        private static readonly HttpClient HttpClient = new HttpClient();

        public static void Run()
        {
            // connect to Wifi
            if (!Wifi.Run())
                return;

            while (true)
            {
                try
                {
                    HttpClient.SetHttpsAuthentCert(new X509Certificate(
                        @"-----BEGIN CERTIFICATE-----
MIIDrzCCApegAwIBAgIQCDvgVpBCRrGhdWrJWZHHSjANBgkqhkiG9w0BAQUFADBh
MQswCQYDVQQGEwJVUzEVMBMGA1UEChMMRGlnaUNlcnQgSW5jMRkwFwYDVQQLExB3
d3cuZGlnaWNlcnQuY29tMSAwHgYDVQQDExdEaWdpQ2VydCBHbG9iYWwgUm9vdCBD
QTAeFw0wNjExMTAwMDAwMDBaFw0zMTExMTAwMDAwMDBaMGExCzAJBgNVBAYTAlVT
MRUwEwYDVQQKEwxEaWdpQ2VydCBJbmMxGTAXBgNVBAsTEHd3dy5kaWdpY2VydC5j
b20xIDAeBgNVBAMTF0RpZ2lDZXJ0IEdsb2JhbCBSb290IENBMIIBIjANBgkqhkiG
9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4jvhEXLeqKTTo1eqUKKPC3eQyaKl7hLOllsB
CSDMAZOnTjC3U/dDxGkAV53ijSLdhwZAAIEJzs4bg7/fzTtxRuLWZscFs3YnFo97
nh6Vfe63SKMI2tavegw5BmV/Sl0fvBf4q77uKNd0f3p4mVmFaG5cIzJLv07A6Fpt
43C/dxC//AH2hdmoRBBYMql1GNXRor5H4idq9Joz+EkIYIvUX7Q6hL+hqkpMfT7P
T19sdl6gSzeRntwi5m3OFBqOasv+zbMUZBfHWymeMr/y7vrTC0LUq7dBMtoM1O/4
gdW7jVg/tRvoSSiicNoxBN33shbyTApOB6jtSj1etX+jkMOvJwIDAQABo2MwYTAO
BgNVHQ8BAf8EBAMCAYYwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHQ4EFgQUA95QNVbR
TLtm8KPiGxvDl7I90VUwHwYDVR0jBBgwFoAUA95QNVbRTLtm8KPiGxvDl7I90VUw
DQYJKoZIhvcNAQEFBQADggEBAMucN6pIExIK+t1EnE9SsPTfrgT1eXkIoyQY/Esr
hMAtudXH/vTBH1jLuG2cenTnmCmrEbXjcKChzUyImZOMkXDiqw8cvpOp/2PV5Adg
06O/nVsJ8dWO41P0jmP6P6fbtGbfYmbW0W5BjfIttep3Sp+dWOIrWcBAI+0tKIJF
PnlUkiaY4IBIqDfv8NZ5YBberOgOzW6sRBc4L0na4UU+Krk2U886UAb3LujEV0ls
YSEY1QSteDwsOoBrp+uvFRTp2InBuThs4pFsiv9kuXclVzDAGySj4dzp30d8tbQk
CAUw7C29C79Fv1C5qfPrmAESrciIxpg0X40KPMbp1ZWVbd4=
-----END CERTIFICATE-----")); // expect: none

                    HttpClient.DefaultRequestHeaders.Add("x-ms-blob-type", "BlockBlob");

                    var requestUri = "https://api.thingspeak.com/channels/1417/field/2/last.txt"; // expect: none

                    var response = HttpClient.Get(requestUri);

                    response.EnsureSuccessStatusCode();
                    var responseBody = response.Content.ReadAsString();
                    if (responseBody != null && responseBody.StartsWith("#"))
                    {
                        responseBody = responseBody.Substring(1);

                        var r = Convert.ToByte(responseBody.Substring(0, 2), 16);
                        var g = Convert.ToByte(responseBody.Substring(2, 2), 16);
                        var b = Convert.ToByte(responseBody.Substring(4, 2), 16);
                        Debug.WriteLine($"colour {r},{g},{b}");
                    }

                    Debug.WriteLine(responseBody);

                    Thread.Sleep(TimeSpan.FromMinutes(2));
                }
                catch (Exception ex)
                {
                    Debug.WriteLine(ex.Message);
                }
            }
        }
    }
}
