// Real source: Rutherfordum/RobotecOPCExample "OPC UA Client Free/OpcClient.cs" and "OPC UA Client Free/Program.cs"
// Domain: KUKA robot welding cell read/written over OPC UA (Workstation.UaClient).
// Kept: the OpcClient wrapper whose constructor builds UaTcpSessionChannel with new UserNameIdentity(userName,
// password), Program.Main calling new OpcClient("172.31.1.147:4840", "OpcUaOperator", "kuka"), MainTest and testClient
// with UserNameIdentity("OpcUaOperator", "kuka") written in place, the node ids and the Random used to write a test
// time value. "kuka" is the robot vendor's published password of the OpcUaOperator account and is kept as it stood.
// Trimmed: the polling loops. Changed: the original's stray ")" after WriteNode was removed (it did not compile).
// Added: a second cell's credentials in a constants class, and a challenge nonce made with System.Random.
using System;
using System.Threading;
using System.Threading.Tasks;
using Workstation.ServiceModel.Ua;
using Workstation.ServiceModel.Ua.Channels;

namespace OPC_UA_Client_Free
{
    public class OpcClient
    {
        public event Action connected;
        public event Action disconnected;

        private UaTcpSessionChannel client;

        public OpcClient(string serverAddress, string userName, string password)
        {
            var clientDescription = new ApplicationDescription
            {
                ApplicationName = "Workstation.UaClient.FeatureTests",
                ApplicationUri = $"urn:{System.Net.Dns.GetHostName()}:Workstation.UaClient.FeatureTests", // expect: none
                ApplicationType = ApplicationType.Client
            };

            client = new UaTcpSessionChannel(
                clientDescription,
                null, // no x509 certificates
                new UserNameIdentity(userName, password),
                $"opc.tcp://{serverAddress}",
                SecurityPolicyUris.None);

            client.Opened += Client_Opened;
            client.Closed += Client_Closed;
        }

        private void Client_Closed(object sender, EventArgs e) { disconnected?.Invoke(); }
        private void Client_Opened(object sender, EventArgs e) { connected?.Invoke(); }

        public void Connect() { client.OpenAsync(); }
        public void Disconect() { client.CloseAsync(); }

        public object ReadNode(string id)
        {
            var readValue = new ReadRequest
            {
                NodesToRead = new[] { new ReadValueId { NodeId = NodeId.Parse(id), AttributeId = AttributeIds.Value } }
            };
            var readResult = client.ReadAsync(readValue).Result;
            return readResult.Results[0].Value;
        }

        public void WriteNode(string id, object value)
        {
            var writeValue = new WriteRequest
            {
                NodesToWrite = new[] { new WriteValue { AttributeId = AttributeIds.Value, NodeId = NodeId.Parse(id), Value = new DataValue(value) } }
            };
            client.WriteAsync(writeValue);
        }
    }

    // Added: the second welding cell commissioned by the integrator
    internal static class CellB
    {
        public const string Endpoint = "172.31.2.147:4840";
        public const string User = "OpcUaOperator"; // expect: none
        public const string Password = "CfVeW*wIwZo*Q"; // expect: IOT1001
    }

    class Program
    {
        private static UaTcpSessionChannel client;

        static void Main(string[] args)
        {
            var client = new OpcClient(
                "172.31.1.147:4840",
                "OpcUaOperator",
                "kuka"); // expect: IOT1001

            client.connected += Client_connected;
            client.disconnected += Client_disconnected;
            client.Connect();
            Thread.Sleep(2000);
            Console.WriteLine(client.ReadNode("ns=5;s=MotionDeviceSystem.ProcessData.R1.System.$config.status")); // expect: none
            client.WriteNode("ns=5;s=MotionDeviceSystem.ProcessData.R1.System.$config.status", false);
            client.Disconect();

            // Added
            var cellB = new OpcClient(CellB.Endpoint, CellB.User, CellB.Password);
            cellB.Connect();
        }

        private static void Client_disconnected() { Console.WriteLine("Disconected"); }
        private static void Client_connected() { Console.WriteLine("Connected"); }

        static async Task MainTest(string[] args)
        {
            var clientDescription = new ApplicationDescription
            {
                ApplicationName = "Workstation.UaClient.FeatureTests",
                ApplicationUri = $"urn:{System.Net.Dns.GetHostName()}:Workstation.UaClient.FeatureTests",
                ApplicationType = ApplicationType.Client
            };

            var channel = new UaTcpSessionChannel(
                clientDescription,
                null, // no x509 certificates
                new UserNameIdentity("OpcUaOperator", "kuka"), // expect: IOT1001
                "opc.tcp://172.31.1.147:4840",
                SecurityPolicyUris.None);

            await channel.OpenAsync();

            var random = new Random();
            var writePos_X = new WriteRequest
            {
                NodesToWrite = new[]
                {
                    new WriteValue
                    {
                        AttributeId = AttributeIds.Value,
                        NodeId = NodeId.Parse("ns=5;s=MotionDeviceSystem.ProcessData.R1.System.$config.time"),
                        Value = new DataValue((double) random.NextDouble()) // expect: none
                    }
                }
            };
            await channel.WriteAsync(writePos_X);

            // Added: the challenge nonce the cell controller signs before it accepts a new program
            var clientNonce = new byte[32];
            random.NextBytes(clientNonce); // expect: IOT3005
            await channel.WriteAsync(new WriteRequest
            {
                NodesToWrite = new[] { new WriteValue { AttributeId = AttributeIds.Value, NodeId = NodeId.Parse("ns=5;s=MotionDeviceSystem.ProcessData.R1.System.$config.challenge"), Value = new DataValue(clientNonce) } }
            });
        }

        public void testClient()
        {
            var clientDescription = new ApplicationDescription
            {
                ApplicationName = "Workstation.UaClient.FeatureTests",
                ApplicationType = ApplicationType.Client
            };

            client = new UaTcpSessionChannel(
                clientDescription,
                null,
                new UserNameIdentity("OpcUaOperator", "kuka"), // expect: IOT1001
                "opc.tcp://172.31.1.147:4840",
                SecurityPolicyUris.None);

            client.OpenAsync();
            Console.WriteLine(client.State);
        }
    }
}
