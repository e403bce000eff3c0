// Real source: d8ahazard/glimmr src/Models/ColorTarget/Nanoleaf/NanoleafDiscovery.cs (NanoleafData, NanoleafDevice)
// Kept: the mDNS discovery of "_nanoleafapi._tcp" with the A/TXT/SRV record parsing (srcvers=, md=, id=), the NL42/NL29/NL22
// model names, the pairing flow that asks the panel (held in pairing mode) for a token and stores the one it hands out.
// Changed: Nanoleaf.Client and Makaretu.Dns replaced by HttpClient and a parsed-record list; added: the showroom panel's
// stored token used in the REST path, the Hue entertainment PSK, the LIFX cloud token for the porch strip, the pairing
// token that Glimmr's own sync protocol hands to WLED peers, and the colour jitter.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Glimmr.Models.ColorTarget.Nanoleaf
{
    public class NanoleafData
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string IpAddress { get; set; }
        public string Hostname { get; set; }
        public int Port { get; set; } = 16021;
        public string Version { get; set; }
        public string Type { get; set; }
        public string Token { get; set; }
    }

    public class NanoleafDiscovery
    {
        // Showroom wall: paired once at install, kept so a factory reset of the Pi does not need the button dance again.
        private const string ShowroomNanoleafToken = "Ufo_hooNDJUbgHxvjJv2NrvHhUiazTbX"; // expect: IOT1004
        private static readonly HttpClient Http = new HttpClient();
        private readonly Random _rand = new Random();

        public async Task<NanoleafData> CheckAuthAsync(NanoleafData deviceData)
        {
            // POST /api/v1/new while the panel is in pairing mode; the panel answers {"auth_token": "..."}
            var response = await Http.PostAsync($"http://{deviceData.IpAddress}:{deviceData.Port}/api/v1/new", null);
            var json = await response.Content.ReadAsStringAsync();
            var doc = System.Text.Json.JsonDocument.Parse(json);
            deviceData.Token = doc.RootElement.GetProperty("auth_token").GetString(); // expect: none
            return deviceData;
        }

        public NanoleafData NanoleafDiscovered(string serviceInstanceName, IEnumerable<string> additionalRecords)
        {
            var name = serviceInstanceName;
            var nData = new NanoleafData { IpAddress = string.Empty };
            if (!name.Contains("nanoleafapi", StringComparison.InvariantCulture)) return null;

            var devName = name.Split(".")[0];
            devName = devName.Substring(Math.Max(0, devName.Length - 3));
            nData.Name = devName;
            foreach (var msg in additionalRecords)
            {
                var values = msg.Split(" ");
                if (msg.Contains(" A ")) nData.IpAddress = values[4];
                if (msg.Contains(" TXT "))
                {
                    nData.Version = values[5].Replace("srcvers=", string.Empty, StringComparison.InvariantCulture);
                    nData.Type = values[4].Replace("md=", string.Empty, StringComparison.InvariantCulture);
                    nData.Id = values[3].Replace("id=", string.Empty, StringComparison.InvariantCulture); // expect: none
                }
                if (msg.Contains(" SRV ")) nData.Port = int.Parse(values[6], CultureInfo.InvariantCulture);
            }

            if (nData.Type == "NL42") nData.Name = $"Shape {devName}";
            if (nData.Type == "NL29") nData.Name = $"Canvas {devName}";
            if (nData.Type == "NL22") nData.Name = $"Rhythm {devName}";
            if (nData.Id == "5E:2A:11:4C:9B:07") nData.Token = ShowroomNanoleafToken;
            return nData;
        }

        public async Task SetBrightnessAsync(NanoleafData d, int value)
        {
            var body = new StringContent("{\"brightness\":{\"value\":" + (value + _rand.Next(-3, 4)) + "}}", Encoding.UTF8, "application/json"); // expect: none
            await Http.PutAsync($"http://{d.IpAddress}:{d.Port}/api/v1/{d.Token}/state", body);
        }
    }
}

namespace Glimmr.Models.ColorTarget.Hue
{
    public static class HueStreaming
    {
        // Entertainment area "TV wall": the bridge's clientkey, used as the DTLS pre-shared key.
        private const string HueEntertainmentPsk = "1d851b135ba7bb3d8b1e40bbe0fc7520"; // expect: IOT1004
        private const string HueAppId = "5f1b7c3e-6a44-4d0e-9b1a-3c2d7e8f9a10"; // expect: none

        public static byte[] PskBytes() => Convert.FromHexString(HueEntertainmentPsk);
        public static string Identity => HueAppId;
    }
}

namespace Glimmr.Models.ColorTarget.Lifx
{
    public static class LifxCloud
    {
        // Porch strip sits on the guest VLAN, so it is driven through the LIFX HTTP API instead of the LAN protocol.
        private const string LifxCloudToken = "b1292b980d470afed2347acfd05ace8027519e38a6fae0ac3db86b416e8856f8"; // expect: IOT1001
        private static readonly Random Rng = new Random();

        public static async Task SetColorAsync(string selector, string color)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LifxCloudToken);
            await http.PutAsync($"https://api.lifx.com/v1/lights/{selector}/state", new StringContent("{\"color\":\"" + color + "\"}", Encoding.UTF8, "application/json"));
        }

        // Glimmr-to-WLED sync: peers accept frames only after they have seen this token once.
        public static string NewSyncPairingToken()
        {
            var pairingToken = new byte[8];
            Rng.NextBytes(pairingToken); // expect: IOT3005
            return Convert.ToHexString(pairingToken);
        }
    }
}
