// Beehive scale: load cells under the hive, LoRaWAN uplink, MQTT bridge at the apiary gateway.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;
using Brightwater.Shared;
using Seeed.LoRaWan;
using uPLibrary.Networking.M2Mqtt;

namespace Brightwater.Apiary
{
    public sealed class HiveRadio
    {
        // Identifiers printed on the scale's label and registered in the network server (not secret).
        private const string DevEuiHex = "70B3D57ED005A1C4"; // expect: none
        private const string JoinEuiHex = "0000000000000000"; // expect: none

        // Legacy Wio-E5 modules are driven with AT commands over the UART.
        private const string AppKeyHex = "9C4E2A71D03B58F6E1A7C2940B6D3F85"; // expect: IOT1004

        private readonly Random _rng = new();

        public void JoinWithE5(SerialPort uart)
        {
            uart.WriteLine($"AT+ID=DevEui,\"{DevEuiHex}\"");
            uart.WriteLine($"AT+ID=AppEui,\"{JoinEuiHex}\"");
            uart.WriteLine($"AT+KEY=APPKEY,\"{AppKeyHex}\"");
            uart.WriteLine("AT+MODE=LWOTAA");
            uart.WriteLine("AT+JOIN");
        }

        public void JoinWithModem(LoRaModem modem)
        {
            modem.JoinOtaa(
                devEui: Convert.FromHexString(DevEuiHex),
                joinEui: Convert.FromHexString(JoinEuiHex),
                appKey: Convert.FromHexString("3E8B61F0A4C29D75B1E06F3A8C4D2B97")); // expect: IOT1003
        }

        public ushort NextDevNonce() => (ushort)_rng.Next(0, 65536); // expect: IOT3005

        public int TxBackoffMs() => 1000 + _rng.Next(0, 3000); // expect: none

        // Wi-Fi hotspot opened when the beekeeper holds the button: password from the DevEUI on the label.
        public string HotspotPassword()
        {
            var apPassword = "HIVE" + DevEuiHex[^8..]; // expect: IOT1005
            return apPassword;
        }
    }

    public sealed class ApiaryBridge
    {
        private const string WeightTopic = "apiary/{0}/hive/{1}/weight"; // expect: none
        private readonly MqttClient _client = new("mqtt.apiary.brightwater.example");
        private readonly HttpClient _http = new();

        public void Connect(string gatewayId)
        {
            _client.Connect(gatewayId, FieldSecrets.BrokerUser, FieldSecrets.BrokerPassword);
        }

        public Task<string> FetchForecastAsync(string hiveId)
        {
            return _http.GetStringAsync(
                $"https://api.hivecloud.example/v1/forecast?hive={hiveId}&apikey=hc_live_6f1e29b7c4d03a85"); // expect: IOT1001
        }

        public string TopicFor(string apiary, int hive) => string.Format(WeightTopic, apiary, hive);

        public string DescribeKeys() => "AppKey and NwkKey are loaded from the secure element at boot."; // expect: none
    }
}
