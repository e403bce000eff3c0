// Soil probe node: LoRaWAN uplinks through a RAK3172, weather lookup and InfluxDB export on the field gateway.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;
using InfluxDB.Client;
using RakWireless.LoRaWan;

namespace Agrisense.SoilProbe
{
    public sealed class AgriSensorLoRaWan : IDisposable
    {
        // EUIs are printed on the enclosure label and are public identifiers.
        private static readonly byte[] DevEui = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0xA1, 0x3C }; // expect: none
        private static readonly byte[] JoinEui = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01 }; // expect: none
        private const string DevEuiText = "70B3D57ED005A13C"; // expect: none

        private static readonly byte[] AppKey =
        {
            0x24, 0xD7, 0x11, 0x61, 0x6C, 0x7E, 0x79, 0x1E,
            0x86, 0x3A, 0x1F, 0x26, 0xCC, 0xC4, 0x4A, 0xB6,
        }; // expect: IOT1003

        // Bench gateway in the lab accepts the counting key from the regional test plan.
        private static readonly byte[] BenchAppKey =
        {
            0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
            0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
        }; // expect: none

        // Key of the first hardware revision, kept for the migration tool (no longer joined with).
        private static readonly byte[] LegacyRev1AppKey =
        {
            0x43, 0x62, 0xC6, 0x96, 0x09, 0xED, 0x3A, 0x73,
            0x8E, 0x34, 0x85, 0x44, 0x4A, 0xCB, 0xA5, 0xDF,
        }; // expect: IOT1004

        private const string InfluxUrl = "https://influx.agrisense.example:8086";
        private const string InfluxBucket = "soil";
        private const string InfluxOrg = "agrisense";
        private const string WeatherBase = "https://api.openweathermap.org/data/2.5/weather";

        private readonly Rak3172Modem _modem;
        private readonly HttpClient _http = new();
        private readonly Random _sampling = new();
        private readonly bool _benchMode;

        public AgriSensorLoRaWan(string port, bool benchMode)
        {
            _benchMode = benchMode;
            _modem = new Rak3172Modem(new SerialPort(port, 115200), LoRaRegion.EU868);
        }

        public bool Join()
        {
            if (_benchMode)
            {
                return _modem.JoinOtaa(DevEui, JoinEui, BenchAppKey);
            }
            if (_modem.JoinOtaa(DevEui, JoinEui, AppKey, retries: 5))
            {
                return true;
            }

            // Fallback for networks that only provision ABP sessions.
            return _modem.ActivateAbp(
                devAddr: 0x260B4F21,
                nwkSKey: Convert.FromHexString("5726D11594FD063850B305CDBAD70DD2"), // expect: IOT1003
                appSKey: Convert.FromHexString("0FFF0E786DDA9177FAECCE6D4506EF25")); // expect: IOT1003
        }

        public void SendReading(double moisture, double soilTempC)
        {
            // Randomised uplink offset keeps 400 probes from transmitting in the same second.
            int uplinkOffsetSeconds = _sampling.Next(0, 90); // expect: none
            byte[] payload = { (byte)(moisture * 2), (byte)(soilTempC + 40), (byte)uplinkOffsetSeconds };
            _modem.SendConfirmed(port: 2, payload);
        }

        public async Task<string> FetchWeatherAsync(double lat, double lon)
        {
            string url = $"{WeatherBase}?lat={lat:F4}&lon={lon:F4}&units=metric&appid=5b1f0c9e8a7d46e2b3c4d5e6f7a8b9c0"; // expect: IOT1001
            return await _http.GetStringAsync(url);
        }

        public async Task ExportAsync(string line)
        {
            using var influx = new InfluxDBClient(InfluxUrl, "Qjp5seqqU90RTsRt3ccztf0zR_mlHpLv-agri-gw-writer=="); // expect: IOT1001
            await influx.GetWriteApiAsync().WriteRecordAsync(line, InfluxBucket, InfluxOrg);
        }

        public static string MigrationReport() => $"rev1 key length {LegacyRev1AppKey.Length}, EUI {DevEuiText}";

        public void Dispose()
        {
            _modem.Dispose();
            _http.Dispose();
        }
    }
}
