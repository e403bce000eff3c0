// Real source: scottt732/influxdb-csharp README.md
// Kept: the README's usage: new InfluxDBClient("192.168.1.100", 8086, "root", "root", "MyDataBase"), a Serie with
// Name, ColumnNames and Points, client.Insert(series), client.Query("select * from foo") (library stubbed after
// InfluxDBClient/InfluxDBClient.cs).
// Added: the brewery fermenter logger around it (a Pi reading tank temperatures), a second client for the cellar
// with a written password, and the measurement names.
using System.Collections.Generic;
using InfluxDB;

namespace BreweryFermenter
{
    public class FermenterLogger
    {
        private readonly InfluxDBClient _client;
        private readonly InfluxDBClient _cellar;

        public FermenterLogger()
        {
            var client = new InfluxDBClient("192.168.1.100", 8086, "root", "root", "MyDataBase"); // expect: IOT1002
            _client = client;

            // Added: the cold cellar writes to its own database with its own account
            _cellar = new InfluxDBClient("10.4.0.12", 8086, "cellar_writer", "Hl7#lager-Brix", "cellar"); // expect: IOT1001
        }

        public void Log(double tankCelsius, double gravity)
        {
            // Create series
            var serie = new Serie { Name = "foo", ColumnNames = new List<string> { "value", "value_str" } };
            serie.Points.Add(new List<object> { tankCelsius, "first" });
            var series = new List<Serie> { serie };

            // Insert series
            _client.Insert(series);

            // Query database
            var result = _client.Query("select * from foo");
        }

        // Added: the column holding the password hash of the brewer's dashboard login is no secret itself
        private const string PasswordHashColumn = "password_sha256"; // expect: none
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R03
{
    public const string InfluxPasswordEnv = "INFLUX_PASSWORD"; // expect: none
    public const string RootUserName = "root"; // expect: none
    public const string RetentionPolicy = "autogen"; // expect: none
}
