// Real source: RapidScada/scada-v6 Drivers/DrvOpcUa (Scada.Comm.Drivers.DrvOpcUa.OpcHelper)
// Adapted: the driver's session creation with a user identity, trimmed of the configuration-file handling; the
// connection options the line's devices are built with are added (values invented).
using System;
using System.Text;
using System.Threading.Tasks;
using Opc.Ua;
using Opc.Ua.Client;

namespace Corpus8.Scada.Comm.Drivers.DrvOpcUa
{
    public enum AuthenticationMode { Anonymous, Username }

    public class OpcConnectionOptions
    {
        public string ServerUrl { get; set; }
        public AuthenticationMode AuthenticationMode { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }

    public class OpcHelper
    {
        private readonly string deviceNumStr;

        public OpcHelper(int deviceNum) => deviceNumStr = deviceNum.ToString("D3");

        public Session OpcSession { get; private set; }

        public async Task<bool> ConnectAsync(OpcConnectionOptions connectionOptions, ApplicationConfiguration config)
        {
            EndpointDescription selectedEndpoint = CoreClientUtils.SelectEndpoint(connectionOptions.ServerUrl, true);
            EndpointConfiguration endpointConfiguration = EndpointConfiguration.Create(config);
            ConfiguredEndpoint endpoint = new ConfiguredEndpoint(null, selectedEndpoint, endpointConfiguration);
            UserIdentity userIdentity = connectionOptions.AuthenticationMode == AuthenticationMode.Username ?
                new UserIdentity(connectionOptions.Username, connectionOptions.Password) :
                new UserIdentity(new AnonymousIdentityToken());

            OpcSession = await Session.Create(config, endpoint, false,
                "Rapid SCADA DrvOpcUa_" + deviceNumStr, 60000, userIdentity, null);
            return OpcSession != null;
        }
    }

    public static class LineDevices
    {
        // Device 12: the boiler-house PLC's OPC UA server.
        public static OpcConnectionOptions BoilerHouse() => new OpcConnectionOptions
        {
            ServerUrl = "opc.tcp://10.20.1.12:4840",
            AuthenticationMode = AuthenticationMode.Username,
            Username = "scada",
            Password = "Steam-Valve-Orchid-19" // expect: IOT1001
        };

        // Device 13: the chiller skid ships with the integrator's default account.
        public static OpcConnectionOptions ChillerSkid() => new OpcConnectionOptions
        {
            ServerUrl = "opc.tcp://10.20.1.13:4840",
            AuthenticationMode = AuthenticationMode.Username,
            Username = "user",
            Password = "user" // expect: IOT1002
        };

        public static OpcConnectionOptions Historian() => new OpcConnectionOptions
        {
            ServerUrl = "opc.tcp://historian:62541",
            AuthenticationMode = AuthenticationMode.Anonymous,
            Password = "********" // expect: none
        };

        public static UserIdentity MaintenanceIdentity() =>
            new UserIdentity("maint", Encoding.UTF8.GetBytes("Brine-Gasket-7305")); // expect: IOT1001

        public static UserIdentity ReadOnlyIdentity(string user, string password) =>
            new UserIdentity(user, Encoding.UTF8.GetBytes(password ?? string.Empty)); // expect: none

        public const string PasswordPolicyUri = "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256"; // expect: none
    }

    public static class DriverExtras
    {
        public static UserIdentity Commissioning() => new UserIdentity("commission", "Flue-Damper-4480"); // expect: IOT1001
        public static UserIdentity Vendor() => new UserIdentity("supervisor", "supervisor"); // expect: IOT1002
        public const string SecurityModeName = "SignAndEncrypt"; // expect: none
    }
}
