// Real source: technosoftware-gmbh/opcua-solution-net examples/Base/SampleClient/MyUaClient.cs (244a736c92027a2859cbe7877893ec679f2151ed)
// Domain: Technosoftware's OPC UA client SDK sample (industrial controllers / PLC gateways over opc.tcp): discovers an
// endpoint, creates a session with an anonymous user identity and accepts untrusted server certificates when told to.
// Kept: the endpoint URL default, UseSecurity / AutoAccept, ConnectSessionAsync with new UserIdentity() and the
// certificate-validation handler, as written.
// Trimmed: CreateApplicationAsync, ReadServerStatus, exit codes, licence header.
// Changed: namespace prefixed with Corpus32.R15.
// Shimmed (in _Stubs.cs): Opc.Ua (ApplicationConfiguration, EndpointDescription, EndpointConfiguration, ConfiguredEndpoint,
// UserIdentity, CertificateValidationEventArgs, StatusCodes) and Technosoftware.UaClient (Session, Discover), reduced to
// what this file calls. No secret in the original (hard negatives only).
using System;
using System.Threading.Tasks;
using Opc.Ua;
using Technosoftware.UaClient;

namespace Corpus32.R15.SampleClient
{
    public class MyUaClient
    {
        public bool Verbose { get; set; } = true;

        public bool AutoAccept { get; set; }

        public string EndpointServerUrl { get; set; } = "opc.tcp://localhost:55555/SampleServer"; // expect: none

        public bool UseSecurity { get; set; } = true;

        public ApplicationConfiguration Configuration { get; private set; } = new ApplicationConfiguration();

        public Session Session { get; private set; }

        public async Task<bool> ConnectSessionAsync()
        {
            try
            {
                if (Session != null && Session.Connected)
                {
                    Console.WriteLine("Session already connected!");
                }
                else
                {
                    Console.WriteLine("Connecting...");

                    EndpointDescription selectedEndpoint = Discover.SelectEndpoint(EndpointServerUrl, UseSecurity);
                    if (selectedEndpoint == null)
                    {
                        Console.WriteLine($"Selecting an Endpoint failed.");
                        return false;
                    }
                    EndpointConfiguration endpointConfiguration = EndpointConfiguration.Create(Configuration);
                    ConfiguredEndpoint endpoint = new ConfiguredEndpoint(null, selectedEndpoint, endpointConfiguration);

                    Session session = await Session.CreateAsync(
                        Configuration,
                        endpoint,
                        false,
                        false,
                        Configuration.ApplicationName,
                        30 * 60 * 1000,
                        new UserIdentity(), // expect: none
                        null
                    );

                    if (session != null && session.Connected)
                    {
                        Session = session;
                    }
                }
                return true;
            }
            catch (Exception e)
            {
                Console.WriteLine($"Create Session Error : {e.Message}");
                return false;
            }
        }

        private void OnCertificateValidation(object sender, CertificateValidationEventArgs e)
        {
            if (e.Error.StatusCode == StatusCodes.BadCertificateUntrusted)
            {
                e.Accept = AutoAccept;
                if (AutoAccept)
                {
                    Console.WriteLine("Accepted Certificate: {0}", e.Certificate.Subject);
                }
                else
                {
                    Console.WriteLine("Rejected Certificate: {0}", e.Certificate.Subject);
                }
            }
        }
    }
}
