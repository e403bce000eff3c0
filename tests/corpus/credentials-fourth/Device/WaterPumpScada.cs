// Pump station 7 RTU: local HMI logins, SCADA historian writes and telemetry to the utility cloud.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using MySqlConnector;

namespace Aquaflow.PumpStation
{
    public sealed class WaterPumpScada : IDisposable
    {
        private const string StationId = "PS-07";
        private const string EngineerPassword = "Eng!Override-55"; // expect: IOT1004
        private const string PasswordRotationDays = "90"; // expect: none
        private const string PasswordResetUrl = "https://scada.aquaflow.example/account/reset"; // expect: none
        private const string PasswordExpiredAlarm = "Operator password expired - contact the control room."; // expect: none
        private const string IngestBase = "https://ingest.aquaflow.example/v2/stations/";
        private const string SqlPasswordEnvVar = "PS07_SQL_PASSWORD"; // expect: none
        private const string OperatorPasswordField = "Operator password"; // expect: none

        // SHA-256 of the shift supervisor's current password, pushed from the control room.
        private const string ShiftSupervisorPasswordHash = "1082a993830f77e83aa61654221b918c0aa7ebcac3fd06c4464b8e0942162dbc"; // expect: none

        private readonly HttpClient _http = new();
        private readonly Random _stagger = new();
        private bool _engineerOverride;

        public bool HmiLogin(string operatorName, string operatorPassword)
        {
            if (operatorName == "supervisor" && // expect: IOT1002
                operatorPassword == "supervisor") // expect: IOT1002
            {
                return true;
            }
            if (operatorPassword == EngineerPassword)
            {
                _engineerOverride = true;
                return true;
            }
            Console.WriteLine(PasswordExpiredAlarm);
            return false;
        }

        public MySqlConnection Historian() =>
            new("Server=mysql.waterworks.example;Port=3306;Database=scada;Uid=pumpstation7;Pwd=Pump7!Mysql-44;SslMode=Required"); // expect: IOT1001

        public SqlConnection AssetRegister()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "sql-assets.aquaflow.example",
                InitialCatalog = "Assets",
                UserID = "ps07_rtu",
            };
            builder.Password = "Scada#Sql-2024"; // expect: IOT1001
            return new SqlConnection(builder.ConnectionString);
        }

        public SqlConnection WindowsAuthRegister() =>
            new("Server=sql-assets.aquaflow.example;Database=Assets;Trusted_Connection=True;Encrypt=True"); // expect: none

        public async Task SendTelemetryAsync(double flowM3h, double pressureBar)
        {
            await Task.Delay(_stagger.Next(0, 3000)); // expect: none
            string url = IngestBase + StationId + "/readings?format=json&apikey=9c2e7d4f1a3b5c6d7e8f9a0b1c2d3e4f"; // expect: IOT1001
            var body = new StringContent($"{{\"flow\":{flowM3h},\"pressure\":{pressureBar},\"override\":{_engineerOverride.ToString().ToLowerInvariant()}}}");
            await _http.PostAsync(url, body);
        }

        public bool ShiftSupervisorLogin(string enteredPassword)
        {
            byte[] entered = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(enteredPassword));
            return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(entered, Convert.FromHexString(ShiftSupervisorPasswordHash));
        }

        public SqlConnection AssetRegisterFromEnvironment()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "sql-assets.aquaflow.example",
                InitialCatalog = "Assets",
                UserID = "ps07_rtu",
                Password = Environment.GetEnvironmentVariable(SqlPasswordEnvVar) ?? string.Empty,
            };
            Console.WriteLine($"HMI field label: {OperatorPasswordField}");
            return new SqlConnection(builder.ConnectionString);
        }

        public string PolicyText() =>
            $"Passwords rotate every {PasswordRotationDays} days. Reset at {PasswordResetUrl}.";

        public void Dispose() => _http.Dispose();
    }
}
