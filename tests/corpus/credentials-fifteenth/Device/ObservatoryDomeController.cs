// Written for corpus15. Domain: a hill-top public observatory's dome controller (.NET nanoFramework on an ESP32):
// shutter and azimuth motors, a cloud/rain sensor, an ASCOM Alpaca REST endpoint for the telescope PC, and MQTT
// status to the club's broker.
using System;
using System.Diagnostics;
using System.Text;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Observatory.Dome
{
    internal static class DomeSecrets
    {
        public const string WifiSsid = "Ridge-Observatory";
        public const string WifiPassword = "Ruo%lo1facbOoAm"; // expect: IOT1001
        public const string MqttUser = "dome";
        public const string MqttPassword = "<mqtt-password>"; // expect: IOT1006
        public const string AlpacaApiKey = "ze2f5ZMrv1h9KpDfnByT8mfcFwQKzPjL"; // expect: IOT1001
        public const string DomeOverrideCode = "228317"; // expect: IOT1004
        public const string TelemetrySigningSecret = "Lj9-FDNj#nRln"; // expect: IOT1004
        public const string ShutterTokenCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string PasswordEnvironmentVariable = "DOME_MQTT_PASSWORD"; // expect: none
    }

    [Authentication("Basic:astronomer um6xFwG6zvvGzomU")] // expect: IOT1001
    public class DomeController
    {
        public void Open() { Debug.WriteLine("Opening shutter"); }
    }

    [Authentication("Basic:admin admin")] // expect: IOT1002
    public class MaintenanceController
    {
        public void Home() { Debug.WriteLine("Homing azimuth"); }
    }

    public static class Program
    {
        private const string StatusTopic = "observatory/dome/status"; // expect: none
        private const string PasswordLabel = "Password:"; // expect: none
        private const string DomeFaultCode = "4312"; // expect: none
        private static readonly Random Rng = new Random();

        public static void Main()
        {
            WifiNetworkHelper.ConnectDhcp(DomeSecrets.WifiSsid, DomeSecrets.WifiPassword, requiresDateTime: true);

            var mqtt = new MqttClient("broker.ridge-observatory.local");
            mqtt.Connect("dome-01", DomeSecrets.MqttUser, DomeSecrets.MqttPassword); // expect: none

            var server = new WebServer(80) { ApiKey = DomeSecrets.AlpacaApiKey };

            // shutter motor retries are spread so both motors do not restart together
            int retryDelay = Rng.Next(200, 800); // expect: none
            Debug.WriteLine("retry in " + retryDelay);
        }

        // the Alpaca client transaction token handed to the telescope PC
        public static string NewAlpacaSessionToken()
        {
            string sessionToken = Rng.Next().ToString("X8"); // expect: IOT3005
            return sessionToken;
        }

        // the warden's keypad on the dome wall can force the shutter closed
        public static bool OverrideAccepted(string entered)
        {
            return entered == DomeSecrets.DomeOverrideCode;
        }

        // the service PIN printed in the installer's manual is the last digits of the controller's serial
        public static string ShutterServicePin(string serialNumber)
        {
            string shutterServicePin = serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
            return shutterServicePin;
        }

        public static string SignTelemetry(string json)
        {
            int h = 17;
            foreach (char c in json + DomeSecrets.TelemetrySigningSecret) h = h * 31 + c;
            return json + "|" + h.ToString("X8");
        }

        public static string Prompt() => PasswordLabel + " " + DomeFaultCode;
    }
}
