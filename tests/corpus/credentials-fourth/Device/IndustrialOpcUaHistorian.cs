// Edge historian: subscribes to OPC UA tags and stores them in PostgreSQL (primary, archive and read replica).
using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using Opc.Ua;
using Fieldline.Shared;

namespace Fieldline.Historian
{
    public sealed class IndustrialOpcUaHistorian
    {
        private const string PrimaryHost = "pg.historian.fieldline.local";
        private const string AppCertificatePath = "/etc/historian/opcua-app.pfx"; // expect: none
        private const string ReplicaPasswordKey = "Historian:ReplicaPassword"; // expect: none
        private static readonly Regex PasswordRedactor = new(@"(Password|Pwd)=[^;]*", RegexOptions.IgnoreCase); // expect: none

        private const string ConnectionStringDoc = "Host=<host>;Database=trends;Username=<user>;Password=<from vault>"; // expect: none
        private const string HistorianPasswordVaultPath = "kv://fieldline-historian/db-password"; // expect: none

        private readonly IReadOnlyDictionary<string, string> _config;

        public IndustrialOpcUaHistorian(IReadOnlyDictionary<string, string> config) => _config = config;

        public NpgsqlDataSource Primary()
        {
            string cs = $"Host={PrimaryHost};Database=trends;Username={DeviceSecrets.HistorianDbUser};Password={DeviceSecrets.HistorianDbPassword};SSL Mode=Require";
            Console.WriteLine("connecting " + PasswordRedactor.Replace(cs, "$1=***"));
            return NpgsqlDataSource.Create(cs);
        }

        public NpgsqlConnection Archive(string host)
        {
            string cs = string.Format("Host={0};Database=archive;Username={1};Password={2};Timeout=30",
                host, "archiver",
                "Arch1ve#Pg-2023"); // expect: IOT1001
            return new NpgsqlConnection(cs);
        }

        public NpgsqlConnection Replica()
        {
            var sb = new StringBuilder();
            sb.Append("Host=pg-replica.historian.fieldline.local;");
            sb.Append("Database=trends;Username=reader;");
            sb.Append("Password=").Append("Rep1ica!ro-77").Append(';'); // expect: IOT1001
            return new NpgsqlConnection(sb.ToString());
        }

        public NpgsqlConnection ReplicaFromConfig()
        {
            // Production path: the password is read from the site configuration.
            string cs = $"Host=pg-replica.historian.fieldline.local;Database=trends;Username=reader;Password={_config[ReplicaPasswordKey]}"; // expect: none
            return new NpgsqlConnection(cs);
        }

        public NpgsqlConnection LabDatabase()
        {
            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = "localhost",
                Database = "trends_lab",
                Username = "postgres",
                Password = "postgres", // expect: IOT1002
            };
            return new NpgsqlConnection(builder.ConnectionString);
        }

        public NpgsqlConnection Analytics()
        {
            string cs = string.Join(";",
                "Host=pg-analytics.fieldline.local",
                "Database=kpi",
                "Username=kpi_loader",
                "Password=Kpi-L0ader!31"); // expect: IOT1001
            return new NpgsqlConnection(cs);
        }

        public NpgsqlConnection LocalSocket() =>
            new("Host=/var/run/postgresql;Database=trends;Username=historian;Integrated Security=true"); // expect: none

        public IUserIdentity OpcIdentity() =>
            new UserIdentity("historian", Encoding.UTF8.GetBytes("Opc!Hist-9035")); // expect: IOT1001

        public X509Certificate2 ApplicationCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile(AppCertificatePath, "Hist-Pfx!2291"); // expect: IOT1001

        public string DescribeConnection(string cs) => PasswordRedactor.Replace(cs, "$1=********");

        public string OperatorHelp() =>
            $"Connection strings look like '{ConnectionStringDoc}'; the password is kept at {HistorianPasswordVaultPath}.";
    }
}
