// Real source: dlsn3212/StudyCsharp WPF/ArduinoMonitoringTest/Helpers/Commons.cs
// Kept: the Commons class with its internal static readonly CONSTRING (the MySQL password replaced by a freshly
// generated one) and the INSERT query built by concatenation. Changed: domain turned into a hydroponic rack's
// nutrient-sensor logger. Added: the logger that opens MySqlConnection(Commons.CONSTRING), the dosing database's
// connection string built by interpolation around a const, a read-only string with no password, a NotSecrets class.
using System;
using MySql.Data.MySqlClient;

namespace HydroponicRack.Helpers
{
    class Commons
    {
        internal static readonly string CONSTRING =
           "Data source=localhost;Port=3306;Database=iot_sensordata;Uid=root;Password=v24eY2mfTEXk@27;"; // expect: IOT1001

        public static string  strQuery = "INSERT INTO sensordatatbl " +
                                                             " (Date, Value) " +
                                                             " VALUES " +
                                                             " (@Date, @Value) ";
    }

    class NutrientLogger // Added
    {
        const string DosingDbPassword = "nUB5MWWQKbd8!63"; // expect: IOT1001
        static readonly string DosingConnection = $"Server=10.4.0.12;Database=dosing;Uid=doser;Password={DosingDbPassword};";
        static readonly string ReadOnlyConnection = "Data source=localhost;Port=3306;Database=iot_sensordata;Uid=viewer;"; // expect: none

        public void Log(double ec)
        {
            using var conn = new MySqlConnection(Commons.CONSTRING);
            conn.Open();
            using var dosing = new MySqlConnection(DosingConnection);
            dosing.Open();
            using var view = new MySqlConnection(ReadOnlyConnection);
        }
    }

    static class NotSecrets_R04 // Added
    {
        public const string DbPasswordKey = "Rack:Db:Password"; // expect: none
        public const string DbPasswordEnv = "RACK_DB_PASSWORD"; // expect: none
        public const string DbPasswordLabel = "Database password"; // expect: none
    }
}
