// Real source: khilscher/OPCUA2DTDL OpcUaClient.cs (68b0ae03335b45a7b83c65a50065ed6f0e27e1cd)
// Domain: tool that browses an industrial OPC UA server (PLC / machine namespace) and turns its nodes into Azure
// Digital Twins DTDL models. Kept: the endpoint / auto-accept / run-time constructor, the exit codes, the session
// created with an anonymous user identity, the config section name chosen by runtime. Trimmed: application instance
// and certificate checks, endpoint discovery, browsing and data-type lookup. Changed: ApplicationInstance /
// CoreClientUtils calls became plain ApplicationConfiguration and ConfiguredEndpoint objects. Added: nothing.
using System;
using System.Threading;
using System.Threading.Tasks;
using Opc.Ua;
using Opc.Ua.Client;

namespace OPCUA2DTDL
{
    public enum ExitCode : int
    {
        Ok = 0,
        ErrorCreateApplication = 0x11,
        ErrorDiscoverEndpoints = 0x12,
        ErrorCreateSession = 0x13,
    };

    class OpcUaClient
    {
        private readonly string _appName;
        private static Session? _session;
        private readonly string _endpointURL;
        private readonly int _clientRunTime = Timeout.Infinite;
        private static bool _autoAccept = false;
        private static ExitCode _exitCode;

        public OpcUaClient(string endpointURL, bool autoAccept, int stopTimeout, string appName)
        {
            _endpointURL = endpointURL;
            _autoAccept = autoAccept;
            _clientRunTime = stopTimeout <= 0 ? Timeout.Infinite : stopTimeout * 1000;
            _appName = appName;
        }

        public static ExitCode ExitCode { get => _exitCode; }

        /// <summary>
        /// Connects to an OPC UA server endpoint URL
        /// </summary>
        public async Task<Session> Connect()
        {
            _exitCode = ExitCode.ErrorCreateApplication;
            var configSectionName = Type.GetType("Mono.Runtime") != null ? "Opc.Ua.MonoSampleClient" : "Opc.Ua.SampleClient";
            ApplicationConfiguration config = new ApplicationConfiguration { ApplicationUri = "urn:" + _appName + ":" + configSectionName };

            _exitCode = ExitCode.ErrorDiscoverEndpoints;
            Console.WriteLine($"Selecting endpoint {_endpointURL} (auto-accept {_autoAccept}, run time {_clientRunTime})");
            var endpoint = new ConfiguredEndpoint();

            _exitCode = ExitCode.ErrorCreateSession;
            return _session = await Session.Create(config, endpoint, false, _appName, 60000, new UserIdentity(new AnonymousIdentityToken()), null); // expect: none
        }
    }
}
