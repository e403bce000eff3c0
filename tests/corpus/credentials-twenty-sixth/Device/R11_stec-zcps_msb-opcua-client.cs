// Real source: stec-zcps/msb-opcua-client OpcUaClient.cs (2caa624d)
// The OPC UA side of a Fraunhofer IPA MSB (manufacturing service bus) client that mirrors a machine's OPC UA server.
// Kept: the application configuration (URI, certificate store paths), CreateSession(user, password) building
// Opc.Ua.UserIdentity for a user or an anonymous identity, EndSession. Simplified: the endpoint is passed as the URL
// (Session.Create's simplified stub). Added (said in LABELS.md): the station start-up that opens the session with the
// machine's OPC UA login, and the anonymous bench session.
using System;
using Opc.Ua;
using Opc.Ua.Client;

namespace Fraunhofer.IPA.MSB.Clients.OPCUA
{
    public class OpcUaClient
    {
        private readonly ApplicationConfiguration configuration;
        private readonly string server;
        private Session session;

        public OpcUaClient(string server, string name)
        {
            this.server = server;
            configuration = new ApplicationConfiguration()
            {
                ApplicationName = name,
                ApplicationUri = "urn:localhost:071:MsbClient", // expect: none
            };
        }

        public string CertificateStorePath => @"%CommonApplicationData%\071\CertificateStores\MachineDefault";

        public void CreateSession(string user, string password)
        {
            UserIdentity userIdentity;
            if (user != "")
            {
                userIdentity = new UserIdentity(user, password);
            }
            else
            {
                userIdentity = new UserIdentity(new AnonymousIdentityToken());
            }
            session = Session.Create(configuration, server, false, configuration.ApplicationName, 60000, userIdentity, null).Result;
        }

        public void EndSession()
        {
            session.Close();
            session.Dispose();
        }
    }

    public static class MsbOpcUaStation
    {
        public static OpcUaClient Start(bool bench)
        {
            var client = new OpcUaClient("opc.tcp://192.168.0.10:4840", "MsbClient");
            if (bench)
            {
                client.CreateSession("", ""); // expect: none
            }
            else
            {
                client.CreateSession("msb", "Lathe#Orbit-57"); // expect: IOT1001
            }
            return client;
        }
    }
}
