// Real source: Traeger-GmbH/opcuanet-samples
//   Package/CS/Server.Authentication/Program.cs, Package/CS/Client.Authentication/Program.cs
// Domain: a sawmill's timber drying kilns. The kiln PC runs an OPC UA server (OPC UA .NET SDK by
// Traeger) with a user name ACL; the yard office app and the forklift tablets read the kiln state.
// Kept: OpcServer(...) with UserNameAcl.IsEnabled and AddEntry("username", "password") plus
// entry.Deny(OpcRequestType.Write); OpcClient with Security.UserIdentity = new OpcClientIdentity(
// "username", "password"), ReadNode / WriteNode of "ns=2;s=Machine_1/IsActive" (the samples' own
// values, kept where they stood).
// Added: the kiln operators' and the supervisor's ACL entries, the yard app's connection record, the
// kiln door's unlock code for the forklift driver, a policy hint.
using System;
using Opc.UaFx;
using Opc.UaFx.Client;
using Opc.UaFx.Server;

namespace Corpus17.R05.KilnOpcUa
{
    public class KilnNodeManager : OpcNodeManager
    {
        public KilnNodeManager() : base("http://sawmill.example/kilns") { }
    }

    public class KilnServer
    {
        // Added: the kiln operators' shared account.
        private const string KilnOperatorPassword = "sl7wJ5QzahEv"; // expect: IOT1001
        private const string PasswordPolicyHint = "At least twelve characters, changed at the start of each drying season."; // expect: none

        public static void Main(string[] args)
        {
            var server = new OpcServer("opc.tcp://localhost:4840/SampleServer", new KilnNodeManager());

            server.Security.UserNameAcl.IsEnabled = true;

            // Kept from the sample.
            var entry = server.Security.UserNameAcl.AddEntry("username", "password"); // expect: IOT1002
            entry.Deny(OpcRequestType.Write);

            // Added: the accounts the kiln PC actually serves.
            server.Security.UserNameAcl.AddEntry("kilnoperator", KilnOperatorPassword);
            var supervisor = server.Security.UserNameAcl.AddEntry("supervisor", "supervisor"); // expect: IOT1002
            Console.WriteLine(PasswordPolicyHint);

            server.Start();
            Console.ReadKey(true);
            server.Stop();
        }
    }

    // Added: the yard office app's connection, one record per kiln.
    public record KilnConnection(string Endpoint, string User, string Password);

    public class YardOffice
    {
        // Kiln 1 still runs the old server without a user name ACL.
        private static readonly KilnConnection Kiln1 = new KilnConnection("opc.tcp://kiln1.sawmill.example:4840/", "yard", ""); // expect: none
        private static readonly KilnConnection Kiln2 = new KilnConnection("opc.tcp://kiln2.sawmill.example:4840/", "yard", "Ye-WdQeCAE"); // expect: IOT1001

        public static void ReadSampleMachine()
        {
            // Kept from the client sample.
            var client = new OpcClient("opc.tcp://localhost:4840/SampleServer");
            client.Security.UserIdentity = new OpcClientIdentity("username", "password"); // expect: IOT1002
            client.Connect();
            Console.WriteLine("ReadNode: {0}", client.ReadNode("ns=2;s=Machine_1/IsActive"));
            try
            {
                client.WriteNode("ns=2;s=Machine_1/IsActive", false);
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
            client.Disconnect();
        }

        public static double ReadKilnMoisture(int kilnNumber)
        {
            var kiln = kilnNumber == 1 ? Kiln1 : Kiln2;
            using (var client = new OpcClient(kiln.Endpoint))
            {
                client.Security.UserIdentity = new OpcClientIdentity(kiln.User, kiln.Password);
                client.Connect();
                return Convert.ToDouble(client.ReadNode("ns=2;s=Kiln2/WoodMoisture").Value);
            }
        }

        // Added: when a charge is dry, the forklift driver gets a code for the kiln door's keypad.
        public static string IssueDoorUnlockCode()
        {
            var rng = new Random();
            string unlockCode = rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return unlockCode;
        }
    }
}
