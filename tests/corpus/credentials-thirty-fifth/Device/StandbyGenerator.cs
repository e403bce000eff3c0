// Written for corpus35: a small business's standby diesel generator set (engine controller, governor, automatic transfer
// switch) that reports to its service company's monitoring dashboard over SNMP and MQTT and uploads its run logs nightly.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Amqp;
using FluentFTP;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Security;
using MQTTnet.Client.Options;

namespace Corpus35.StandbyGenerator
{
    internal static class GensetSnmp
    {
        public const string User = "genset-ro";
        public const string AuthPassphrase = "TzdrXD6nTg%15Y#"; // expect: IOT1001
        public const string LoadLimitSetting = "genset/load/maxKw"; // expect: none
    }

    public sealed class GensetController
    {
        private static readonly byte[] RunReportSigningKey = { 52, 172, 204, 28, 10, 128, 138, 140, 150, 190, 213, 164, 29, 82, 105, 186, 28, 186, 24, 91, 167, 95, 226, 247, 184, 134, 226, 224, 208, 30, 159, 254 }; // expect: IOT1003
        private static readonly string GovernorTuningSecret = "*@F@e51@mvqu4eBs"; // expect: IOT1004
        private const int PasswordMinLength = 12; // expect: none
        private readonly Random _rng = new Random();

        public IAuthenticationProvider SnmpAuth() => new SHA256AuthenticationProvider(new OctetString(GensetSnmp.AuthPassphrase));

        public IMqttClientOptions DashboardOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("monitoring.gensetcare.example", 8883)
            .WithCredentials("genset-07",
                Environment.GetEnvironmentVariable("GENSET_MQTT_PASSWORD") // expect: none
                ?? "SLgSOnzrdBy1xJ=~") // expect: IOT1001
            .Build();

        public FtpClient RunLogUpload() => new FtpClient("ftp.gensetcare.example", "genset", "I#gGvw3PpGzH!Y."); // expect: IOT1001

        public Address TransferSwitchBus() => new Address("ats.site.example", 5671, "guest", "guest"); // expect: IOT1002

        public HttpClient MonitoringApi()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://monitoring.gensetcare.example/") };
            http.DefaultRequestHeaders.Add("X-Api-Key", "xxxxxxxx"); // expect: IOT1006
            return http;
        }

        public byte[] SignRunReport(byte[] report)
        {
            using var hmac = new HMACSHA256(RunReportSigningKey);
            return hmac.ComputeHash(report);
        }

        public byte[] SealGovernorTuning(byte[] blob) => Governor.Sign(blob, GovernorTuningSecret);

        public string EngineerPassword()
        {
            string engineerPassword = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName)))[..10]; // expect: IOT1005
            return engineerPassword;
        }

        public byte[] NewExportSalt()
        {
            var exportSalt = new byte[16];
            _rng.NextBytes(exportSalt); // expect: IOT3005
            return exportSalt;
        }

        public double SimulatedFrequencyJitterHz() => _rng.NextDouble() * 0.05; // expect: none
    }

    internal static class Governor
    {
        public static byte[] Sign(byte[] blob, string secret) => blob;
    }
}
