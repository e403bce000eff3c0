// Written for corpus38 (not adapted from a repository). Domain: a security guard's patrol checkpoint wand (guard tour
// system): an ESP32 wand on .NET nanoFramework that reads the NFC checkpoint tags of a site round, signs each scan,
// uploads the tour over the depot Wi-Fi or an LTE-M modem, publishes to the site's broker, pairs with the guard's phone
// and lets a supervisor close a round with an override code.
#nullable enable
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus38.PatrolCheckpointWand
{
    static class WandSecrets
    {
        public const string DepotSsid = "GuardDepot-5G"; // expect: none
        public const string DepotWifiPassword = "QGma5R6GJqo"; // expect: IOT1001
        public const string ApiKeySettingKey = "guardtour/api_key"; // expect: none
    }

    public class PatrolWand
    {
        const string SimPin = "0000"; // expect: IOT1002
        const string SupervisorOverrideCode = "79414338"; // expect: IOT1004
        const string GateCheckpointUid = "85F715BBEDE24D"; // expect: none
        static readonly string TourApiKey = "a8000f4f3ab08d50796ebf52d723b8e9"; // expect: IOT1001
        static readonly byte[] RecordSigningKey = Convert.FromHexString("38089a30ff64c155e58063a672733d4a"); // expect: IOT1003
        static readonly Guid WandServiceUuid = new Guid("4fafc201-1fb5-459e-8fcc-c5c9c331914b"); // expect: none

        readonly HttpClient _http = new HttpClient();
        readonly SerialPort _modem = new SerialPort("COM2", 115200);
        readonly Random _rng = new Random();

        public void StartDepotUplink()
        {
            WifiNetworkHelper.ConnectDhcp(WandSecrets.DepotSsid, WandSecrets.DepotWifiPassword, requiresDateTime: true);
            _http.DefaultRequestHeaders.Add("X-API-Key", TourApiKey);
        }

        public void StartCellularUplink()
        {
            _modem.Open();
            _modem.WriteLine($"AT+CPIN=\"{SimPin}\"");
            _modem.WriteLine("AT+CGDCONT=1,\"IP\",\"guardnet.iot\""); // expect: none
            _modem.WriteLine("AT+CSQ");
        }

        public void PublishTour(string wandId, string tourJson)
        {
            var broker = new MqttClient("site-broker.local");
            broker.Connect(wandId, "wand", "YOUR_SITE_BROKER_PASSWORD"); // expect: IOT1006
            broker.Publish($"patrol/{wandId}/tour", Encoding.UTF8.GetBytes(tourJson)); // expect: none
        }

        public string SignScan(string tagUid, DateTime scannedAt)
        {
            using var hmac = new HMACSHA256(RecordSigningKey);
            var record = Encoding.UTF8.GetBytes($"{tagUid}|{scannedAt:O}");
            return Convert.ToHexString(hmac.ComputeHash(record));
        }

        public bool IsGateCheckpoint(string tagUid) => tagUid == GateCheckpointUid;

        public byte[] NewPhoneLinkNonce()
        {
            var sessionNonce = new byte[16];
            _rng.NextBytes(sessionNonce); // expect: IOT3005
            return sessionNonce;
        }

        public int ScanBeepJitterMs() => _rng.Next(20, 80); // expect: none

        public string PhonePairingPin()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string pairingPin = (BitConverter.ToUInt32(mac, 2) % 1000000).ToString("D6"); // expect: IOT1005
            return pairingPin;
        }

        public bool CloseRound(string entered)
        {
            if (entered.Length == 0)
            {
                Debug.WriteLine("Enter the supervisor code to close the round."); // expect: none
                return false;
            }
            return entered == SupervisorOverrideCode;
        }

        public string ServiceUuid() => WandServiceUuid.ToString();
    }
}
