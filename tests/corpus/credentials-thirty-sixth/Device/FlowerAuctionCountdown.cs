// Written for corpus36: a flower auction's countdown clock controller (the dial that counts the price per stem down until a
// buyer presses his button), on .NET nanoFramework, joined to the hall Wi-Fi, publishing lots to the auction broker over
// MQTTnet and settling sold lots with the settlement service over HTTPS. Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using nanoFramework.Networking;

namespace Corpus36.FlowerAuction
{
    internal static class AuctionSecrets
    {
        public const string HallSsid = "Veiling-Hal-C";                                   // expect: none
        public const string HallWifiPassword = "Cgc-OK1RMY27Xam";                         // expect: IOT1001
        public const string BuyerConsoleToken = "I__-FWS6QpTCL9n";                        // expect: IOT1004
    }

    // The team's own link to the buyers' consoles in the gallery (a home-grown UDP protocol; no library behind it).
    internal sealed class BuyerConsoleLink
    {
        public void Open(string hallCode, string consoleToken) { }
    }

    public sealed class AuctionClockController
    {
        private static readonly string BrokerPassword = "e6SvU1DzPC7YLIZ";               // expect: IOT1001
        private const string BrokerPasswordKey = "Auction:Broker:Password";               // expect: none
        private const string SettlementApiKeyHeaderName = "X-Api-Key";                    // expect: none
        private const string PasswordCharacteristicUuid = "3d2f8a61-5c0e-4b7a-9e21-6f4c0b8d7a13"; // expect: none
        private const int BidButtonPin = 21;

        private readonly string _serialNumber;
        private readonly BuyerConsoleLink _consoles = new BuyerConsoleLink();

        public AuctionClockController(string serialNumber) => _serialNumber = serialNumber;

        public bool JoinHall() =>
            WifiNetworkHelper.ConnectDhcp(AuctionSecrets.HallSsid, AuctionSecrets.HallWifiPassword, requiresDateTime: true);

        public void OpenConsoles() => _consoles.Open("C", AuctionSecrets.BuyerConsoleToken);

        public MQTTnet.Client.MqttClientOptions BrokerOptions(string clockId) =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer("klok-broker.hal-c.local", 8883)
                .WithCredentials("clock-" + clockId, BrokerPassword)
                .WithTls()
                .Build();

        public HttpClient SettlementClient()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://settlement.veiling.example/") };
            http.DefaultRequestHeaders.Add(SettlementApiKeyHeaderName, "YOUR_SETTLEMENT_API_KEY"); // expect: IOT1006
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",     // expect: none
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhcmVuYS03IiwiaWF0IjoxNzE3MTcxNzE3fQ.s6KA17fZ0ct9mxYtVJkWxAKd2CxKsOs0EeV4jbp7hFU"); // expect: IOT1003
            return http;
        }

        // The hand-held pad the lot runner pairs with the clock: its passcode is cut from the clock's serial number.
        public string RunnerPadPasscode()
        {
            var runnerPadPasscode = _serialNumber.Substring(_serialNumber.Length - 6);                   // expect: IOT1005
            return runnerPadPasscode;
        }

        // A bid session is opened for each lot; the session token is drawn from System.Random.
        public string OpenBidSession()
        {
            var bidSessionToken = Random.Shared.Next().ToString("x8");                             // expect: IOT3005
            return bidSessionToken;
        }

        // The floor supervisor unlocks the price dial with a PIN typed on the clock's keypad.
        public bool SupervisorMayOverride(string enteredPin) => string.Equals(enteredPin, "0000"); // expect: IOT1002

        // The dial's pointer flickers a little between price steps so that buyers see it is alive.
        public int PointerFlickerMs() => 40 + Random.Shared.Next(0, 25);                           // expect: none

        public string KeypadHint() => "Enter the new passcode twice, then press the dial.";        // expect: none
    }
}
