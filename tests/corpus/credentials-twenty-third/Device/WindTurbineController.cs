// Written for corpus23: supervisory controller of a small community wind turbine (tower-base industrial PC). Publishes
// to the cooperative's OPC UA server, caches state in Redis, queues events to RabbitMQ, uploads logs by FTP and, on the
// hill sites without fibre, falls back to a LoRaWAN modem.
using System;
using System.IO.Ports;
using System.Threading.Tasks;
using FluentFTP;
using LoRaWan.Modem.Rak3172;
using Opc.Ua;
using RabbitMQ.Client;
using StackExchange.Redis;

namespace Coop.WindTurbine
{
    public class TurbineSupervisor
    {
        private const string DevEui = "70B3D57ED005A1C2"; // expect: none
        private const string JoinEui = "70B3D57ED0000001";
        private const string TurbineFaultCode = "F-113"; // expect: none
        private const string PskCipherSuites = "PSK-AES128-CBC-SHA256"; // expect: none
        private static string ScadaApiToken => "y43kDBpsXVrGgyih84HbYdm74fnc1PK2"; // expect: IOT1004

        private static readonly byte[] FrameObfuscationKey = { 0x91, 0x2C, 0x5F, 0xE0, 0x47, 0xB8, 0x13, 0x6A, 0xD4, 0x0E, 0x7B, 0xA2, 0x35, 0xC9, 0x68, 0xF1 }; // expect: IOT1004

        private readonly int _turbineNumber;
        private readonly Random _rng = new Random();

        public TurbineSupervisor(int turbineNumber)
        {
            _turbineNumber = turbineNumber;
        }

        public IUserIdentity OpcIdentity() => new UserIdentity("turbine-scada", "sVe-JbpnVOJ0O7Bi"); // expect: IOT1001

        public ConnectionMultiplexer StateCache()
        {
            var options = new ConfigurationOptions { ClientName = $"turbine-{_turbineNumber:D2}" };
            options.EndPoints.Add("redis.coop-wind.local", 6379);
            options.Password = "Ze27FnPwPTZJKmXVr37U"; // expect: IOT1001
            return ConnectionMultiplexer.Connect(options);
        }

        public IConnection EventQueue()
        {
            var factory = new ConnectionFactory
            {
                HostName = "rabbit.coop-wind.local",
                UserName = "guest",
                Password = "guest", // expect: IOT1002
                VirtualHost = "/turbines",
            };
            return factory.CreateConnection();
        }

        public void UploadLogs(string localPath)
        {
            using var ftp = new FtpClient("ftp.coop-wind.local", "turbine-logs", "REPLACE-WITH-FTP-PASSWORD"); // expect: IOT1006
            ftp.Connect();
            ftp.UploadFile(localPath, $"/logs/t{_turbineNumber:D2}/{System.IO.Path.GetFileName(localPath)}");
        }

        public void JoinLoRaWan()
        {
            var modem = new Rak3172LoRaWanDevice(new SerialPort("/dev/ttyUSB1", 9600));
            modem.Band("EU868");
            modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), Convert.FromHexString("3F8FE165A8D8FC218C02FB8A5524E2C4")); // expect: IOT1003
        }

        public byte[] ObfuscateFrame(byte[] frame)
        {
            var result = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
                result[i] = (byte)(frame[i] ^ FrameObfuscationKey[i % FrameObfuscationKey.Length]);
            return result;
        }

        // the tower-base HMI's login for the cooperative's volunteers
        public string HmiPassword()
        {
            var hmiPassword = "Turbine" + _turbineNumber.ToString("D2") + "!"; // expect: IOT1005
            return hmiPassword;
        }

        // rolling key sent with each remote brake command
        public byte[] NewBrakeCommandKey()
        {
            var brakeCommandKey = new byte[16];
            for (int i = 0; i < brakeCommandKey.Length; i++)
                brakeCommandKey[i] = (byte)Math.Floor((_rng.NextDouble() * 255)); // expect: IOT3005
            return brakeCommandKey;
        }

        // the cooperative's own line protocol to the meteo mast: "AUTH <token>\n" then readings
        public byte[] MastHandshake() => System.Text.Encoding.ASCII.GetBytes("AUTH " + ScadaApiToken + "\n");

        // events to the grid operator's Service Bus queue
        public async Task NotifyGridOperatorAsync(string json)
        {
            using var http = new System.Net.Http.HttpClient();
            var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "https://gridops-ns.servicebus.windows.net/turbine-events/messages")
            {
                Content = new System.Net.Http.StringContent(json),
            };
            request.Headers.Add("Authorization", "SharedAccessSignature sr=https%3A%2F%2Fgridops-ns.servicebus.windows.net%2Fturbine-events&sig=xC3yK8%2BmQ1vTn5Zr0aLp9WdE4fHs7JuG2bNcR6oYiVk%3D&se=1893456000&skn=turbine-send"); // expect: IOT1003
            await http.SendAsync(request);
        }

        public string TlsSuites() => PskCipherSuites;

        public double YawDither() => (_rng.NextDouble() - 0.5) * 0.8; // expect: none

        public string FaultText(bool overspeed) => overspeed ? TurbineFaultCode : "OK";
    }
}
