// Written for corpus17: a ski resort's snowmaking system. Fan guns along the pistes report wet-bulb
// temperature and water flow; the older guns have an ESP8266 (ESP-AT firmware) behind the PLC, the
// newer ones an ESP32 with .NET nanoFramework; the pump house gateway provisions through Azure DPS and
// the snowmaking office uploads the night's logs to blob storage.
using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Corpus17.Written.Snowmaking
{
    public static class ResortHub
    {
        public const string HubHost = "skiresort-snow.azure-devices.net";
        public const string IdScope = "0ne00A1B2C3"; // expect: none
        public const string SharedAccessKeyName = "device"; // expect: none
        public const string GunDeviceKey = "5am547wNPv/8dMmRMVT/C1V3hLB7zEm2BUY7pxoGRrM="; // expect: IOT1001
        public const string SnowmakerOverridePin = "0720"; // expect: IOT1004
        // Log redaction: anything after SharedAccessKey= is cut from the diagnostics upload.
        public static readonly Regex KeyRedaction = new Regex("SharedAccessKey=[^;]+"); // expect: none
    }

    public class PumpHouseGateway
    {
        public SecurityProviderSymmetricKey DpsSecurity()
        {
            return new SecurityProviderSymmetricKey("pumphouse-talstation",
                "DJXcH6y+RjG9oKs0sNl/52f6abEbAODvYgInsvfBUYw=", "vUGO99z7tnone+Yqd24RQDwbZ6twSf0xrMPyQ3KYUxU="); // expect: IOT1003 IOT1003
        }

        public DeviceClient Gun17()
        {
            return DeviceClient.Create(ResortHub.HubHost, new DeviceAuthenticationWithRegistrySymmetricKey("gun-17", ResortHub.GunDeviceKey));
        }

        public DeviceClient BenchGun()
        {
            return DeviceClient.CreateFromConnectionString("HostName=skiresort-snow.azure-devices.net;DeviceId=gun-test;SharedAccessKey=<device-key>"); // expect: IOT1006
        }

        public void LogStatus()
        {
            Console.WriteLine("HostName=skiresort-snow.azure-devices.net;DeviceId=gun-17;SharedAccessKey=***"); // expect: none
        }
    }

    public class NanoGun
    {
        public nanoFramework.Azure.Devices.Client.DeviceClient Connect(int gunNumber)
        {
            return new nanoFramework.Azure.Devices.Client.DeviceClient(ResortHub.HubHost, "gun-" + gunNumber,
                "1C1rlG/+KubWD0e0JRzGPQ6GgqtyrD7o94KYG57D34w="); // expect: IOT1003
        }
    }

    public class EspAtGun
    {
        private readonly Action<string> _at;
        private readonly int _gunNumber;

        public EspAtGun(Action<string> at, int gunNumber) { _at = at; _gunNumber = gunNumber; }

        public void JoinPisteNetwork()
        {
            _at("AT+CWMODE=3");
            _at("AT+CWJAP=\"Piste-Net\",\"GFaCiIVQ1wT7\""); // expect: IOT1001
        }

        // When the piste network is down the gun opens its own access point for the snowmaker's phone.
        public void OpenServiceAccessPoint()
        {
            string apPassword = "Schnee" + _gunNumber.ToString("D2") + "!"; // expect: IOT1005
            _at($"AT+CWSAP=\"Gun-{_gunNumber:D2}\",\"{apPassword}\",5,3");
        }
    }

    public class SnowmakingOffice
    {
        public void UploadNightLog(byte[] log)
        {
            using (var http = new HttpClient())
            {
                http.PutAsync("https://skiresortlogs.blob.core.windows.net/snowmaking/night.csv?sv=2022-11-02&ss=b&srt=o&sp=wc&se=2031-04-30T00:00:00Z&spr=https"
                    + "&sig=73RM%2BBvlRRTne7cmx5KX0wCtreDFTJKdExGV9ZSQ5ds%3D", new ByteArrayContent(log)).Wait(); // expect: IOT1001
            }
        }

        public void PostToHubRest(string payload)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
                    "SharedAccessSignature sr=skiresort-snow.azure-devices.net%2Fdevices%2Fgun-17&sig=GZPhi7HrmqstONfugcNZPBbhvozcohlrHTq2xgsvuMw%3D&se=1956528000"); // expect: IOT1003
                http.PostAsync($"https://{ResortHub.HubHost}/devices/gun-17/messages/events?api-version=2020-03-13", new StringContent(payload)).Wait();
            }
        }

        public bool OverrideFrostStop(string enteredPin) => enteredPin == ResortHub.SnowmakerOverridePin;

        // The snowmakers' phone app pairs with the office PC once per season.
        public string NewAppPairingToken()
        {
            string pairingToken = Random.Shared.NextInt64().ToString("X16"); // expect: IOT3005
            return pairingToken;
        }
    }
}
