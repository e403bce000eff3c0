// Real source: dathlin/OpcUaHelper (OpcUaHelper/OpcUaClient.cs, OpcUaHelper/Forms/FormConnectSelect.cs, OpcUaHelper.NetCoreDemo/Program.cs)
// Kept: the OpcUaClient wrapper (configuration, SelectEndpoint, Session.Create with UserIdentity), the three identity
// choices of FormConnectSelect (anonymous, user name and password, PFX certificate) and the demo's ReadNode calls.
// Changed: the WinForms dialog became a switch on an environment setting; the demo server became a sugar-beet
// factory's evaporator line. Added: the logger's operator account, certificate password and commissioning login.
using System;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Opc.Ua;
using Opc.Ua.Client;

namespace OpcUaHelper
{
    /// <summary>
    /// A wrapped OPC UA client (read, write, subscribe), as in the repository.
    /// </summary>
    public class OpcUaClient
    {
        private readonly ApplicationConfiguration m_configuration;
        private ISession m_session;

        public OpcUaClient()
        {
            m_configuration = new ApplicationConfiguration
            {
                ApplicationName = OpcUaName,
                ApplicationType = ApplicationType.Client,
                ApplicationUri = "urn:MyClient", //Kepp this syntax
                ProductUri = "OpcUaClient",
            };
        }

        public string OpcUaName { get; set; } = "Opc Ua Helper";

        public bool UseSecurity { get; set; }

        /// <summary>The user identity to use when creating the session.</summary>
        public IUserIdentity UserIdentity { get; set; }

        public async Task ConnectServer(string serverUrl)
        {
            Disconnect();
            EndpointDescription endpointDescription = CoreClientUtils.SelectEndpoint(serverUrl, UseSecurity);
            EndpointConfiguration endpointConfiguration = EndpointConfiguration.Create(m_configuration);
            ConfiguredEndpoint endpoint = new ConfiguredEndpoint(null, endpointDescription, endpointConfiguration);

            m_session = await Session.Create(
                m_configuration,
                endpoint,
                false,
                false,
                (string.IsNullOrEmpty(OpcUaName)) ? m_configuration.ApplicationName : OpcUaName,
                60000,
                UserIdentity,
                new string[] { });
        }

        public void Disconnect()
        {
            if (m_session != null)
            {
                m_session.Close(3000);
                m_session.Dispose();
                m_session = null;
            }
        }

        public T ReadNode<T>(string tag)
        {
            DataValue dataValue = m_session.ReadValue(new NodeId(tag));
            return (T)dataValue.Value;
        }
    }
}

namespace OpcUaHelper.EvaporatorLogger
{
    internal static class LineCredentials
    {
        public const string OperatorUser = "evap-logger";
        public const string OperatorPassword = "9wPgVFg2d5EDKYT8"; // expect: IOT1001
        public const string CertificatePath = "certs/evap-logger.pfx";
        public const string CertificatePassword = "RiT5!zcej4O176"; // expect: IOT1001
        // the PLC server certificate, pinned by its (public) SHA-1 thumbprint
        public const string ServerCertificateThumbprint = "DBF5C9969612EAF9FF813D95C6C144577994A260"; // expect: none
    }

    internal class Program
    {
        static async Task Main(string[] args)
        {
            OpcUaClient opcUaClient = new OpcUaClient { OpcUaName = "Evaporator line logger" };

            string mode = Environment.GetEnvironmentVariable("EVAP_OPC_AUTH") ?? "user"; // expect: none
            switch (mode)
            {
                case "anonymous":
                    // 匿名登录
                    opcUaClient.UserIdentity = new UserIdentity(new AnonymousIdentityToken());
                    break;
                case "certificate":
                    // 证书登录
                    X509Certificate2 certificate = new X509Certificate2(LineCredentials.CertificatePath, LineCredentials.CertificatePassword, X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.Exportable);
                    opcUaClient.UserIdentity = new UserIdentity(certificate);
                    break;
                case "commissioning":
                    // the integrator's first-start account on the evaporator PLC
                    opcUaClient.UserIdentity = new UserIdentity("admin", "admin"); // expect: IOT1002
                    break;
                case "night":
                    opcUaClient.UserIdentity = new UserIdentity("evap-night", Encoding.UTF8.GetBytes("Nh*TWqXTjWGN")); // expect: IOT1001
                    break;
                case "service":
                    string servicePassword = Environment.GetEnvironmentVariable("EVAP_OPC_PASSWORD") ?? ""; // expect: none
                    opcUaClient.UserIdentity = new UserIdentity("evap-service", servicePassword);
                    break;
                default:
                    // 用户名密码登录
                    opcUaClient.UserIdentity = new UserIdentity(LineCredentials.OperatorUser, LineCredentials.OperatorPassword);
                    break;
            }

            try
            {
                await opcUaClient.ConnectServer("opc.tcp://118.24.36.220:62548/DataAccessServer");
            }
            catch (Exception ex)
            {
                Console.WriteLine("Connect failed : " + ex.Message);
                Console.WriteLine("If the server says BadIdentityTokenRejected, the password of the operator account has changed."); // expect: none
                return;
            }

            float value = opcUaClient.ReadNode<float>("ns=2;s=Machines/Machine B/TestValueFloat");
            Console.WriteLine("ns=2;s=Machines/Machine B/TestValueFloat" + "   value: " + value);

            string policy = opcUaClient.ReadNode<string>("ns=2;s=Evaporator/Security/PasswordPolicy"); // expect: none
            Console.WriteLine("Password policy on the PLC: " + policy);

            string name = opcUaClient.ReadNode<string>("ns=2;s=Machines/Machine A/Name");
            Console.WriteLine("ns=2;s=Machines/Machine A/Name" + "   value: " + name);

            opcUaClient.Disconnect();
        }
    }
}
