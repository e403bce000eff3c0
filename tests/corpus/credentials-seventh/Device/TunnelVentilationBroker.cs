// Real source: balureddy003/SenseWire services/protocol-adapter/mqttAdapter/ConnectionValidator.cs
// Moved to a road tunnel: the edge broker in the portal building accepts the jet-fan controllers, the air-quality
// sensors and a legacy SCADA panel. The validator is ported from MqttConnectionValidatorContext to MQTTnet 4.
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace PortalWorks.Tunnel
{
    public static class ConnectionValidator
    {
        private const string MaintenanceLaptopPassword = "Vent-Maint-8812"; // expect: IOT1001

        public static void ValidateConnection(ValidatingConnectionEventArgs c)
        {
            {
                if (c.ClientId.Length < 10)
                {
                    c.ReasonCode = (int)MqttConnectReasonCode.ClientIdentifierNotValid;
                    return;
                }

                if (c.UserName == "anonymous") // expect: none
                {
                    c.ReasonCode = (int)MqttConnectReasonCode.NotAuthorized;
                    return;
                }

                if (c.ClientId.StartsWith("maint-laptop-"))
                {
                    c.ReasonCode = c.Password == MaintenanceLaptopPassword
                        ? (int)MqttConnectReasonCode.Success
                        : (int)MqttConnectReasonCode.BadUserNameOrPassword;
                    return;
                }

                if (c.UserName != "jetfan-gateway") // expect: none
                {
                    c.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                    return;
                }

                if (c.Password != "Portal-Air-Q7v2") // expect: IOT1001
                {
                    c.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                    return;
                }

                c.ReasonCode = (int)MqttConnectReasonCode.Success;
            }
        }

        // The SCADA panel from the 2009 refurbishment cannot change its login.
        public static bool IsLegacyScadaPanel(ValidatingConnectionEventArgs c) =>
            c.UserName == "root" && c.Password == "xc3511"; // expect: IOT1002 IOT1002
    }

    // The jet fans' own RS-485 bus frames each command with a shared secret.
    public static class FanBusFraming
    {
        private const string FanBusSharedSecret = "JF-bus-LHRgpuEK2nEIayOW"; // expect: IOT1004
        public const string PasswordChangedTopic = "$SYS/tunnel/password-changed"; // expect: none

        public static string Frame(string command) => command + "|" + FanBusSharedSecret.GetHashCode().ToString("X8");
    }

    public class TunnelVentilationBroker
    {
        private readonly IConfiguration _config;
        private MqttServer _mqttServer;

        public TunnelVentilationBroker(IConfiguration config) => _config = config;

        public async Task StartAsync()
        {
            int port = Convert.ToInt32(_config["mqttSettings:port"]); // expect: none
            string passwordSetting = _config["mqttSettings:password"]; // expect: none

            var options = new MqttServerOptionsBuilder()
                .WithDefaultEndpoint()
                .WithDefaultEndpointPort(port)
                .Build();

            _mqttServer = new MqttFactory().CreateMqttServer(options);
            _mqttServer.ValidatingConnectionAsync += e =>
            {
                if (ConnectionValidator.IsLegacyScadaPanel(e))
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.Success;
                    return Task.CompletedTask;
                }

                if (passwordSetting != null && e.UserName == "airq-sensor" && e.Password == passwordSetting)
                {
                    e.ReasonCode = (int)MqttConnectReasonCode.Success;
                    return Task.CompletedTask;
                }

                ConnectionValidator.ValidateConnection(e);
                return Task.CompletedTask;
            };

            await _mqttServer.StartAsync();
            Console.WriteLine("Tunnel broker listening for topic tunnel/+/jetfan/#"); // expect: none
        }
    }
}
