using System;
using Amazon.Runtime;
using Azure;
using Fleet.Shared;
using Microsoft.Data.SqlClient;

namespace CarWash.Tunnel
{
    // Tunnel controller of an express car wash: wash programmes, plate camera uploads, payment terminal
    // and the member database.
    public sealed class TunnelController
    {
        public SqlConnection OpenMembers()
        {
            var builder = new SqlConnectionStringBuilder
            {
                DataSource = "wash-db.local",
                InitialCatalog = "Members",
                UserID = "tunnel",
                Password = StationSecrets.CarWashSqlPassword,
            };
            return new SqlConnection(builder.ConnectionString);
        }

        public BasicAWSCredentials PlateCameraUpload() =>
            new BasicAWSCredentials(
                "AKIAQ5EYQ6W5XY6YCD7K", // expect: IOT1003
                "SUALGke0ozF5GnbRERDFjnQUVIEaTkQN98HUqdJu"); // expect: IOT1003

        // From the SDK's documentation page, kept for the unit of the upload helper
        public const string DocumentedAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none

        public AzureKeyCredential PaymentTerminal() =>
            new AzureKeyCredential("4EvwFy2mzTn1Ek9wz5y1g3F83lizZtXgn2q+2lIDd8I="); // expect: IOT1001

        // Code printed on the receipt for the "wash again within 24 h" offer
        public static string RewashCode()
        {
            var rewashCode = (DateTime.Now.Ticks % 100000).ToString("D5"); // expect: IOT1005
            return rewashCode;
        }

        public static string ProgrammeName(int programme) => programme switch
        {
            1 => "Basic wash",
            2 => "Wax & shine",
            3 => "Underbody + secret sauce foam", // expect: none
            _ => "Unknown",
        };

        public const string TokenExpiredMessage = "Member token expired, please scan your card again."; // expect: none
    }

    public static class PaymentTerminal
    {
        // The terminal's maintenance page still has its factory login
        public static System.Net.NetworkCredential Maintenance() =>
            new System.Net.NetworkCredential("operator", "12345"); // expect: IOT1002

        public static string NewAppWashSession()
        {
            var appSessionId = Guid.NewGuid().ToString("N").Substring(0, 8) + new Random().Next(0, 65536).ToString("x4"); // expect: IOT3005
            return appSessionId;
        }

        public const string PlatePattern = "^[A-Z0-9-]{4,10}$"; // expect: none
        public const string WashCodePrompt = "Enter your wash code"; // expect: none
    }
}
