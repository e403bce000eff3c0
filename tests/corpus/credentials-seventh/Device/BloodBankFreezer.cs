// Hospital blood bank: the freezer gateway logs temperatures to SQL Server, keeps the issue ledger in PostgreSQL,
// raises alarms through MySQL and Redis, and writes an audit trail to MongoDB.
using System;
using System.Text;
using System.Text.RegularExpressions;
using Corpus7.Shared;
using Microsoft.Data.SqlClient;
using MongoDB.Driver;
using MySqlConnector;
using Npgsql;
using StackExchange.Redis;

namespace Hospital.BloodBank
{
    public class BloodBankFreezer
    {
        private static readonly Regex KeyScrubber = new Regex("SharedAccessKey=[^;]+"); // expect: none
        private const string ScrubbedForm = "Password=***"; // expect: none
        private const string ConnectionStringName = "FreezerLog"; // expect: none

        public SqlConnection TemperatureLog() =>
            new SqlConnection("Server=tcp:bloodbank-sql.database.windows.net,1433;Database=freezers;User ID=freezer-gw;Password=Rh-Negative-O!2;Encrypt=True"); // expect: IOT1001

        public SqlConnection TemperatureLogOnPremises() =>
            new SqlConnection("Server=bloodbank-sql;Database=freezers;Trusted_Connection=True;Encrypt=True"); // expect: none

        public SqlConnection HmiDatabase()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "freezer-hmi\\SQLEXPRESS",
                InitialCatalog = "hmi",
                UserID = "sa",
                Password = "sa", // expect: IOT1002
            };
            return new SqlConnection(builder.ConnectionString);
        }

        public NpgsqlConnection IssueLedger() =>
            new NpgsqlConnection($"Host=ledger.local;Username=freezer;Password={PlantKeys.BloodBankDbPassword};Database=ledger");

        public NpgsqlConnection IssueLedgerFromEnvironment() =>
            new NpgsqlConnection($"Host=ledger.local;Username=freezer;Password={Environment.GetEnvironmentVariable(PlantKeys.BloodBankDbPasswordEnvVar)};Database=ledger");

        public MySqlConnection AlarmStore(string host) =>
            new MySqlConnection(string.Format("Server={0};Uid={1};Pwd={2};Database=alarms", host, "alarm", "Cryo-Shelf-Minus80")); // expect: IOT1001

        public ConnectionMultiplexer AlarmCache() =>
            ConnectionMultiplexer.Connect("freezer-cache.local:6380,ssl=true,password=Platelet-Agitator-5"); // expect: IOT1001

        public MongoClient AuditTrail() =>
            new MongoClient("mongodb://audit:Haemo-Vigilance-19@audit-db.local:27017/?authSource=audit"); // expect: IOT1001

        public SqlConnection ArchiveReplica()
        {
            var sb = new StringBuilder();
            sb.Append("Server=archive-sql.local;Database=freezers_archive;");
            sb.Append("User ID=archiver;");
            sb.Append("Password=").Append("Frozen-Plasma-30"); // expect: IOT1001
            return new SqlConnection(sb.ToString());
        }

        public string Name => ConnectionStringName;

        public static string Scrub(string line) => KeyScrubber.Replace(line, "SharedAccessKey=***").Replace("Pwd=", ScrubbedForm);
    }
}
