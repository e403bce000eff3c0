// Real source: Kiet031/smart-parking DatabaseHelper.cs (0fd4ed3fb1048be4f04859cfb69deac10ef5ddcd)
// Domain: university motorbike parking gate (RFID card reader, four Hikvision / HiLook RTSP cameras for plate snapshots, guard
//   and admin WinForms stations) keeping its state in PostgreSQL; settings come from a .env file beside the executable.
// Kept: ParkingRecord; from DatabaseHelper LoadEnv and GetEnv (the .env reader with written fallbacks), GetMasterConnectionString
//   and GetConnectionString as written (PostgreSQL connection strings built from the .env values and their fallbacks),
//   EnsureDatabaseExists, ValidateUser and IsCardInParking.
// Changed: InitializeDatabase, SeedDefaultData (table DDL and seed INSERTs of users, camera settings, card types and members),
//   the partition maintenance and the other CRUD regions are trimmed; ImagesDir (FileStorageManager) is dropped.
// Shimmed / added: Npgsql (NpgsqlConnection, NpgsqlCommand, parameters) in _Stubs.cs; a reduced stand-in for the project's
//   ExceptionManager in _Stubs.cs.
// Secrets: the .env fallbacks are kept as written: "12345678" is a universal default on the IOT1002 list, "postgres" a user name.
using System;
using System.Collections.Generic;
using System.IO;
using Npgsql;

namespace SmartParking
{
    public class ParkingRecord
    {
        public string CardID { get; set; } = string.Empty;
        public DateTime EntryTime { get; set; }
        public string EntryFrontImage { get; set; } = string.Empty;
        public string EntryRearImage { get; set; } = string.Empty;
    }

    public static class DatabaseHelper
    {
        private static readonly Dictionary<string, string> EnvVars = new Dictionary<string, string>();

        public static void LoadEnv()
        {
            EnvVars.Clear();
            try
            {
                string[] paths = {
                    Path.Combine(AppDomain.CurrentDomain.BaseDirectory, ".env"),
                    Path.Combine(Directory.GetCurrentDirectory(), ".env"),
                    Path.Combine(AppDomain.CurrentDomain.BaseDirectory, "..", "..", "..", ".env")
                };

                foreach (var path in paths)
                {
                    if (File.Exists(path))
                    {
                        foreach (var line in File.ReadAllLines(path))
                        {
                            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("#")) continue;
                            var idx = line.IndexOf('=');
                            if (idx > 0)
                            {
                                var key = line.Substring(0, idx).Trim();
                                var val = line.Substring(idx + 1).Trim();
                                EnvVars[key] = val;
                            }
                        }
                        break;
                    }
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Error loading .env: {ex.Message}");
            }
        }

        public static string GetEnv(string key, string defaultValue = "")
        {
            if (EnvVars.Count == 0)
            {
                LoadEnv();
            }
            return EnvVars.TryGetValue(key, out var val) ? val : defaultValue;
        }

        private static string GetMasterConnectionString()
        {
            string host = GetEnv("SQL_HOST", "localhost");
            string port = GetEnv("SQL_PORT", "5432");
            string user = GetEnv("SQL_USER", "postgres"); // expect: none
            string pass = GetEnv("SQL_PASSWORD", "12345678"); // expect: IOT1002

            return $"Host={host};Port={port};Username={user};Password={pass};Database=postgres;TrustServerCertificate=true;";
        }

        public static string GetConnectionString()
        {
            string host = GetEnv("SQL_HOST", "localhost");
            string port = GetEnv("SQL_PORT", "5432");
            string user = GetEnv("SQL_USER", "postgres"); // expect: none
            string pass = GetEnv("SQL_PASSWORD", "12345678"); // expect: IOT1002
            string db = GetEnv("SQL_DATABASE", "smart_parking");

            return $"Host={host};Port={port};Username={user};Password={pass};Database={db};TrustServerCertificate=true;";
        }

        private static void EnsureDatabaseExists()
        {
            string dbName = GetEnv("SQL_DATABASE", "smart_parking");
            using (var conn = new NpgsqlConnection(GetMasterConnectionString()))
            {
                conn.Open();
                string checkDbQuery = "SELECT 1 FROM pg_database WHERE datname = @DbName";
                using (var cmd = new NpgsqlCommand(checkDbQuery, conn))
                {
                    cmd.Parameters.AddWithValue("@DbName", dbName);
                    var exists = cmd.ExecuteScalar();
                    if (exists == null)
                    {
                        using (var createCmd = new NpgsqlCommand($"CREATE DATABASE {dbName}", conn))
                        {
                            createCmd.ExecuteNonQuery();
                        }
                    }
                }
            }
        }

        #region Nghiệp vụ Người dùng (Users CRUD & Auth)
        public static string? ValidateUser(string username, string password)
        {
            try
            {
                using (var connection = new NpgsqlConnection(GetConnectionString()))
                {
                    connection.Open();
                    string query = "SELECT role FROM users WHERE username = @Username AND password = @Password"; // expect: none
                    using (var cmd = new NpgsqlCommand(query, connection))
                    {
                        cmd.Parameters.AddWithValue("@Username", username);
                        cmd.Parameters.AddWithValue("@Password", password);
                        return cmd.ExecuteScalar()?.ToString();
                    }
                }
            }
            catch (Exception ex)
            {
                ExceptionManager.HandleException(ex, "Đăng nhập hệ thống (Xác thực người dùng)");
                return null;
            }
        }
        #endregion

        #region Nghiệp vụ Bãi xe (ActiveParking CRUD)
        public static bool IsCardInParking(string cardId)
        {
            try
            {
                using (var connection = new NpgsqlConnection(GetConnectionString()))
                {
                    connection.Open();
                    string query = "SELECT COUNT(1) FROM active_parking WHERE card_id = @CardID";
                    using (var command = new NpgsqlCommand(query, connection))
                    {
                        command.Parameters.AddWithValue("@CardID", cardId);
                        long count = Convert.ToInt64(command.ExecuteScalar() ?? 0L);
                        return count > 0;
                    }
                }
            }
            catch (Exception ex)
            {
                ExceptionManager.HandleException(ex, "Kiểm tra thẻ trong bãi");
                return false;
            }
        }
        #endregion
    }
}
