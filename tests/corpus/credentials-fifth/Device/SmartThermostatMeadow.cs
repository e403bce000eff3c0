// Real source: WildernessLabs/Maple Source/Web.Maple.MapleServer/Samples/ServerSimpleMeadow_Sample/MeadowApp.cs
// (and Secrets.cs of the same sample), grown into a smart thermostat with a local REST API,
// a weather look-ahead and an OpenADR demand-response client.
using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Foundation.Web.Maple;
using Meadow.Hardware;

namespace Hearthly.Thermostat
{
    public class Secrets
    {
        /// <summary>
        /// Name of the WiFi network to use.
        /// </summary>
        public const string WIFI_NAME = "SSID"; // expect: none

        /// <summary>
        /// Password for the WiFi network names in WIFI_NAME.
        /// </summary>
        public const string WIFI_PASSWORD = "PASSWORD"; // expect: IOT1002
    }

    public class MeadowApp : App<F7FeatherV2>
    {
        private const string WeatherKeyConfigKey = "Weather:ApiKey"; // expect: none
        private static readonly string WeatherKey = "4be1c0d9a7f2e3b5c6d8e9f0a1b2c3d4"; // expect: IOT1001
        private const string VenCertificatePath = "/meadow0/openadr-ven.pfx"; // expect: none

        MapleServer server;
        readonly HttpClient http = new();

        public override async Task Initialize()
        {
            IWiFiNetworkAdapter wifi;

            Console.WriteLine("Initialize...");

            try
            {
                wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();

                Console.WriteLine($"Connecting to WiFi Network {Secrets.WIFI_NAME}");
                await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD);
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Error: {ex.Message}");
                throw;
            }

            server = new MapleServer(
                advertise: true,
                processMode: RequestProcessMode.Parallel,
                logger: Resolver.Log
            );

            server.Start();

            Console.WriteLine("Ready...");
        }

        public Task<string> OutdoorForecastAsync(double lat, double lon)
        {
            var uri = new Uri($"https://api.openweather.example/data/2.5/forecast?lat={lat}&lon={lon}&units=metric&appid={WeatherKey}");
            return http.GetStringAsync(uri);
        }

        public X509Certificate2 LoadVenCertificate()
        {
            return X509CertificateLoader.LoadPkcs12(
                File.ReadAllBytes(VenCertificatePath),
                password: "Peak-Shave-2030"); // expect: IOT1001
        }

        public string WeatherSettingName => WeatherKeyConfigKey;
    }

    public class InstallerRequestHandler
    {
        // Installer menu: lets the HVAC contractor change stage timings and the heat-pump lockout.
        private const string InstallerPin = "4826"; // expect: IOT1004
        private const string PinHelp = "The installer PIN is in the contractor portal, not on the device."; // expect: none

        public bool UnlockInstallerMenu(string pin)
        {
            return pin == InstallerPin;
        }

        public string Help() => PinHelp;
    }
}
