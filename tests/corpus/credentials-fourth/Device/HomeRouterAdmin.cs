// Home router companion controller (nanoFramework): web admin, SNMP agent, telnet console and first-boot Wi-Fi.
using System;
using System.Net;
using System.Net.NetworkInformation;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using Lextm.SharpSnmpLib.Security;
using nanoFramework.WebServer;
using Fieldline.Shared;

namespace Netbridge.Router
{
    public sealed class HomeRouterAdmin
    {
        private const string SsidPrefix = "Netbridge-"; // expect: none
        private const string AdminRoute = "api/admin/password"; // expect: none
        private const string WpsLabelText = "The WPS PIN is printed on the label under the router."; // expect: none
        private const string AdminUserName = "admin"; // expect: none

        private readonly string _serialNumber;
        private WebServer? _server;

        public HomeRouterAdmin(string serialNumber) => _serialNumber = serialNumber;

        public void StartWebAdmin()
        {
            _server = new WebServer(80)
            {
                Credential = new NetworkCredential(AdminUserName, DeviceSecrets.FactoryAdminPassword),
                ApiKey = "ULIWdxPU8P3fB34fm792S5FkBm3ptkRt", // expect: IOT1001
            };
            _server.Start();
        }

        [Route("api/status")]
        [Authentication("Basic:admin admin")] // expect: IOT1002
        public void GetStatus(WebServerEventArgs e)
        {
            WebServerStubExtensions.OutputAsStream(e.Context.Response, "{\"wan\":\"up\"}");
        }

        [Route("api/diagnostics")]
        [Authentication("ApiKey:yYtIFigwLop4F6K3oaw2WPGxxBDuyQXu")] // expect: IOT1001
        public void GetDiagnostics(WebServerEventArgs e)
        {
            WebServerStubExtensions.OutputAsStream(e.Context.Response, "{\"uptime\":1}");
        }

        [Route(AdminRoute)]
        [Method("POST")]
        public void ChangePassword(WebServerEventArgs e)
        {
            WebServerStubExtensions.OutputAsStream(e.Context.Response, "Password changed. Please sign in again."); // expect: none
        }

        public string FactoryWpsPin()
        {
            var wpsPin = _serialNumber.Substring(_serialNumber.Length - 8); // expect: IOT1005
            return wpsPin;
        }

        public WirelessAPConfiguration FirstBootAccessPoint()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string suffix = BitConverter.ToString(mac, 4, 2).Replace("-", "");
            string apPassphrase = BitConverter.ToString(mac).Replace("-", "")[^8..]; // expect: IOT1005
            return new WirelessAPConfiguration { Ssid = SsidPrefix + suffix, Password = apPassphrase };
        }

        public string MeshSatelliteConfig()
        {
            // Pushed to mesh satellites when they are paired with the main router.
            var backhaul = new { Ssid = "Netbridge-Mesh", Password = "Mesh!Backhaul-5531", Band = "5GHz" }; // expect: IOT1001
            return System.Text.Json.JsonSerializer.Serialize(backhaul);
        }

        public IMembershipProvider SnmpV2Communities()
        {
            return new Version2MembershipProvider(
                new OctetString("public"), // expect: IOT1002
                new OctetString("private")); // expect: IOT1002
        }

        public (IAuthenticationProvider Auth, IPrivacyProvider Priv) SnmpV3User()
        {
            var auth = new SHA256AuthenticationProvider(new OctetString("Snmpv3-Auth!Rtr-8842")); // expect: IOT1001
            var priv = new AESPrivacyProvider(new OctetString("Snmpv3-Priv!Rtr-8842"), auth); // expect: IOT1001
            return (auth, priv);
        }

        public bool TelnetLogin(string user, string password)
        {
            // Legacy console kept for the ISP's field engineers.
            if (user == "root" && password == "vizxv") // expect: IOT1002 IOT1002
            {
                return true;
            }
            Console.WriteLine("Login incorrect");
            return false;
        }

        public string Help() => $"{WpsLabelText} Admin page: /{AdminRoute}";
    }
}
