// Real source: zielinski-piotr/MqttClient4IoT .NET/src/Device/Device.Esp32/Program.cs
// Kept: the Wi-Fi/IoT Hub constants with their "<replace-with-...>" placeholders, the PEM placeholders, the "1234"
// certificate password, ConnectToWifi with ConnectDhcp(requiresDateTime, token), the BMP280 loop's JSON message.
// Trimmed: the BMP280/GPIO driver calls (readings are parameters here) and WifiNetworkHelper.Status/HelperException.
// Changed: nanoFramework's X509Certificate2(cert, privateKey, password) constructor became .NET's
// CreateFromEncryptedPem(cert, privateKey, password), and the certificate-based DeviceClient constructor (absent
// from the stubs) became OpenWithCertificate. Added: the SAS-key fallback client used when no certificate is
// provisioned (key freshly invented).
using System;
using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.Networking;

namespace Device.Esp32
{
    public class Program
    {
        // Wifi for M5Stack Device
        const int WifiSleepTime = 60000;
        const string MySsid = "<replace-with-valid-ssid"; // expect: none
        const string MyPassword = "<replace-with-valid-password>"; // expect: IOT1006

        // set up IoT Hub message
        const string DeviceID = "<replace-with-your-device-id>"; // expect: none
        const string IotBrokerAddress = "<replace-with-your-iot-hub-name>.azure-devices.net";

        // Added: SAS fallback for units shipped before the certificate rollout.
        const string FallbackSasKey = "H+Z3nOx8DC2qm/Fngnv5u7jJMfBQ7VaqCB0EilRT82U="; // expect: IOT1001

        // X509Certificate certificates in PEM format and key
        const string cert =
@"-----BEGIN CERTIFICATE-----
Your PEM certificate
-----END CERTIFICATE-----"; // expect: none

        const string privateKey =
@"-----BEGIN ENCRYPTED PRIVATE KEY-----
Encrypted private key
-----END ENCRYPTED PRIVATE KEY-----"; // expect: IOT1006

        const string rootCA =
@"-----BEGIN CERTIFICATE-----
azurePEMCertBaltimore
-----END CERTIFICATE-----"; // expect: none

        public static void Main()
        {
            Debug.WriteLine(".Net Nanoframework with BMP280 Sensor!");

            // connect to wifi
            if (!ConnectToWifi()) return;

            // Create an X.509 certificate object and create device client for Azure IoT Hub
            X509Certificate2 deviceCert = X509Certificate2.CreateFromEncryptedPem(cert, privateKey, "1234"); // expect: IOT1002
            bool isOpen = OpenWithCertificate(deviceCert, new X509Certificate(System.Text.Encoding.UTF8.GetBytes(rootCA)));
            DeviceClient azureIoTClient = null;
            if (!isOpen)
            {
                azureIoTClient = new DeviceClient(IotBrokerAddress, DeviceID, FallbackSasKey);
                isOpen = azureIoTClient.Open();
            }
            Debug.WriteLine($"Connection is open: {isOpen}");
        }

        public static void PushReading(DeviceClient azureIoTClient, double celsius, double hectopascals)
        {
            string temperature = celsius.ToString("F");
            string pressure = hectopascals.ToString("F");
            string message = $"{{\"Temperature\":{temperature},\"Pressure\":{pressure},\"DeviceID\":\"{DeviceID}\"}}";
            azureIoTClient.SendMessage(message);
            Debug.WriteLine($"Data is pushed to Iot Hub: {message}");
        }

        private static bool OpenWithCertificate(X509Certificate2 deviceCert, X509Certificate azureCert) => deviceCert != null && azureCert != null;

        private static bool ConnectToWifi()
        {
            Debug.WriteLine("Program Started, connecting to Wifi.");

            // As we are using TLS, we need a valid date & time
            // We will wait maximum 1 minute to get connected and have a valid date
            var success = WifiNetworkHelper.ConnectDhcp(MySsid, MyPassword, requiresDateTime: true, token: new CancellationTokenSource(WifiSleepTime).Token);
            if (!success)
            {
                Debug.WriteLine("Can't connect to wifi");
            }

            Debug.WriteLine($"Date and time is now {DateTime.UtcNow}");
            return success;
        }
    }
}
