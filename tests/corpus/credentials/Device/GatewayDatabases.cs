// Local historian and configuration databases on the greenhouse gateway (SQL Server Express, PostgreSQL, MySQL).
#nullable enable
using System;
using Microsoft.Data.SqlClient;
using MySqlConnector;
using Npgsql;
using Corpus.Gateway;

namespace Corpus.Gateway.Storage
{
    internal static class GatewayDatabases
    {
        private const string SqlConnectionString = "Server=localhost\\SQLEXPRESS;Database=Historian;User Id=historian;Password=Hx-2291-sqlExp;TrustServerCertificate=True"; // expect: IOT1001
        private const string ReportingConnection = "Data Source=10.0.0.20;Initial Catalog=Reports;Integrated Security=True"; // expect: none
        private const string ReadOnlyNoPassword = "Server=10.0.0.20;Database=Reports;Trusted_Connection=True;Encrypt=True"; // expect: none

        public static SqlConnection OpenHistorian() => new SqlConnection(SqlConnectionString);

        public static SqlConnection OpenReports() => new SqlConnection(ReportingConnection);

        public static SqlConnection OpenLegacy()
        {
            return new SqlConnection("Server=10.0.0.21;Database=Legacy;Uid=sa;Pwd=Legacy#Sa2019;"); // expect: IOT1001
        }

        public static SqlConnection OpenWithBuilder()
        {
            var b = new SqlConnectionStringBuilder
            {
                DataSource = "10.0.0.20", // expect: none
                InitialCatalog = "Historian", // expect: none
                UserID = "historian", // expect: none
                Password = "Hx-2291-sqlExp", // expect: IOT1001
                TrustServerCertificate = true,
            };
            return new SqlConnection(b.ConnectionString);
        }

        public static SqlConnection OpenFromSecrets()
        {
            // password from Secrets.HistorianDbPassword (labelled there)
            return new SqlConnection($"Server=10.0.0.20;Database=Historian;User Id={Secrets.HistorianDbUser};Password={Secrets.HistorianDbPassword};");
        }

        public static NpgsqlConnection OpenTimeseries()
        {
            var host = "127.0.0.1"; // expect: none
            return new NpgsqlConnection($"Host={host};Port=5432;Database=ts;Username=collector;Password=C0llect-ts-55"); // expect: IOT1001
        }

        public static NpgsqlDataSource OpenTimeseriesPool()
        {
            return NpgsqlDataSource.Create(string.Format("Host={0};Username={1};Password={2};Database=ts", "127.0.0.1", "collector", "C0llect-ts-55")); // expect: IOT1001
        }

        public static NpgsqlConnection OpenPostgresDefault()
        {
            return new NpgsqlConnection("Host=127.0.0.1;Username=postgres;Password=postgres;Database=setup"); // expect: IOT1002
        }

        public static MySqlConnection OpenRecipes()
        {
            string cs = "Server=192.168.1.30;Port=3306;Database=recipes;" +
                        "Uid=recipes;" +
                        "Pwd=R3cipe-Mysql!;"; // expect: IOT1001
            return new MySqlConnection(cs);
        }

        public static MySqlConnection OpenRecipesDefault()
        {
            return new MySqlConnection("Server=192.168.1.30;Database=recipes;User=root;Password=root"); // expect: IOT1002
        }

        public static MySqlConnection OpenFromEnvironment()
        {
            var pwd = Environment.GetEnvironmentVariable("RECIPES_DB_PASSWORD"); // expect: none
            return new MySqlConnection($"Server=192.168.1.30;Database=recipes;Uid=recipes;Pwd={pwd}");
        }

        // Team's own thin persistence wrapper: any method taking a connection string with a password is a sink.
        public static void OpenAudit()
        {
            Store.Open("Server=10.0.0.20;Database=Audit;User Id=audit;Password=Aud1t-Tr41l-x"); // expect: IOT1001
            Store.Open("Server=10.0.0.20;Database=Audit;Integrated Security=SSPI"); // expect: none
        }

        public static string Queries()
        {
            // SQL text mentioning password columns, not a password
            const string q1 = "UPDATE users SET password_hash = @hash, password_changed = SYSUTCDATETIME() WHERE id = @id"; // expect: none
            const string q2 = "SELECT user_name FROM users WHERE password = @password"; // expect: none
            return q1 + q2;
        }
    }

    internal static class Store
    {
        public static void Open(string connectionString) { _ = connectionString.Length; }
    }
}
