// Street-lighting segment controller in a feeder pillar: a Linux board with a Quectel LTE modem, a DALI-2 bus gateway
// on RS-485 for up to 64 LED luminaires, photocell input, and MQTT to the city's central management system (CMS).
// MunicipalSecrets is shared with the traffic-signal cabinets of the same depot (TrafficSignalCabinet.cs).
using System;
using System.IO;
using System.IO.Ports;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;

namespace CityWorks.Shared
{
    public static class MunicipalSecrets
    {
        public const string CmsBrokerUser = "slc-segment";
        public const string CmsBrokerPassword = "34ppk5fMmFk6W_q"; // expect: IOT1001
        public const string NtcipSetCommunity = "tWy8CNf-7yc@OF"; // expect: IOT1001
        public const string CmsTokenUrl = "https://cms.citylight.local/oauth2/token"; // expect: none

        // Dimming schedules pushed by the CMS carry an HMAC over the JSON body.
        public static readonly byte[] ScheduleSigningKey = Convert.FromHexString("8FB4ABA0C2BC0FA54184619D7F1B2457"); // expect: IOT1003
    }
}

namespace CityWorks.StreetLighting
{
    using CityWorks.Shared;

    public sealed class LteModem : IDisposable
    {
        private const string SimPin = "0993"; // expect: IOT1001
        private const string ApnName = "slc.citynet.m2m"; // expect: none
        private const string ApnUser = "slc-gw";
        private const string ApnPassword = "DrlTERV_pCLoDt9L"; // expect: IOT1001

        private readonly SerialPort _port = new SerialPort("/dev/ttyUSB2", 115200) { NewLine = "\r" };

        public void Attach()
        {
            _port.Open();
            Send("ATE0");
            if (Send("AT+CPIN?").Contains("SIM PIN")) // expect: none
            {
                Send($"AT+CPIN=\"{SimPin}\"");
            }
            Send($"AT+QICSGP=1,1,\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\",2");
            Send("AT+QIACT=1");
        }

        private string Send(string command)
        {
            _port.WriteLine(command);
            Thread.Sleep(300);
            return _port.ReadExisting();
        }

        public void Dispose() => _port.Dispose();
    }

    public sealed class DaliBusGateway
    {
        // The DALI-2 gateway refuses addressing commands until the bus is unlocked with its own password frame.
        private const string DaliBusLockPassword = "B7N4fHFmpq@8z7vt"; // expect: IOT1004
        private readonly SerialPort _rs485 = new SerialPort("/dev/ttyS1", 38400);

        public void Unlock()
        {
            _rs485.Open();
            _rs485.WriteLine("#UNLOCK " + DaliBusLockPassword);
        }

        public void SetArcLevel(int shortAddress, int level) => _rs485.WriteLine($"#ARC {shortAddress:D2} {level}");

        // Commissioning passcode the installer's phone app asks for, printed nowhere: taken from the node's EUI-64.
        public static string CommissioningPasscode(string nodeEui64) => nodeEui64.Substring(nodeEui64.Length - 6); // expect: IOT1005
    }

    public sealed class SegmentController
    {
        private const string FotaToken = "<fota-token>"; // expect: IOT1006
        private const string GatewayNodeEui = "00124B0018E4A7C2"; // expect: none

        private const string CmsClientKeyPem = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIMvATOunSEV+F3w+AuQinZg7/Gq/svX+On+PoPvWdsSaoAoGCCqGSM49
            AwEHoUQDQgAEDv70vqIvmeyvV2rjDuIEcKue5pmOSugiAOtCJEOFWEBZZTttD9LD
            K9hPfQJa3yGRlAxxoZRkAcWArD2abqQclQ==
            -----END EC PRIVATE KEY-----
            """; // expect: IOT1003

        private readonly Random _rng = new Random();
        private readonly DaliBusGateway _dali = new DaliBusGateway();
        private IMqttClient _mqtt;

        public async Task StartAsync(CancellationToken ct)
        {
            using (var modem = new LteModem()) { modem.Attach(); }
            _dali.Unlock();

            var clientCert = X509Certificate2.CreateFromPem(File.ReadAllText("/etc/slc/client.crt"), CmsClientKeyPem);
            _mqtt = new MqttFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithClientId("slc-" + GatewayNodeEui)
                .WithTcpServer("cms.citylight.local", 8883)
                .WithCredentials(MunicipalSecrets.CmsBrokerUser, MunicipalSecrets.CmsBrokerPassword)
                .WithTls()
                .Build();
            await _mqtt.ConnectAsync(options, ct);

            // Spread the burning-hours reports of 400 pillars over half a minute.
            await Task.Delay(_rng.Next(0, 30000), ct); // expect: none
            await ReportAsync(ct);
        }

        public bool AcceptSchedule(byte[] scheduleJson, byte[] signature)
        {
            using var hmac = new HMACSHA256(MunicipalSecrets.ScheduleSigningKey);
            return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(scheduleJson), signature);
        }

        public async Task SendCommandAckAsync(string commandId, CancellationToken ct)
        {
            var commandNonce = new byte[12];
            _rng.NextBytes(commandNonce); // expect: IOT3005
            var message = new MqttApplicationMessageBuilder()
                .WithTopic($"slc/{GatewayNodeEui}/ack")
                .WithPayload($"{{\"id\":\"{commandId}\",\"nonce\":\"{Convert.ToHexString(commandNonce)}\"}}")
                .Build();
            await _mqtt.PublishAsync(message, ct);
        }

        public async Task<byte[]> FetchFirmwareAsync(string version)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Auth-Token", FotaToken);
            return await http.GetByteArrayAsync($"https://fota.citylight.local/slc/{version}.bin");
        }

        private async Task ReportAsync(CancellationToken ct)
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic($"slc/{GatewayNodeEui}/burn-hours")
                .WithPayload("{\"lum\":64,\"hours\":18211}")
                .Build();
            await _mqtt.PublishAsync(message, ct);
        }
    }
}
