// Real source: philipp2604/S7UaLib S7UaLib/Client/S7UaClient.cs, src/S7UaLib.Core/Ua/UserIdentity.cs, S7UaLib.Example/Program.cs
// Kept: the library's own UserIdentity(username, password) with get-only Username/Password, the client's UserIdentity
// property defaulting to an anonymous identity, ConnectAsync's SelectEndpoint/EndpointConfiguration/ConfiguredEndpoint
// and Session.Create(..., SessionTimeout, identity, ...), the root NodeIds in namespace 3, KeepAliveInterval 5000 and
// SessionTimeout 60000. Changed: the mapping to Opc.Ua.UserIdentity is inlined; added: the example program's line
// identities for the bottling plant's S7-1500 and the maintenance laptop's byte-password identity.
using System;
using System.Text;
using System.Threading.Tasks;
using Opc.Ua;
using Opc.Ua.Client;

namespace S7UaLib.Core.Ua
{
    public class UserIdentity
    {
        public UserIdentity() { }

        public UserIdentity(string username, string password)
        {
            Username = username;
            Password = password;
        }

        public string Username { get; }
        public string Password { get; }
    }
}

namespace S7UaLib.Client
{
    internal class S7UaClient : IDisposable
    {
        private static readonly NodeId _dataBlocksGlobalRootNode = new NodeId("DataBlocksGlobal", 3); // expect: none
        private static readonly NodeId _memoryRootNode = new NodeId("Memory", 3);
        private readonly ApplicationConfiguration _appConfig;
        private ISession _session;

        public S7UaClient(ApplicationConfiguration appConfig) => _appConfig = appConfig ?? throw new ArgumentNullException(nameof(appConfig));

        public int KeepAliveInterval { get; set; } = 5000;
        public uint SessionTimeout { get; set; } = 60000;
        public bool AcceptUntrustedCertificates { get; set; } = false;
        public S7UaLib.Core.Ua.UserIdentity UserIdentity { get; set; } = new S7UaLib.Core.Ua.UserIdentity();
        public bool IsConnected => _session?.Connected == true;

        public async Task ConnectAsync(string serverUrl, bool useSecurity = true)
        {
            var endpointDescription = CoreClientUtils.SelectEndpoint(_appConfig, serverUrl, useSecurity);
            var endpointConfig = EndpointConfiguration.Create(_appConfig);
            var endpoint = new ConfiguredEndpoint(null, endpointDescription, endpointConfig);

            IUserIdentity identity = string.IsNullOrEmpty(UserIdentity.Username)
                ? new Opc.Ua.UserIdentity()
                : new Opc.Ua.UserIdentity(UserIdentity.Username, UserIdentity.Password);

            _session = await Session.Create(_appConfig, endpoint, true, false, _appConfig.ApplicationName, SessionTimeout, identity, null);
            _session.KeepAliveInterval = KeepAliveInterval;
        }

        // Maintenance laptop: the PLC's "Engineering" user is provisioned with a byte password in the user management.
        public async Task ConnectAsEngineeringAsync(string serverUrl)
        {
            var endpoint = new ConfiguredEndpoint(null, CoreClientUtils.SelectEndpoint(_appConfig, serverUrl, true), EndpointConfiguration.Create(_appConfig));
            var identity = new Opc.Ua.UserIdentity("engineering", Encoding.UTF8.GetBytes("haxCo_w3yBaw")); // expect: IOT1001
            _session = await Session.Create(_appConfig, endpoint, true, false, "S7UaLib-Engineering", SessionTimeout, identity, null);
        }

        public void Dispose() => _session?.Close(true);
    }

    internal static class Program
    {
        private const string FillerPlcUrl = "opc.tcp://192.168.0.1:4840"; // expect: none
        private const string LabelerPlcUrl = "opc.tcp://192.168.0.2:4840";

        public static async Task Main(string[] args)
        {
            var config = new ApplicationConfiguration { ApplicationName = "S7UaLib" };

            using var filler = new S7UaClient(config)
            {
                UserIdentity = new S7UaLib.Core.Ua.UserIdentity("line3-reader", "YVyNG-OzStNR"), // expect: IOT1001
            };
            await filler.ConnectAsync(FillerPlcUrl);

            // The labeler still runs the commissioning image; IT has a ticket open to rotate it.
            using var labeler = new S7UaClient(config)
            {
                UserIdentity = new S7UaLib.Core.Ua.UserIdentity("admin", "admin"), // expect: IOT1002
            };
            await labeler.ConnectAsync(LabelerPlcUrl, useSecurity: false);
            // Capper PLC: the release pipeline substitutes the reader password at deploy time.
            using var capper = new S7UaClient(config)
            {
                UserIdentity = new S7UaLib.Core.Ua.UserIdentity("line3-reader", "#{CAPPER_READER_PASSWORD}#"), // expect: IOT1006
            };
            await capper.ConnectAsync("opc.tcp://192.168.0.3:4840");
            Console.WriteLine($"Filler connected: {filler.IsConnected}, labeler connected: {labeler.IsConnected}");
        }
    }
}
