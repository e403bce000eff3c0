// Real source: Mr4g/MYSQL
//   MYSQL/MySQL.cs, MYSQL/OPCClient.cs, MYSQL/IoT.cs
// Domain: a heat-exchanger production line's helium leak tester; an S7-1200 PLC's results are copied
// into a MySQL table every cycle and a value is handed back to the line's OPC UA server.
// Kept: new Plc(CpuType.S71200, "192.168.0.1", 0, 1), the DB1 reads, the connection string
// "server=localhost;uid=root;pwd=Root;database=test" (written twice in the original, as here), the
// delete / insert with parameters, the OPC UA session created with an anonymous new UserIdentity(),
// reading Kolumna_2 back.
// Changed: the OPC UA stack's application configuration and endpoint selection are reduced to a
// session helper; the WinForms buttons and the Chromium panel are left out.
// Added: the line's new OPC UA server account, the KPI dashboard's event collector token, the
// reporting server's integrated-security connection.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using MySql.Data.MySqlClient;
using Opc.Ua;
using S7.Net;

namespace Corpus17.R16.HeliumLeakTester
{
    class MySQL
    {
        public void MySQLWrite()
        {
            while (true)
            {
                OPCClient Client = new OPCClient();
                Client.OPCClient1();

                using (var plc = new Plc(CpuType.S71200, "192.168.0.1", 0, 1))
                {
                    plc.Open();

                    bool db1Bool1 = (bool)plc.Read("DB1.DBX0.0");
                    Console.WriteLine("DB1.DBX0.0: " + db1Bool1);
                    var db1IntVariable = (ushort)plc.Read("DB1.DBW2.0");
                    Console.WriteLine("DB1.DBW2.0: " + db1IntVariable);
                    var db1RealVariable = ((uint)plc.Read("DB1.DBD4.0")).ConvertToFloat();
                    Console.WriteLine("DB1.DBD4.0: " + db1RealVariable);

                    string connstring = "server=localhost;uid=root;pwd=Root;database=test"; // expect: IOT1002
                    MySqlConnection con = new MySqlConnection(connstring);
                    con.Open();

                    string deleteQuery = "DELETE FROM test WHERE Kolumna_1 BETWEEN 1 AND 10";
                    MySqlCommand deleteCmd = new MySqlCommand(deleteQuery, con);
                    deleteCmd.ExecuteNonQuery();

                    string insertQuery = "INSERT INTO test (Kolumna_1, Kolumna_2) VALUES (@Kolumna_1, @Kolumna_2)";
                    MySqlCommand insertCmd = new MySqlCommand(insertQuery, con);
                    insertCmd.Parameters.AddWithValue("@Kolumna_1", MySqlDbType.Int32);
                    insertCmd.Parameters.AddWithValue("@Kolumna_2", db1IntVariable);
                    for (int i = 1; i <= 10; i++)
                    {
                        insertCmd.Parameters["@Kolumna_1"].Value = i;
                        insertCmd.ExecuteNonQuery();
                    }
                    con.Close();
                }
            }
        }
    }

    class OPCClient
    {
        private const string Endpoint = "opc.tcp://localhost:26543/OPCUAServer";

        public void OPCClient1()
        {
            UaSession session = UaSession.Create(Endpoint, new UserIdentity());

            string connectionString = "server=localhost;uid=root;pwd=Root;database=test"; // expect: IOT1002
            string sql = "Select Kolumna_2 from test limit 1";
            using (MySqlConnection connection = new MySqlConnection(connectionString))
            {
                connection.Open();
                using (MySqlCommand command = new MySqlCommand(sql, connection))
                {
                    MySqlDataReader reader = command.ExecuteReader();
                    if (reader.HasRows)
                    {
                        reader.Read();
                        double Wartosc = Convert.ToDouble(reader["Kolumna_2"]);
                        session.WriteValue("ns=2;i=97", Wartosc);
                        session.Close();
                    }
                    reader.Close();
                }
            }
        }

        // Added: the line's new OPC UA server no longer accepts anonymous sessions.
        public void WriteWithTesterAccount(double value)
        {
            UaSession session = UaSession.Create("opc.tcp://w16-helium-01:4840/", new UserIdentity("heliumtester", "PD%AuXk7Z54l")); // expect: IOT1001
            session.WriteValue("ns=2;i=97", value);
            session.Close();
        }
    }

    // Shim for the trimmed OPC UA client stack (Session.Create with an endpoint and an identity).
    class UaSession
    {
        public static UaSession Create(string endpointUrl, IUserIdentity identity) => new UaSession();
        public void WriteValue(string nodeId, double value) { }
        public void Close() { }
    }

    // Added: leak rates go to the plant's KPI dashboard through its HTTP event collector.
    static class KpiDashboard
    {
        private const string CollectorUrl = "https://kpi-collector.plant.example:8088/services/collector/event";
        private const string HecToken = "c9d4e7a2-5b1f-4e08-9a36-2f7d81c0b4e5"; // expect: IOT1001
        private const string ReportingConnection = "Server=reporting.plant.example;Database=Helium;Integrated Security=True;TrustServerCertificate=True"; // expect: none

        public static void Send(double leakRate)
        {
            using (var http = new HttpClient())
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Splunk", HecToken); // expect: none
                http.PostAsync(CollectorUrl, new StringContent("{\"event\":{\"leakRate\":" + leakRate + "}}")).Wait();
            }
        }
    }
}
