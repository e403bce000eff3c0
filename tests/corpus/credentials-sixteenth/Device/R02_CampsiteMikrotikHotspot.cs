// Real source: danikf/tik4net tik4net.examples/ProgramExamples.cs (+ tik4net.examples/App.config)
// Domain: a campsite's guest Wi-Fi, a MikroTik router whose hotspot the reception PC manages over the RouterOS API.
// Kept: ConnectionFactory.CreateConnection(TikConnectionType.Api), OnReadRow/OnWriteRow logging,
// connection.Open(AppSettings["host"], AppSettings["user"], AppSettings["pass"]), Identity, the address-list
// CRUD examples and their constants. App.config held host 192.168.3.117, user "admin" and an empty "pass".
// Added (marked "// Added"): a written fallback for the router password, the shower-block AP opened with admin/admin
// through ConnectionFactory.OpenConnection, the backhaul router opened with a template password, the RADIUS secret added by command, voucher passwords from System.Random, the pitch-number hotspot logins.
using System;
using System.Collections.Generic;
using System.Configuration;
using System.Linq;
using tik4net;
using tik4net.Objects;
using tik4net.Objects.Ip.Firewall;

namespace tik4net.examples
{
    class ProgramExamples
    {
        // Added: the RADIUS server the hotspot asks for accounting
        const string RadiusSecret = "iAFn1ORLQTkbAH"; // expect: IOT1004
        const string RadiusSecretSetting = "hotspot.radius.secret"; // expect: none

        static void Main(string[] args)
        {
            using (ITikConnection connection = ConnectionFactory.CreateConnection(TikConnectionType.Api))
            {
                connection.OnReadRow += Connection_OnReadRow;   // logging commands to cosole
                connection.OnWriteRow += Connection_OnWriteRow; // logging commands to cosole
                // Changed: a written fallback when App.config has no password
                connection.Open(ConfigurationManager.AppSettings["host"], ConfigurationManager.AppSettings["user"],
                    ConfigurationManager.AppSettings["pass"] ?? "8r13FPZTxp"); // expect: IOT1001

                Identity(connection);
                PrintAddressList(connection);
                CreateOrUpdateAddressList(connection);
                AddRadius(connection);
                AddVoucher(connection, new Random());

                Console.WriteLine("Finito - press ENTER");
                Console.ReadLine();
            }

            // Added: the shower-block access point, still on the installer's first login
            using (ITikConnection showers = ConnectionFactory.OpenConnection(TikConnectionType.Api, "10.20.0.2", "admin", "admin")) // expect: IOT1002
            {
                Identity(showers);
            }

            // Added: the backhaul router on the hill, never provisioned
            using (ITikConnection backhaul = ConnectionFactory.CreateConnection(TikConnectionType.ApiSsl))
            {
                backhaul.Open("10.20.0.1", "reception", "<backhaul-router-password>"); // expect: IOT1006
                Identity(backhaul);
            }
        }

        private static void Connection_OnWriteRow(object sender, TikConnectionCommCallbackEventArgs args)
        {
            Console.BackgroundColor = ConsoleColor.Magenta;
            Console.WriteLine(">" + args.Word);
            Console.BackgroundColor = ConsoleColor.Black;
        }

        private static void Connection_OnReadRow(object sender, TikConnectionCommCallbackEventArgs args)
        {
            Console.BackgroundColor = ConsoleColor.Green;
            Console.WriteLine("<" + args.Word);
            Console.BackgroundColor = ConsoleColor.Black;

        }

        private static void Identity(ITikConnection connection)
        {
            ITikCommand cmd = connection.CreateCommand("/system/identity/print");
            var identity = cmd.ExecuteScalar(); //cmd.ExecuteSIngleRow()
            Console.WriteLine("Identity: " + /*identity.GetResponseField("name")*/ identity);
        }

        const string listName = "TEST_LIST";
        const string ipAddress = "192.168.1.1";
        const string ipAddress2 = "192.168.1.2";
        private static void PrintAddressList(ITikConnection connection)
        {
            var addressLists = connection.LoadList<FirewallAddressList>(
                connection.CreateParameter("list", listName));
            foreach (FirewallAddressList addressList in addressLists)
            {
                Console.WriteLine("{0}{1}: {2} {3} ({4})", addressList.Disabled ? "X" : " ", addressList.Dynamic ? "D" : " ", addressList.Address, addressList.List, addressList.Comment);
            }
        }

        private static void CreateOrUpdateAddressList(ITikConnection connection)
        {
            var existingAddressList = connection.LoadList<FirewallAddressList>(
                connection.CreateParameter("list", listName),
                connection.CreateParameter("address", ipAddress)).SingleOrDefault();
            if (existingAddressList == null)
            {
                //Create
                var newAddressList = new FirewallAddressList()
                {
                    Address = ipAddress,
                    List = listName,
                };
                connection.Save(newAddressList);
            }
            else
            {
                //Update
                existingAddressList.Comment = "Comment update: " + DateTime.Now.ToShortTimeString();

                connection.Save(existingAddressList);
            }
        }

        // Added
        private static void AddRadius(ITikConnection connection)
        {
            connection.CreateCommand("/radius/add",
                connection.CreateParameter("address", "10.20.0.5"),
                connection.CreateParameter("service", "hotspot"),
                connection.CreateParameter("secret", RadiusSecret)).ExecuteNonQuery();
        }

        // Added: a 24-hour voucher printed at reception
        private static void AddVoucher(ITikConnection connection, Random rng)
        {
            string voucherName = "guest" + rng.Next(1000, 9999); // expect: none
            string voucherPassword = rng.Next(100000, 999999).ToString(); // expect: IOT1005
            connection.CreateCommand("/ip/hotspot/user/add",
                connection.CreateParameter("name", voucherName),
                connection.CreateParameter("password", voucherPassword),
                connection.CreateParameter("limit-uptime", "1d")).ExecuteNonQuery();
        }

        // Added: seasonal pitches get a login printed on the pitch post
        public static string PitchLoginPassword(int pitchNumber)
        {
            return "Pitch" + pitchNumber.ToString("D3") + "-meadow"; // expect: IOT1005
        }
    }
}
