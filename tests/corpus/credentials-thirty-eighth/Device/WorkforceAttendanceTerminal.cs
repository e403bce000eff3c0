// Written for corpus38 (not adapted from a repository). Domain: a staff time-and-attendance terminal (wall-mounted
// fingerprint punch clock on a Raspberry Pi) that stores punches in a site SQL Server, posts them to the HR SaaS,
// backs up badge photos to S3, exports payroll files over FTP and has an admin menu and a kiosk PIN per employee.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Amazon.Runtime;
using FluentFTP;
using Microsoft.Data.SqlClient;

namespace Corpus38.WorkforceAttendanceTerminal
{
    static class TerminalDb
    {
        public static readonly string Server = "tcp:hr-edge.local,1433"; // expect: none
        public static readonly string Password = "SrH-2sLdsCTEW"; // expect: IOT1001
    }

    static class BackupKeys
    {
        public const string AwsSecretKey = "PGRG6rC7XMPIFGsOzXB0vkUAbLfLdBMkj70YugpO"; // expect: IOT1001
    }

    public class Employee
    {
        public string Name { get; set; } = "";
        public DateTime BirthDate { get; set; }
    }

    // the team's own payroll exporter (not a library)
    static class ZipExporter
    {
        public static void Protect(string file, string passphrase) { /* AES zip of the export with the passphrase */ }
    }

    public class AttendanceTerminal
    {
        const string HrTenantEnv = "HR_TENANT_ID"; // expect: none
        const string PayrollExportPassphrase = "d#Z5NoHFPRNGg"; // expect: IOT1004
        const int FingerprintLedPin = 18; // expect: none
        readonly Random _rng = new();

        public SqlConnection OpenPunchStore() =>
            new SqlConnection($"Server={TerminalDb.Server};Database=Punches;User Id=terminal;Password={TerminalDb.Password};Encrypt=True");

        public HttpClient CreateHrClient(bool pilotSite)
        {
            var http = new HttpClient();
            var hrToken = pilotSite
                ? "PhPOamAIGOuIxfIxAtYZY5da6kxIJsYFSEUSvml8" // expect: IOT1001
                : "2BBr2JDTcsuNxdf3Dpauqbo90dtC6tbZnI1L47JS"; // expect: IOT1001
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", hrToken);
            http.DefaultRequestHeaders.Add("X-Tenant", Environment.GetEnvironmentVariable(HrTenantEnv) ?? "");
            return http;
        }

        public BasicAWSCredentials BadgePhotoBackup() => new BasicAWSCredentials("AKIAVNHOUVLEPHLSWHSL", BackupKeys.AwsSecretKey); // expect: IOT1003

        public bool AdminMenu(string login, string password)
        {
            return login == "admin" // expect: IOT1002
                && password == "admin"; // expect: IOT1002
        }

        public string KioskPin(Employee employee)
        {
            string kioskPin = employee.BirthDate.ToString("MMdd"); // expect: IOT1005
            return kioskPin;
        }

        public string NewKioskSession()
        {
            var sessionToken = _rng.Next().ToString("x8"); // expect: IOT3005
            return sessionToken;
        }

        public void ExportPayroll(string file) => ZipExporter.Protect(file, PayrollExportPassphrase);

        public void UploadPayroll(string file)
        {
            using var ftp = new FtpClient("payroll-ftp.example.com")
            {
                Credentials = new NetworkCredential("attendance", "<payroll-ftp-password>") // expect: IOT1006
            };
            ftp.Connect();
            ftp.UploadFile(file, "/inbox/punches.csv");
        }

        public int FingerprintLedPhase() => _rng.Next(0, 360); // expect: none

        public string PasswordExpiredNotice() => "Password expired, please see HR before clocking in."; // expect: none

        public int LedPin => FingerprintLedPin;
    }
}
