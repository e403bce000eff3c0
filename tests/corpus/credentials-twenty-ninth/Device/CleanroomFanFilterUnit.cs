// Written for corpus29 (invented): gateway for the fan filter units (FFUs) above a semiconductor cleanroom bay.
// Polls 96 FFU controllers over RS-485/Modbus through a serial gateway, publishes fan speeds and particle counts to
// the fab broker, writes history to InfluxDB, exposes an OPC UA client login for the facility SCADA and signs its
// status with the array controller's key.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using InfluxDB.Client;
using MQTTnet;
using Opc.Ua;

namespace Fab7.FfuGateway
{
    public sealed class FfuHistorian : IDisposable
    {
        private readonly InfluxDBClient _client;

        public FfuHistorian(string url, string token)
        {
            _client = new InfluxDBClient(url, token);
        }

        public void Write(string lineProtocol) => _client.GetWriteApiAsync().WriteRecordAsync(lineProtocol, "ffu", "fab7");

        public void Dispose() => _client.Dispose();
    }

    public static class FfuGateway
    {
        private const string BrokerPassword = "mEYs-totw-BXN5"; // expect: IOT1001
        private const string BrokerPasswordKey = "Ffu:Broker:Password"; // expect: none
        private const string PasswordRotationDays = "90"; // expect: none
        private const string SessionTokenId = "fee8bf5c-9f07-4d8d-a0a6-e3eba5ae4d83"; // expect: none
        private const string ParticleAlarmApiToken = "WWpcbFSjmzj4lPCbbLPZXqhL193SnrtysYps6Tc0"; // expect: IOT1004
        private const string ReleaseFeedToken = "ghp_dvpVE1GRgRQ3oGbcaBQoEBs4i5XI8fwD4JXt"; // expect: IOT1003
        private const string ArrayControllerKey = """
            -----BEGIN PRIVATE KEY-----
            MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+VoruJ6wEXzL1w8a
            Za5ctHGg/dsvkzs2FjJnQ3UqB46hRANCAARDEEWekT6L3XGdzxQrdsLing8SVYKE
            GSdG65uiDbhPze/7p09xsICAFsl+3n1ZpHDSHufvi1dr9+B1OuCXW9ef
            -----END PRIVATE KEY-----
            """; // expect: IOT1003
        private const string FabRootCa = "-----BEGIN CERTIFICATE-----\nMIIBijCCATGgAwIBAgIUAegh0vmxFtnVp8qgNNMEGNW6/W8wCgYIKoZIzj0EAwIw\nGzEZMBcGA1UEAwwQRmFiNyBGRlUgUm9vdCBDQTAeFw0yNjEyMDMwODM2MDBaFw0z\nNjExMzAwODM2MDBaMBsxGTAXBgNVBAMMEEZhYjcgRkZVIFJvb3QgQ0EwWTATBgcq\nhkjOPQIBBggqhkjOPQMBBwNCAARDEEWekT6L3XGdzxQrdsLing8SVYKEGSdG65ui\nDbhPze/7p09xsICAFsl+3n1ZpHDSHufvi1dr9+B1OuCXW9efo1MwUTAdBgNVHQ4E\nFgQU7ZGv5XB8hLqER6WNBwcPfXbjYLIwHwYDVR0jBBgwFoAU7ZGv5XB8hLqER6WN\nBwcPfXbjYLIwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiBBOz7p\nzD2fGyPYabiX74FvwZDGEfzTHlc23j3zLB1mQwIgfqJQSzGb+NrC+56YPsvRcUQX\n+6ry5UjQFQa4uYhoHeg=\n-----END CERTIFICATE-----"; // expect: none

        public static MqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithConnectionUri($"mqtts://ffu-gw:{BrokerPassword}@broker.fab7.example:8883")
                .Build();

        public static FfuHistorian OpenHistorian() =>
            new FfuHistorian("https://influx.fab7.example", "5gFjB7BzNNtEBbyJclSqgECuTxOnbNdsISNFV0xK"); // expect: IOT1001

        private static (string User, string Password) OpcLogin() => ("ffu-gw", "zSUz-TRQz-U3WO"); // expect: IOT1001

        public static UserIdentity OpcIdentity()
        {
            var (user, password) = OpcLogin();
            return new UserIdentity(user, password);
        }

        public static NetworkCredential ModbusGatewayLogin() => new NetworkCredential("admin", "admin"); // expect: IOT1002

        public static void AddControllerHeaders(HttpClient http)
        {
            http.DefaultRequestHeaders.Add("X-Auth-Token", "<ffu-gateway-token>"); // expect: IOT1006
            http.DefaultRequestHeaders.Add("Authorization", "token " + ReleaseFeedToken);
        }

        public static string MaintenancePassword()
        {
            string servicePassword = "FFU" + DateTime.UtcNow.ToString("yyMMdd"); // expect: IOT1005
            return servicePassword;
        }

        public static string NewMaintenanceSessionId()
        {
            var rng = new Random();
            return rng.Next(100000, 999999).ToString(); // expect: IOT3005
        }

        public static byte[] ParticleAlarmFrame(int zone) =>
            Encoding.ASCII.GetBytes($"PA|{zone}|{ParticleAlarmApiToken}\n");

        public static string ControllerKeyPem() => ArrayControllerKey;

        public static string TrustAnchor() => FabRootCa;

        public static string ConfigKey() => BrokerPasswordKey;

        public static int RotationDays() => int.Parse(PasswordRotationDays);

        public static Guid TokenCorrelation() => Guid.Parse(SessionTokenId);

        public static int FanDitherRpm() => Random.Shared.Next(-15, 16); // expect: none
    }
}
