// Written for corpus27: the screed controller of a road-construction asphalt paver. It keeps the screed heaters at
// temperature, reports mat temperature and paving speed to the fleet hub over an LTE modem (Quectel), opens a
// job-site hotspot for the crew's tablets and uploads lay reports to the contractor's FTP server.
using System;
using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using Amqp;

namespace Corpus27.Paving
{
    internal static class ScreedSettings
    {
        public const string ScreedHeaterServiceToken = "KLYyGiSqcTRLu6"; // expect: IOT1004
        public const int PasswordRotationDays = 90; // expect: none
        public const int HeaterRelayPin = 5; // expect: none
        public const string ModemImei = "356938035643809"; // expect: none
    }

    public sealed class PaverTelematics
    {
        private const string SimPin = "1289"; // expect: IOT1001
        private static readonly string AmqpPassword = "VISYj9QQNq4qQz"; // expect: IOT1001
        private static readonly string TelematicsPfxPassword = "k057vLAiNWt2jk"; // expect: IOT1001
        private readonly Random _rng = new Random();
        private readonly Action<string> _at;

        public PaverTelematics(Action<string> atCommandWriter) => _at = atCommandWriter;

        public void BringUpModem()
        {
            _at("AT+CPIN?"); // expect: none
            var pin = Environment.GetEnvironmentVariable("PAVER_SIM_PIN") ?? SimPin; // expect: none
            _at($"AT+CPIN=\"{pin}\"");
            _at("AT+QICSGP=1,1,\"paving.iot\",\"paverfleet\",\"yOlyYWY24ZAQpR\",1"); // expect: IOT1001
            _at("AT+QIACT=1");
        }

        public X509Certificate2 TelematicsCertificate(byte[] pfx) => new X509Certificate2(pfx, TelematicsPfxPassword);

        public Address FleetHubAddress() => new Address("fleet-hub.example.com", 5671, "paver-112", AmqpPassword);

        public string TelemetryConnectionString(string hubHost, string deviceId) =>
            string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", hubHost, deviceId,
                "VCFZmoum4pFCYVAOqnhbloRtrJEMqxWNhEfftAJixbA="); // expect: IOT1003

        public void OpenCrewHotspot(WirelessAPConfiguration ap)
        {
            ap.Ssid = "PAVER-112-CREW";
            ap.Password = "12345678"; // expect: IOT1002
        }

        public NetworkCredential LayReportUpload() => new NetworkCredential("paver112", "<ftp password>"); // expect: IOT1006

        public string ShiftPin()
        {
            string shiftPin = DateTime.Now.ToString("MMdd"); // expect: IOT1005
            return shiftPin;
        }

        public string NextAckToken()
        {
            var ackToken = ((uint)_rng.Next()).ToString("X8"); // expect: IOT3005
            return ackToken;
        }

        public byte[] HeaterServiceFrame(int zone, int setpointC)
        {
            var body = $"{ScreedSettings.ScreedHeaterServiceToken}|Z{zone}|{setpointC}|R{ScreedSettings.HeaterRelayPin}";
            return System.Text.Encoding.ASCII.GetBytes(body);
        }

        public double VibratorJitterHz(double nominalHz) => nominalHz + _rng.NextDouble() * 0.4 - 0.2;
    }
}
