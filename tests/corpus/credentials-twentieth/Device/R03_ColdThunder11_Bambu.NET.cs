// Real source: ColdThunder11/Bambu.NET
//   Bambu.NET/BambuClient.cs (cloud login through BambuCloud(account, password, isChinaRegion), one BambuMQTTClient per
//   printer serial with the cloud user name and access token), Bambu.NET/MQTT/BambuMQTTClient.cs (constructor keeps
//   host, port, userName, password and serial in fields; Connect builds MQTTnet v4 options with WithTlsOptions and
//   WithCredentials(_userName, _password)), Bambu.NetExample/Program.cs (`new BambuClient("your account", "your password", true)`)
// Kept: the three files' shapes and values, the example's placeholders and the printer topics.
// Changed: the message handlers and the status parsing are left out; MqttFactory is named with its namespace.
// Added (a school makerspace's print farm): LAN-mode clients for printers on the workshop network, built with the
//   printer's user `bblp` and its access code from a table keyed by serial, and a command sequence id from Random.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using Bambu.NET.Cloud;
using Bambu.NET.Models;
using MQTTnet.Client;

namespace Bambu.NET.MQTT
{
    public class BambuMQTTClient : IDisposable
    {
        private string _host;
        private int _port;
        private string _userName;
        private string _password;
        private string _serial;

        private MQTTnet.MqttFactory _mqttFactory;
        private IMqttClient _mqttClient;

        public bool Connected => _mqttClient.IsConnected;

        public BambuMQTTClient(string host, int port, string userName, string password, string serial)
        {
            this._host = host;
            this._port = port;
            this._userName = userName;
            this._password = password;
            this._serial = serial;
            _mqttFactory = new MQTTnet.MqttFactory();
            _mqttClient = _mqttFactory.CreateMqttClient();
        }

        public async Task Connect()
        {
            var mqttClientOptions = new MqttClientOptionsBuilder().WithTcpServer(_host, _port)
                .WithTlsOptions(o =>
                {
                    o.WithCertificateValidationHandler(_ => true);
                    o.WithSslProtocols(SslProtocols.Tls12);
                })
                .WithCredentials(_userName, _password).Build();

            await _mqttClient.ConnectAsync(mqttClientOptions);
        }

        /// <summary>
        /// Pause current task
        /// </summary>
        public async Task Pause()
        {
            await Publish("{\"print\": {\"sequence_id\": \"0\", \"command\": \"pause\"}}");
        }

        public async Task<bool> Publish(string payload)
        {
            var applicationMessage = new MQTTnet.MqttApplicationMessageBuilder()
                .WithTopic($"device/{_serial}/request")
                .WithPayload(payload)
                .Build();
            var result = await _mqttClient.PublishAsync(applicationMessage, CancellationToken.None);
            return result.IsSuccess;
        }

        public void Dispose()
        {
            _mqttClient?.Dispose();
        }
    }
}

namespace Bambu.NET
{
    using Bambu.NET.MQTT;

    public class BambuClient
    {
        private BambuCloud _bambuCloud;
        private Dictionary<string, BambuMQTTClient> _bambuMqttClient = new();
        private List<BambuPrinter> _deviceListCache;
        private string _mqttHost;

        public string AccessToken => _bambuCloud.AccessToken;

        private BambuClient(bool isChinaRegion)
        {
            if (isChinaRegion) _mqttHost = "cn.mqtt.bambulab.com";
            else _mqttHost = "us.mqtt.bambulab.com";
        }

        public BambuClient(string account, string password, bool isChinaRegion) : this(isChinaRegion)
        {
            _bambuCloud = new BambuCloud(account, password, isChinaRegion);
        }

        public async Task LoginCloud()
        {
            await _bambuCloud.LoginAsync();
            _deviceListCache = await _bambuCloud.GetDeviceListAsync();
        }

        public BambuMQTTClient GetMqttClient(string serial)
        {
            if (!_bambuMqttClient.ContainsKey(serial))
            {
                var mqtt = new BambuMQTTClient(_mqttHost, 8883, _bambuCloud.GetUserName(),
                    _bambuCloud.AccessToken, serial);
                _bambuMqttClient.Add(serial, mqtt);
            }

            return _bambuMqttClient[serial];
        }
    }

    public static class ExampleProgram
    {
        public static async Task Main()
        {
            var bambu = new BambuClient("your account", "your password", true); // expect: IOT1006
            await bambu.LoginCloud();
            var mqttClient = bambu.GetMqttClient("01P00A000000000");
            await mqttClient.Connect();
            await mqttClient.Pause();
        }
    }

    // Added: printers in LAN-only mode are reached on the workshop network with their access codes.
    public static class MakerspaceFarm
    {
        private const string LanUser = "bblp"; // expect: none

        private static readonly Dictionary<string, string> AccessCodes = new()
        {
            ["01S00C381004512"] = "33944928", // expect: IOT1001
            ["01S00C381004877"] = "73576969", // expect: IOT1001
            ["03W00X2A1100263"] = "12345678", // expect: IOT1002
        };

        private static readonly Dictionary<string, string> PrinterIps = new()
        {
            ["01S00C381004512"] = "10.20.5.31",
            ["01S00C381004877"] = "10.20.5.32",
            ["03W00X2A1100263"] = "10.20.5.40",
        };

        public static BambuMQTTClient Lan(string serial) =>
            new BambuMQTTClient(PrinterIps[serial], 8883, LanUser, AccessCodes[serial], serial);

        // sequence_id only orders the printer's replies; it protects nothing.
        public static string NextSequenceId() => new Random().Next(1000, 9999).ToString(); // expect: none

        public const string FarmPrinterModel = "BL-P001"; // expect: none

        public const string AccessCodeHelp = "Printer > Settings > Network shows the 8-digit LAN access code."; // expect: none
    }
}
