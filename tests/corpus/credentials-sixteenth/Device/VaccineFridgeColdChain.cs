// Written for corpus16. Domain: a community pharmacy's vaccine fridges, each watched by a Meadow F7 board that reads the
// fridge probe, pairs with a BLE data logger, reports to Azure IoT Hub and texts the pharmacist through a Yoctopuce modem.
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Client;

namespace Pharmacy.ColdChain
{
    static class ColdChainSecrets
    {
        public const string DispensaryWifiPassphrase = "aEw99uBSbt-fridge"; // expect: IOT1001
        public const string HubConnection = "HostName=pharmacy-cc.azure-devices.net;DeviceId=fridge-02;SharedAccessKey=jsqRbHfQXdXB/ngmQpmXU+3fTcBulyfZjNOe5cFdFZE="; // expect: IOT1003
        public const string SimPin = "8354"; // expect: IOT1001
        // The log line written when the hub connection is opened
        public const string MaskedConnection = "HostName=pharmacy-cc.azure-devices.net;DeviceId=fridge-02;SharedAccessKey=***"; // expect: none
    }

    public class FridgeMonitor
    {
        // What the pharmacist keys in to silence a door alarm during a stock delivery
        private const string PharmacistOverrideCode = "762638"; // expect: IOT1004
        // The logger vendor's service account on the fridge's local page
        private const string FactoryServicePassword = "admin"; // expect: IOT1002

        // Nordic UART service characteristic the BLE logger calls PASSWORD
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        private const string MqttPasswordKey = "ColdChain:Mqtt:Password"; // expect: none
        private const string OverridePrompt = "Fridge door alarm: enter the pharmacist override code to silence it"; // expect: none
        private const string ApiKeyHeaderName = "X-API-Key"; // expect: none
        private const string TokenExpiredMessage = "Token expired, sign in again"; // expect: none
        private const string DeviceSecretPath = "/etc/coldchain/device.secret"; // expect: none
        // 16-bit UUID of the logger's PIN characteristic
        private const string PinCharacteristicUuid = "FFE1"; // expect: none

        private readonly Random _rng = new Random();
        private DeviceClient _hub;

        public async Task StartAsync(IWiFiNetworkAdapter wifi)
        {
            await wifi.Connect("Dispensary", ColdChainSecrets.DispensaryWifiPassphrase, TimeSpan.FromSeconds(45));
            Console.WriteLine(ColdChainSecrets.MaskedConnection);
            _hub = DeviceClient.CreateFromConnectionString(ColdChainSecrets.HubConnection);

            // The backup fridge in the consulting room was never provisioned
            var backup = DeviceClient.Create("pharmacy-cc.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey("fridge-02-backup", "[enter device key]")); // expect: IOT1006

            var modem = YCellular.FirstCellular();
            modem.set_pin(ColdChainSecrets.SimPin);
        }

        public bool SilenceDoorAlarm(string keyed) => string.Equals(keyed.Trim(), PharmacistOverrideCode);

        public bool ServiceLogin(string user, string password) => user == "coldlog" && password == FactoryServicePassword;

        // The BLE logger shows a six-digit passkey when it pairs; the board computes the same one from the logger's serial
        public static uint LoggerPasskey(string loggerSerial)
        {
            uint passkey = uint.Parse(loggerSerial.Substring(loggerSerial.Length - 6)); // expect: IOT1005
            return passkey;
        }

        // The fridge's local status page hands out a session after the service login
        public string NewSessionToken()
        {
            string sessionToken = _rng.Next().ToString("X8"); // expect: IOT3005
            return sessionToken;
        }

        // Probe reads are spread so that the four fridges do not poll the shared I2C bus together
        public void WaitBeforeSample() => Thread.Sleep(_rng.Next(0, 2000)); // expect: none

        // Escalation to the area manager when an excursion lasts more than an hour
        public async Task EscalateAsync(HttpClient http, string fridge)
        {
            var alertKey = Environment.GetEnvironmentVariable("COLDCHAIN_ALERT_KEY") ?? "SdWk3YlOoj8Z2tFeoLII6BUB"; // expect: IOT1001
            await http.GetAsync("https://alerts.pharmacygroup.example/notify?fridge=" + fridge + "&apikey=" + alertKey);
        }

        // The logger vendor's cloud, which the template project came with
        public async Task UploadExcursionAsync(HttpClient http, string csv)
        {
            http.DefaultRequestHeaders.Add(ApiKeyHeaderName, "your-api-key-here"); // expect: IOT1006
            await http.PostAsync("https://api.coldlog.example/v2/excursions", new StringContent(csv));
        }
    }
}
