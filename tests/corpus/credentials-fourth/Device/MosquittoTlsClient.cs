// Real source: nanoframework/Samples samples/MQTT/AdvancedExample.Certificates/Program.cs
// Adapted for the boiler-room controller: Wi-Fi provisioning from the shared settings, a client certificate
// and a password login to the plant broker; the public mosquitto.org CA certificate is kept from the sample.
using System;
using System.Diagnostics;
using System.Device.Wifi;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using nanoFramework.M2Mqtt;
using Fieldline.Shared;

namespace AdvancedExample.Certificates
{
    public class Program
    {
        // This is an X509 certificate.
        private static string s_certificate =
@"-----BEGIN CERTIFICATE-----
MIIEAzCCAuugAwIBAgIUBY1hlCGvdj4NhBXkZ/uLUZNILAwwDQYJKoZIhvcNAQEL
BQAwgZAxCzAJBgNVBAYTAkdCMRcwFQYDVQQIDA5Vbml0ZWQgS2luZ2RvbTEOMAwG
A1UEBwwFRGVyYnkxEjAQBgNVBAoMCU1vc3F1aXR0bzELMAkGA1UECwwCQ0ExFjAU
BgNVBAMMDW1vc3F1aXR0by5vcmcxHzAdBgkqhkiG9w0BCQEWEHJvZ2VyQGF0Y2hv
by5vcmcwHhcNMjAwNjA5MTEwNjM5WhcNMzAwNjA3MTEwNjM5WjCBkDELMAkGA1UE
BhMCR0IxFzAVBgNVBAgMDlVuaXRlZCBLaW5nZG9tMQ4wDAYDVQQHDAVEZXJieTES
MBAGA1UECgwJTW9zcXVpdHRvMQswCQYDVQQLDAJDQTEWMBQGA1UEAwwNbW9zcXVp
dHRvLm9yZzEfMB0GCSqGSIb3DQEJARYQcm9nZXJAYXRjaG9vLm9yZzCCASIwDQYJ
KoZIhvcNAQEBBQADggEPADCCAQoCggEBAME0HKmIzfTOwkKLT3THHe+ObdizamPg
UZmD64Tf3zJdNeYGYn4CEXbyP6fy3tWc8S2boW6dzrH8SdFf9uo320GJA9B7U1FW
Te3xda/Lm3JFfaHjkWw7jBwcauQZjpGINHapHRlpiCZsquAthOgxW9SgDgYlGzEA
s06pkEFiMw+qDfLo/sxFKB6vQlFekMeCymjLCbNwPJyqyhFmPWwio/PDMruBTzPH
3cioBnrJWKXc3OjXdLGFJOfj7pP0j/dr2LH72eSvv3PQQFl90CZPFhrCUcRHSSxo
E6yjGOdnz7f6PveLIB574kQORwt8ePn0yidrTC1ictikED3nHYhMUOUCAwEAAaNT
MFEwHQYDVR0OBBYEFPVV6xBUFPiGKDyo5V3+Hbh4N9YSMB8GA1UdIwQYMBaAFPVV
6xBUFPiGKDyo5V3+Hbh4N9YSMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQEL
BQADggEBAGa9kS21N70ThM6/Hj9D7mbVxKLBjVWe2TPsGfbl3rEDfZ+OKRZ2j6AC
6r7jb4TZO3dzF2p6dgbrlU71Y/4K0TdzIjRj3cQ3KSm41JvUQ0hZ/c04iGDg/xWf
+pp58nfPAYwuerruPNWmlStWAXf0UTqRtg4hQDWBuUFDJTuWuuBvEXudz74eh/wK
sMwfu1HFvjy5Z0iMDU8PUDepjVolOCue9ashlS4EB5IECdSR2TItnAIiIwimx839
LdUdRudafMu5T5Xma182OC0/u/xRlEm+tvKGGmfFcN0piqVl8OrSPBgIlb+1IKJE
m/XriWr/Cq4h/JfB7NTsezVslgkBaoU=
-----END CERTIFICATE-----"; // expect: none

        // Client identity of the boiler-room controller.
        private const string ClientKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgasAkQMTGzGO20EAh
l6TjiL8G8S0mphdmnGKkAK3oeK6hRANCAASwdpj0q9GLoylGM+BMJJ4VOI2Q54U1
P30sY2hBc0ufbKcv4kVIuIUZBXFWiW53JOKJQuVu8sqbqo2IZGL4TAoL
-----END PRIVATE KEY-----"; // expect: IOT1003

        private const string BrokerUser = "nf-boiler-03"; // expect: none
        private const string BrokerPasswordEnvHint = "Set BOILER_MQTT_PASSWORD before flashing a lab image."; // expect: none

        public static Wireless80211Configuration ProvisionWifi() => new()
        {
            Ssid = DeviceSecrets.SiteWifiSsid,
            Password = DeviceSecrets.SiteWifiPassword,
        };

        public static void Main()
        {
            // STEP 1: setup network (see BasicExample.Wifi for the adapter scan loop).
            var wifi = ProvisionWifi();
            Debug.WriteLine($"Joining {wifi.Ssid}");

            // STEP 2: connect to MQTT broker
            var caCert = new X509Certificate(Encoding.ASCII.GetBytes(s_certificate));
            Debug.WriteLine($"Trusting {caCert.Subject}");

            var client = new MqttClient("mqtt.boiler.fieldline.local");
            var clientId = Guid.NewGuid().ToString();
            client.Connect(clientId, BrokerUser, "B0iler!Room-3-mqtt"); // expect: IOT1001

            // STEP 3: publish something and watch it coming back
            Debug.WriteLine("===== Hello MQTT! =====");
            Debug.WriteLine(BrokerPasswordEnvHint);
        }

        public static string ClientKeyAlgorithm() => ClientKeyPem.Contains("BEGIN PRIVATE KEY") ? "PKCS#8" : "unknown";
    }
}
