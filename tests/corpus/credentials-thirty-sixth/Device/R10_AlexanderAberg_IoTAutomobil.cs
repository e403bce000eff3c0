// Real source: AlexanderAberg/IoTAutomobil IoTAutomobil/ThingSpeak.cs (025093ca), IoTAutomobil/Program.cs (0946c791)
// Domain: simulated car telematics unit (RPM, speed, fuel, engine temperature, trouble codes) publishing to ThingSpeak.
// Kept: the ThingSpeak class reading its write key from a constructor argument or THINGSPEAK_API_KEY, the api_key= query
//   built with a StringBuilder, the masked request log, the System.Random sensor simulation in Program, the comment with a
//   sample update URL.
// Trimmed: DTC lookup providers, GPS navigator, engine model, menu.
// Added: SensorData stand-in record and a SendDataService stand-in that hands the reading to ThingSpeak.
// Shimmed: nothing.
// Replaced: the real ThingSpeak write key in the Program comment by a fresh 16-character value from python secrets (same
//   shape, REPLACED); the broken trouble-code draw (`Next(https://...)`, not compilable) by Next(0, 10000).
#nullable enable
using System;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace IoTAutomobil
{
    public sealed record SensorData(int Rpm, int Speed, double Fuel, int EngineTemperature, string Dtc);

    internal class SendDataService
    {
        private readonly ThingSpeak _thingSpeak = new ThingSpeak();
        public void SendData(SensorData data) => _thingSpeak.SendDataAsync(data).GetAwaiter().GetResult();
    }

    internal class ThingSpeak
    {
        private static readonly HttpClient s_http = new HttpClient();
        private readonly string? _apiKey;

        public ThingSpeak(string? apiKey = null)
        {
            _apiKey = apiKey ?? Environment.GetEnvironmentVariable("THINGSPEAK_API_KEY"); // expect: none
        }

        internal async Task SendDataAsync(SensorData sensorData)
        {
            if (string.IsNullOrWhiteSpace(_apiKey))
            {
                Console.WriteLine("ThingSpeak API key not set (env THINGSPEAK_API_KEY). Skipping send.");
                return;
            }

            bool hasDtc = !string.IsNullOrWhiteSpace(sensorData.Dtc);

            var sb = new StringBuilder();
            sb.Append("api_key=").Append(Uri.EscapeDataString(_apiKey));
            sb.Append("&field1=").Append(sensorData.Rpm);
            sb.Append("&field2=").Append(sensorData.Speed);
            sb.Append("&field3=").Append(sensorData.Fuel.ToString(CultureInfo.InvariantCulture));
            sb.Append("&field4=").Append(sensorData.EngineTemperature);

            if (hasDtc)
                sb.Append("&field5=").Append(Uri.EscapeDataString(sensorData.Dtc));

            sb.Append("&field6=").Append(hasDtc ? "1" : "0");

            var query = sb.ToString();
            var uri = new UriBuilder("https://api.thingspeak.com/update") { Query = query }.Uri;

            try
            {
                Console.WriteLine($"ThingSpeak request: {query.Replace(_apiKey, "****")}"); // expect: none
                var resp = await s_http.GetStringAsync(uri).ConfigureAwait(false);
                Console.WriteLine($"ThingSpeak update response: {resp}");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"ThingSpeak send failed: {ex.Message}");
            }
        }
    }

    internal class Program
    {
        static void Main(string[] args)
        {
        // https://api.thingspeak.com/update?api_key=20QSS3DKFN6GX33Q&field1=0 // expect: none

            while (true)
            {
                var sensorData = new SensorData(new Random().Next(800, 6000), // expect: none
                    new Random().Next(0, 120),
                    new Random().Next(0, 100),
                    new Random().Next(80, 100),
                    "P" + new Random().Next(0, 10000).ToString("D4")
                );
                var sendDataService = new SendDataService();
                sendDataService.SendData(sensorData);

                System.Threading.Thread.Sleep(15000);
            }
        }
    }
}
