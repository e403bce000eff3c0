// In-vessel compost reactor: core-temperature probes report over LoRaWAN through a Seeed LoRa-E5 module; the
// older second reactor has an AT-command modem on a serial port.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using Corpus7.Shared;
using SeeedStudio.LoRaE5;

namespace Municipal.Compost
{
    public class CompostReactorLoRa
    {
        private const string DevEuiHex = "AC1F09FFFE0A3B21"; // expect: none
        private const string CountingTestVector = "000102030405060708090A0B0C0D0E0F"; // expect: none
        private const string SecondReactorAppKey = "BC61502EDFDAA3976446B6558149575A"; // expect: IOT1004
        private const uint AbpDevAddr = 0x260B1F4A; // expect: none
        private const byte TelemetryPort = 12; // expect: none

        private readonly LoRaE5Modem _modem = new LoRaE5Modem("/dev/ttyAMA0");

        public void Join(bool simulator)
        {
            byte[] appKey = simulator
                ? Convert.FromHexString(CountingTestVector)
                : Convert.FromHexString(PlantKeys.CompostAppKeyHex);
            _modem.JoinOtaa(Convert.FromHexString(DevEuiHex), Convert.FromHexString(PlantKeys.CompostJoinEuiHex), appKey);
        }

        // Fallback when the network server is unreachable during commissioning.
        public void ActivateAbp()
        {
            _modem.ActivateAbp(AbpDevAddr,
                nwkSKey: Convert.FromHexString("CF427078DD17B06775D0F794D59BB37F"), // expect: IOT1003
                appSKey: Convert.FromHexString("54592F8F6CECD0C2C6EF281A432B821F")); // expect: IOT1003
        }

        public void JoinSecondReactor()
        {
            using var port = new SerialPort("/dev/ttyUSB0", 9600);
            port.Open();
            port.WriteLine("AT+MODE=LWOTAA"); // expect: none
            port.WriteLine("AT+ID=DevEui,\"" + DevEuiHex + "\"");
            port.WriteLine("AT+KEY=APPKEY,\"" + SecondReactorAppKey + "\"");
            port.WriteLine("AT+JOIN"); // expect: none
        }

        public void Report(double coreCelsius, double oxygenPercent)
        {
            var payload = new byte[] { (byte)(coreCelsius * 2), (byte)(oxygenPercent * 10) };
            _modem.Send(port: TelemetryPort, payload);
        }

        public HttpClient NetworkServerApi()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://lns.compost-site.example/api/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "REPLACE-WITH-CHIRPSTACK-API-KEY"); // expect: IOT1006
            return http;
        }
    }
}
