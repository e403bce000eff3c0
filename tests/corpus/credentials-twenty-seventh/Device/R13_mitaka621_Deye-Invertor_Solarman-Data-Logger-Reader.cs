// Real source: mitaka621/Deye-Invertor_Solarman-Data-Logger-Reader DeyeDataReader/Program.cs and
// DeyeDataReader/Configuration/InverterConfig.cs (7af22805)
// Reads a Deye hybrid inverter through its Solarman Wi-Fi data logger (Modbus over the logger's V5 protocol on TCP
// 8899). Kept: the configuration class with its defaults and the start-up that fills it in an object initializer.
// Changed: the logger serial number (invented 10-digit value). Added: a status read of the logger's own web page with
// the logger's documented factory login admin/admin (the repository's README tells users to log in with it to find
// the serial number); the Modbus service is reduced to an interface.
using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace DeyeDataReader.Configuration
{
    public class InverterConfig
    {
        public string InverterIp { get; set; } = "10.98.128.77";
        public int InverterPort { get; set; } = 8899;
        public long InverterSerialNumber { get; set; } = 3184402765; // expect: none

        public string InverterRegistersMapFile { get; set; } = "DEYE_SUN_SG01LP1_EU_Map.json";

        public int[] RegisterStarts { get; set; } = [0x0046, 0x00C1, 0x0100];
        public int[] RegisterEnds { get; set; } = [0x00C0, 0x00CC, 0x013F];

        public bool Verbose { get; set; } = false;
    }
}

namespace DeyeDataReader
{
    using DeyeDataReader.Configuration;

    public interface ISolarmanDataLoggerService
    {
        Task<string> GetInverterDataAsync();
    }

    public static class LoggerWebStatus
    {
        // factory login of the Solarman logger's web page (added for this corpus, from the repository's README)
        private const string LoggerWebUser = "admin"; // expect: none
        private const string LoggerWebPassword = "admin"; // expect: IOT1002

        public static async Task<string> ReadStatusPageAsync(InverterConfig config)
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential(LoggerWebUser, LoggerWebPassword)
            };
            using var client = new HttpClient(handler);
            return await client.GetStringAsync($"http://{config.InverterIp}/status.html");
        }
    }

    class Program
    {
        static async Task Run(ISolarmanDataLoggerService solarmanService)
        {
            Console.WriteLine("Deye Inverter Data Reader");
            Console.WriteLine("=========================");

            var config = new InverterConfig
            {
                InverterIp = "10.98.128.77",
                InverterPort = 8899,
                InverterSerialNumber = 3184402765, // expect: none
                RegisterStarts = [0x0046, 0x00C1, 0x0100],
                RegisterEnds = [0x00C0, 0x00CC, 0x013F],
                Verbose = true,
            };

            try
            {
                Console.WriteLine("Connecting to inverter...");
                var inverterData = await solarmanService.GetInverterDataAsync();

                if (inverterData != null)
                {
                    Console.WriteLine("*** JSON output:");
                    Console.WriteLine(inverterData);
                }
                else
                {
                    Console.WriteLine("Failed to retrieve inverter data. Check connection and configuration.");
                    Console.WriteLine(await LoggerWebStatus.ReadStatusPageAsync(config));
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Error: {ex.Message}");
            }
        }
    }
}
