// Real source: SARAN2991/nanoFramework.Azure.EventGrid.Mqtt samples/BasicUsage/Program.cs
// Domain: ESP32 (nanoFramework) cold-storage sensor publishing to the Azure Event Grid MQTT broker with X.509.
// Kept: the YOUR_... Wi-Fi placeholders, the namespace host placeholder, the three PEM constants (the two
// certificates and the private key, each cut short with the original's "(paste the full content ...)" line),
// EventGridMqttConfig in an object initializer, the LWT JSON, the telemetry loop with its simulated readings.
// Changed: the first body line of the device certificate and of the private key are freshly generated (the
// root CA line is the public DigiCert one); event handlers, PublishJson and the endless loop are trimmed.
// Added (marked): the certificate subject of the certificate-store variant and the rotation topic.
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Azure.EventGrid.Mqtt;
using nanoFramework.Networking;

namespace BasicUsage
{
    /// <summary>
    /// Basic usage sample for nanoFramework.Azure.EventGrid.Mqtt.
    /// </summary>
    public class Program
    {
        // ───── Wi-Fi Configuration ─────
        private const string WifiSsid = "YOUR_WIFI_SSID";
        private const string WifiPassword = "YOUR_WIFI_PASSWORD"; // expect: IOT1006

        // ───── Azure Event Grid Configuration ─────
        private const string BrokerHostname = "YOUR-NAMESPACE.westeurope-1.ts.eventgrid.azure.net";
        private const string DeviceId = "esp32-device-001";

        // ───── Certificates — development/prototyping only ─────────────────────
        private const string CaCertPem =
@"-----BEGIN CERTIFICATE-----
MIIDjjCCAnagAwIBAgIQAzrx5qcRqaC7KGSxHQn65TANBgkqhkiG9w0BAQsFADBh
... (paste the full content of DigiCertGlobalRootG2.pem here) ...
-----END CERTIFICATE-----"; // expect: none

        private const string ClientCertPem =
@"-----BEGIN CERTIFICATE-----
MIICpDCCAYwCCQC7n0aW2kXrYDANBgkqhkiG9w0BAQsFADAUMRIwEAYDVQQDDAll
... (paste the full content of device01.pem here) ...
-----END CERTIFICATE-----"; // expect: none

        private const string ClientKeyPem =
@"-----BEGIN RSA PRIVATE KEY-----
MIIEoAIBAAKCAQEAx0S8FUsNay6hyHYOYl9Axsr1kQzOnu44J6WLbmnVAhDAt1OG
... (paste the full content of device01.key here) ...
-----END RSA PRIVATE KEY-----"; // expect: IOT1003

        // ───── Topics ─────
        private const string TelemetryTopic = "devices/" + DeviceId + "/telemetry";
        private const string CommandTopic = "devices/" + DeviceId + "/commands";
        private const string StatusTopic = "devices/" + DeviceId + "/status";

        // Added: the CertificateStoreSample looks the client certificate up by this subject.
        private const string ClientCertificateSubject = "CN=esp32-device-001"; // expect: none
        private const string CertificateRotationTopic = "devices/esp32-device-001/certificates/new"; // expect: none

        private static int _messageCount = 0;

        public static void Main()
        {
            Debug.WriteLine("=== nanoFramework Azure EventGrid MQTT Sample ===");

            // ── Step 1: Connect to Wi-Fi ──
            bool wifiConnected = WifiNetworkHelper.ConnectDhcp(
                WifiSsid,
                WifiPassword,
                requiresDateTime: true,
                token: new CancellationTokenSource(30000).Token);

            if (!wifiConnected)
            {
                Debug.WriteLine("[WiFi] FAILED. Check SSID/password."); // expect: none
                Thread.Sleep(Timeout.Infinite);
                return;
            }

            // ── Step 2: Configure the client ──
            var config = new EventGridMqttConfig
            {
                BrokerHostname = BrokerHostname,
                DeviceClientId = DeviceId,
                CaCertificatePem = CaCertPem,
                ClientCertificatePem = ClientCertPem,
                ClientPrivateKeyPem = ClientKeyPem,

                // Auto-reconnect with exponential backoff
                AutoReconnect = true,
                ReconnectDelayMs = 5000,
                MaxReconnectDelayMs = 60000,

                // Last Will & Testament
                LwtTopic = StatusTopic,
                LwtMessage = "{\"status\":\"offline\",\"deviceId\":\"" + DeviceId + "\"}",

                // Optional features
                EnableDeviceTwin = true,
                EnableHealthReporting = true,
                HealthReportIntervalMs = 30000,
            };

            // ── Step 3: Create client and connect ──
            using (var client = new EventGridMqttClient(config))
            {
                var result = client.Connect();
                client.Subscribe(CommandTopic);
                client.UpdateTwinProperty("firmwareVersion", "0.1.0");
                client.Publish(StatusTopic, "{\"status\":\"online\",\"deviceId\":\"" + DeviceId + "\"}");

                // ── Step 4: Telemetry loop ──
                Random rnd = new Random();

                while (_messageCount < 10)
                {
                    _messageCount++;

                    double temperature = 20.0 + (rnd.Next(0, 150) / 10.0); // expect: none
                    double humidity = 40.0 + (rnd.Next(0, 400) / 10.0);

                    client.Publish(TelemetryTopic, "{\"t\":" + temperature + ",\"h\":" + humidity + "}");
                    Thread.Sleep(10000);
                }
            }
        }
    }
}
