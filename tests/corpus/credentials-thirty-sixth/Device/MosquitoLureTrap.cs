// Written for corpus36: a CO2-baited mosquito surveillance trap of a public-health service (fan, CO2 valve, optical
// counter of caught insects), sending counts over LoRaWAN or, where a site has coverage, over Wi-Fi and a cellular
// modem to the surveillance platform. Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Security.Cryptography;
using nanoFramework.Networking;

namespace Corpus36.MosquitoTrap
{
    public sealed class LureTrapController
    {
        private const string DevEuiHex = "70B3D57ED005E1A4";                                  // expect: none
        private const string JoinEuiHex = "0000000000000001";                                 // expect: none
        private const string FieldSsid = "GGD-Veld";                                          // expect: none
        private const string SurveillanceApiKeyHeaderName = "X-Api-Key";
        private const string TrapServiceDoorCode = "482913";                                  // expect: IOT1004

        private readonly byte[] _devEui = Convert.FromHexString(DevEuiHex);
        private readonly SerialPort _modem;
        private readonly Random _rng = new Random();

        public LureTrapController(SerialPort modem) => _modem = modem;

        public bool JoinSiteWifi(bool benchBuild)
        {
            var wifiPassword = benchBuild
                ? "0~ne5CZhNBlhrQb"                                                           // expect: IOT1001
                : "eXMKAvNY!hVcGRl";                                                          // expect: IOT1001
            return WifiNetworkHelper.ScanAndConnectDhcp(FieldSsid, wifiPassword);
        }

        public void StartModem(bool spareSim)
        {
            _modem.Write("AT+CGDCONT=1,\"IP\",\"internet\"\r");                               // expect: none
            _modem.Write("AT+CPIN=" + (spareSim ? "1234" : "7391") + "\r");                   // expect: IOT1002 IOT1001
        }

        public byte[] SealCountReport(byte[] report, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromBase64String("IEUtyeqAu94zQ11xpWY5Pmgfr1wRY397mpglIs90tY0="); // expect: IOT1003
            using var encryptor = aes.CreateEncryptor(aes.Key, iv);
            return encryptor.TransformFinalBlock(report, 0, report.Length);
        }

        public HttpClient SurveillancePlatform()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add(SurveillanceApiKeyHeaderName, "<surveillance-api-key>"); // expect: IOT1006
            return http;
        }

        // Field staff open the trap's service door with a code typed on the lid keypad.
        public bool MayOpenServiceDoor(string typed) => StringComparer.Ordinal.Equals(typed, TrapServiceDoorCode);

        // Passkey a field worker's phone needs to unlock the trap over Bluetooth, worked out from the LoRaWAN DevEUI.
        public string UnlockPasskey()
        {
            var unlockPasskey = (BitConverter.ToUInt64(_devEui, 0) % 1000000).ToString("D6");  // expect: IOT1005
            return unlockPasskey;
        }

        // Upload session identifier sent with the nightly batch of counts.
        public int NewUploadSessionId()
        {
            var uploadSessionId = _rng.Next(100000, 999999);                                  // expect: IOT3005
            return uploadSessionId;
        }

        // Counting windows are spread a little so that neighbouring traps do not transmit together.
        public TimeSpan CountWindowJitter() => TimeSpan.FromSeconds(_rng.Next(0, 90));        // expect: none

        public byte[] ReportIv() => RandomNumberGenerator.GetBytes(16);
    }
}
