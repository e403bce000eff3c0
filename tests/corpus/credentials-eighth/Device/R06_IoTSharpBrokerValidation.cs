// Real source: IoTSharp/IoTSharp IoTSharp/Handlers/MQTTServerHandler.cs
// Adapted: the connection-validation part of the platform's embedded broker, trimmed to what compiles against
// MQTTnet's ValidatingConnectionEventArgs; device-token lookup via the cache is kept as a delegate. Values invented.
using System;
using System.Threading.Tasks;
using MQTTnet.Server;

namespace Corpus8.IoTSharp.Handlers
{
    public class MQTTServerHandler
    {
        private readonly Func<string, string> _lookupDeviceToken;
        private readonly string _brokerAdminPassword;

        // The rule-engine and gateway services connect with these fixed logins.
        private const string RuleEngineUser = "ruleengine";
        private const string RuleEnginePassword = "Qv7-Marsh-Heron-90"; // expect: IOT1001
        private const string GatewayProbeUser = "probe";
        private const string EngineerPassword = "Kiln-Jasper-6620"; // expect: IOT1004
        private const string TokenRejected = "Token rejected"; // expect: none

        public MQTTServerHandler(Func<string, string> lookupDeviceToken, string brokerAdminPassword)
        {
            _lookupDeviceToken = lookupDeviceToken;
            _brokerAdminPassword = brokerAdminPassword;
        }

        public Task Server_ClientConnectionValidator(ValidatingConnectionEventArgs obj)
        {
            if (obj.UserName == RuleEngineUser)
            {
                obj.ReasonCode = obj.Password == RuleEnginePassword ? 0 : 134;
                return Task.CompletedTask;
            }

            if (obj.UserName == "admin" && obj.Password == "admin") // expect: IOT1002 IOT1002
            {
                obj.ReasonCode = 134; // the factory login is refused, never accepted
                return Task.CompletedTask;
            }

            if (string.Equals(obj.Password, "gw-bootstrap-Ts82x")) // expect: IOT1001
            {
                obj.ReasonCode = 0;
                return Task.CompletedTask;
            }

            // Device tokens are looked up per device; the password field carries the access token.
            var expected = _lookupDeviceToken(obj.UserName);
            obj.ReasonCode = expected != null && expected == obj.Password ? 0 : 134;
            return Task.CompletedTask;
        }

        public bool IsBrokerAdmin(string password) => password == _brokerAdminPassword; // expect: none

        public bool IsEngineer(string user, string password) => user == GatewayProbeUser && password == EngineerPassword;

        public static bool IsAnonymousProbe(ValidatingConnectionEventArgs e) => e.Password == ""; // expect: none

        public static string Describe(ValidatingConnectionEventArgs e) =>
            e.ReasonCode == 134 ? TokenRejected : "Accepted " + e.ClientId;
    }

    public static class BrokerExtras
    {
        public static bool IsGateway(ValidatingConnectionEventArgs e) => e.UserName == "gateway" && e.Password == "Gw-Tern-Lattice-74"; // expect: IOT1001
        public static bool IsGuest(ValidatingConnectionEventArgs e) => e.Password == "guest"; // expect: IOT1002
        public const string AccessTokenHeader = "X-Access-Token"; // expect: none
        public const string DeviceTokenPrefix = "Device-"; // expect: none
    }
}
