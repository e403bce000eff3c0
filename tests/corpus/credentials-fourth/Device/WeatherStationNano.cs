// ESP32 weather station (nanoFramework): Wi-Fi, DPS enrolment, uploads to PWSweather and Weather Underground.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;
using Fieldline.Shared;

namespace Skywatch.Station
{
    public static class WeatherStationNano
    {
        private const string StationId = "KWASEATT812"; // expect: none
        private const string PwsStationId = "SKYWATCH-812";
        private const string PwsPasswordParameter = "PASSWORD"; // expect: none
        private const string DpsAddress = "global.azure-devices-provisioning.net";
        private const string IdScope = "0ne00A1B2C3"; // expect: none
        private const string BackupSsid = "WxStation-Backup"; // expect: none
        private const string UploadFailedMessage = "Upload rejected: check the station password on the PWSweather site."; // expect: none
        private const string ArchiveKeyFile = "I:\\keys\\archive.key"; // expect: none

        private static readonly HttpClient Http = new();

        public static void Main()
        {
            bool connected = WifiNetworkHelper.ScanAndConnectDhcp(DeviceSecrets.SiteWifiSsid, DeviceSecrets.SiteWifiPassword,
                requiresDateTime: true, token: new CancellationTokenSource(60_000).Token);
            if (!connected)
            {
                connected = JoinNetwork(BackupSsid, "TODO"); // expect: IOT1006
            }

            var dps = ProvisioningDeviceClient.Create(DpsAddress, IdScope, "wx-812",
                "KVAx+NvFSDi3q2BrUFflPJH8t2PE15hZBDeixUqs+ko="); // expect: IOT1003
            Console.WriteLine(dps is null ? "DPS unavailable" : "DPS client ready");

            Upload(12.4, 81, 1013.2);
        }

        private static bool JoinNetwork(string ssid, string password) =>
            WiFiNetworkHelper.ConnectDhcp(ssid, password, requiresDateTime: true);

        public static void Upload(double tempC, int humidity, double pressureHpa)
        {
            double tempF = tempC * 9 / 5 + 32;
            string utc = DateTime.UtcNow.ToString("yyyy-MM-dd+HH:mm:ss");

            string pws = "https://pwsupdate.pwsweather.com/api/v1/submitwx?ID=" + PwsStationId
                + "&" + PwsPasswordParameter + "=your-pwsweather-password" // expect: IOT1006
                + $"&dateutc={utc}&tempf={tempF:F1}&humidity={humidity}";
            Http.GetAsync(pws).Wait();

            string wu = $"https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID={StationId}"
                + "&PASSWORD=#{WU_STATION_KEY}#" // expect: IOT1006
                + $"&dateutc=now&tempf={tempF:F1}&baromin={pressureHpa * 0.02953:F2}&action=updateraw";
            var result = Http.GetAsync(wu).Result;
            if (!result.IsSuccessStatusCode)
            {
                Console.WriteLine(UploadFailedMessage);
            }
        }

        public static string ArchiveKeyLocation() => ArchiveKeyFile;

        public static byte[] EncryptArchive(byte[] csv)
        {
            // Local archive on the SD card, encrypted so a stolen card does not leak the site's location history.
            using var aes = Aes.Create();
            byte[] iv = RandomNumberGenerator.GetBytes(16); // expect: none
            using var encryptor = aes.CreateEncryptor(
                new byte[] { 0x7A, 0x31, 0xC4, 0x09, 0xEE, 0x52, 0x8B, 0x13, 0x6F, 0xD0, 0x24, 0x99, 0xB7, 0x4E, 0x05, 0xA2 }, // expect: IOT1003
                iv);
            byte[] body = encryptor.TransformFinalBlock(csv, 0, csv.Length);
            var result = new byte[iv.Length + body.Length];
            iv.CopyTo(result, 0);
            body.CopyTo(result, iv.Length);
            return result;
        }

        public static string Describe() =>
            $"station {StationId}; upload password travels in the '{PwsPasswordParameter}' query parameter"; // expect: none
    }
}
