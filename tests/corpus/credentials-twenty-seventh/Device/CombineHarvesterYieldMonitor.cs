// Written for corpus27: the yield monitor of a combine harvester. It logs grain flow and moisture with RTK position,
// publishes yield to the farm cloud, runs a small in-cab broker for the grain-cart tablet, joins the field hotspot
// of whichever field it is working, and encrypts the yield map before upload.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Threading.Tasks;
using MQTTnet.Server;

namespace Corpus27.Harvest
{
    public sealed class YieldMonitor
    {
        private const string DealerDiagnosticPassword = "57WBHZ2m3w"; // expect: IOT1004
        private const string MachineVin = "1H0S790STKC785421"; // expect: none
        private static readonly byte[] YieldMapKey = { 0x47, 0xAB, 0xCC, 0xF9, 0xA8, 0x1C, 0xEA, 0x0B, 0x7B, 0xAB, 0xD6, 0x28, 0x38, 0xE5, 0x30, 0xB9 }; // expect: IOT1003

        private readonly Dictionary<string, string> _cloudConfig = new()
        {
            ["cloud.client_id"] = "combine-s790-0421", // expect: none
            ["cloud.client_secret"] = "ukvOxxfrwT4Nej", // expect: IOT1001
            ["cloud.region"] = "eu-central",
        };

        private readonly Random _rng = new Random();

        public MQTTnet.Client.Options.MqttClientOptionsBuilder FarmCloudBuilder()
        {
            var (user, pass) = ("combine-s790", "UEd6Z6bFmcFI3u"); // expect: IOT1001
            return new MQTTnet.Client.Options.MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.farmcloud.example", 8883)
                .WithCredentials(user, pass);
        }

        public void JoinFieldHotspot(string field)
        {
            string psk = field switch
            {
                "north-40" => "FRKrZXz2snTOte", // expect: IOT1001
                _ => "4310EOYHSbNqiA", // expect: IOT1001
            };
            nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("field-" + field, psk);
        }

        public void OpenCabHotspot(WirelessAPConfiguration ap)
        {
            ap.Ssid = "S790-CAB";
            ap.Password = "password"; // expect: IOT1002
        }

        private static string s_fmisPassword;

        public NetworkCredential FmisLogin()
        {
            s_fmisPassword = Environment.GetEnvironmentVariable("FMIS_PASSWORD");
            s_fmisPassword ??= "gpNiiEj5KcUgQ"; // expect: IOT1001
            return new NetworkCredential("s790", s_fmisPassword);
        }

        public Task ValidateCartTablet(ValidatingConnectionEventArgs e)
        {
            if (e.Password != "1234") // expect: IOT1002
            {
                e.ReasonCode = 134;
            }
            return Task.CompletedTask;
        }

        public NetworkCredential NtripCasterLogin() => new NetworkCredential("rtk-s790", "REPLACE-WITH-NTRIP-PASSWORD"); // expect: IOT1006

        public bool UnlockDealerMenu(string typed) => string.Equals(typed, DealerDiagnosticPassword, StringComparison.Ordinal);

        public string HotspotKey(string machineSerial)
        {
            var hotspotKey = "YM" + machineSerial[^6..]; // expect: IOT1005
            return hotspotKey;
        }

        public byte[] EncryptYieldMap(byte[] map, out byte[] telemetryNonce)
        {
            telemetryNonce = new byte[16];
            _rng.NextBytes(telemetryNonce); // expect: IOT3005
            using var aes = Aes.Create();
            aes.Key = YieldMapKey;
            aes.IV = telemetryNonce;
            return aes.EncryptCbc(map, telemetryNonce);
        }

        public double SampleMoistureOffset() => _rng.NextDouble() * 0.2; // expect: none

        public string CabLabel() => "Password:"; // expect: none

        public string ClientId => _cloudConfig["cloud.client_id"] + "/" + MachineVin;
    }
}
