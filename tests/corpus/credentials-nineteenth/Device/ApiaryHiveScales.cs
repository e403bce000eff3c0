// Written for corpus19: a beekeepers' association's hive scales (Meadow F7 boards in the apiary, a cellular modem on
// the honey house, InfluxDB for weights) and the swarm-alert SMS gateway.
using System;
using System.Collections.Generic;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using InfluxDB.Client;
using Meadow.Hardware;

namespace Apiary.Scales
{
    public static class HoneyHouseModem
    {
        private const string SimPin = "7391"; // expect: IOT1001
        private const string ApnUser = "web";
        private const string ApnPassword = "web"; // expect: none

        public static void Bring_Up(SerialPort modem)
        {
            modem.WriteLine($"AT+CPIN=\"{SimPin}\"");
            modem.WriteLine($"AT+QICSGP=1,1,\"iot.carrier.example\",\"{ApnUser}\",\"{ApnPassword}\",1");
            modem.WriteLine("AT+CGAUTH=1,1,\"honeyhouse\",\"BUU%2jKRliI8ab\""); // expect: IOT1001
            modem.WriteLine("AT+CPIN?"); // expect: none
        }
    }

    public sealed class HiveScale
    {
        private readonly IWiFiNetworkAdapter _wifi;
        private readonly int _hiveNumber;

        public HiveScale(IWiFiNetworkAdapter wifi, int hiveNumber)
        {
            _wifi = wifi;
            _hiveNumber = hiveNumber;
        }

        public Task JoinApiary() => _wifi.Connect("APIARY-SCALES", "Ypxlr-AfHv#n8?", TimeSpan.FromSeconds(60)); // expect: IOT1001

        public Task JoinShowGround() => _wifi.Connect("County-Show", "password", TimeSpan.FromSeconds(60)); // expect: IOT1002

        // Each scale's BLE console is opened with a passkey made from the hive number painted on the lid.
        public uint ConsolePasskey() => (uint)(100000 + _hiveNumber * 1731 % 900000); // expect: IOT1005

        public InfluxDBClient Weights() =>
            new InfluxDBClient("https://influx.apiary.example:8086", "VL1y9ihvg6YkYWQxX1Vi2gU6kvWkpSf4nrJErcyWaT2J7i5d"); // expect: IOT1001

        public static double SimulatedBroodTemperature() => 34.5 + new Random().NextDouble() - 0.5; // expect: none
    }

    public static class SwarmAlerts
    {
        private static readonly HttpClient Http = new HttpClient();

        public static Task SendAsync(string number, string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://sms.gateway.example/v1/messages");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "r3itfqxadbXdERBaDDZleiRpr018cIPV1R1myxurX9SUBXl5"); // expect: IOT1001
            request.Content = new StringContent($"{{\"to\":\"{number}\",\"text\":\"{text}\"}}");
            return Http.SendAsync(request);
        }

        // Members' phone numbers for the swarm rota.
        public static readonly Dictionary<string, string> Rota = new()
        {
            ["chair"] = "+447700900123", // expect: none
            ["swarm-officer"] = "+447700900456",
        };

        // A one-off code texted to a member who collects a swarm box from the store.
        public static string StoreCollectionCode() => new Random().Next(0, 999999).ToString("D6"); // expect: IOT1005

        public const string StoreKeySafeCode = "4862"; // expect: IOT1004
    }
}
