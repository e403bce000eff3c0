// Real source: Blackstray/SensorManagementWeb SensorManagementWeb/Services/DbServices/DBconnectionServicecs.cs
// Kept: DBconnectionService with Connect(username, password, serverHost, dataBase) concatenating "Server=...;Port=3306;
// Database=...;Uid=...;password=" + password and handing it to MySqlConnection / ConnectionString. Changed: domain
// turned into a cold-storage warehouse's freezer-probe service. Added: three callers (a written password, the bench
// server's root/root, one from the environment) and a NotSecrets class.
using System;
using MySql.Data.MySqlClient;

namespace ColdStorage
{
    public class DBconnectionService
    {
        private string ConnectionString;
        public MySqlConnection DataBaseConnection;

        public void Connect(string username, string password, string serverHost, string dataBase)
        {
            ConnectionString =
                "Server=" + serverHost + ";" +
                "Port=3306;" +
                "Database="+dataBase+";" +
                "Uid=" + username + ";" +
                "password=" + password + ";";
            DataBaseConnection = new MySqlConnection(ConnectionString);
            DataBaseConnection.ConnectionString = ConnectionString;
        }
    }

    class FreezerProbeRunner // Added
    {
        public void Start()
        {
            var db = new DBconnectionService();
            db.Connect("coldstore", "dh3V77h7r638%47", "10.2.0.5", "freezers"); // expect: IOT1001

            var bench = new DBconnectionService();
            bench.Connect("root", "root", "10.2.0.6", "freezers_test"); // expect: IOT1002

            var audit = new DBconnectionService();
            audit.Connect("auditor", Environment.GetEnvironmentVariable("AUDIT_DB_PASSWORD"), "10.2.0.5", "audit"); // expect: none
        }
    }

    static class NotSecrets_R06 // Added
    {
        public const string DbPasswordKey = "ColdStore:Db:Password"; // expect: none
        public const string DbPasswordEnv = "AUDIT_DB_PASSWORD"; // expect: none
        public const string PasswordField = "password="; // expect: none
    }
}
