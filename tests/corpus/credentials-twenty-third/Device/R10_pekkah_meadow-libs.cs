// Real source: https://github.com/pekkah/meadow-libs/blob/db631c94626ce0d191c8180a1da064eb77ea7eb2/src/Verify.Azure/MeadowApp.cs
// (also src/Verify.Azure/HubTools.cs)
// Meadow F7 verification app: reads Wi-Fi and hub settings from /meadow0/appSettings.Local.yml (YamlDotNet, camel
// case), joins Wi-Fi, then signs an IoT Hub SAS token with HubTools.GenerateSasToken. Kept: the Configuration class,
// GetConfiguration with DeserializerBuilder, TryConnectWifi's retry loop, GenerateSasToken unchanged. Changed: the
// newer Meadow network-adapter API, MQTTnet for the empty Connect(); added the fixture settings used when the YAML
// file is missing and the template default of the Password property.
using System;
using System.Globalization;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;
using MQTTnet.Client;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Verify.Azure
{
    public class Configuration
    {
        public string Ssid { get; set; }

        public string Password { get; set; } = "YOUR_PASSWORD"; // expect: IOT1006

        public string Hub { get; set; }

        public string DeviceId { get; set; }

        public string DeviceKey { get; set; }
    }

    public class MeadowApp : App<F7FeatherV2>
    {
        private const string SettingsPath = "/meadow0/appSettings.Local.yml"; // expect: none

        // boards fresh from the test fixture have no settings file yet
        private const string FixtureSettingsYaml =
            "ssid: \"verify-fixture\"\n" +
            "password: \"aoZ.GDpB1aUO+c.ZVv\"\n" + // expect: IOT1001
            "hub: \"verify-fixture.azure-devices.net\"\n";

        private Configuration _configuration;

        public override async Task Run()
        {
            _configuration = await GetConfiguration();

            var networkName = _configuration.Ssid;
            var networkPassword = _configuration.Password;

            if (!await TryConnectWifi(networkName, networkPassword))
                throw new InvalidOperationException($"Could not connect to {networkName}");

            Console.WriteLine($"GetTotalMemory: {GC.GetTotalMemory(false) / 1000}KB");

            using var client = await Connect();
        }

        private async Task<IMqttClient> Connect()
        {
            var resourceUri = $"{_configuration.Hub}/devices/{_configuration.DeviceId}";
            var sasToken = HubTools.GenerateSasToken(resourceUri, _configuration.DeviceKey, null);
            var client = new MQTTnet.MqttFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(_configuration.Hub, 8883)
                .WithClientId(_configuration.DeviceId)
                .WithCredentials($"{_configuration.Hub}/{_configuration.DeviceId}/?api-version=2021-04-12", sasToken)
                .WithTls()
                .Build();
            await client.ConnectAsync(options);
            return client;
        }

        private static async Task<Configuration> GetConfiguration()
        {
            var configFile = File.Exists(SettingsPath)
                ? await File.ReadAllTextAsync(SettingsPath)
                : FixtureSettingsYaml;
            var input = new StringReader(configFile);

            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build();

            return deserializer.Deserialize<Configuration>(input);
        }

        private static async Task<bool> TryConnectWifi(string networkName, string networkPassword)
        {
            try
            {
                Console.WriteLine("Initialize WiFi adapter...");
                var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
                if (wifi == null)
                    throw new InvalidOperationException("WIFI null");

                Console.WriteLine($"Connecting to {networkName}...");
                for (int attempt = 0; attempt < 5; attempt++)
                {
                    try
                    {
                        await wifi.Connect(networkName, networkPassword, TimeSpan.FromSeconds(45));
                        Console.WriteLine("Network connected...");
                        return true;
                    }
                    catch (Exception ex)
                    {
                        Console.WriteLine($"WiFi connect failed with {ex.Message}");
                        await Task.Delay(TimeSpan.FromSeconds(5));
                    }
                }
                return false;
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex);
                return false;
            }
        }
    }

    public class HubTools
    {
        public static string GenerateSasToken(string resourceUri, string key, string policyName, int expiryInSeconds = 3600)
        {
            TimeSpan fromEpochStart = DateTime.UtcNow - new DateTime(1970, 1, 1);
            string expiry = Convert.ToString((int)fromEpochStart.TotalSeconds + expiryInSeconds);

            string stringToSign = WebUtility.UrlEncode(resourceUri) + "\n" + expiry;

            HMACSHA256 hmac = new HMACSHA256(Convert.FromBase64String(key));
            string signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

            string token = String.Format(CultureInfo.InvariantCulture, "SharedAccessSignature sr={0}&sig={1}&se={2}", WebUtility.UrlEncode(resourceUri), WebUtility.UrlEncode(signature), expiry); // expect: none

            if (!String.IsNullOrEmpty(policyName))
            {
                token += "&skn=" + policyName;
            }

            return token;
        }
    }
}
