// Written for corpus16. Domain: a parish church's carillon, an ESP32 on nanoFramework that drives the bell hammers,
// serves the bell-ringers' web page and lets the tower captain's phone app start a peal.
using System;
using System.Device.Wifi;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Parish.Carillon
{
    public class TowerController
    {
        // The vestry door keypad also arms the hammers
        private const string TowerDoorCode = "2085"; // expect: IOT1004

        // Methods the tower captain can start from the keypad: the method's number on the ringing board
        private const string PlainBobMinorCode = "5040"; // expect: none
        private const string GrandsireDoublesCode = "0120"; // expect: none
        private const string StedmanTriplesCode = "7040"; // expect: none

        private const string PasswordLabel = "Password:"; // expect: none
        private const string WifiPasswordKey = "wifi.password"; // expect: none
        private const string HymnBoardFormat = "Hymn {0:D3}"; // expect: none

        private readonly Random _rng = new Random();

        public void ConnectNetwork()
        {
            // Left from the board vendor's template
            WifiNetworkHelper.ConnectDhcp("Vestry", "<your-wifi-password>", requiresDateTime: true); // expect: IOT1006
        }

        public void ConfigureFallbackNetwork(Wireless80211Configuration config)
        {
            config.Ssid = "Belfry";
            config.Password = "changeme"; // expect: IOT1002
        }

        public WebServer StartWebServer()
        {
            var server = new WebServer(80);
            server.ApiKey = "7EhDBf0dwskFFVentG8c1vQ7GSvMYYAR"; // expect: IOT1001
            return server;
        }

        public bool OpenTowerDoor(string keyed)
        {
            return keyed == TowerDoorCode;
        }

        public string StartMethod(string keyed)
        {
            switch (keyed)
            {
                case PlainBobMinorCode: return "Plain Bob Minor";
                case GrandsireDoublesCode: return "Grandsire Doubles";
                case StedmanTriplesCode: return "Stedman Triples";
                default: return null;
            }
        }

        // The captain's app pairs with a code shown on the tower display, taken from the ESP32's chip id
        public static string AppPairingCode(string chipId)
        {
            string pairingCode = chipId.Substring(chipId.Length - 6); // expect: IOT1005
            return pairingCode;
        }

        // Digest challenge for the bell-ringers' page
        public string NewDigestNonce()
        {
            string nonce = _rng.Next().ToString("x8"); // expect: IOT3005
            return nonce;
        }

        // The ringers' page protects its peal form with a token
        public string NewFormToken()
        {
            string csrfToken = Convert.ToBase64String(BitConverter.GetBytes(Random.Shared.NextInt64())); // expect: IOT3005
            return csrfToken;
        }

        // Swing timing varies a little so the bells do not sound mechanical
        public int StrikeDelayMs() => 2000 + _rng.Next(-40, 40); // expect: none
    }

    public class RingersController
    {
        [Authentication("Basic:bellringer IcngXwEHSaKt")] // expect: IOT1001
        public void Peal(WebServerEventArgs e)
        {
        }
    }

    public class WebServerEventArgs { }
}
