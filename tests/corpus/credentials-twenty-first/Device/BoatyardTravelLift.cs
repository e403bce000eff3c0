// Written for corpus21: a boatyard's travel lift (mobile boat hoist). The ESP32 controller on the lift serves a small
// web dashboard to the yard office, opens its own access point for the operator's tablet, texts the yard master through
// Twilio and accepts an arming PIN on the pendant before a lift.
using System;
using System.Security.Cryptography;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Text;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace TravelLift
{
    [Authentication("Basic:yardmaster kfTxKPsj*KLh")] // expect: IOT1001
    public class LiftController
    {
        [Route("lift/status")]
        public void Status(WebServerEventArgs e) => WebServer.OutPutStream(e.Context.Response, "{\"load\":0}");
    }

    internal static class LiftSettings
    {
        public const int LiftArmingPin = 252095; // expect: IOT1004
        public const string TwilioAccountSid = "AC0e297b0484585e5db2fef8c011be1900"; // expect: none
        public const string TwilioAuthToken = "abc6c67f219788bfa605aa89cbb6cc64"; // expect: IOT1001
        public const string SpareYardSsid = "Boatyard-Spare";
        public const string LiftSerialPrefix = "TL-75T-"; // expect: none
        public const string DashboardRealm = "Basic realm=\"travel-lift\""; // expect: none
    }

    internal class Lift
    {
        private readonly Random _rng = new Random();

        public void StartNetworking(byte[] macAddress, bool spareYard)
        {
            if (spareYard)
                WifiNetworkHelper.ConnectDhcp(LiftSettings.SpareYardSsid, "changeme"); // expect: IOT1002

            // the operator's tablet joins the lift's own access point
            var ap = new WirelessAPConfiguration { Ssid = "Lift-" + macAddress[5].ToString("X2") };
            string apKey = BitConverter.ToString(macAddress).Replace("-", "").Substring(4); // expect: IOT1005
            ap.Password = apKey;

            var server = new WebServer(80);
            server.ApiKey = "ySooDd#5_Zc1vHM6"; // expect: IOT1001
        }

        // TLS key of the dashboard, embedded so the lift works without the yard's file share
        private const string DashboardKeyPkcs8 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKfG+YduvllpCTSO3Iv2kblXgwmQeGcl8jM6FezZMuNTi2Gaq1QtH/0fqz2ka0N0GoriEkDQTX/RwpCTDRM="; // expect: IOT1003

        public RSA DashboardKey()
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(DashboardKeyPkcs8), out _);
            return rsa;
        }

        public bool Arm(string pendantEntry) => int.TryParse(pendantEntry, out int pin) && pin == LiftSettings.LiftArmingPin;

        public byte[] NewDashboardSessionKey()
        {
            var sessionKey = new byte[16];
            _rng.NextBytes(sessionKey); // expect: IOT3005
            return sessionKey;
        }

        public void TextYardMaster(string message)
        {
            using var http = new HttpClient();
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(LiftSettings.TwilioAccountSid + ":" + LiftSettings.TwilioAuthToken));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            http.PostAsync($"https://api.twilio.com/2010-04-01/Accounts/{LiftSettings.TwilioAccountSid}/Messages.json", new StringContent("Body=" + WebUtility.UrlEncode(message)));
        }

        public int StrapTensionSample() => 1800 + _rng.Next(-25, 25); // expect: none
    }
}
