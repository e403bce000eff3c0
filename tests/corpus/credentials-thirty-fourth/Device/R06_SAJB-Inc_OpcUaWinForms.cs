// Real source: SAJB-Inc/OpcUaWinForms OpcUaClient.cs (b4a8ab1ed0b616c2a06b1edc834f43b0ba6e0053)
// Domain: WinForms HMI helper watching a B&R PLC's debug button over OPC UA (Workstation.UaClient) on the machine's
// local OPC UA server. Kept: the client description, the session channel opened with an anonymous identity against
// the local endpoint and no security policy, the wait loop and the close / abort handling. Trimmed: the subscription,
// the monitored item on `::AsGlobalPV:dbgBtnBrowsePrograms` and the publish-response stream. Changed: the data-change
// callback became a polled flag. Added: nothing.
using System;
using System.Threading;
using System.Threading.Tasks;
using Workstation.ServiceModel.Ua;
using Workstation.ServiceModel.Ua.Channels;

namespace OpcUaWinForms
{
    class OpcSubThread
    {
        public static async Task Run(CancellationToken cancelToken, Action onValueChanged)
        {
            var clientDescription = new ApplicationDescription
            {
                ApplicationName = "Workstation.UaClient.FeatureTests",
                ApplicationUri = $"urn:{System.Net.Dns.GetHostName()}:Workstation.UaClient.FeatureTests",
                ApplicationType = ApplicationType.Client
            };
            var channel = new UaTcpSessionChannel(
                clientDescription,
                null,
                new AnonymousIdentity(), // expect: none
                "opc.tcp://localhost:4840",
                SecurityPolicyUris.None
            );
            try
            {
                await channel.OpenAsync();
                var isInError = false;
                while (!cancelToken.IsCancellationRequested && !isInError)
                {
                    await Task.Delay(500);
                }
                onValueChanged();
                await channel.CloseAsync();
            }
            catch (Exception ex)
            {
                await channel.AbortAsync();
                Console.WriteLine(ex.Message);
            }
        }
    }
}
