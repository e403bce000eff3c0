// Real source: moshik1807/sensor sensor/SQL/MySql.cs
// Kept: the MySql class with its static connectionString ("...User=root;Password='';", an empty password, kept as it
// stood), Connect / GetConnection / close with MySqlConnection and MySqlException handling. Changed: namespace; domain
// turned into a snow groomer's on-board track logger. Added: the fleet server's connection string with a written
// password, and a NotSecrets class.
using System;
using MySql.Data.MySqlClient;

namespace SnowGroomer.models
{
    public class MySql
    {
        static private string connectionString = "Server=localhost;Database=sensor;User=root;Password='';"; // expect: none
        static private string fleetConnectionString = "Server=fleet.resort-ops.example;Database=groomers;User=cab07;Password='1ZQhKtEfUIzs!19';"; // Added // expect: IOT1001
        private MySqlConnection connection;

        public void Connect()
        {
            var conn = new MySqlConnection(connectionString);
            connection = conn;
            try
            {
                conn.Open();
                Console.WriteLine("connected to mySql database successfully");
                conn.Close();
            }
            catch (MySqlException ex)
            {
                Console.WriteLine($"Error connection to mySql database: {ex.Message}");
            }
        }

        public MySqlConnection GetConnection()
        {
            try
            {
                var conn = new MySqlConnection(connectionString);
                connection = conn;
                connection.Open();
                return connection;
            }
            catch (MySqlException ex)
            {
                Console.WriteLine($"Error: {ex.Message}");
                return connection;
            }
        }

        public MySqlConnection GetFleetConnection() => new MySqlConnection(fleetConnectionString); // Added

        public void close()
        {
            var conn = new MySqlConnection(connectionString);
            connection = conn;
            connection.Close();
        }
    }

    static class NotSecrets_R07 // Added
    {
        public const string FleetPasswordKey = "Groomer:Fleet:Password"; // expect: none
        public const string FleetPasswordEnv = "GROOMER_FLEET_PASSWORD"; // expect: none
        public const string MaskedLog = "Server=fleet.resort-ops.example;User=cab07;Password=********"; // expect: none
    }
}
