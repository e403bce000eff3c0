// Real source: Dev-Lynx/SmartEarth SmartEarth/SmartEarth.Demos.DatabaseManager/Program.cs
// Kept: the Npgsql getting-started body: connString "Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase",
// NpgsqlConnection + Open, the parameterised INSERT with AddWithValue("p", ...).
// Trimmed: the SELECT/reader loop. Added for the corpus: the soil-station ingest writer that replaced the demo
// (password constant invented, interpolated into the connection string), a .pgpass-based reader and the table name.
using System;
using Npgsql;

namespace SmartEarth.Demos.DatabaseManager
{
    class Program
    {
        static void Main(string[] args)
        {
            var connString = "Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase"; // expect: IOT1006

            using (var conn = new NpgsqlConnection(connString))
            {
                conn.Open();

                // Insert some data
                using (var cmd = new NpgsqlCommand())
                {
                    cmd.Connection = conn;
                    cmd.CommandText = "INSERT INTO data (some_field) VALUES (@p)";
                    cmd.Parameters.AddWithValue("p", "Hello world");
                    cmd.ExecuteNonQuery();
                }
            }

            IngestWriter.Write("station-14", 0.27, DateTime.UtcNow);
        }
    }

    // Added: the production writer of the soil-moisture stations.
    static class IngestWriter
    {
        private const string IngestHost = "ts.smartearth.internal";
        private const string IngestUser = "ingest";
        private const string IngestPassword = "R7v!soil-ingest-2024"; // expect: IOT1001
        private const string ReadingsTable = "soil_readings";
        private const string ReaderConnString = "Host=ts.smartearth.internal;Username=dashboard;Passfile=/etc/smartearth/.pgpass;Database=telemetry"; // expect: none

        public static void Write(string station, double moisture, DateTime at)
        {
            using var conn = new NpgsqlConnection($"Host={IngestHost};Username={IngestUser};Password={IngestPassword};Database=telemetry;SSL Mode=Require");
            conn.Open();
            using var cmd = new NpgsqlCommand($"INSERT INTO {ReadingsTable} (station, moisture, at) VALUES (@s, @m, @t)", conn);
            cmd.Parameters.AddWithValue("s", station);
            cmd.Parameters.AddWithValue("m", moisture);
            cmd.Parameters.AddWithValue("t", at);
            cmd.ExecuteNonQuery();
        }

        public static NpgsqlConnection OpenReader() => new NpgsqlConnection(ReaderConnString);
    }
}
