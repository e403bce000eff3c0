// Real source: convertersystems/opc-ua-samples
//   DataLoggingConsole/Program.cs (Workstation.UaClient: discover the endpoints, choose the one with the highest
//   security level, choose a user identity, open a UaTcpSessionChannel and read nodes in a loop)
// Kept: the sample's discovery URL, cycle time, application description, the certificate store path under
//   %LOCALAPPDATA%, the read of i=2258 and the sample's own identity `new UserNameIdentity("root", "secret")`.
// Changed: the logger factory is left out; the loop runs a fixed number of cycles.
// Added (a paint shop's oven line logger): a per-server identity chosen by a switch, the logger's client certificate
//   with its PFX password, a password read from the environment, and node ids with credential words in them.
using System;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Workstation.ServiceModel.Ua;
using Workstation.ServiceModel.Ua.Channels;

namespace DataLoggingConsole
{
    internal class Program
    {
        private static void Main(string[] args)
        {
            try
            {
                Task.Run(TestAsync).GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        private static async Task TestAsync()
        {
            var discoveryUrl = $"opc.tcp://192.168.1.107:49320";
            var cycleTime = 5000;

            // Describe this app.
            var appDescription = new ApplicationDescription()
            {
                ApplicationName = "DataLoggingConsole",
                ApplicationUri = $"urn:{System.Net.Dns.GetHostName()}:DataLoggingConsole",
                ApplicationType = ApplicationType.Client,
            };

            // Create a certificate store on disk.
            var certificateStore = new DirectoryStore(
                Environment.ExpandEnvironmentVariables(@"%LOCALAPPDATA%\DataLoggingConsole\pki")); // expect: none

            // Prepare array of nodes to read.
            var readRequest = new ReadRequest
            {
                NodesToRead = new[]
                {
                    new ReadValueId { NodeId = NodeId.Parse("i=2258"), AttributeId = AttributeIds.Value },
                    new ReadValueId { NodeId = NodeId.Parse("ns=2;s=Line3.Oven2.Operator.PasswordExpired"), AttributeId = AttributeIds.Value }, // expect: none
                }
            };

            for (var cycle = 0; cycle < 3; cycle++)
            {
                await Task.Delay(cycleTime);

                // Discover endpoints.
                var getEndpointsRequest = new GetEndpointsRequest
                {
                    EndpointUrl = discoveryUrl,
                    ProfileUris = new[] { TransportProfileUris.UaTcpTransport }
                };
                var getEndpointsResponse = await UaTcpDiscoveryClient.GetEndpointsAsync(getEndpointsRequest).ConfigureAwait(false);
                if (getEndpointsResponse.Endpoints == null || getEndpointsResponse.Endpoints.Length == 0)
                {
                    throw new InvalidOperationException($"'{discoveryUrl}' returned no endpoints.");
                }

                // Choose the endpoint with highest security level.
                var remoteEndpoint = getEndpointsResponse.Endpoints.OrderBy(e => e.SecurityLevel).Last();

                // Choose a User Identity.
                IUserIdentity userIdentity = null;
                if (remoteEndpoint.UserIdentityTokens.Any(p => p.TokenType == UserTokenType.Anonymous))
                {
                    userIdentity = new AnonymousIdentity();
                }
                else if (remoteEndpoint.UserIdentityTokens.Any(p => p.TokenType == UserTokenType.UserName))
                {
                    // If a username / password is requested, provide from .config file.
                    userIdentity = new UserNameIdentity("root", "secret"); // expect: IOT1006
                }
                else
                {
                    Console.WriteLine("Program supports servers requesting Anonymous and UserName identity.");
                }

                // Create a session with the server.
                var session = new UaTcpSessionChannel(appDescription, certificateStore, userIdentity, remoteEndpoint);
                try
                {
                    await session.OpenAsync();
                    var readResponse = await session.ReadAsync(readRequest).ConfigureAwait(false);
                    for (int i = 0; i < readRequest.NodesToRead.Length; i++)
                    {
                        Console.WriteLine($"{readRequest.NodesToRead[i].NodeId}; value: {readResponse.Results[i]}");
                    }
                    await session.CloseAsync();
                }
                catch
                {
                    await session.AbortAsync();
                    throw;
                }
            }
        }
    }

    // Added: the paint shop's logger talks to three servers on the oven line.
    internal static class OvenLineIdentities
    {
        public static IUserIdentity For(string endpointUrl) => endpointUrl switch
        {
            "opc.tcp://192.168.1.107:49320" => new UserNameIdentity("kepware-logger", "Fkmmk#lSBjdqAUu2"), // expect: IOT1001
            "opc.tcp://oven2-plc:4840" => new UserNameIdentity("historian", LoggerPassword),
            _ => new AnonymousIdentity(),
        };

        // Read from the cabinet PC's environment, not written in the code.
        private static readonly string LoggerPassword = Environment.GetEnvironmentVariable("OVEN_LINE_OPCUA_PASSWORD"); // expect: none

        public static X509Certificate2 LoggerCertificate(string pfxPath) =>
            new X509Certificate2(pfxPath, "myVGq#WmIaT0QOx2"); // expect: IOT1001

        public const string PfxPasswordVariable = "OVEN_LINE_PFX_PASSWORD"; // expect: none

        public const string OperatorPasswordNode = "ns=2;s=Line3.Oven2.HMI.OperatorPassword"; // expect: none
    }
}
